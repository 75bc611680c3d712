"""Node positions of the graph page, computed ahead in Python.

vis-network's own physics needs minutes in a real browser to settle 1,500 nodes
on a slow machine (every iteration is drawn); igraph's Fruchterman-Reingold
layout (C, with its grid approximation above 1,000 nodes) places them in well
under a second. The page then opens with the layout final and its physics off.
The result is deterministic: igraph draws its starting positions from a
generator seeded here (and handed back to Python's ``random`` afterwards),
and coordinates are rounded.
"""

from __future__ import annotations

import math
import random

import networkx as nx

from presskg.views.memo import code_digest, memoized_json

#: Side of the layout's bounding box per square root of the node count, in page pixels: about
#: 55 px around each node, so that dots and names of neighbours overlap little.
SPACING_PX = 55.0
#: The smallest side, so that a page of a few entities is not cramped.
MIN_SIDE_PX = 600.0
#: Iterations of Fruchterman-Reingold (igraph's default is 500; 300 look the same on the page at a
#: fraction of the time).
ITERATIONS = 300


def positions(simple: nx.Graph, ids: list[str], *, seed: int = 1) -> dict[str, tuple[float, float]]:
    """``ids`` -> (x, y) in page pixels, laid out by the undirected graph ``simple`` restricted to them.

    Kept between builds by its nodes and edges (:mod:`~presskg.views.memo`): a rebuild whose shown
    graph did not change does not lay it out again."""
    if not ids:
        return {}
    index = {n: i for i, n in enumerate(ids)}
    edges = sorted({(min(index[a], index[b]), max(index[a], index[b]))
                    for a, b in simple.edges(ids) if a in index and b in index and a != b})
    key = repr((code_digest(__file__, libraries=("igraph",)), ITERATIONS, seed, ids, edges))
    coords = memoized_json("layout", key, lambda: _layout(len(ids), edges, seed))
    return {n: (x, y) for n, (x, y) in zip(ids, coords, strict=True)}


def _layout(n: int, edges: list[tuple[int, int]], seed: int) -> list[tuple[float, float]]:
    """Fruchterman-Reingold coordinates of ``n`` nodes, scaled to page pixels and rounded."""
    from presskg.views.fastmeasures import igraph

    ig = igraph()
    g = ig.Graph(n=n, edges=edges)
    if n == 1:
        coords = [[0.0, 0.0]]
    else:
        ig.set_random_number_generator(random.Random(seed))
        try:
            coords = g.layout_fruchterman_reingold(niter=ITERATIONS).coords
        finally:
            ig.set_random_number_generator(random)  # igraph's default
    xs, ys = [c[0] for c in coords], [c[1] for c in coords]
    side = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    target = max(MIN_SIDE_PX, SPACING_PX * math.sqrt(n))
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    k = target / side if n > 1 else 0.0
    return [(round((x - cx) * k, 1), round((y - cy) * k, 1)) for x, y in coords]
