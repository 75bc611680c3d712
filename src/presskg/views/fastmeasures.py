"""The report's and the graph page's network measures computed by igraph (C) instead of networkx.

A rebuild after one release changed recomputes every measure of the whole entity graph (one
more node changes them all): at 1,000 releases networkx took about 2 s of CPU for PageRank,
sampled betweenness and Louvain (issue 17: a one-release rebuild must cost at most 2 % of a full
build). igraph computes the same measures in a few hundredths of a second:

* PageRank: igraph solves it (ARPACK) to machine precision where networkx iterates to a tolerance of 1e-6, so
  values differ from networkx's in their sixth or seventh digit (the pages show four at most).
* betweenness: the same estimate as ``networkx.betweenness_centrality(H, k, seed=7)`` — the same
  ``k`` source nodes drawn by ``random.Random(seed).sample``, the same normalisation — computed
  from those sources by igraph (equal to networkx's up to floating-point rounding).
* communities: igraph's multilevel (Louvain) method with its random generator seeded here, so the
  same graph gives the same communities; not networkx's partition (another implementation), but
  the same method.

Graphs come in as the simple undirected ``networkx.Graph`` of :func:`~presskg.views.analytics.simple_graph`,
vertices in its node order, so the results depend only on that graph.
"""

from __future__ import annotations

import random
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import networkx as nx

_IMPORT = threading.Lock()


def igraph():
    """The ``igraph`` module, imported without matplotlib.

    igraph's drawing modules import ``matplotlib.pyplot`` when they find it installed, for plots
    presskg never asks igraph for: about 1 s of CPU, most of a one-release rebuild's fixed costs
    when the report's plots did not change (issue 17). While igraph is first imported, matplotlib
    is hidden (a ``None`` entry in ``sys.modules`` makes its import fail, and igraph falls back on
    its own placeholder, as it does where matplotlib is missing); the entry is removed at once, so
    the report's plots import matplotlib as usual. If matplotlib is imported already, nothing is hidden.
    """
    with _IMPORT:
        hide = "igraph" not in sys.modules and "matplotlib" not in sys.modules
        if hide:
            sys.modules["matplotlib"] = None  # type: ignore[assignment]
        try:
            import igraph as ig
        finally:
            if hide:
                del sys.modules["matplotlib"]
    return ig


class SimpleEdges:
    """What the measures read of :func:`~presskg.views.analytics.simple_graph` ``(G, nodes)``, made
    without it: its nodes in order, and its edges as two arrays of node numbers in the order that
    graph's ``edges()`` gives them, which is what igraph is given (so the seeded measures are the
    same). That ``networkx.Graph`` of every entity, with its neighbour dicts and the dicts of
    neighbours it is made from, was some 70 MiB at 8,000 releases, made beside the entity graph to
    rank its nodes and again in the report's process (issue 19); these arrays, 8 bytes an edge.

    The order, from how ``simple_graph`` fills its neighbour dicts: node ``n``'s edges to nodes not
    before it are first its successors in ``G``'s order (``n`` itself included), then its other
    predecessors in node order. ``G`` is a directed graph of networkx.
    """

    def __init__(self, G: nx.DiGraph, nodes: list[str] | None = None):
        from array import array

        self.nodes = list(G) if nodes is None else list(nodes)
        index = {n: i for i, n in enumerate(self.nodes)}
        self.src, self.dst = array("i"), array("i")
        for i, n in enumerate(self.nodes):
            if n not in G:
                continue
            succ = G._succ[n]
            for o in succ:
                j = index.get(o)
                if j is not None and j >= i:
                    self.src.append(i)
                    self.dst.append(j)
            later = sorted(j for m in G._pred[n] if m not in succ and (j := index.get(m)) is not None and j > i)
            self.src.extend([i] * len(later))
            self.dst.extend(later)

    def __len__(self) -> int:
        return len(self.nodes)

    def __iter__(self) -> Iterator[str]:
        return iter(self.nodes)

    def number_of_edges(self) -> int:
        return len(self.src)

    def edges(self) -> Iterator[tuple[str, str]]:
        nodes = self.nodes
        return ((nodes[i], nodes[j]) for i, j in zip(self.src, self.dst, strict=True))

    def digest(self, key) -> None:
        """Feed ``key`` (a hashlib object) with what the measures depend on: the nodes and edges in order."""
        key.update(b"edges")
        for n in self.nodes:
            key.update(repr(n).encode("utf-8"))
        key.update(self.src.tobytes())
        key.update(self.dst.tobytes())


