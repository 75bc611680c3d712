"""Reasoning: the RDFS and OWL 2 RL closure of the ontology over the release graphs (owlrl).

The new triples about entities (inverse properties, superclasses, symmetric
partners, aligned external terms) go to their own named graph, never into a
release graph. Triples about the ontology's own terms and the axiomatic noise
of the closure are left out.
"""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.namespace import OWL

from ..vocab import INFERRED_GRAPH, PKR
from .convert import to_rdflib_term

_OMIT_OBJECTS = {str(OWL.Thing)}


def infer(quads: Iterable[ox.Quad], ontology: Iterable[ox.Quad]) -> list[ox.Quad]:
    """Triples entailed by the ontology about the entities of ``quads`` (release and KB graphs)."""
    import owlrl

    g = Graph()
    for q in ontology:
        g.add((to_rdflib_term(q.subject), to_rdflib_term(q.predicate), to_rdflib_term(q.object)))
    entities = set()
    before = set()
    for q in quads:
        t = (to_rdflib_term(q.subject), to_rdflib_term(q.predicate), to_rdflib_term(q.object))
        if str(t[0]).startswith(str(PKR)):
            g.add(t)
            before.add(t)
            entities.add(t[0])
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics, rdfs_closure=True, axiomatic_triples=False,
                           datatype_axioms=False).expand(g)
    name = ox.NamedNode(str(INFERRED_GRAPH))
    out = []
    for s, p, o in g:
        if s not in entities or (s, p, o) in before or not isinstance(s, URIRef) or s == o:
            continue
        if isinstance(o, URIRef) and str(o) not in _OMIT_OBJECTS:
            out.append(ox.Quad(ox.NamedNode(str(s)), ox.NamedNode(str(p)), ox.NamedNode(str(o)), name))
    return out
