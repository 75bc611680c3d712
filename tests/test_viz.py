"""The graph page in a real browser (Debian's chromium, driven by playwright), and the analytics."""

import json
import os
import re
from pathlib import Path

import networkx as nx
import pytest

from presskg.errors import InputError
from presskg.store import open_dataset
from presskg.views.analytics import communities, find_entity, measures, path, stats, text_graph, to_networkx
from presskg.views.viz import page_data, render_html

from .conftest import ROOT

CHROMIUM = "/usr/bin/chromium"
RESULTS = ROOT / "test-results"


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI") == "true":
            pytest.fail("chromium is missing in CI: 'make test' installs it (apt-get install chromium)")
        pytest.skip("chromium is not installed (make test installs it where it can)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--disable-quic"])
        yield b
        b.close()


#: Chromium reports a ResizeObserver whose callback changes the layout again (vis-network's canvas
#: as the page settles) as an error now and then; MDN documents it as harmless ("observation errors").
_BENIGN = "ResizeObserver loop"


def open_page(browser, html_path: Path):
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    log = {"console": [], "requests": [], "failed": [], "dialogs": []}
    page.on("console", lambda m: log["console"].append(m.text) if m.type == "error" and _BENIGN not in m.text
            else None)
    page.on("pageerror", lambda e: log["console"].append(str(e)) if _BENIGN not in str(e) else None)
    page.on("request", lambda r: log["requests"].append(r.url))
    page.on("requestfailed", lambda r: log["failed"].append(r.url))
    page.on("dialog", lambda d: (log["dialogs"].append(d.message), d.dismiss()))
    page.goto(html_path.as_uri())
    page.wait_for_function("window.presskgNetwork !== undefined || document.querySelector('.empty') !== null")
    return page, log


def test_viz_page_loads_offline_and_shows_every_entity(browser, seed_build):
    page, log = open_page(browser, seed_build / "graph.html")
    assert log["console"] == [] and log["failed"] == []
    assert [u for u in log["requests"] if not u.startswith("file://")] == []
    G = to_networkx(open_dataset(seed_build), include_kb=True)
    shown = page.evaluate("window.presskgNetwork.body.data.nodes.length")
    assert shown == G.number_of_nodes() > 20
    page.wait_for_timeout(1500)
    RESULTS.mkdir(exist_ok=True)
    page.screenshot(path=str(RESULTS / "graph.png"))
    page.close()


def test_viz_search_selects_and_tooltip_has_evidence(browser, seed_build):
    page, _ = open_page(browser, seed_build / "graph.html")
    page.wait_for_function("window.presskgStable === true", timeout=30000)  # the layout has settled
    page.fill("#search", "Ryugu")
    page.press("#search", "Enter")
    selected = page.evaluate("window.presskgNetwork.getSelectedNodes()")
    assert selected == ["https://w3id.org/presskg/resource/Ryugu"]
    assert "samples from asteroid Ryugu" in page.text_content("#details")
    # the tooltip vis-network shows on hover carries the evidence sentences and their release
    title = page.evaluate("window.presskgNetwork.body.data.nodes.get('https://w3id.org/presskg/resource/Ryugu').title")
    assert "[cnes-jaxa-2021-02-25]" in title and "samples from asteroid Ryugu" in title
    page.close()


def test_viz_class_filter_and_background_toggle(browser, seed_build):
    page, _ = open_page(browser, seed_build / "graph.html")
    page.select_option("#classFilter", "SpaceAgency")
    visible = page.evaluate("window.presskgNetwork.body.data.nodes.get({filter: n => !n.hidden}).length")
    assert visible == 3
    hidden_kb = page.evaluate("window.presskgNetwork.body.data.edges.get({filter: e => e.kb && e.hidden}).length")
    page.check("#kbToggle")
    shown_kb = page.evaluate("window.presskgNetwork.body.data.edges.get({filter: e => e.kb && !e.hidden}).length")
    assert hidden_kb == shown_kb > 0
    page.close()


def test_viz_hostile_names_are_text(browser, tmp_path):
    from presskg.builder.build import build

    d = tmp_path / "r"
    d.mkdir()
    evil = "<img src=x onerror=alert(1)>"
    (d / "evil.txt").write_text(f"title: {evil}</script><script>alert(2)</script>\npublisher: {evil}\n"
                                "date: 2021-01-01\n---\nNASA and ESA met in Paris.\n")
    build([d], out=tmp_path / "b", progress=False)
    page, log = open_page(browser, tmp_path / "b" / "graph.html")
    assert page.locator("img").count() == 0 and log["dialogs"] == []
    labels = page.evaluate("window.presskgNetwork.body.data.nodes.get().map(n => n.label)")
    assert evil in labels  # shown as text, literally
    page.close()


