"""Scoring a build against gold annotations (``presskg eval BUILD GOLD``).

The gold format is one JSON file per release (see the README): entities with
names and classes, relations, dates. Entities match by name (label or
alternative label; case, accents, punctuation, a leading "the" and a leading
honorific ignored); unnamed gold entities match the built node of a compatible
class that shares most gold relations. Relations are read from the release's
own named graph. Scores are micro-averaged over releases.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

from presskg.errors import InputError
from presskg.vocab import CORE_RELATIONS, PARENT, PK, Class
from presskg.vocab import INVERSE as VOCAB_INVERSE
from presskg.vocab import SYMMETRIC as VOCAB_SYMMETRIC

#: Classes judged leniently (a built type in the same category is right): the ontology's top classes,
#: with Agent split into its direct subclasses (Organization, Person); Release is the document, not a thing.
CATEGORIES = frozenset({c.value for c in Class if c.value not in PARENT and c.value not in ("Agent", "Release")}
                       | {c for c, parent in PARENT.items() if parent == "Agent"})
CORE_CLASSES = frozenset(PARENT) | CATEGORIES | {"Agent"}


#: The relations scored (the graph contract's core relations), the symmetric ones and the inverses:
#: read from the ontology through the generated vocabulary, never typed out twice.
RELATIONS, SYMMETRIC, INVERSE = CORE_RELATIONS, VOCAB_SYMMETRIC, VOCAB_INVERSE


def norm(name: str) -> str:
    """Name as compared: no accents, case, punctuation, leading "the" or honorific."""
    s = unicodedata.normalize("NFKD", str(name))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = s.replace("\u2019", "'").replace("'s ", " ")
    s = re.sub(r"[^0-9a-z]+", " ", s).strip()
    return re.sub(r"^(the|dr|prof|professor|mr|mrs|ms|sir) ", "", s)


def _ancestors(cls: str) -> set[str]:
    out = {cls}
    while cls in PARENT:
        cls = PARENT[cls]
        out.add(cls)
    return out


def _core(ds: Dataset, node) -> set[str]:
    ns = str(PK._NS)
    out = set()
    for cls in ds.objects(node, RDF.type):
        if str(cls).startswith(ns):
            out |= _ancestors(str(cls)[len(ns):]) & CORE_CLASSES
    return out


def _accepted(entity: dict) -> set[str]:
    t = entity["type"]
    return set(t if isinstance(t, list) else [t])


def _strict(pred: set[str], gold: set[str]) -> bool:
    return bool(pred & gold)


def _lenient(pred: set[str], gold: set[str]) -> bool:
    cats = set().union(*(_ancestors(t) & CATEGORIES for t in gold))
    return bool(pred & CATEGORIES & cats)


@dataclass
class BuiltRelease:
    """What a build holds for one release, as the scorer sees it."""

    node: URIRef | None
    entities: set = field(default_factory=set)
    relations: set = field(default_factory=set)
    types: dict = field(default_factory=dict)
    names: dict = field(default_factory=dict)
    dates: dict = field(default_factory=lambda: defaultdict(set))
    date: set = field(default_factory=set)
    publisher: set = field(default_factory=set)


def read_release(ds: Dataset, ident: str) -> BuiltRelease:
    node = next((r for r in ds.subjects(RDF.type, PK.Release)
                 if any(str(i) == ident for i in ds.objects(r, DCTERMS.identifier))), None)
    out = BuiltRelease(node)
    if node is None:
        return out
    g = ds.graph(node)
    names = {PK[r]: r for r in (*RELATIONS, *INVERSE)}
    for a, b in ds.subject_objects(OWL.inverseOf):
        for x, y in ((a, b), (b, a)):
            if y in names and x not in names and str(x).startswith(str(PK._NS)):
                names[x] = "~" + names[y]
    for s, _ in g.subject_objects(RDF.type):
        if s != node and _core(ds, s):
            out.entities.add(s)
    out.entities.update(g.objects(node, PK.mentions))
    for s, p, o in g:
        name = names.get(p)
        if name is None or isinstance(o, Literal) or node in (s, o):
            continue
        if name.startswith("~"):
            s, o, name = o, s, name[1:]
        if name in INVERSE:
            s, o, name = o, s, INVERSE[name]
        if name in SYMMETRIC and str(s) > str(o):
            s, o = o, s
        out.relations.add((s, name, o))
        out.entities.update((s, o))
    for s, o in g.subject_objects(PK.date):
        out.dates[s].add(str(o))
    for e in out.entities:
        out.types[e] = _core(ds, e)
        out.names[e] = {norm(n) for p in (RDFS.label, SKOS.altLabel) for n in ds.objects(e, p)}
    out.date = {str(o) for o in ds.objects(node, DCTERMS.date)}
    out.publisher = set(ds.objects(node, DCTERMS.publisher))
    return out


def score_release(gold: dict, built: BuiltRelease) -> dict:
    """Counts, misses and spurious items of one release (same rules as the shared scorer)."""
    ents = {e["id"]: e for e in gold["entities"]}
    c: dict[str, int] = defaultdict(int)
    missed: list[str] = []
    align: dict[str, object] = {}
    if built.node is None:
        c["missing_release"] = 1
    pairs = []
    for gid, e in ents.items():
        gnames = {norm(n) for n in e["names"]}
        for node in built.entities if gnames else ():
            if gnames & built.names.get(node, set()):
                t = built.types[node]
                pairs.append((not _strict(t, _accepted(e)), not _lenient(t, _accepted(e)), gid, node))
    used: set = set()
    for _, _, gid, node in sorted(pairs, key=lambda p: (p[0], p[1], p[2], str(p[3]))):
        if gid not in align and node not in used:
            align[gid] = node
            used.add(node)
    gold_rels = [(r[0], r[1], r[2], len(r) > 3) for r in gold["relations"]]

    def mapped(s, p, o):
        if p in INVERSE:
            s, o, p = o, s, INVERSE[p]
        subj, obj = align.get(s), align.get(o)
        if subj is None or obj is None:
            return None
        if p in SYMMETRIC and str(subj) > str(obj):
            subj, obj = obj, subj
        return (subj, p, obj)

    unnamed = sorted((g for g, e in ents.items() if not e["names"]), key=lambda g: bool(ents[g].get("optional")))
    for gid in unnamed:
        e = ents[gid]
        best, best_n = None, (0, 0)
        for node in sorted(built.entities - used, key=str):
            if not _lenient(built.types[node], _accepted(e)):
                continue
            align[gid] = node
            hits = [opt for s, p, o, opt in gold_rels if gid in (s, o) and mapped(s, p, o) in built.relations]
            del align[gid]
            n = (sum(not opt for opt in hits), len(hits))
            if n > best_n or (n == best_n and best is not None and _strict(built.types[node], _accepted(e))
                              and not _strict(built.types[best], _accepted(e))):
                best, best_n = node, n
        if best_n == (0, 0):
            alone = [n for n in built.entities - used if _strict(built.types[n], _accepted(e))]
            best = alone[0] if len(alone) == 1 else None
        if best is not None:
            align[gid] = best
            used.add(best)
    detail: dict[tuple[str, str, str], int] = defaultdict(int)  # (property|class, name, gold|found|pred|correct)
    causes: list[tuple[str, str]] = []
    for gid, e in ents.items():
        if e.get("optional"):
            continue
        c["ent_gold"] += 1
        cat = _category(_accepted(e))
        detail["class", cat, "gold"] += 1
        node = align.get(gid)
        if node is None:
            missed.append(f"entity {gid}")
            causes.append((_entity_cause(e), f"entity {gid}"))
            continue
        c["ent_found"] += 1
        strict = _strict(built.types[node], _accepted(e))
        detail["class", cat, "found"] += strict
        c["ent_typed_strict"] += strict
        c["ent_typed_lenient"] += _lenient(built.types[node], _accepted(e))
        if not strict:
            causes.append(("typing", f"type of {gid}"))
    aligned = set(align.values())
    c["ent_pred"] = len(built.entities)
    c["ent_pred_correct"] = len(built.entities & aligned)
    gold_of = {node: ents[gid] for gid, node in align.items()}
    for node in built.entities:
        cat = _category(built.types[node])
        detail["class", cat, "pred"] += 1
        detail["class", cat, "correct"] += node in gold_of and _strict(built.types[node], _accepted(gold_of[node]))
    gold_mapped = set()
    for s, p, o, optional in gold_rels:
        m = mapped(s, p, o)
        if m is not None:
            gold_mapped.add(m)
        if optional:
            continue
        c["rel_gold"] += 1
        name = INVERSE.get(p, p)
        detail["property", name, "gold"] += 1
        if m is not None and m in built.relations:
            c["rel_found"] += 1
            detail["property", name, "found"] += 1
        else:
            missed.append(f"relation {s} {p} {o}")
            causes.append((_relation_cause(ents, align, built, s, o), f"relation {s} {p} {o}"))
    c["rel_pred"] = len(built.relations)
    c["rel_pred_correct"] = len(built.relations & gold_mapped)
    for rel in built.relations:
        detail["property", rel[1], "pred"] += 1
        detail["property", rel[1], "correct"] += rel in gold_mapped
    for d in gold.get("dates", []):
        if len(d) > 2:
            continue
        c["date_gold"] += 1
        node = align.get(d[0])
        if node is not None and d[1] in built.dates.get(node, set()):
            c["date_found"] += 1
        else:
            missed.append(f"date {d[0]} {d[1]}")
            causes.append(("date" if node is not None else _entity_cause(ents.get(d[0], {"names": []})),
                           f"date {d[0]} {d[1]}"))
    if gold.get("date"):
        c["meta_gold"] += 1
        c["meta_found"] += built.node is not None and any(x.startswith(gold["date"]) for x in built.date)
    if gold.get("publisher"):
        c["meta_gold"] += 1
        c["meta_found"] += built.node is not None and align.get(gold["publisher"]) in built.publisher
    return {"counts": dict(c), "missed": missed, "detail": dict(detail), "causes": causes}


#: What would have found a miss, in the order ``presskg eval`` lists them.
CAUSES = ("unnamed event", "name", "typing", "coreference", "implicit relation", "date")


def _category(types: set[str]) -> str:
    cats = sorted(set().union(*(_ancestors(t) & CATEGORIES for t in types))) if types else []
    return cats[0] if cats else "none"


def _entity_cause(e: dict) -> str:
    """An unnamed event needs an event rule; another unnamed thing is found by resolving its
    description ("the capsule"); a named thing by recognizing its name."""
    if e.get("names"):
        return "name"
    return "unnamed event" if _category(_accepted(e)) == "Event" else "coreference"


def _relation_cause(ents: dict, align: dict, built: BuiltRelease, s: str, o: str) -> str:
    """A missed relation: an end not found is that end's cause; an end typed wrong is typing; both
    ends found and typed, the relation itself went unread (implicit in the text)."""
    for end in (s, o):
        if align.get(end) is None:
            return _entity_cause(ents.get(end, {"names": [end]}))
    for end in (s, o):
        if not _strict(built.types[align[end]], _accepted(ents[end])):
            return "typing"
    return "implicit relation"


def _prf(correct: int, pred: int, found: int, gold: int) -> tuple[float, float, float]:
    p = correct / pred if pred else 0.0
    r = found / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return round(p, 3), round(r, 3), round(f, 3)


def summarize(c: dict) -> dict:
    ep, er, ef = _prf(c.get("ent_pred_correct", 0), c.get("ent_pred", 0), c.get("ent_found", 0), c.get("ent_gold", 0))
    rp, rr, rf = _prf(c.get("rel_pred_correct", 0), c.get("rel_pred", 0), c.get("rel_found", 0), c.get("rel_gold", 0))
    g = c.get("ent_gold", 0) or 1
    return {
        "entity_p": ep, "entity_r": er, "entity_f1": ef,
        "entity_typed_strict_r": round(c.get("ent_typed_strict", 0) / g, 3),
        "entity_typed_lenient_r": round(c.get("ent_typed_lenient", 0) / g, 3),
        "relation_p": rp, "relation_r": rr, "relation_f1": rf,
        "date_r": round(c.get("date_found", 0) / c["date_gold"], 3) if c.get("date_gold") else None,
        "release_meta_r": round(c.get("meta_found", 0) / c["meta_gold"], 3) if c.get("meta_gold") else None,
        "missing_releases": c.get("missing_release", 0),
    }


def load_build(build: str | Path) -> Dataset:
    build = Path(build)
    files = [build] if build.is_file() else (sorted(build.glob("*.nq")) or sorted(build.glob("*.trig")))
    if not files:
        raise InputError(f"no .nq or .trig file in {build}")
    ds = Dataset(default_union=True)
    for f in files:
        ds.parse(f, format="nquads" if f.suffix == ".nq" else "trig")
    return ds


def evaluate(build: str | Path, gold: str | Path) -> dict:
    """Scores of a build against a gold file or folder: per release and ``"TOTAL"``."""
    gold = Path(gold)
    files = [gold] if gold.is_file() else sorted(gold.glob("*.json"))
    if not files:
        raise InputError(f"no gold *.json in {gold}")
    ds = load_build(build)
    total: dict[str, int] = defaultdict(int)
    detail: dict[tuple[str, str, str], int] = defaultdict(int)
    causes: dict[str, list[str]] = {c: [] for c in CAUSES}
    report: dict[str, dict] = {}
    for f in files:
        g = json.loads(f.read_text(encoding="utf-8"))
        res = score_release(g, read_release(ds, g["release"]))
        for k, v in res["counts"].items():
            total[k] += v
        for k, v in res["detail"].items():
            detail[k] += v
        for cause, item in res["causes"]:
            causes[cause].append(f"{g['release']}: {item}")
        report[g["release"]] = {**summarize(res["counts"]), "missed": res["missed"]}
    report["TOTAL"] = summarize(total)
    report["BREAKDOWN"] = breakdown(detail, causes)
    return report


def breakdown(detail: dict[tuple[str, str, str], int], causes: dict[str, list[str]]) -> dict:
    """P/R/F1 per property and per class (strict typing), and the misses grouped by what would find them."""
    out: dict = {"by_property": {}, "by_class": {}, "misses_by_cause": causes}
    for kind, key in (("property", "by_property"), ("class", "by_class")):
        names = sorted({n for k, n, _ in detail if k == kind})
        for n in names:
            p, r, f = _prf(detail[kind, n, "correct"], detail[kind, n, "pred"], detail[kind, n, "found"],
                           detail[kind, n, "gold"])
            out[key][n] = {"p": p, "r": r, "f1": f, "gold": detail[kind, n, "gold"], "built": detail[kind, n, "pred"]}
    return out


def breakdown_table(b: dict) -> str:
    """The breakdown as plain-text tables (``presskg eval``)."""
    lines = []
    for key, title in (("by_property", "property"), ("by_class", "class")):
        lines.append(f"{title:16} {'P':>5} {'R':>5} {'F1':>5} {'gold':>5} {'built':>5}")
        for n, v in sorted(b[key].items(), key=lambda kv: -kv[1]["gold"]):
            lines.append(f"{n:16} {v['p']:5.2f} {v['r']:5.2f} {v['f1']:5.2f} {v['gold']:5} {v['built']:5}")
        lines.append("")
    lines.append("misses by what would have found them")
    for cause, items in b["misses_by_cause"].items():
        lines.append(f"  {cause:18} {len(items):4}")
    return "\n".join(lines)


def duplicate_entities(ds: Dataset) -> list[tuple[str, str, list[str]]]:
    """Names that label two entity IRIs of the same class: one real thing minted twice.

    Returns (normalized name, class, IRIs) for every such name. Only entities
    that releases mention are considered (the knowledge base may name
    different things alike, e.g. Callisto the moon and the launcher).
    """
    mentioned = set(ds.objects(None, PK.mentions))
    by_name: dict[tuple[str, str], set[str]] = defaultdict(set)
    ns = str(PK._NS)
    for e in mentioned:
        classes = {str(c)[len(ns):] for c in ds.objects(e, RDF.type) if str(c).startswith(ns)}
        for p in (RDFS.label, SKOS.altLabel):
            for n in ds.objects(e, p):
                key = re.sub(r"\W+", " ", unicodedata.normalize("NFKC", str(n)).casefold()).strip()
                for cls in classes:
                    by_name[(key, cls)].add(str(e))
    return sorted((n, c, sorted(iris)) for (n, c), iris in by_name.items() if len(iris) > 1 and n)
