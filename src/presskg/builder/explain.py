"""``presskg extract FILE --explain``: what was read, sentence by sentence, and why."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from presskg.extract import Gazetteer, extract
from presskg.ingest import read_release
from presskg.link.kb import load_entries
from presskg.nlp import load_model, parse


def explain(path: str | Path, *, show_all: bool = True) -> str:
    """A readable report of the entities and relations found in one release."""
    rel = read_release(path)
    entries = load_entries()
    p = next(parse([rel.text], nlp=load_model()))
    x = extract(rel, p, Gazetteer(entries))
    by_sentence: dict[int, list[str]] = defaultdict(list)
    for ent in x.entities.values():
        for m in ent.mentions:
            link = f" → {ent.kb.iri}" if ent.kb else ""
            src = f" [{m.source}]" if show_all else ""
            by_sentence[m.sentence].append(
                f"  entity   {m.text!r} ({m.start_char}-{m.end_char}) {'/'.join(sorted(ent.classes))}{link}{src}")
    for r in x.relations:
        s, o = x.entities[r.subject].label, x.entities[r.object].label
        why = f"  rule {r.evidence.method}, confidence {r.evidence.confidence:.2f}" if show_all else ""
        by_sentence[r.evidence.sentence].append(f"  relation {s} —{r.predicate}→ {o}{why}")
    for d in x.dates:
        why = f"  rule {d.evidence.method}" if show_all else ""
        by_sentence[d.evidence.sentence].append(f"  date     {x.entities[d.subject].label}: {d.value}{why}")
    lines = [f"release {rel.identifier}: date {rel.date or 'unknown'}, publisher {rel.publisher or 'unknown'}"]
    for s in x.sentences:
        lines.append(f"\n[{s.index}] {s.text}")
        lines.extend(sorted(set(by_sentence.get(s.index, [])), key=lambda line: line.split()[0]) or ["  (nothing)"])
    return "\n".join(lines)