def test_viz_empty_graph_says_so(browser, tmp_path):
    render_html(nx.MultiDiGraph(), tmp_path / "empty.html")
    page, log = open_page(browser, tmp_path / "empty.html")
    assert "empty" in page.text_content("#graph") and log["console"] == []
    page.close()


def test_viz_big_graph_keeps_the_most_central():
    G = nx.MultiDiGraph()
    for i in range(50):
        G.add_node(f"n{i}", label=f"n{i}", cls="Mission")
    for i in range(1, 50):
        G.add_edge("n0", f"n{i}", key="partOf", property="partOf")
    data = page_data(G, max_nodes=10)
    assert len(data["nodes"]) == 10 and "n0" in {n["id"] for n in data["nodes"]}
    assert "40 left out" in data["notice"]


def _scale_free(n: int) -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    for i in range(n):
        G.add_node(f"n{i}", label=f"entity {i}", cls="Mission", aliases=[], evidence=[])
    for a, b in nx.barabasi_albert_graph(n, 2, seed=3).edges:
        G.add_edge(f"n{a}", f"n{b}", key="partnerOf", property="partnerOf", evidence=[])
    return G


def test_viz_positions_are_computed_ahead_and_deterministic():
    G = _scale_free(300)
    data = page_data(G)
    assert data["options"]["physics"]["enabled"] is False
    xy = {n["id"]: (n["x"], n["y"]) for n in data["nodes"]}
    assert len(set(xy.values())) == 300  # every node placed, none on another
    assert xy == {n["id"]: (n["x"], n["y"]) for n in page_data(G)["nodes"]}


def test_viz_big_page_opens_laid_out_with_central_names_readable(browser, tmp_path):
    page_file = render_html(_scale_free(1500), tmp_path / "big.html")
    page, log = open_page(browser, page_file)
    page.wait_for_function("() => window.presskgStable === true", timeout=60000)
    assert log["console"] == []
    view = page.evaluate("""() => {
      const net = window.presskgNetwork, scale = net.getScale();
      const box = document.getElementById("graph").getBoundingClientRect();
      return window.presskgCentral.map(id => {
        const p = net.canvasToDOM(net.getPosition(id));
        return { px: net.body.nodes[id].options.font.size * scale, x: p.x, y: p.y, w: box.width, h: box.height,
                 physics: net.physics.physicsEnabled };
      });
    }""")
    assert len(view) == 10
    for v in view:
        assert v["px"] >= 12, v  # the most central names are drawn at a readable size
        assert 0 <= v["x"] <= v["w"] and 0 <= v["y"] <= v["h"], v  # and are in view
        assert v["physics"] is False  # nothing moves any more
    page.close()


def test_analytics_measures_and_communities(seed_build):
    G = text_graph(to_networkx(open_dataset(seed_build)))
    m = measures(G)
    assert max(m["pagerank"], key=m["pagerank"].get).rsplit("/", 1)[-1] in {"JAXA", "CNES", "MMX"}
    assert sum(len(c) for c in communities(G)) == G.number_of_nodes()
    s = stats(G)
    assert s["classes"]["SpaceAgency"] == 3 and s["properties"]["headOf"] == 2


def test_analytics_path_with_evidence(seed_build):
    G = text_graph(to_networkx(open_dataset(seed_build)))
    hops = path(G, "Jean-Yves Le Gall", "Ryugu")
    assert hops[0].source.endswith("Jean-Yves_Le_Gall") and hops[-1].target.endswith("Ryugu")
    assert all(h.evidence for h in hops)


def test_analytics_unknown_name_suggests(seed_build):
    G = text_graph(to_networkx(open_dataset(seed_build)))
    with pytest.raises(InputError, match="did you mean 'Ryugu'"):
        find_entity(G, "Ryugo")


def test_analytics_report(seed_build):
    for name in ("report.html", "report.md"):
        assert (seed_build / name).is_file()
    assert "Most central entities" in (seed_build / "report.md").read_text()


def test_viz_screenshot_command(browser, seed_build, tmp_path):
    import subprocess
    import sys

    png = tmp_path / "shot.png"  # its own process: one playwright per thread
    subprocess.run([sys.executable, "-m", "presskg.views.screenshot", str(seed_build / "graph.html"), str(png)],
                   check=True)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 20_000


