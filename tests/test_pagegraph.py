"""The pages' graph of a large build (one edge per relation) gives the pages of the entity graph."""

from __future__ import annotations

import json

from presskg.views.analytics import text_graph
from presskg.views.netmemo import GraphMemo
from presskg.views.network import to_networkx
from presskg.views.pagegraph import SAID, _keep_first, to_page_graph
from presskg.views.report import report_data, write_report
from presskg.views.timeline import read_dates
from presskg.views.viz import page_data


def _files(folder):
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_pagegraph_pages_and_report_are_the_entity_graph_s(corpus_build, tmp_path):
    """Graph page (all nodes, and the most central few with notice) and report, byte for byte."""
    full = to_networkx(corpus_build, include_kb=True)
    small = to_page_graph(corpus_build, include_kb=True)
    assert list(full.nodes(data=True)) == list(small.nodes(data=True))
    # fewer edges: copies of a release state the same relations
    assert small.number_of_edges() < full.number_of_edges()
    assert sum(d["count"] for *_, d in small.edges(data=True)) == full.number_of_edges()
    assert max(len(d["said"]) for *_, d in small.edges(data=True)) == SAID
    for cap in (1500, 40):
        a, b = page_data(full, max_nodes=cap), page_data(small, max_nodes=cap)
        assert json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)
    assert any(e["tooltip"].count("\n[") == 3 and "releases)" in e["tooltip"] for e in a["edges"])
    dates = read_dates(corpus_build)
    assert repr(report_data(text_graph(full), dates=dates, background=full)) == repr(
        report_data(text_graph(small), dates=dates, background=small))
    write_report(text_graph(full), tmp_path / "a", dates=dates, background=full)
    write_report(text_graph(small), tmp_path / "b", dates=dates, background=small)
    assert _files(tmp_path / "a") == _files(tmp_path / "b")
    assert "| ESA | JAXA |" in (tmp_path / "b" / "report.md").read_text(encoding="utf-8")


def test_pagegraph_shown_nodes_alone_made_whole_give_the_same_pages(corpus_build, tmp_path):
    """With ``shown``, only the page's nodes get sentences and other names, only the relations
    between them sentences: the graph page (of the most central few) and the report are the same."""
    from presskg.views.viz import select_nodes

    whole = to_page_graph(corpus_build, include_kb=True)
    picked: list[list[str]] = []

    def shown(G):  # as the builder's: the choice kept for the page (builder.pages._shown)
        keep, notice = select_nodes(G, 40)
        G.graph["shown"] = (40, keep, notice)
        picked.append(keep)
        return keep

    lean = to_page_graph(corpus_build, include_kb=True, shown=shown)
    assert len(picked[0]) == 40 < lean.number_of_nodes()
    kept = set(picked[0])
    for n, a in lean.nodes(data=True):
        assert (a == whole.nodes[n]) if n in kept else ("evidence" not in a and a["label"] == whole.nodes[n]["label"])
    assert any(whole.nodes[n]["evidence"] for n in kept)
    assert not any(d["said"] for s, o, d in lean.edges(data=True) if s not in kept or o not in kept)
    assert any(d["said"] for s, o, d in whole.edges(data=True) if s not in kept or o not in kept)
    # the edges between them as the whole graph's (an empty ``said`` a tuple or a list), though
    # pairs alike share their dict of edges
    def between(G):
        return [(s, o, k, {**d, "said": list(d["said"])}) for s, o, k, d in G.edges(keys=True, data=True)
                if s in kept and o in kept]

    assert any(d["said"] for *_, d in between(whole)) and between(lean) == between(whole)
    pairs = [keyed for nbrs in lean._succ.values() for keyed in nbrs.values()]
    assert len({id(keyed) for keyed in pairs}) < len(pairs) == sum(map(len, whole._succ.values()))
    assert lean.graph["shown"][2] and "shown" not in whole.graph
    assert json.dumps(page_data(whole, max_nodes=40), sort_keys=True) == json.dumps(
        page_data(lean, max_nodes=40), sort_keys=True)
    dates = read_dates(corpus_build)
    write_report(text_graph(whole), tmp_path / "a", dates=dates, background=whole)
    write_report(text_graph(lean), tmp_path / "b", dates=dates, background=lean)
    assert _files(tmp_path / "a") == _files(tmp_path / "b")


