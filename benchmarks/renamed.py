"""How much of the score rests on names the knowledge base knows: the evaluation set scored again with its people
(or its companies and institutes) renamed.

Releases nobody tuned on name people and bodies the knowledge base has never heard of. This copies an evaluation set
(releases and gold, in the format of ``shared/eval/FORMAT.md``), gives every word of every gold person's names
(``--kind people``) or the distinctive words of every company's, institute's and other organization's names
(``--kind organizations``: not an agency's, a government's or a country's, nor a demonym) an invented word, the same
in the text and in the gold, builds both sets and scores each with the scorer given. The drop is what leans on known
names; what the renaming itself breaks (a name also written inside another body's name, a surname in capitals) shows
in the per-release lines and is the tool's, not the build's::

    python benchmarks/renamed.py ../shared/eval/dev2/releases ../shared/eval/dev2/gold \\
        --scorer ../shared/eval/score.py --kind people

Nothing here is read by presskg; the copies go to a temporary folder (``--keep DIR`` keeps them).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

#: Invented words: given names, surnames and words of bodies' names (none a name the knowledge base holds).
GIVEN = ["Teodor", "Maren", "Ilse", "Pavel", "Oskar", "Lidia", "Rune", "Sanne", "Aurel", "Vesna", "Joren", "Katla",
         "Emrik", "Nadja", "Torvald", "Signe", "Anselm", "Brita", "Casimir", "Dagny", "Elof", "Frida", "Gunnar"]
SURNAMES = ["Marvik", "Tollak", "Brennstad", "Quellin", "Dovrak", "Halvorn", "Sketter", "Vardun", "Morrel", "Ekvall",
            "Lindqvar", "Ostrava", "Pellwick", "Ranstad", "Sovik", "Thorne", "Ulvhaug", "Venkart", "Wessling", "Ystad"]
BODY_WORDS = ["Orvane", "Kelmar", "Tarsis", "Velmora", "Brenn", "Quillon", "Dravik", "Halvane", "Sketra", "Vardon",
              "Morvel", "Ekvard", "Lindor", "Ostrel", "Pelwin", "Ranvik", "Sovane", "Thornel", "Ulvane", "Venkor"]
#: Words a person's name is written with that are no part of it.
STYLES = {"senator", "dr", "dr.", "prof", "prof.", "mr", "mr.", "ms", "ms.", "mrs", "mrs.", "sir", "dame", "president",
          "minister", "prime", "chairman", "administrator", "director", "general", "h.e."}
#: Words of bodies' names kept: what kind of body it is, and the small words.
KEPT = {"of", "the", "for", "and", "&", "de", "du", "des", "la", "le", "space", "agency", "national", "centre",
        "center", "institute", "administration", "aerospace", "research", "organisation", "organization", "company",
        "university", "corporation", "group", "systems", "technologies", "technology", "industries", "laboratory",
        "sciences", "science", "engineering", "international", "society", "council", "board", "office", "foundation",
        "association", "academy", "consortium", "defence", "defense", "inc", "ltd", "gmbh", "sa", "ag", "spa", "plc",
        "llc", "observatory", "school", "college", "services", "solutions", "satellites", "electronics", "commerce",
        "chamber", "executive", "steering"}
_ORGS = {"Company", "ResearchInstitute", "Organization"}
_KEPT_TYPES = {"SpaceAgency", "GovernmentBody", "Country", "Person"}


def types_of(entity: dict) -> set[str]:
    kind = entity["type"]
    return set(kind if isinstance(kind, list) else [kind])


def people_words(gold: dict, given: Iterator, surnames: Iterator) -> dict[str, str]:
    """Each word of each person's names, save styles and initials, to an invented one: every surname the names write
    (the last word of each, or a name written surname first in capitals) to one invented surname, the other words to
    given names; a word in capitals to the new word in capitals (one map for the release, text and gold alike).

    >>> gold = {"entities": [{"type": "Person", "names": ["Dr. Ana Lind", "Lind", "LIND Ana", "Ana Lindh"]}]}
    >>> people_words(gold, iter(["Teodor"]), iter(["Marvik"]))
    {'Lind': 'Marvik', 'LIND': 'MARVIK', 'Lindh': 'Marvik', 'LINDH': 'MARVIK', 'Ana': 'Teodor', 'ANA': 'TEODOR'}
    """
    out: dict[str, str] = {}
    for e in gold["entities"]:
        if "Person" not in types_of(e) or not e["names"]:
            continue
        names = [[w for w in n.split() if w.lower() not in STYLES and len(w.rstrip(".")) > 1 and w[:1].isupper()]
                 for n in e["names"]]
        last = {ws[0] if len(ws) > 1 and ws[0].isupper() else ws[-1] for ws in names if ws}
        last = {w.capitalize() if w.isupper() else w for w in last}
        fresh = sorted(last - out.keys(), key=lambda w: (len(w), w))
        surname = next(surnames) if fresh else ""
        for w in fresh:
            out[w] = surname
            out.setdefault(w.upper(), surname.upper())
        for ws in names:
            for w in ws:
                if w.capitalize() not in last and w not in last and w not in out:
                    out[w] = next(given)
                    out.setdefault(w.upper(), out[w].upper())
    return out


def body_words(gold: dict, words: Iterator, protected: set[str]) -> dict[str, str]:
    """The distinctive words of companies', institutes' and other organizations' names to invented ones, and their
    acronyms to the new names' initials; no word of an agency, a government, a country or a person (``protected``
    holds demonyms too).

    >>> gold = {"entities": [{"type": "Company", "names": ["Orbix Dynamics Ltd", "ODL"]}]}
    >>> body_words(gold, iter(["Kelmar", "Tarsis"]), set())
    {'Orbix': 'Kelmar', 'Dynamics': 'Tarsis', 'ODL': 'KTL'}
    """
    protected = protected | {w for e in gold["entities"] if types_of(e) & _KEPT_TYPES or not types_of(e) & _ORGS
                             for n in e["names"] for w in n.split()}
    out: dict[str, str] = {}
    for e in gold["entities"]:
        if not types_of(e) & _ORGS or types_of(e) & _KEPT_TYPES or not e["names"]:
            continue
        longs = [n for n in e["names"] if not re.fullmatch(r"[A-Z0-9&/-]{2,}", n)]
        acronyms = [n for n in e["names"] if re.fullmatch(r"[A-Z][A-Z0-9&/-]+", n)]
        new = False
        for n in longs:
            for w in n.split():
                if w.lower() not in KEPT and w[:1].isupper() and w not in out and w not in protected \
                        and not any(c.isdigit() for c in w):
                    out[w], new = next(words), True
        if new and longs:
            initials = "".join(w[0] for w in (out.get(w, w) for w in max(longs, key=len).split()) if w[:1].isupper())
            out.update({a: initials for a in acronyms if a not in out and len(initials) >= 2})
    return out


def rename(text: str, words: dict[str, str]) -> str:
    """``text`` with each word of ``words`` (whole, longest first) replaced.

    >>> rename("Ana Lind met Lindqvist.", {"Lind": "Marvik", "Ana": "Teodor"})
    'Teodor Marvik met Lindqvist.'
    """
    for old in sorted(words, key=len, reverse=True):
        text = re.sub(r"(?<![\w-])" + re.escape(old) + r"(?![\w-])", words[old], text)
    return text


def renamed_set(releases: Path, gold_dir: Path, out: Path, kind: str, demonyms: set[str]) -> int:
    """Write the renamed releases to ``out/releases`` and the renamed gold to ``out/gold``; how many names changed."""
    (out / "releases").mkdir(parents=True, exist_ok=True)
    (out / "gold").mkdir(parents=True, exist_ok=True)
    given, surnames, body = (_cycle(GIVEN), _cycle(SURNAMES), _cycle(BODY_WORDS))
    changed = 0
    for path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        release = releases / f"{gold['release']}.txt"
        if not release.exists():
            continue
        words = people_words(gold, given, surnames) if kind == "people" else body_words(gold, body, demonyms)
        changed += len(words)
        head, sep, text = release.read_text(encoding="utf-8").partition("\n---\n")
        if not sep:
            head, text = "", head
        header = "\n".join(rename(line, words) if line.startswith("publisher:") else line for line in head.split("\n"))
        (out / "releases" / release.name).write_text(header + sep + rename(text, words), encoding="utf-8")
        for e in gold["entities"]:
            e["names"] = sorted({rename(n, words) for n in e["names"]})
        (out / "gold" / path.name).write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    return changed


def _cycle(words: list[str]) -> Iterator[str]:
    """The words, then words made of two of :data:`SYLLABLES` (never the same invented word for two names).

    >>> from itertools import islice
    >>> list(islice(_cycle(["Ana"]), 3))
    ['Ana', 'Kalo', 'Kaven']
    """
    yield from words
    for a in SYLLABLES:
        for b in SYLLABLES[1:]:
            if a != b:
                yield (a + b).capitalize()


#: Syllables of the invented words past the lists above.
SYLLABLES = ["ka", "lo", "ven", "mar", "ti", "sel", "dor", "ran", "bel", "vik", "tor", "lin"]


def _demonyms() -> set[str]:
    import rdflib

    kb = rdflib.Graph()
    for f in sorted((Path(__file__).resolve().parent.parent / "data" / "kb").glob("*.ttl")):
        kb.parse(f)
    return {str(o) for o in kb.objects(None, rdflib.URIRef("https://w3id.org/presskg/ontology#demonym"))}


def _score(scorer: Path, releases: Path, gold: Path, build: Path) -> dict:
    subprocess.run([sys.executable, "-m", "presskg", "build", str(releases), "-o", str(build), "--no-validate"],
                   check=True, capture_output=True)
    scores = build.parent / f"{build.name}.json"
    subprocess.run([sys.executable, str(scorer), str(build), str(gold), "--json", str(scores)], check=True,
                   capture_output=True)
    return json.loads(scores.read_text())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("releases", type=Path)
    ap.add_argument("gold", type=Path)
    ap.add_argument("--scorer", type=Path, required=True, help="the evaluation's score.py")
    ap.add_argument("--kind", choices=("people", "organizations"), default="people")
    ap.add_argument("--keep", type=Path, help="keep the renamed set and the builds here")
    a = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        work = a.keep or Path(tmp)
        demonyms = _demonyms() if a.kind != "people" else set()
        changed = renamed_set(a.releases, a.gold, work / "renamed", a.kind, demonyms)
        before = _score(a.scorer, a.releases, a.gold, work / "build-original")
        after = _score(a.scorer, work / "renamed" / "releases", work / "renamed" / "gold", work / "build-renamed")
    print(f"{changed} name words renamed ({a.kind})")
    print(f"{'release':48} {'relation F1':>12} {'renamed':>8} {'entity F1':>10} {'renamed':>8}")
    for rid in sorted(before, key=lambda r: (r == "TOTAL", r)):
        x, y = before[rid], after.get(rid, {})
        if isinstance(x, dict) and "relation_f1" in x:
            print(f"{rid[:48]:48} {x['relation_f1']:12.3f} {y.get('relation_f1', 0):8.3f} {x['entity_f1']:10.3f} "
                  f"{y.get('entity_f1', 0):8.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
