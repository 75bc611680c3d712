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
from collections.abc import Callable, Iterable, Iterator

import networkx as nx

from presskg._heap import give_back
from presskg.rdf.encode import release_iri
from presskg.views.netmemo import GraphMemo
from presskg.views.network import (
    _EDGES,
    _EVIDENCE,
    _LABELS,
    _RELEASES,
    _TYPES,
    _add_details,
    _add_new_edges,
    _classes,
    _entities,
    _Entity,
    _local,
    _node,
    _Reader,
    _release,
    _selector,
    _wikidata,
    main_class,
)
from presskg.views.pagesums import RELEASES_KEPT, SAID, PageSums
from presskg.views.pagesums import edge_key as _edge_key
from presskg.vocab import INFERRED_GRAPH, KB_GRAPH, ONTOLOGY_GRAPH


def to_page_graph(source, *, include_kb: bool = False, memo: GraphMemo | None = None,
                  shown: Callable[[nx.MultiDiGraph], Iterable[str]] | None = None) -> nx.MultiDiGraph:
    """The entity graph of every release graph of ``source``, one edge per relation (see the module).

    ``source``, ``include_kb`` and ``memo`` as :func:`~presskg.views.network.to_networkx` takes them.

    ``shown``: given the graph with every node's label, classes and releases and every edge's
    count, the nodes the graph page shows (:func:`~presskg.views.viz.select_nodes`); only they
    then get their other names, Wikidata id and evidence, and only the relations between them
    their sentences (the others' ``said`` is empty). What the page and the report show is the
    same; what the graph holds no longer grows with the corpus by the sentences of every entity
    and relation (issue 19), and fewer mentions are read.
    """
    read = _Reader(_selector(source), memo)
    G = nx.MultiDiGraph(per_relation=True)
    if shown is None:
        found = _entities(read, None)
        wikidata = _wikidata(read)
        G.add_nodes_from(_node(e, found.pop(e), wikidata.get(e)) for e in sorted(found))
        del found
        edges = _relations(read, G, include_kb)
        _add_new_edges(G, ((s, o, k, edges.pop((s, o, k))) for s, o, k in sorted(edges)))
        return G
    # rows the memo holds for every graph (read ahead: StoreRows): their sums kept per graph (pagesums)
    sums = PageSums(memo) if memo is not None and getattr(source, "filled", False) else None
    if sums is not None:
        sums.update()
        give_back()  # the shares made (every graph's, in a full build) and SQLite's pages: freed before the graph
    bare = _bare_entities(read) if sums is None else sums.entities()
    wikidata = _wikidata(read)
    G.add_nodes_from(_bare_node(e, bare.pop(e)) for e in sorted(bare))
    del bare
    _add_shared_edges(G, _counted(read, G, include_kb) if sums is None else _summed(sums, G, include_kb))
    _add_shown(read, G, set(shown(G)), wikidata, sums)
    return G


def _add_shared_edges(G: nx.MultiDiGraph, edges: Iterable[tuple[str, str, str, dict]]) -> None:
    """:func:`~presskg.views.network._add_new_edges` for :func:`_counted`'s edges (sorted, a pair's
    edges together), except that a pair whose only edge is a shared one (read only) gets a dict of
    edges shared by every such pair (``{key: edge}``): a dict per pair was some 14 MiB at 8,000
    releases (80,000 pairs), the largest part of the pages' graph (issue 19). :func:`_add_shown`
    gives a pair whose edge gets sentences a dict of its own."""
    succ, pred = G._succ, G._pred
    alike: dict[tuple[str, int], dict] = {}

    def put(s: str, o: str, keyed: dict) -> None:
        if len(keyed) == 1:
            (k, data), = keyed.items()
            if type(data["said"]) is tuple:  # a shared edge (see _counted)
                keyed = alike.setdefault((k, id(data)), keyed)
        succ[s][o] = pred[o][s] = keyed

    pair, keyed = None, {}
    for s, o, k, data in edges:
        if (s, o) != pair:
            if pair is not None:
                put(*pair, keyed)
            pair, keyed = (s, o), {}
        keyed[k] = data
    if pair is not None:
        put(*pair, keyed)
    nx._clear_cache(G)