def test_pagegraph_keep_first_keeps_the_least_distinct_pairs():
    said: list[tuple[str, str]] = []
    for pair in [("r3", "c"), ("r1", "b"), ("r1", "b"), ("r2", "a"), ("r1", "z"), ("r0", "y"), ("r9", "a")]:
        _keep_first(said, pair)
    assert said == [("r0", "y"), ("r1", "b"), ("r1", "z")]


def test_pagegraph_memo_rows_give_the_same_graph(corpus_build):
    import pyoxigraph as ox

    from presskg.store import open_store

    store = open_store(corpus_build)
    assert isinstance(store, ox.Store)
    hashes = {g.value: "h" for g in store.named_graphs()}
    memo = GraphMemo()
    memo.sync(hashes)
    first = to_page_graph(store, include_kb=True, memo=memo)
    again = to_page_graph(store, include_kb=True, memo=memo)  # every row from the memo now
    plain = to_page_graph(store, include_kb=True)
    shape = [(list(G.nodes(data=True)), list(G.edges(keys=True, data=True))) for G in (first, again, plain)]
    assert shape[0] == shape[1] == shape[2]


def test_viz_json_pieces_are_the_page_s_json():
    """The graph page's data written piece by piece are the bytes of its JSON in one piece."""
    from presskg.views.viz import _safe_json, _safe_json_pieces

    data = {"nodes": [{"id": "a", "tooltip": "</script><b>é & 漢字 \U0001f680"}, {"id": "b", "x": 1.5}],
            "edges": [], "notice": "", "classes": [{"name": "Ünïcode"}], "options": {"a": [1, 2]}}
    assert b"".join(_safe_json_pieces(data)) == _safe_json(data).encode("utf-8")
    assert b"".join(_safe_json_pieces({})) == b"{}"
    assert b"<" not in b"".join(_safe_json_pieces(data))


def test_pagegraph_store_rows_read_ahead_give_the_same_graph(corpus_build):
    """Rows read into the memo ahead, the store closed: the same graph and dates, the store asked
    again only for the sentences of the nodes shown."""
    from presskg.store import open_store
    from presskg.views.network import _selector
    from presskg.views.pagerows import StoreRows
    from presskg.views.viz import select_nodes

    store = open_store(corpus_build)
    hashes = {g.value: "h" for g in store.named_graphs()}
    asked: list[str] = []

    def select(query):
        asked.append(query)
        return _selector(store)(query)

    memo = GraphMemo()
    memo.sync(hashes)
    rows = StoreRows(corpus_build / "store", memo)
    rows.fill()
    assert rows._select is None  # the store it read is closed
    rows._select = select
    lean = to_page_graph(rows, include_kb=True, memo=memo, shown=lambda G: select_nodes(G, 40)[0])
    assert asked and all("taIdentRef" in q for q in asked)
    rows.close()
    dates = read_dates(rows, memo=memo)
    plain = to_page_graph(corpus_build, include_kb=True, shown=lambda G: select_nodes(G, 40)[0])
    assert list(lean.nodes(data=True)) == list(plain.nodes(data=True))
    assert list(lean.edges(keys=True, data=True)) == list(plain.edges(keys=True, data=True))
    assert dates == read_dates(corpus_build)


def test_pagegraph_build_past_release_pages_gives_the_same_graph_page_and_report(corpus_build, tmp_path):
    """A build with more releases than get a page of their own reads the pages' graph (one edge per
    relation, details for the nodes shown, its rows read before the graph is made from a store on
    disk: :class:`~presskg.views.pagerows.StoreRows`): the same graph page and report as the
    entity graph's, and no release pages."""
    import shutil
    from dataclasses import replace

    from presskg.builder.build import build
    from presskg.settings import DEFAULT_SETTINGS

    out = tmp_path / "build"
    shutil.copytree(corpus_build, out)
    assert list((out / "releases").glob("*.html"))
    src = next(p for p in corpus_build.parent.glob("corpus*") if p.is_dir() and p != corpus_build)  # mktemp("corpus")
    build([src], out=out, settings=replace(DEFAULT_SETTINGS, viz_release_pages=0),
          progress=False)
    assert not list((out / "releases").glob("*.html"))
    pages = ["graph.html", "report.html", "report.md", *(str(p.relative_to(corpus_build))
                                                          for p in (corpus_build / "report").glob("*.png"))]
    assert len(pages) > 3
    for name in pages:
        assert (out / name).read_bytes() == (corpus_build / name).read_bytes(), name


