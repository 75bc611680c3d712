"""The graph page in a real browser (Debian's chromium, driven by playwright), and the analytics."""

import os
from pathlib import Path

import networkx as nx
import pytest

from presskg.analytics import communities, find_entity, measures, path, stats, text_graph, to_networkx
from presskg.errors import InputError
from presskg.store import open_dataset
from presskg.viz import page_data, render_html

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
    from presskg.build import build

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
    subprocess.run([sys.executable, "-m", "presskg.screenshot", str(seed_build / "graph.html"), str(png)], check=True)
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
    from presskg.report import write_network

    write_network(_export_sample(), tmp_path / "graph.graphml")
    write_network(_export_sample(), tmp_path / "graph.gexf")
    clean = 'A&B <i>"x"</i>\tsaid:\n\'y\'\n é \u2028 '  # XML holds no control character: dropped
    for back in (nx.read_graphml(tmp_path / "graph.graphml"), nx.read_gexf(tmp_path / "graph.gexf")):
        assert back.nodes["n1"]["label"] == clean and back.number_of_edges() == 2


def test_simple_graph_orders_neighbours_as_to_undirected():
    from presskg.analytics import simple_graph

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
    from presskg.report import write_report

    G = text_graph(to_networkx(seed_build))
    first, second = tmp_path / "a", tmp_path / "b"
    write_report(G, first)
    write_report(text_graph(to_networkx(open_dataset(seed_build))), second)
    files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert len(files) == 4 and all((first / f).read_bytes() == (second / f).read_bytes() for f in files)