def _bare_entities(read: _Reader) -> dict[str, list]:
    """What :func:`~presskg.views.network._entities` finds, without other names and evidence, held
    compactly: entity → [the last graph that names and types it, its label there, its classes, its
    releases (repeated)]. (A :class:`~presskg.views.network._Entity` of five containers per entity
    was some 1.3 KB: 39 MiB at 8,000 releases, the largest part of reading the pages' graph; issue 19.)"""
    releases = {g for (g,) in read.select(_RELEASES)}
    # graph → entity → label: a dict per graph rather than a (graph, entity) tuple per label, some
    # 9 MiB fewer at 8,000 releases (157,000 labels) while the pages' graph is read (issue 19)
    labels: dict[str, dict[str, str]] = {}
    for g, e, label in read.by_graph(_LABELS):
        if g in releases:
            named = labels.get(g)
            if named is None:
                named = labels[g] = {}
            if named.get(e, "") <= label:  # the greatest, if a graph gave two
                named[e] = label
    del releases
    found: dict[str, list] = {}
    for g, e, t in read.by_graph(_TYPES, classes=_classes()):
        named = labels.get(g)
        label = None if named is None else named.get(e)
        if label is None:
            continue
        ent = found.get(e)
        if ent is None:
            found[e] = [g, label, {_local(t)}, [_release(g)]]
            continue
        if g > ent[0]:
            ent[0], ent[1] = g, label
        ent[2].add(_local(t))
        ent[3].append(_release(g))
    return found


def _bare_node(e: str, ent: list) -> tuple[str, dict]:
    """A node with what the report needs of every entity (:func:`~presskg.views.network._node` less
    its other names, Wikidata id and evidence); nodes of the same classes share their list of them."""
    _, label, classes, releases = ent
    key = frozenset(classes)
    kinds = _CLASSES.get(key)
    if kinds is None:
        kinds = _CLASSES[key] = (sorted(classes), main_class(classes))
    return e, {"label": label, "classes": kinds[0], "cls": kinds[1], "releases": sorted(set(releases))}


#: Classes of nodes (a set of them) → their sorted list and main class, shared (read only) by the nodes.
_CLASSES: dict[frozenset, tuple[list[str], str]] = {}


def _add_shown(read: _Reader, G: nx.MultiDiGraph, shown: set[str], wikidata: dict[str, str],
               sums: PageSums | None = None) -> None:
    """The ``shown`` nodes of ``G`` made whole (as :func:`~presskg.views.network._node` makes them),
    and the relations between them given their sentences (from ``sums`` when given)."""
    found = {e: _Entity(labels=dict.fromkeys(sorted(release_iri(r) for r in G.nodes[e]["releases"]), ""))
             for e in sorted(shown)}
    _add_details(read, found)
    for e, ent in found.items():
        a = G.nodes[e]
        ent.classes, ent.releases = set(a["classes"]), set(a["releases"])
        _, whole = _node(e, ent, wikidata.get(e))
        whole["label"] = a["label"]
        whole["aliases"] = sorted(ent.aliases - {a["label"]})
        G._node[e] = whole

    def edge_of(s: str, o: str, k: str) -> dict | None:
        keyed = G._succ[s].get(o) if s in shown and o in shown else None
        edge = None if keyed is None else keyed.get(k)
        if edge is not None and type(edge["said"]) is tuple:  # shared by edges alike (_counted): its own now,
            edge = {**edge, "said": []}  # and so the pair's dict of edges (shared by pairs alike: _add_shared_edges)
            G._succ[s][o] = G._pred[o][s] = {**keyed, k: edge}
        return edge

    if sums is None:
        _add_said(read, edge_of)
        return
    between = {(s, o, k) for s in shown for o, keyed in G._succ[s].items() if o in shown for k in keyed}
    for (s, o, k), pairs in sorted(sums.said(between).items()):
        said = edge_of(s, o, k)["said"]
        for pair in pairs:
            _keep_first(said, pair)


