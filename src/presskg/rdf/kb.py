"""The bundled knowledge base: Turtle files under ``data/kb`` → graph and plain entries."""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from ..errors import OntologyError
from ..model import KBEntry
from ..vocab import PK, WD, kb_dir

_PK = str(PK._NS)


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


def kb_entries(graph: Graph) -> list[KBEntry]:
    """Plain entries for every typed entity of the knowledge base."""
    classes: dict[URIRef, set[str]] = defaultdict(set)
    for s, o in graph.subject_objects(RDF.type):
        if isinstance(s, URIRef) and str(o).startswith(_PK):
            classes[s].add(str(o)[len(_PK):])
    out = []
    for s in sorted(classes):
        label = graph.value(s, RDFS.label)
        if label is None:
            continue
        aliases = tuple(sorted({str(a) for a in graph.objects(s, SKOS.altLabel)}))
        demonyms = tuple(sorted({str(d) for d in graph.objects(s, PK.demonym)}))
        same = (str(o) for o in graph.objects(s, OWL.sameAs))
        wikidata = next((o[len(str(WD)):] for o in same if o.startswith(str(WD))), None)
        facts = tuple(sorted(
            (str(p)[len(_PK):], str(o))
            for p, o in graph.predicate_objects(s)
            if str(p).startswith(_PK) and isinstance(o, URIRef) and not isinstance(o, Literal)
        ))
        out.append(KBEntry(str(s), str(label), frozenset(classes[s]), aliases, demonyms, wikidata, facts))
    return out


@lru_cache(maxsize=2)
def load_kb(folder: str | None = None) -> tuple[Graph, tuple[KBEntry, ...]]:
    """The knowledge-base graph and its entries, read once per process."""
    g = load_kb_graph(kb_files(folder))
    return g, tuple(kb_entries(g))
