"""The graphs every build holds beside its releases': the ontology, the knowledge base and, with
``Settings.infer``, what reasoning adds to the release graphs (split out of build.py)."""

from __future__ import annotations

from functools import lru_cache

import pyoxigraph as ox

from presskg.builder.graphs import Graph, graph_bytes
from presskg.builder.spool import Spool
from presskg.link.kb import kb_files
from presskg.rdf.convert import parse_graph
from presskg.settings import Settings
from presskg.vocab import INFERRED_GRAPH, KB_GRAPH, ONTOLOGY_GRAPH, ontology_path


@lru_cache(maxsize=1)
def background_quads() -> tuple[ox.Quad, ...]:
    """The ontology and knowledge-base graphs.

    The ontology's blank nodes (its lists and restrictions) get canonical labels (RDFC-1.0, by
    Oxigraph) and its triples a fixed order, so the same ontology gives the same bytes.
    """
    onto = ox.Dataset(ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph())
                      for t in ox.parse(path=str(ontology_path()), format=ox.RdfFormat.TURTLE))
    onto.canonicalize(ox.CanonicalizationAlgorithm.UNSTABLE)  # stable for one Oxigraph version
    name = ox.NamedNode(str(ONTOLOGY_GRAPH))
    quads = [ox.Quad(q.subject, q.predicate, q.object, name) for q in sorted(onto, key=str)]
    for f in kb_files():
        quads += parse_graph(f, str(KB_GRAPH))
    return tuple(quads)


@lru_cache(maxsize=1)
def background_bytes() -> dict[str, tuple[bytes, bytes, Graph]]:
    """The ontology's and the knowledge base's graphs as :func:`~presskg.builder.stream.make_graph`
    spools them (N-Quads, facts as N-Triples, hash and size), made once per process: a rebuild makes
    them while its changed releases are read (:func:`~presskg.builder.ahead.get_ready`), not after."""
    by_graph: dict[str, dict[ox.Quad, None]] = {}
    for q in background_quads():
        by_graph.setdefault(q.graph_name.value, {})[q] = None
    return {g: graph_bytes(list(qs)) for g, qs in by_graph.items()}


def background_graphs(spool: Spool, made: list[str], settings: Settings) -> dict[str, tuple[bytes, bytes, Graph]]:
    """The ontology and knowledge-base graphs, and with ``settings.infer`` what reasoning adds
    to the release graphs ``made`` (all of them: a build with reasoning makes every graph), each as
    :func:`background_bytes` gives them."""
    out = dict(background_bytes())
    if settings.infer:
        from presskg.rdf.infer import infer

        release = [q for g in made for q in spool.quads(g)]
        onto = [q for q in background_quads() if q.graph_name.value == str(ONTOLOGY_GRAPH)]
        inferred = infer(release, list(dict.fromkeys(onto)))
        if inferred:
            out[str(INFERRED_GRAPH)] = graph_bytes(list(dict.fromkeys(inferred)))
    return out