def _export_sample() -> nx.MultiDiGraph:
    """An entity graph with what release text can hold: markup, quotes, tabs, new lines, a control character."""
    G = nx.MultiDiGraph()
    odd = 'A&B <i>"x"</i>\tsaid:\n\'y\'\r é \u2028 \x07'
    G.add_node("n1", label=odd, cls="Person", aliases=[odd], wikidata=None, releases=["r1"])
    G.add_node("n2", label="plain", cls="Topic", aliases=[], wikidata="Q1", releases=["r1", "r2"])
    G.add_edge("n1", "n2", key="topic@r1", property="topic", release="r1", kb=False, evidence=[odd])
    G.add_edge("n2", "n1", key="topic@kb", property="topic", release="kb", kb=True, evidence=[])
    return G


def test_network_command_writes_graphml_and_gexf_without_a_date(seed_build, tmp_path, capsys):
    from presskg.cli import main

    files = [tmp_path / "g.graphml", tmp_path / "g.gexf"]
    assert main(["network", "--build", str(seed_build), *(a for f in files for a in ("-o", str(f)))]) == 0
    assert "wrote" in capsys.readouterr().out
    G = text_graph(to_networkx(open_dataset(seed_build)))
    assert G.number_of_nodes() > 20
    assert b"lastmodifieddate" not in files[1].read_bytes()  # the same graph, the same file, whatever the day
    for back in (nx.read_graphml(files[0]), nx.read_gexf(files[1])):
        assert back.number_of_nodes() == G.number_of_nodes() and back.number_of_edges() == G.number_of_edges()
    assert main(["network", "--build", str(seed_build), "-o", str(tmp_path / "g.csv")]) == 2


def test_exports_escape_release_text(tmp_path):
    from presskg.views.report import write_network

    write_network(_export_sample(), tmp_path / "graph.graphml")
    write_network(_export_sample(), tmp_path / "graph.gexf")
    clean = 'A&B <i>"x"</i>\tsaid:\n\'y\'\n é \u2028 '  # XML holds no control character: dropped
    for back in (nx.read_graphml(tmp_path / "graph.graphml"), nx.read_gexf(tmp_path / "graph.gexf")):
        assert back.nodes["n1"]["label"] == clean and back.number_of_edges() == 2


def test_simple_graph_orders_neighbours_as_to_undirected():
    from presskg.views.analytics import simple_graph

    G = nx.MultiDiGraph()
    G.add_nodes_from("edcba")
    G.add_edges_from([("a", "b"), ("b", "a"), ("a", "b"), ("c", "a"), ("e", "d"), ("b", "e"), ("d", "a")])
    old = nx.Graph(G.to_undirected())
    H = simple_graph(G)
    assert list(H) == list(old) and {n: list(H[n]) for n in H} == {n: list(old[n]) for n in old}
    sub = simple_graph(G, ["e", "a", "b"])
    assert list(sub) == ["e", "a", "b"] and sorted(map(sorted, sub.edges())) == [["a", "b"], ["b", "e"]]


def test_to_networkx_is_the_same_from_every_source(seed_build):
    import pyoxigraph as ox

    memory = ox.Store()
    memory.bulk_load(path=str(seed_build / "graph.nq"), format=ox.RdfFormat.N_QUADS)
    graphs = [to_networkx(src, include_kb=True) for src in (open_dataset(seed_build), seed_build, memory)]
    shapes = [(list(G.nodes(data=True)), list(G.edges(keys=True, data=True))) for G in graphs]
    assert shapes[0] == shapes[1] == shapes[2] and len(shapes[0][1]) > 40
    one = to_networkx(seed_build, releases=["cnes-jaxa-2021-02-25"])
    assert one.number_of_nodes() == graphs[0].number_of_nodes()
    assert to_networkx(seed_build, releases=["no-such-release"]).number_of_nodes() == 0


def test_report_is_reproducible(seed_build, tmp_path):
    from presskg.views.report import write_report
    from presskg.views.timeline import read_dates

    G = to_networkx(seed_build, include_kb=True)
    first, second = tmp_path / "a", tmp_path / "b"
    write_report(text_graph(G), first, dates=read_dates(seed_build), background=G)
    H = to_networkx(open_dataset(seed_build), include_kb=True)
    write_report(text_graph(H), second, dates=read_dates(open_dataset(seed_build)), background=H)
    files = sorted(str(p.relative_to(first)) for p in first.rglob("*") if p.is_file())
    assert files == ["report.html", "report.md", "report/timeline.png"]
    assert all((first / f).read_bytes() == (second / f).read_bytes() for f in files)


