"""Between Oxigraph quads (what a build makes) and rdflib datasets (what pyshacl and users get)."""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def to_rdflib_term(t):
    """An Oxigraph term as the rdflib term with the same value (blank-node labels kept)."""
    if isinstance(t, ox.NamedNode):
        return URIRef(t.value)
    if isinstance(t, ox.BlankNode):
        return BNode(t.value)
    if t.language:
        return Literal(t.value, lang=t.language)
    if t.datatype.value == _XSD_STRING:  # a simple literal, as rdflib's parsers read it
        return Literal(t.value)
    return Literal(t.value, datatype=URIRef(t.datatype.value))


def to_graph(quads: Iterable[ox.Quad]) -> Graph:
    """The union of the quads' triples as one rdflib graph."""
    g = Graph()
    for q in quads:
        g.add((to_rdflib_term(q.subject), to_rdflib_term(q.predicate), to_rdflib_term(q.object)))
    return g


def parse_graph(path, graph: str, *, fmt: ox.RdfFormat = ox.RdfFormat.TURTLE) -> list[ox.Quad]:
    """A file's triples as quads of the named graph ``graph``."""
    name = ox.NamedNode(graph)
    return [ox.Quad(t.subject, t.predicate, t.object, name) for t in ox.parse(path=str(path), format=fmt)]
