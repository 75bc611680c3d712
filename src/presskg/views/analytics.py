"""Measures of who matters and how things connect, on the entity graph.

The entity graph (:func:`~presskg.views.network.to_networkx`, also importable from here) is a
``MultiDiGraph`` whose nodes are entities and whose edges are core relations named by
property, each with its evidence. The measures are pure functions of that graph, as in networkx.
They take as well the pages' graph of a large build (:func:`~presskg.views.pagegraph.to_page_graph`),
whose edge stands for the ``count`` releases that state a relation: degrees and counts are weighted by it.
"""

from __future__ import annotations

import difflib
import hashlib
import heapq
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

import networkx as nx

from presskg.errors import InputError
from presskg.views import fastmeasures
from presskg.views.memo import code_digest, memoized_json
from presskg.views.network import main_class, to_networkx
from presskg.vocab import PARENT

__all__ = ["main_class", "to_networkx", "release_view", "text_graph", "simple_graph",
           "centrality", "measures", "communities", "Hop", "find_entity", "path", "stats", "for_export",
           "partnerships", "missions_per_agency", "PARTNER_KINDS", "subclass_of"]


def release_view(G: nx.MultiDiGraph, release: str) -> nx.MultiDiGraph:
    """What one release says: its entities, its relations, and background facts between them."""
    keep = [n for n, a in G.nodes(data=True) if release in a.get("releases", ())]
    H = nx.MultiDiGraph()
    for n in keep:
        a = dict(G.nodes[n])
        a["evidence"] = [e for e in a.get("evidence", []) if e[0] == release]
        H.add_node(n, **a)
    H.add_edges_from((s, o, k, d) for s, o, k, d in G.subgraph(keep).edges(keys=True, data=True)
                     if d.get("kb") or d.get("release") == release)
    return H


