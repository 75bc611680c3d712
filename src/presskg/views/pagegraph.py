"""The entity graph a large build's pages are made from: one edge per relation, not per release.

:func:`~presskg.views.network.to_networkx` keeps an edge per release that states a relation, each
with all its sentences: what one release's page shows, and what grows with the corpus (issue 19:
some 40 MiB of Python objects per thousand releases of the bundled ones, most of the peak of the
pages). A build with more releases than get a page of their own (``Settings.viz_release_pages``)
needs only what the graph page and the report show of a relation, and that does not grow with the
number of releases that state it:

* how many releases state it (``count``): the report's degrees, relation and property counts;
* its first :data:`SAID` sentences by release, then by text (``said``): the graph page's tooltip;
* for ``partnerOf`` only, the releases (``releases``): the report counts a partnership once per
  release that states it, whichever way round.

:func:`to_page_graph` reads that graph, nodes as :func:`~presskg.views.network.to_networkx` gives
them, edges keyed by property (``<property>@kb`` for the knowledge base's). The graph page and the
report made from it are byte for byte those made from ``to_networkx``'s (a test checks it).

A relation's sentences are matched to it by its graph, subject, property and object without
checking that the graph states it: the encoder (:mod:`presskg.rdf.encode`) asserts the triple of
every ``rdf:Statement`` it writes, in the same graph.
"""

from __future__ import annotations

import bisect

import networkx as nx

from presskg.views.netmemo import GraphMemo
from presskg.views.network import (
    _EDGES,
    _EVIDENCE,
    _add_new_edges,
    _entities,
    _local,
    _node,
    _Reader,
    _release,
    _selector,
    _wikidata,
)
from presskg.vocab import INFERRED_GRAPH, KB_GRAPH, ONTOLOGY_GRAPH

#: Sentences a relation keeps: the graph page's tooltip quotes three.
SAID = 3
#: Relations whose releases are kept (the report's partnerships count releases).
RELEASES_KEPT = frozenset({"partnerOf"})


def to_page_graph(source, *, include_kb: bool = False, memo: GraphMemo | None = None) -> nx.MultiDiGraph:
    """The entity graph of every release graph of ``source``, one edge per relation (see the module).

    ``source``, ``include_kb`` and ``memo`` as :func:`~presskg.views.network.to_networkx` takes them.
    """
    read = _Reader(_selector(source), memo)
    found = _entities(read, None)
    wikidata = _wikidata(read)
    G = nx.MultiDiGraph(per_relation=True)
    G.add_nodes_from(_node(e, found.pop(e), wikidata.get(e)) for e in sorted(found))
    del found, wikidata
    edges = _relations(read, G, include_kb)
    _add_new_edges(G, ((s, o, k, edges.pop((s, o, k))) for s, o, k in sorted(edges)))
    return G


def _relations(read: _Reader, nodes, include_kb: bool) -> dict[tuple[str, str, str], dict]:
    """The core relations between ``nodes``, keyed (subject, object, property[@kb])."""
    skip = {str(ONTOLOGY_GRAPH), str(INFERRED_GRAPH)}
    kb_graph = str(KB_GRAPH)
    edges: dict[tuple[str, str, str], dict] = {}
    keys: dict[tuple[str, bool], str] = {}  # one key string per property and kind, shared by the edges

    def key(p: str, kb: bool) -> str:
        k = keys.get((p, kb))
        if k is None:
            prop = _local(p)
            k = keys[p, kb] = f"{prop}@kb" if kb else prop
        return k

    for g, s, p, o in read.by_graph(_EDGES):
        kb = g == kb_graph
        if g in skip or s not in nodes or o not in nodes or (kb and not include_kb):
            continue
        k = key(p, kb)
        edge = edges.get((s, o, k))
        if edge is None:
            prop = _local(p)
            edge = edges[s, o, k] = {"property": prop, "kb": kb, "count": 0, "said": []}
            if prop in RELEASES_KEPT:
                edge["releases"] = []
        edge["count"] += 1
        if "releases" in edge:
            edge["releases"].append(_release(g))
    for g, s, p, o, sentence in read.by_graph(_EVIDENCE):
        if g in skip or not sentence:
            continue
        edge = edges.get((s, o, key(p, g == kb_graph)))
        if edge is not None:
            _keep_first(edge["said"], (_release(g), sentence))
    for edge in edges.values():
        if "releases" in edge:
            edge["releases"] = sorted(edge["releases"])
    return edges


def _keep_first(said: list[tuple[str, str]], pair: tuple[str, str]) -> None:
    """Add ``pair`` to ``said``, a sorted list of at most :data:`SAID` distinct pairs, the least kept."""
    if pair in said or (len(said) >= SAID and pair >= said[-1]):
        return
    bisect.insort(said, pair)
    del said[SAID:]