def _counted(read: _Reader, nodes, include_kb: bool) -> Iterator[tuple[str, str, str, dict]]:
    """The core relations between ``nodes`` as :func:`_relations` gives them, in its order, without
    their sentences (an empty ``said``): those of a property, kind and count (all but ``partnerOf``'s,
    which keep their releases) share one dict, read only (:func:`_add_shown` gives the edges that get
    sentences their own). A dict per edge was some 17 MiB at 8,000 releases (issue 19)."""
    skip = {str(ONTOLOGY_GRAPH), str(INFERRED_GRAPH)}
    kb_graph = str(KB_GRAPH)
    counts: dict[tuple[str, str, str], int] = {}
    releases: dict[tuple[str, str, str], list[str]] = {}
    for g, s, p, o in read.by_graph(_EDGES):
        kb = g == kb_graph
        if g in skip or s not in nodes or o not in nodes or (kb and not include_kb):
            continue
        key = (s, o, _edge_key(p, kb))
        counts[key] = counts.get(key, 0) + 1
        if _local(p) in RELEASES_KEPT:
            releases.setdefault(key, []).append(_release(g))
    return _shared_edges(counts, releases)


def _summed(sums: PageSums, nodes, include_kb: bool) -> Iterator[tuple[str, str, str, dict]]:
    """:func:`_counted`'s edges from the relations' sums (:meth:`~presskg.views.pagesums.PageSums.relations`)."""
    counts, releases = sums.relations(nodes)
    for key in [key for key in counts if not include_kb and key[2].endswith("@kb")]:
        del counts[key]
        releases.pop(key, None)
    return _shared_edges(counts, releases)


def _shared_edges(counts: dict[tuple[str, str, str], int], releases: dict[tuple[str, str, str], list[str]],
                  ) -> Iterator[tuple[str, str, str, dict]]:
    """The edges of these counts (and releases), sorted, those alike sharing one dict (see :func:`_counted`)."""
    shared: dict[tuple[str, bool, int], dict] = {}
    for key in sorted(counts):
        s, o, k = key
        kb = k.endswith("@kb")
        prop = k[:-3] if kb else k
        n = counts.pop(key)
        if key in releases:
            yield s, o, k, {"property": prop, "kb": kb, "count": n, "said": (), "releases": sorted(releases.pop(key))}
            continue
        edge = shared.get((k, kb, n))
        if edge is None:
            edge = shared[k, kb, n] = {"property": prop, "kb": kb, "count": n, "said": ()}
        yield s, o, k, edge


def _relations(read: _Reader, nodes, include_kb: bool, *, said: bool = True) -> dict[tuple[str, str, str], dict]:
    """The core relations between ``nodes``, keyed (subject, object, property[@kb]); with their
    sentences (``said``), or an empty ``said`` for :func:`_add_said` to fill."""
    skip = {str(ONTOLOGY_GRAPH), str(INFERRED_GRAPH)}
    kb_graph = str(KB_GRAPH)
    edges: dict[tuple[str, str, str], dict] = {}
    for g, s, p, o in read.by_graph(_EDGES):
        kb = g == kb_graph
        if g in skip or s not in nodes or o not in nodes or (kb and not include_kb):
            continue
        k = _edge_key(p, kb)
        edge = edges.get((s, o, k))
        if edge is None:
            prop = _local(p)
            edge = edges[s, o, k] = {"property": prop, "kb": kb, "count": 0, "said": [] if said else ()}
            if prop in RELEASES_KEPT:
                edge["releases"] = []
        edge["count"] += 1
        if "releases" in edge:
            edge["releases"].append(_release(g))
    if said:
        _add_said(read, lambda s, o, k: edges.get((s, o, k)))
    for edge in edges.values():
        if "releases" in edge:
            edge["releases"] = sorted(edge["releases"])
    return edges


def _add_said(read: _Reader, edge_of: Callable[[str, str, str], dict | None]) -> None:
    """Give the relations ``edge_of(subject, object, key)`` finds (None: not kept) their first sentences."""
    skip = {str(ONTOLOGY_GRAPH), str(INFERRED_GRAPH)}
    kb_graph = str(KB_GRAPH)
    for g, s, p, o, sentence in read.by_graph(_EVIDENCE):
        if g in skip or not sentence:
            continue
        edge = edge_of(s, o, _edge_key(p, g == kb_graph))
        if edge is not None:
            if type(edge["said"]) is tuple:  # an edge read without its sentences
                edge["said"] = []
            _keep_first(edge["said"], (_release(g), sentence))


def _keep_first(said: list[tuple[str, str]], pair: tuple[str, str]) -> None:
    """Add ``pair`` to ``said``, a sorted list of at most :data:`SAID` distinct pairs, the least kept."""
    if pair in said or (len(said) >= SAID and pair >= said[-1]):
        return
    bisect.insort(said, pair)
    del said[SAID:]
