"""Extractions as JSON: the extraction cache's format, which (unlike pickle) cannot run code.

An entry is ``{"format": ENTRY_FORMAT, "key": KEY, "x": EXTRACTION}``, each record written as a
JSON array of its fields in order (compact, and quick to read back). Reading checks the type of
every field, so a damaged or crafted entry is refused (:class:`ValueError`), never half-used.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from .model import DateFact, Entity, Evidence, Extraction, KBEntry, Mention, Relation, Release, Sentence

#: The layout of an entry; an entry of another layout is not read (it is made again).
ENTRY_FORMAT = "presskg-extraction-1"


def dumps(key: str | None, x: Extraction) -> bytes:
    """The cache entry of ``x``, valid for ``key``."""
    r = x.release
    release = [r.identifier, r.text, r.title, r.date.isoformat() if r.date else None, r.publisher, r.source,
               str(r.path) if r.path is not None else None, r.encoding, list(r.warnings)]
    doc = {"format": ENTRY_FORMAT, "key": key, "x": [
        release,
        [[s.index, s.start, s.end, s.start_char, s.end_char, s.text] for s in x.sentences],
        [_entity(e) for e in x.entities.values()],
        [[q.subject, q.predicate, q.object, _evidence(q.evidence)] for q in x.relations],
        [[d.subject, d.value, _evidence(d.evidence)] for d in x.dates],
        x.publisher,
    ]}
    # surrogatepass: a path may hold bytes that are not UTF-8 (kept by Python as lone surrogates)
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogatepass")


def loads(data: bytes) -> tuple[str | None, Extraction]:
    """``(key, extraction)`` of an entry made by :func:`dumps`.

    Raises:
        ValueError: the bytes are not such an entry (damaged, another layout, wrong types).
    """
    try:
        doc = json.loads(data.decode("utf-8", "surrogatepass"))
        if not isinstance(doc, dict) or doc.get("format") != ENTRY_FORMAT:
            raise ValueError("not an extraction entry of this version")
        key = _opt(doc["key"], str)
        rel, sentences, entities, relations, dates, publisher = doc["x"]
        ident, text, title, date, pub, source, path, encoding, warnings = rel
        release = Release(_t(ident, str), _t(text, str), _opt(title, str),
                          dt.date.fromisoformat(date) if _opt(date, str) else None, _opt(pub, str),
                          _opt(source, str), Path(path) if _opt(path, str) else None, _t(encoding, str),
                          tuple(_t(w, str) for w in _t(warnings, list)))
        ents = [_read_entity(e) for e in _t(entities, list)]
        x = Extraction(
            release,
            tuple(Sentence(_t(i, int), _t(s, int), _t(e, int), _t(sc, int), _t(ec, int), _t(tx, str))
                  for i, s, e, sc, ec, tx in _t(sentences, list)),
            {e.key: e for e in ents},
            [Relation(_t(s, str), _t(p, str), _t(o, str), _read_evidence(ev)) for s, p, o, ev in _t(relations, list)],
            [DateFact(_t(s, str), _t(v, str), _read_evidence(ev)) for s, v, ev in _t(dates, list)],
            _opt(publisher, str),
        )
    except (KeyError, TypeError, ValueError, UnicodeDecodeError, RecursionError) as exc:
        raise ValueError(f"not a valid extraction entry ({exc})") from None
    return key, x


def _t(value, kind: type):
    """``value`` if it is of ``kind`` (an int is not a bool here), else a :class:`TypeError`."""
    if type(value) is not kind and not (kind is float and type(value) is int):
        raise TypeError(f"{kind.__name__} expected, not {type(value).__name__}")
    return value


def _opt(value, kind: type):
    return None if value is None else _t(value, kind)


def _evidence(ev: Evidence) -> list:
    return [ev.sentence, ev.start_char, ev.end_char, ev.text, ev.method, ev.confidence]


def _read_evidence(v: list) -> Evidence:
    sentence, start, end, text, method, confidence = _t(v, list)
    return Evidence(_t(sentence, int), _t(start, int), _t(end, int), _t(text, str), _t(method, str),
                    float(_t(confidence, float)))


def _entity(e: Entity) -> list:
    kb = e.kb
    kb_row = None if kb is None else [kb.iri, kb.label, sorted(kb.classes), list(kb.aliases), list(kb.demonyms),
                                      kb.wikidata, [list(f) for f in kb.facts]]
    return [e.key, e.label, sorted(e.classes), sorted(e.aliases),
            [[m.start, m.end, m.start_char, m.end_char, m.text, m.sentence, m.source] for m in e.mentions],
            kb_row, e.named, e.type_source]


def _read_entity(v: list) -> Entity:
    key, label, classes, aliases, mentions, kb, named, type_source = _t(v, list)
    entry = None
    if kb is not None:
        iri, kb_label, kb_classes, kb_aliases, demonyms, wikidata, facts = _t(kb, list)
        entry = KBEntry(_t(iri, str), _t(kb_label, str), frozenset(_t(c, str) for c in _t(kb_classes, list)),
                        tuple(_t(a, str) for a in _t(kb_aliases, list)),
                        tuple(_t(d, str) for d in _t(demonyms, list)), _opt(wikidata, str),
                        tuple((_t(p, str), _t(o, str)) for p, o in _t(facts, list)))
    return Entity(_t(key, str), _t(label, str), {_t(c, str) for c in _t(classes, list)},
                  {_t(a, str) for a in _t(aliases, list)},
                  [Mention(_t(s, int), _t(e, int), _t(sc, int), _t(ec, int), _t(tx, str), _t(n, int), _t(src, str))
                   for s, e, sc, ec, tx, n, src in _t(mentions, list)],
                  entry, _t(named, bool), _t(type_source, str))