def text_graph(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Only the relations read from releases (no background facts).

    The graph is for reading only (the report): what it has as ``G`` has it is ``G``'s own, not
    copied — its nodes' dict, each node's dict of neighbours that has no background fact (most of
    them: some 10 MiB of dicts at 8,000 releases, in the report's process; issue 19), a pair's dict
    of edges with none, and the attribute dicts. Copying them edge by edge (``add_edges_from``)
    was a tenth of a second of every build's pages at a thousand releases (issue 17). The
    adjacency is that ``add_edges_from`` would give, in the same order (the seeded measures depend
    on it): a node's predecessors are shared only when ``G`` has them in node order.
    """
    H = nx.MultiDiGraph()
    H._node = G._node  # networkx's storage, filled as add_nodes_from and add_edge fill it
    succ, pred = H._succ, H._pred
    position = {n: i for i, n in enumerate(G._node)}
    for n in G._node:
        nbrs = G._succ[n]
        if any(_any_kb(keyed) for keyed in nbrs.values()):
            row = succ[n] = {}
            for o, keyed in nbrs.items():
                kept = {k: d for k, d in keyed.items() if not d.get("kb")} if _any_kb(keyed) else keyed
                if kept:
                    row[o] = kept
        else:
            succ[n] = nbrs
        back, last = G._pred[n], -1
        for s, keyed in back.items():
            if position[s] < last or _any_kb(keyed):
                pred[n] = {}  # filled below, in node order
                break
            last = position[s]
        else:
            pred[n] = back
    del position
    for s, nbrs in succ.items():
        for o, kept in nbrs.items():
            into = pred[o]
            if into is not G._pred[o]:
                into[s] = kept
    nx._clear_cache(H)
    return H


def _any_kb(keyed: dict) -> bool:
    for d in keyed.values():
        if d.get("kb"):
            return True
    return False


def simple_graph(G: nx.MultiDiGraph, nodes: list[str] | None = None) -> nx.Graph:
    """``G`` (or its subgraph on ``nodes``) as a simple undirected graph without attributes.

    This is what the measures work on. ``nx.Graph(G.to_undirected())`` deep-copies every edge's
    evidence, which took seconds at a thousand releases; this reads the edge list only. Neighbours
    come in the same order as in that graph (its two passes are replayed: first the neighbours as
    the edges meet them, then the edges in that order), since seeded measures such as Louvain
    depend on that order. Make it once and pass it as ``simple=`` to the measures.
    """
    order = list(G) if nodes is None else list(nodes)
    adjacent: dict[str, dict[str, None]] = {n: {} for n in order}
    succ = G.adj
    for s in order:  # G.edges(order) gives each neighbour once per edge (per release): once is enough
        for o in succ[s] if s in G else ():
            if o in adjacent:
                adjacent[s][o] = adjacent[o][s] = None
    H = nx.Graph()
    H.add_nodes_from(order)
    # what H.add_edges_from(those pairs) does, in its order, without its checks and calls per edge
    # (a tenth of a second for the three such graphs of a thousand releases' pages)
    into = H._adj
    for s, nbrs in adjacent.items():
        for o in nbrs:
            if o not in into[s]:
                into[s][o] = into[o][s] = {}
    nx._clear_cache(H)
    return H


def centrality(G: nx.MultiDiGraph, *, simple: nx.Graph | fastmeasures.SimpleEdges | None = None) -> dict[str, float]:
    """PageRank of each node over the undirected entity graph (uniform when there are no edges).

    ``simple``: the graph to rank, ``simple_graph(G)`` unless the caller has made it already (or
    its :class:`~presskg.views.fastmeasures.SimpleEdges`, which the measures read alike).
    """
    H = simple_graph(G) if simple is None else simple
    if len(H) == 0:
        return {}
    if H.number_of_edges() == 0:
        return {n: 1 / len(H) for n in H}
    # stable digits: reproducible pages; igraph's, a few times faster than networkx's (views.fastmeasures).
    # Kept as a list in the nodes' order, given back keyed by the nodes themselves: a dict read back from
    # JSON held a new string per node (and the text one more), some 10 MiB at 32,000 nodes beside the
    # pages' graph as it is ranked (issue 19)
    ranks = _kept("pagerank-list", H, lambda: [round(v, 12) for v in fastmeasures.pagerank(H).values()])
    return dict(zip(H, ranks, strict=True))


def _kept(kind: str, H: nx.Graph | fastmeasures.SimpleEdges, compute: Callable[[], dict | list]) -> dict | list:
    """``compute()`` (JSON data), or what it gave before for the same graph (:mod:`~presskg.views.memo`).

    The key is ``H`` itself, nodes and each node's neighbours in order: the seeded measures
    (sampled betweenness, Louvain) depend on that order, so the same key means the same result."""
    # digested a node at a time: the text of the whole adjacency was some 10 MB at 4,000 releases,
    # made three times by the pages and the report beside the entity graph (issue 19)
    key = hashlib.sha256(code_digest(__file__, fastmeasures.__file__, libraries=("networkx", "igraph")).encode())
    if isinstance(H, fastmeasures.SimpleEdges):
        H.digest(key)
        return memoized_json(kind, key.hexdigest(), compute)
    for n, nbrs in H.adjacency():  # not H[n]: a view made per node
        key.update(repr((n, list(nbrs))).encode("utf-8"))
    return memoized_json(kind, key.hexdigest(), compute)


#: Past this many nodes, betweenness is estimated from this many sources.
BETWEENNESS_SOURCES = 50


def measures(G: nx.MultiDiGraph, *,
             simple: nx.Graph | fastmeasures.SimpleEdges | None = None) -> dict[str, dict[str, float]]:
    """Degree, PageRank and betweenness of every node.

    Betweenness (computed by igraph as networkx would: :mod:`~presskg.views.fastmeasures`) is
    exact up to :data:`BETWEENNESS_SOURCES` nodes; past that it is estimated from the shortest
    paths of that many source nodes drawn with a fixed seed, so the same graph always gives the
    same estimate, at a cost that does not grow with the square of the graph.
    """
    H = simple_graph(G) if simple is None else simple
    k = None if len(H) <= BETWEENNESS_SOURCES else BETWEENNESS_SOURCES

    def betweenness() -> list[float]:  # in the nodes' order, as centrality keeps PageRank
        return [round(v, 12) for v in fastmeasures.betweenness(H, k, seed=7).values()]

    return {"degree": dict(G.degree(weight="count")), "pagerank": centrality(G, simple=H),
            "betweenness": dict(zip(H, _kept("betweenness-list", H, betweenness), strict=True)) if len(H) else {}}


def communities(G: nx.MultiDiGraph, *, seed: int = 42,
                simple: nx.Graph | fastmeasures.SimpleEdges | None = None) -> list[list[str]]:
    """Louvain communities (igraph's multilevel method), largest first, members sorted: reproducible with ``seed``.

    ``simple``: ``simple_graph(G)`` if the caller has made it already.
    """
    H = simple_graph(G) if simple is None else simple
    if H.number_of_edges() == 0:
        return [[n] for n in sorted(H)]

    nodes = list(H)

    def louvain() -> list[list[int]]:  # members by their place among the nodes (see centrality)
        number = {n: i for i, n in enumerate(nodes)}
        return [[number[n] for n in part] for part in fastmeasures.louvain(H, seed=seed)]

    return [[nodes[i] for i in part] for part in _kept(f"louvain-list-{seed}", H, louvain)]


@dataclass(frozen=True)
class Hop:
    source: str
    prop: str
    target: str
    forward: bool
    release: str
    evidence: str


def find_entity(G: nx.MultiDiGraph, name: str) -> str:
    """The node a name denotes (label or other name, any case).

    Raises:
        InputError: no such entity, with the closest names as suggestions.
    """
    want = name.strip().casefold()
    for n, a in G.nodes(data=True):
        if a.get("label", "").casefold() == want or want in (x.casefold() for x in a.get("aliases", [])):
            return n
    names = sorted({a.get("label", "") for _, a in G.nodes(data=True)})
    close = difflib.get_close_matches(name, names, n=5, cutoff=0.5)
    hint = f"; did you mean {', '.join(repr(c) for c in close)}?" if close else ""
    raise InputError(f"no entity named {name!r} in the graph{hint}")


def path(G: nx.MultiDiGraph, a: str, b: str) -> list[Hop]:
    """The shortest chain of relations between two entities (any direction), each hop with its evidence."""
    src, dst = find_entity(G, a), find_entity(G, b)
    H = nx.Graph()
    H.add_nodes_from(G.nodes)
    for s, o, _, d in sorted(G.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2])):
        if not H.has_edge(s, o):
            H.add_edge(s, o, hops=[])
        H.edges[s, o]["hops"].append((s, o, d))
    try:
        nodes = nx.shortest_path(H, src, dst)
    except nx.NetworkXNoPath:
        raise InputError(f"{a!r} and {b!r} are not connected in this graph") from None
    hops = []
    for x, y in zip(nodes, nodes[1:], strict=False):
        s, o, d = sorted(H.edges[x, y]["hops"], key=lambda h: (h[2].get("kb", False), not h[2].get("evidence")))[0]
        hops.append(Hop(x, d["property"], y, forward=(s == x), release=d.get("release", ""),
                        evidence=(d.get("evidence") or [""])[0]))
    return hops


def stats(G: nx.MultiDiGraph, *, top: int = 10, simple: nx.Graph | fastmeasures.SimpleEdges | None = None,
          rank: dict[str, float] | None = None) -> dict:
    """Counts per class and per property, and the most central entities.

    ``simple``, ``rank``: ``simple_graph(G)`` and ``centrality(G)`` if the caller has them already.
    """
    classes = Counter(a.get("cls", "") for _, a in G.nodes(data=True))
    props: Counter = Counter()
    for *_, d in G.edges(data=True):
        props[d.get("property", "")] += d.get("count", 1)
    rank = centrality(G, simple=simple) if rank is None else rank
    best = heapq.nsmallest(top, rank, key=lambda n: (-rank[n], n))  # sorted(...)[:top], without a list of every node
    return {"entities": G.number_of_nodes(), "relations": sum(props.values()),
            "classes": dict(sorted(classes.items(), key=lambda kv: (-kv[1], kv[0]))),
            "properties": dict(sorted(props.items(), key=lambda kv: (-kv[1], kv[0]))),
            "top": [(G.nodes[n]["label"], round(rank[n], 4), G.degree(n, weight="count")) for n in best]}


#: Control characters XML 1.0 does not allow: a release's text can hold some (they are dropped).
_NOT_XML = dict.fromkeys(c for c in range(32) if chr(c) not in "\t\n\r")


def _xml(text: str) -> str:
    """Text as XML keeps it: without forbidden characters, line ends as new lines (XML reads a
    carriage return as one anyway)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").translate(_NOT_XML)


def for_export(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy with only scalar attributes that XML can hold, as GraphML and GEXF require."""
    H = nx.MultiDiGraph()
    H.add_nodes_from((n, {"label": _xml(a.get("label", "")), "cls": a.get("cls", ""),
                          "aliases": _xml("; ".join(a.get("aliases", []))), "wikidata": a.get("wikidata") or "",
                          "releases": "; ".join(a.get("releases", []))}) for n, a in G.nodes(data=True))
    H.add_edges_from((s, o, k, {"property": d.get("property", ""), "release": d.get("release", ""),
                                "kb": bool(d.get("kb")), "evidence": _xml(" | ".join(d.get("evidence", [])))})
                     for s, o, k, d in G.edges(keys=True, data=True))
    return H


#: The ways two agencies are seen working together, as the report's partnership matrix counts them.
PARTNER_KINDS = ("partners", "co-signatories", "co-participants")


def subclass_of(cls: str, root: str) -> bool:
    """Whether ``cls`` is ``root`` or under it in the ontology's class tree (``presskg.vocab.PARENT``)."""
    while cls:
        if cls == root:
            return True
        cls = PARENT.get(cls, "")
    return False


def _is_mission(G: nx.MultiDiGraph, n: str) -> bool:
    cls = G.nodes[n].get("cls", "")
    return cls == "Mission" or subclass_of(cls, "Spacecraft")


def _is_agency(G: nx.MultiDiGraph, n: str) -> bool:
    return G.nodes[n].get("cls") == "SpaceAgency"


def partnerships(G: nx.MultiDiGraph) -> dict[tuple[str, str], Counter]:
    """Who works with whom: for each pair of space agencies (sorted node ids), how often they are
    stated partners (``partnerOf``, once per release that says so), sign the same agreement
    (``signatory``, once per agreement) or take part in the same event (``participant``, once per
    event)."""
    pairs: dict[tuple[str, str], Counter] = {}

    def add(a: str, b: str, kind: str, n: int = 1) -> None:
        if a != b:
            pairs.setdefault((min(a, b), max(a, b)), Counter())[kind] += n

    partners: set[tuple[str, str, str]] = set()
    together: dict[tuple[str, str], set[str]] = {}  # (agreement or event, kind) → agencies
    for s, o, d in G.edges(data=True):
        prop = d.get("property")
        if prop == "partnerOf" and _is_agency(G, s) and _is_agency(G, o):
            partners.update((min(s, o), max(s, o), r) for r in d.get("releases", (d.get("release", ""),)))
        elif prop in ("signatory", "participant") and _is_agency(G, o):
            together.setdefault((s, "co-signatories" if prop == "signatory" else "co-participants"), set()).add(o)
    for a, b, _ in partners:
        add(a, b, "partners")
    for (_, kind), agencies in together.items():
        members = sorted(agencies)
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                add(a, b, kind)
    return dict(sorted(pairs.items()))


def missions_per_agency(G: nx.MultiDiGraph) -> dict[str, list[str]]:
    """Space agency → the missions and spacecraft it operates (``operatedBy``) or contributes to
    (``contributesTo``), most first."""
    out: dict[str, set[str]] = {}
    for s, o, d in G.edges(data=True):
        prop = d.get("property")
        if prop == "operatedBy" and _is_agency(G, o) and _is_mission(G, s):
            out.setdefault(o, set()).add(s)
        elif prop == "contributesTo" and _is_agency(G, s) and _is_mission(G, o):
            out.setdefault(s, set()).add(o)
    return {a: sorted(ms) for a, ms in sorted(out.items(), key=lambda kv: (-len(kv[1]), kv[0]))}
