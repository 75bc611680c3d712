"""The pages' layout and plots kept between builds (presskg.views.memo): same bytes, computed once."""

from __future__ import annotations

import os

import networkx as nx

from presskg.views import charts, memo
from presskg.views.layout import positions


def test_memo_computes_once_per_key_and_only_where_told(tmp_path):
    calls = []

    def compute() -> bytes:
        calls.append(1)
        return b"result"

    assert memo.memoized("k", "key", compute) == b"result"  # no folder: nothing kept
    assert memo.memoized("k", "key", compute) == b"result"
    assert len(calls) == 2
    with memo.kept_in(tmp_path):
        assert memo.memoized("k", "key", compute) == b"result"
        assert memo.memoized("k", "key", compute) == b"result"
        assert memo.memoized("k", "other key", compute) == b"result"
    assert len(calls) == 4
    assert len(list(tmp_path.glob(f"*{memo.SUFFIX}"))) == 2


def test_memo_layout_and_plots_are_the_bytes_they_would_be(tmp_path):
    G = nx.gnm_random_graph(60, 120, seed=3)
    G = nx.relabel_nodes(G, {n: f"n{n}" for n in G})
    ids = sorted(G.nodes)
    fresh = positions(G, ids)
    with memo.kept_in(tmp_path):
        cold = positions(G, ids)
        warm = positions(G, ids)
        png = charts.timeline(["2020-01", "2020-02"], [3, 0], [1, 2], "title")
        png_warm = charts.timeline(["2020-01", "2020-02"], [3, 0], [1, 2], "title")
        other = positions(G, ids[:-1])  # another graph: laid out anew
    assert fresh == cold == warm
    assert png == png_warm == charts.timeline(["2020-01", "2020-02"], [3, 0], [1, 2], "title")
    assert other == positions(G, ids[:-1]) and set(other) == set(ids[:-1])
    assert len(list(tmp_path.glob("layout-*"))) == 2 and len(list(tmp_path.glob("timeline-*"))) == 1


def test_memo_keeps_the_most_recently_used(tmp_path, monkeypatch):
    monkeypatch.setattr(memo, "KEEP", 3)
    with memo.kept_in(tmp_path):
        for i in range(5):
            memo.memoized("k", str(i), lambda i=i: str(i).encode())
    entries = list(tmp_path.glob(f"*{memo.SUFFIX}"))
    assert len(entries) == 3
    by_age = sorted(entries, key=lambda p: p.read_bytes())  # made oldest first: "2", "3", "4"
    for age, p in enumerate(by_age):
        os.utime(p, ns=((age + 1) * 10**9, (age + 1) * 10**9))
    oldest = by_age[0].read_bytes()
    with memo.kept_in(tmp_path):  # the oldest read (so used now), one new: the next oldest goes
        assert memo.memoized("k", oldest.decode(), lambda: b"never") == oldest
        memo.memoized("k", "new", lambda: b"new")
    assert sorted(p.read_bytes() for p in tmp_path.glob(f"*{memo.SUFFIX}")) == sorted([oldest, b"4", b"new"])


def test_memo_measures_are_the_values_computed_anew(tmp_path):
    from presskg.views.analytics import centrality, communities, measures

    G = nx.MultiDiGraph(nx.gnm_random_graph(80, 160, seed=5, directed=True))
    G = nx.relabel_nodes(G, {n: f"n{n}" for n in G})
    fresh = (measures(G), communities(G), centrality(G))
    with memo.kept_in(tmp_path):
        cold = (measures(G), communities(G), centrality(G))
        warm = (measures(G), communities(G), centrality(G))
    assert fresh == cold == warm
    assert [list(d) for d in fresh[0].values()] == [list(d) for d in warm[0].values()]  # same order too
    assert {p.name.split("-")[0] for p in tmp_path.glob("*.memo")} == {"pagerank", "betweenness", "louvain"}


def test_memo_damaged_entries_are_made_again(tmp_path):
    G = nx.path_graph(5)
    G = nx.relabel_nodes(G, {n: f"n{n}" for n in G})
    ids = sorted(G.nodes)
    with memo.kept_in(tmp_path):
        place = positions(G, ids)
        png = charts.timeline(["2021-05"], [2], [0], "t")
    for p in tmp_path.glob("*.memo"):
        p.write_bytes(p.read_bytes()[:10])  # cut short
    with memo.kept_in(tmp_path):
        assert positions(G, ids) == place
        assert charts.timeline(["2021-05"], [2], [0], "t") == png
    assert sorted(len(p.read_bytes()) > 10 for p in tmp_path.glob("*.memo")) == [True, True]