def _hex(css: str) -> str:
    """``rgb(r, g, b)`` as the browser reports a colour, in ``#rrggbb``."""
    r, g, b = (int(x) for x in css[css.index("(") + 1:css.index(")")].split(",")[:3])
    return f"#{r:02x}{g:02x}{b:02x}"


def test_viz_every_node_has_its_legend_colour_at_corpus_size(browser, corpus_build):
    page, log = open_page(browser, corpus_build / "graph.html")
    assert log["console"] == []
    legend = {c: _hex(bg) for c, bg in page.evaluate(
        "[...document.querySelectorAll('#legend div')].map(d => "
        "[d.dataset.cls, getComputedStyle(d.querySelector('.dot')).backgroundColor])")}
    drawn = page.evaluate("""(() => {
      const data = JSON.parse(document.getElementById('graph-data').textContent);
      const body = window.presskgNetwork.body;
      return data.nodes.map(n => [n.cls, body.nodes[n.id].options.color.background,
                                  body.nodes[n.id].options.color.border]);
    })()""")
    assert len(drawn) > 150 and len(legend) > 20  # 37 releases: every class the samples name
    wrong = [(cls, bg, border) for cls, bg, border in drawn if not (bg.lower() == border.lower() == legend[cls])]
    assert wrong == []
    assert len(set(legend.values())) == len(legend)  # one colour per class
    page.close()


def test_viz_class_colours_are_distinct_and_from_the_ontology():
    from presskg.views.viz import NODE_STYLES
    from presskg.vocab import PARENT, Class

    assert set(NODE_STYLES) == {c.value for c in Class}

    def rgb(h: str) -> tuple[int, ...]:
        return tuple(int(h[i:i + 2], 16) for i in (1, 3, 5))

    for family in ("Event", "Spacecraft", "CelestialBody", "Organization"):
        members = [c for c in NODE_STYLES if c == family or PARENT.get(c) == family]
        assert len(members) >= 4
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                distance = sum((x - y) ** 2 for x, y in zip(rgb(NODE_STYLES[a]), rgb(NODE_STYLES[b]), strict=True))
                assert distance ** 0.5 > 40, (a, b)


def test_viz_counter_follows_the_filters(browser, corpus_build):
    page, _ = open_page(browser, corpus_build / "graph.html")
    data = json.loads(page.text_content("#graph-data"))

    def expected(cls: str, kb: bool) -> str:
        shown = {n["id"] for n in data["nodes"] if not cls or n["cls"] == cls}
        links = [e for e in data["edges"] if (kb or not e["kb"]) and e["from"] in shown and e["to"] in shown]
        return f"{len(shown)} entities, {len(links)} relations shown"

    assert page.text_content("#counts") == expected("", False)
    page.select_option("#classFilter", "SpaceAgency")
    assert page.text_content("#counts") == expected("SpaceAgency", False)
    page.check("#kbToggle")
    assert page.text_content("#counts") == expected("SpaceAgency", True)
    page.select_option("#classFilter", "")
    assert page.text_content("#counts") == expected("", True)
    assert expected("SpaceAgency", True) != expected("", True)
    page.close()


def test_report_timeline_partnerships_and_missions(samples_build):
    """The report of the bundled releases shows the timeline, the partnership matrix, missions per
    agency, and says where it shows only the top N."""
    html = (samples_build / "report.html").read_text(encoding="utf-8")
    md = (samples_build / "report.md").read_text(encoding="utf-8")
    assert (samples_build / "report" / "timeline.png").is_file()
    assert "24 dated releases" in md and "24 dated releases" in html  # 9 of the 33 have no date
    # who works with whom: ESA and JAXA are partners twice and sign 5 agreements together
    assert "| ESA | JAXA | 3 | 6 | 0 |" in md
    assert "| JAXA | 13 | " in md  # missions per agency, the knowledge base's facts included
    total = re.search(r"\n(\d+) entities, \d+ relations\.\n", md)  # the report's own count, which rules move
    assert total and f"top 15 of {total.group(1)} entities." in md
    # the counts per class and per property: bars in the page, a table in Markdown, no plot
    assert "## Entities per class (top 20 of 34 classes)" in md and re.search(r"\n\| Person \| \d+ \|\n", md)
    assert "Entities per class (top 20 of 34 classes)" in html and 'style="width: 100.0%"' in html
    assert sorted(p.name for p in (samples_build / "report").iterdir()) == ["timeline.png"]
    assert html.count("<table") == 7 and "<script" not in html
    # one stylesheet, nothing fetched
    assert html.count("<style>") == 1 and "http://" not in html and "https://" not in html


