"""The bundled knowledge base: Turtle files under ``data/kb`` → graph and plain entries."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from presskg.errors import OntologyError
from presskg.model import KBEntry
from presskg.vocab import PK, WD, kb_dir

_PK = str(PK._NS)
_DATE = _PK + "date"
_WD = str(WD)
_TYPE, _LABEL, _ALT = str(RDF.type), str(RDFS.label), str(SKOS.altLabel)
_SAME_AS, _DEMONYM = str(OWL.sameAs), str(PK.demonym)


def kb_files(folder: str | Path | None = None) -> list[Path]:
    """The knowledge base's Turtle files, sorted (the build's input order)."""
    folder = kb_dir(folder)
    files = sorted(Path(folder).glob("*.ttl"))
    if not files:
        raise OntologyError(f"no knowledge-base files (*.ttl) in {folder}")
    return files


def load_kb_graph(files: list[Path]) -> Graph:
    """Parse the knowledge-base files into one graph.

    Raises:
        OntologyError: a file does not parse (with the parser's message).
    """
    g = Graph()
    for f in files:
        try:
            g.parse(f, format="turtle")
        except Exception as exc:  # rdflib raises several unrelated types
            raise OntologyError(f"{f}: not valid Turtle: {exc}") from exc
    return g


def kb_entries(triples: Iterable[ox.Triple]) -> list[KBEntry]:
    """Plain entries for every typed and labelled entity of the knowledge base's ``triples``."""
    classes: dict[str, set[str]] = defaultdict(set)
    values: dict[tuple[str, str], set[str]] = defaultdict(set)  # (subject, property) → values
    facts: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for t in triples:
        if not isinstance(t.subject, ox.NamedNode):
            continue
        s, p, o = t.subject.value, t.predicate.value, t.object
        if p == _TYPE and o.value.startswith(_PK):
            classes[s].add(o.value[len(_PK):])
        elif p.startswith(_PK) and isinstance(o, ox.NamedNode) or p == _DATE:  # (and the day an agreement was made)
            facts[s].add((p[len(_PK):], o.value))
        values[s, p].add(o.value)
    out = []
    for s in sorted(classes):
        labels = values.get((s, _LABEL))
        if not labels:
            continue
        wikidata = sorted(o[len(_WD):] for o in values.get((s, _SAME_AS), ()) if o.startswith(_WD))
        out.append(KBEntry(s, min(labels), frozenset(classes[s]), tuple(sorted(values.get((s, _ALT), ()))),
                           tuple(sorted(values.get((s, _DEMONYM), ()))), wikidata[0] if wikidata else None,
                           tuple(sorted(facts[s]))))
    return out


@lru_cache(maxsize=2)
def load_entries(folder: str | None = None) -> tuple[KBEntry, ...]:
    """The knowledge base's entries, read once per process (by Oxigraph: a tenth of rdflib's time).

    Raises:
        OntologyError: a file does not parse (with the parser's message).
    """
    triples = []
    for f in kb_files(folder):
        try:
            triples += ox.parse(path=str(f), format=ox.RdfFormat.TURTLE)
        except SyntaxError as exc:
            raise OntologyError(f"{f}: not valid Turtle: {exc}") from exc
    return tuple(kb_entries(triples))


@lru_cache(maxsize=2)
def load_kb(folder: str | None = None) -> tuple[Graph, tuple[KBEntry, ...]]:
    """The knowledge-base graph (rdflib) and its entries, read once per process."""
    return load_kb_graph(kb_files(folder)), load_entries(folder)