def test_pagegraph_rows_come_from_the_graphs_made_not_the_store(corpus_build, tmp_path):
    """A build's pages read the rows of the graphs it made from their N-Quads (its spool), a few
    at a time in a store in memory, and so the sentences of the nodes the graph page shows: the
    same graph and dates as from the store, which is not opened for them (there is none); a graph
    it did not make is read from the store."""
    import pyoxigraph as ox

    from presskg.store import has_blank_nodes, open_store
    from presskg.views.network import _selector
    from presskg.views.pagerows import StoreRows
    from presskg.views.viz import select_nodes

    store = open_store(corpus_build)
    names = sorted(g.value for g in store.named_graphs())

    class Made:  # what the spool gives
        def __init__(self, graphs):
            self.spans = {g: None for g in graphs}
            self.blank = {g for g in graphs if has_blank_nodes(self.nquads(g))}  # (as the spool notes them)

        def nquads(self, g):
            return ox.serialize(store.quads_for_pattern(None, None, None, ox.NamedNode(g)),
                                format=ox.RdfFormat.N_QUADS)

        def nquads_bytes(self, graphs):
            return sum(len(self.nquads(g)) for g in graphs)

    plain = to_page_graph(corpus_build, include_kb=True, shown=lambda G: select_nodes(G, 40)[0])
    for made, folder in ((names, tmp_path / "no-store"), (names[1:], corpus_build / "store")):
        memo = GraphMemo()
        memo.sync({g: "h" for g in names})
        rows = StoreRows(folder, memo, Made(made))
        rows.fill()  # with no store at all when every graph was made
        if folder.exists():
            rows._select = _selector(store)  # the sentences of the nodes shown in the graph not made
        lean = to_page_graph(rows, include_kb=True, memo=memo, shown=lambda G: select_nodes(G, 40)[0])
        assert list(lean.nodes(data=True)) == list(plain.nodes(data=True))
        assert list(lean.edges(keys=True, data=True)) == list(plain.edges(keys=True, data=True))
        assert read_dates(rows, memo=memo) == read_dates(corpus_build)


def test_pagegraph_wikidata_ids_of_an_unchanged_knowledge_base_come_from_the_memo(corpus_build, tmp_path):
    """A rebuild whose knowledge base graph is unchanged reads its Wikidata ids from the memo (kept as
    that graph's rows), and loads that graph from its N-Quads no more (issue 17): the same graph; with
    the graph changed (another hash), they are read again."""
    import pyoxigraph as ox

    from presskg.store import open_store
    from presskg.views.pagerows import StoreRows
    from presskg.views.viz import select_nodes
    from presskg.vocab import KB_GRAPH

    store = open_store(corpus_build)
    names = sorted(g.value for g in store.named_graphs())
    loaded: list[str] = []

    class Made:
        spans = {g: None for g in names}
        blank: set[str] = set()  # (no graph of the corpus holds blank nodes that matter here: read as text)

        def nquads(self, g):
            loaded.append(g)
            return ox.serialize(store.quads_for_pattern(None, None, None, ox.NamedNode(g)),
                                format=ox.RdfFormat.N_QUADS)

        def nquads_bytes(self, graphs):
            return 1

    plain = to_page_graph(corpus_build, include_kb=True, shown=lambda G: select_nodes(G, 40)[0])
    memo = GraphMemo()
    for kb_hash, kb_loaded in (("h", True), ("h", False), ("other", True)):
        loaded.clear()
        memo.sync({g: kb_hash if g == str(KB_GRAPH) else "h" for g in names})
        rows = StoreRows(tmp_path / "no-store", memo, Made())
        rows.fill()
        assert (str(KB_GRAPH) in loaded) is kb_loaded, (kb_hash, loaded[:3])
        lean = to_page_graph(rows, include_kb=True, memo=memo, shown=lambda G: select_nodes(G, 40)[0])
        assert list(lean.nodes(data=True)) == list(plain.nodes(data=True))