def _igraph(H: nx.Graph | SimpleEdges):
    """``H`` as an igraph graph, vertex ``i`` being the ``i``-th node of ``H``, and that node list."""
    ig = igraph()
    if isinstance(H, SimpleEdges):
        # the pairs streamed to igraph, never listed: a list of tuples was some 10 MiB at 8,000
        # releases (80,000 edges), made for each measure (issue 19); the same edges in the same order
        return ig.Graph(n=len(H.nodes), edges=zip(H.src, H.dst, strict=True)), H.nodes
    nodes = list(H)
    index = {n: i for i, n in enumerate(nodes)}
    return ig.Graph(n=len(nodes), edges=[(index[a], index[b]) for a, b in H.edges()]), nodes


def pagerank(H: nx.Graph | SimpleEdges, *, damping: float = 0.85) -> dict[str, float]:
    """PageRank of every node of ``H`` (dangling nodes spread uniformly, as in networkx)."""
    g, nodes = _igraph(H)
    # ARPACK: some twenty times faster than PRPACK here (3,800 nodes: 0.03 s against 0.5 s); its
    # start vector is random, so igraph's generator is seeded: the same graph, the same digits
    with _seeded(0):
        rank = g.pagerank(directed=False, damping=damping, implementation="arpack")
    return dict(zip(nodes, rank, strict=True))


def betweenness(H: nx.Graph | SimpleEdges, k: int | None, *, seed: int) -> dict[str, float]:
    """Normalised betweenness of every node of ``H``: exact (``k`` None), or estimated from ``k``
    sources drawn with ``seed`` as networkx draws them (see the module's docstring)."""
    n = len(H)
    if n < 3:
        return dict.fromkeys(H, 0.0)
    g, nodes = _igraph(H)
    # igraph halves what an undirected graph's paths give; networkx's normalisation is of the sums
    # over ordered pairs (s, t): twice igraph's
    if k is None:
        raw = g.betweenness(directed=False)
        return {v: 2 * b / ((n - 1) * (n - 2)) for v, b in zip(nodes, raw, strict=True)}
    sources = random.Random(seed).sample(nodes, k)
    index = {v: i for i, v in enumerate(nodes)}
    raw = [2 * b for b in g.betweenness(directed=False, sources=[index[s] for s in sources], targets=None)]
    # networkx (3.6) scales a sampled estimate without end points apart for the sources, which are
    # never the source of the pairs through them: 1/((k-1)(n-2)) for them, 1/(k(n-2)) for the rest
    chosen = set(sources)
    return {v: b / ((k - 1 if v in chosen else k) * (n - 2)) for v, b in zip(nodes, raw, strict=True)}


def louvain(H: nx.Graph | SimpleEdges, *, seed: int) -> list[list[str]]:
    """Communities of ``H`` by the multilevel (Louvain) method, largest first, members sorted."""
    g, nodes = _igraph(H)
    with _seeded(seed):
        parts = g.community_multilevel()
    return sorted((sorted(nodes[i] for i in part) for part in parts), key=lambda p: (-len(p), p))


@contextmanager
def _seeded(seed: int) -> Iterator[None]:
    """igraph's random numbers drawn from a generator seeded with ``seed`` while the block runs."""
    ig = igraph()
    ig.set_random_number_generator(random.Random(seed))
    try:
        yield
    finally:
        ig.set_random_number_generator(random)  # igraph's default
