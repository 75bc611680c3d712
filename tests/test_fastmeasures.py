"""The measures igraph computes for the pages and the report (views.fastmeasures) against networkx's."""

import random

import igraph as ig
import networkx as nx
import pytest

from presskg.views import fastmeasures


@pytest.fixture(scope="module")
def graph() -> nx.Graph:
    G = nx.relabel_nodes(nx.barabasi_albert_graph(400, 2, seed=3), lambda i: f"n{i:03d}")
    G.add_nodes_from(["alone-1", "alone-2"])  # no edge: PageRank spreads them uniformly
    return G


@pytest.mark.parametrize("k", [None, 50])
def test_fastmeasures_betweenness_is_networkx_estimate(graph, k):
    ours, theirs = fastmeasures.betweenness(graph, k, seed=7), nx.betweenness_centrality(graph, k=k, seed=7)
    assert ours.keys() == theirs.keys()
    assert max(abs(ours[n] - theirs[n]) for n in graph) < 1e-12


def test_fastmeasures_pagerank_is_networkx_and_the_same_every_time(graph):
    ours, theirs = fastmeasures.pagerank(graph), nx.pagerank(graph, tol=1e-12)
    assert max(abs(ours[n] - theirs[n]) for n in graph) < 1e-9
    ig.set_random_number_generator(random.Random(99))  # whatever the generator's state before
    try:
        assert fastmeasures.pagerank(graph) == ours
    finally:
        ig.set_random_number_generator(random)


def test_fastmeasures_louvain_covers_every_node_once_and_is_seeded(graph):
    parts = fastmeasures.louvain(graph, seed=42)
    assert sorted(n for p in parts for n in p) == sorted(graph)
    assert parts == fastmeasures.louvain(graph, seed=42)
    assert [len(p) for p in parts] == sorted((len(p) for p in parts), reverse=True)
    assert nx.community.modularity(graph, parts) > 0.5


def test_fastmeasures_igraph_is_imported_without_matplotlib():
    """igraph would import matplotlib.pyplot (about 1 s) for drawing presskg never asks of it; the
    measures and the layout work without it, and matplotlib still imports afterwards for the plots."""
    import subprocess
    import sys

    code = ("import sys\n"
            "from presskg.views import fastmeasures, layout\n"
            "import networkx as nx\n"
            "H = nx.path_graph(6)\n"
            "assert fastmeasures.louvain(H, seed=1) and layout.positions(H, list(H))\n"
            "print('matplotlib' in sys.modules)\n"
            "from matplotlib.figure import Figure\n"
            "print(Figure is not None)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "True"]


def _multidigraph(seed: int) -> nx.MultiDiGraph:
    """Edges both ways, repeated, self loops, nodes added out of order and some without edges."""
    rnd = random.Random(seed)
    G = nx.MultiDiGraph()
    names = [f"e{i:03d}" for i in range(120)]
    rnd.shuffle(names)
    G.add_nodes_from(names)
    for _ in range(400):
        s, o = rnd.choice(names[:100]), rnd.choice(names[:100])
        G.add_edge(s, o, key=rnd.choice("abc"))
    return G


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_fastmeasures_simple_edges_are_simple_graph_s_in_its_order(seed):
    """The arrays the measures read are the simple graph's nodes and edges in its order (the
    seeded measures depend on it), for the whole graph and for a subset of its nodes in any order."""
    from presskg.views.analytics import simple_graph

    G = _multidigraph(seed)
    some = random.Random(seed).sample(list(G), 70) + ["not-a-node"]
    for nodes in (None, some):
        H, ours = simple_graph(G, nodes), fastmeasures.SimpleEdges(G, nodes)
        assert list(ours) == list(H) and len(ours) == len(H)
        assert list(ours.edges()) == list(H.edges()) and ours.number_of_edges() == H.number_of_edges()
        assert fastmeasures.pagerank(ours) == fastmeasures.pagerank(H)
        assert fastmeasures.louvain(ours, seed=42) == fastmeasures.louvain(H, seed=42)
        assert fastmeasures.betweenness(ours, 20, seed=7) == fastmeasures.betweenness(H, 20, seed=7)