def test_report_escapes_release_text(tmp_path):
    from presskg.views.report import write_report

    G = nx.MultiDiGraph()
    evil = "A|B <script>alert(1)</script>"
    G.add_node("x", label=evil, cls="SpaceAgency", releases=["r"])
    G.add_node("y", label="NASA", cls="SpaceAgency", releases=["r"])
    G.add_edge("x", "y", key="partnerOf@r", property="partnerOf", release="r", evidence=[])
    write_report(G, tmp_path)
    md = (tmp_path / "report.md").read_text(encoding="utf-8")
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "| A\\|B <script>alert(1)</script> | NASA | 1 | 0 | 0 |" in md
    assert "<script>" not in html and "A|B &lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_timeline_counts_releases_and_events_per_month():
    from presskg.views.timeline import Dates, timeline

    G = nx.MultiDiGraph()
    G.add_node("m1", cls="Meeting", releases=["a"])
    G.add_node("l1", cls="Launch", releases=["b"])
    G.add_node("y1", cls="Conference", releases=["b"])
    G.add_node("u1", cls="Landing", releases=["c"])
    G.add_node("x", cls="SpaceAgency", releases=["a", "b", "c"])  # not an event
    dates = Dates(releases={"a": "2020-11-03", "b": "2021-01-20"},
                  entities={"m1": "2020-11-02", "l1": "2021-01-05", "y1": "2019", "x": "2020-12-01"})
    t = timeline(G, dates)
    assert t.months == ["2020-11", "2020-12", "2021-01"]  # every month between, the empty one too
    assert t.releases == [1, 0, 1] and t.events == [1, 0, 1]
    assert (t.undated_releases, t.undated_events, t.year_only) == (1, 1, 1)


def test_viz_page_inlines_pyvis_vis_network_without_importing_pyvis(tmp_path):
    """pyvis's package imports IPython and more (some 0.4 s a build); the page takes only its
    vis-network build, the same bytes pyvis ships."""
    import subprocess
    import sys

    code = ("import sys, networkx as nx\n"
            "from presskg.views.viz import render_html\n"
            "G = nx.MultiDiGraph(); G.add_node('a', label='A', cls='Person')\n"
            f"render_html(G, {str(tmp_path / 'p.html')!r})\n"
            "print(sorted(m for m in ('pyvis', 'IPython') if m in sys.modules))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
    import pyvis

    vis = (Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2" / "vis-network.min.js").read_text()
    assert vis.strip()[:2000] in (tmp_path / "p.html").read_text()


def test_analytics_text_graph_is_the_graph_add_edges_from_makes():
    """text_graph shares attribute dicts instead of copying them; the graph is the same, adjacency
    order included (seeded measures depend on it), and a graph with no kb edge loses none."""
    import random

    rnd = random.Random(3)
    G = nx.MultiDiGraph()
    G.add_nodes_from((f"n{i}", {"label": f"N{i}"}) for i in rnd.sample(range(40), 40))
    for i in range(200):
        s, o = f"n{rnd.randrange(40)}", f"n{rnd.randrange(40)}"
        G.add_edge(s, o, key=f"p{i % 3}@r{i % 7}", property=f"p{i % 3}", kb=rnd.random() < 0.3,
                   evidence=[f"sentence {i}"])
    ref = nx.MultiDiGraph()
    ref.add_nodes_from(G.nodes(data=True))
    ref.add_edges_from((s, o, k, d) for s, o, k, d in G.edges(keys=True, data=True) if not d.get("kb"))
    H = text_graph(G)
    assert list(H.nodes(data=True)) == list(ref.nodes(data=True))
    assert list(H.edges(keys=True, data=True)) == list(ref.edges(keys=True, data=True))
    def order(g, view):
        return [(n, list(a)) for n, a in getattr(g, view).items()]

    assert order(H, "succ") == order(ref, "succ") and order(H, "pred") == order(ref, "pred")
    assert dict(H.degree()) == dict(ref.degree()) and 0 < H.number_of_edges() < G.number_of_edges()
    assert measures(H) == measures(ref) and communities(H) == communities(ref)
    no_kb = nx.MultiDiGraph([("a", "b", {"kb": False}), ("b", "a", {})])
    assert list(text_graph(no_kb).edges(data=True)) == list(no_kb.edges(data=True))


def test_network_edges_written_straight_are_add_edges_from_s(seed_build, monkeypatch):
    """to_networkx writes its edges into networkx's storage; the graph is the one add_edges_from makes,
    adjacency order included."""
    import presskg.views.network as network

    fast = to_networkx(open_dataset(seed_build), include_kb=True)
    monkeypatch.setattr(network, "_add_new_edges", lambda G, edges: G.add_edges_from(edges))
    slow = to_networkx(open_dataset(seed_build), include_kb=True)
    assert list(fast.nodes(data=True)) == list(slow.nodes(data=True))
    assert list(fast.edges(keys=True, data=True)) == list(slow.edges(keys=True, data=True))
    assert fast.number_of_edges() > 10

    def order(g, view):
        return [(n, list(a)) for n, a in getattr(g, view).items()]

    assert order(fast, "succ") == order(slow, "succ") and order(fast, "pred") == order(slow, "pred")


def test_analytics_simple_graph_is_the_graph_add_edges_from_makes():
    """simple_graph fills networkx's storage itself; the graph and its adjacency order are those of
    the pairs of G.edges(nodes) added by add_edges_from (self-loops, a subset, an unknown node)."""
    import random

    from presskg.views.analytics import simple_graph

    def reference(G, nodes=None):
        order = list(G) if nodes is None else list(nodes)
        adjacent = {n: {} for n in order}
        for s, o in G.edges(order):
            if o in adjacent:
                adjacent[s][o] = adjacent[o][s] = None
        H = nx.Graph()
        H.add_nodes_from(order)
        H.add_edges_from((s, o) for s, nbrs in adjacent.items() for o in nbrs)
        return H

    rnd = random.Random(5)
    G = nx.MultiDiGraph()
    G.add_nodes_from(f"n{i}" for i in rnd.sample(range(50), 50))
    G.add_edges_from((f"n{rnd.randrange(50)}", f"n{rnd.randrange(50)}") for _ in range(300))
    G.add_edge("n3", "n3")
    subset = [f"n{i}" for i in rnd.sample(range(50), 20)] + ["unknown"]
    for graph, nodes in ((G, None), (G, subset), (nx.Graph(G.to_undirected()), None)):
        a, b = simple_graph(graph, nodes), reference(graph, nodes)
        assert [(n, list(x)) for n, x in a.adjacency()] == [(n, list(x)) for n, x in b.adjacency()]
        assert list(a.edges(data=True)) == list(b.edges(data=True)) and a.number_of_edges() > 0


def test_timeline_dates_through_the_memo_are_the_store_s(seed_build):
    """The report's dates are read per graph through the entity graph's memo: the same as read from
    the store, then from the memo's rows alone."""
    import json

    from presskg.store import open_store
    from presskg.views.netmemo import GraphMemo
    from presskg.views.timeline import _RELEASE_DATES, read_dates

    store = open_store(seed_build)
    hashes = json.loads((seed_build / "manifest.json").read_text())["graphs"]
    plain = read_dates(store)
    assert plain.releases and plain.entities
    memo = GraphMemo()
    memo.sync(hashes)
    assert read_dates(store, memo=memo) == plain
    assert memo.known(_RELEASE_DATES.format(graphs="")) == set(hashes)  # every graph's rows kept
    import pyoxigraph as ox

    assert read_dates(ox.Store(), memo=memo) == plain  # an empty store: the rows come from the memo alone


def test_viz_names_drawn_for_the_most_central_only_on_a_big_page():
    """Past NAMED_NODES_MAX nodes, the others' names are drawn small enough for vis-network to leave them out
    at the overview's zoom (they show as one zooms in); a small page names every node at its size."""
    from presskg.views.viz import NAMED_NODES_MAX, QUIET_FONT

    data = page_data(_scale_free(300))
    fonts = sorted((n["font"] for n in data["nodes"]), reverse=True)
    assert all(f >= 16 for f in fonts[:NAMED_NODES_MAX]) and set(fonts[NAMED_NODES_MAX:]) == {QUIET_FONT}
    biggest = max(data["nodes"], key=lambda n: n["size"])
    assert biggest["font"] >= 16  # the most central entity keeps its name
    assert all(n["font"] >= 16 for n in page_data(_scale_free(50))["nodes"])
