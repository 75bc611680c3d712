"""The linked-data site (``presskg publish``): a page, Turtle and JSON-LD for every IRI, checked
with independent parsers (raptor's ``rapper``, pyld), a link checker, a real browser and a real
server with content negotiation."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import httpx
import pyoxigraph as ox
import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from presskg.cli import main
from presskg.publish.paths import ROOT, document_iri, href, page_path
from presskg.publish.serve_site import negotiate
from presskg.publish.site import publish

from .conftest import RELEASES, SEED
from .test_serve_push import free_port
from .test_viz import _BENIGN, browser  # noqa: F401 (the module's Chromium, a fixture)


def _subject_documents(build: Path) -> set[str]:
    store = ox.Store.read_only(str(build / "store"))
    subjects = {r["s"].value for r in store.query("SELECT DISTINCT ?s WHERE { ?s ?p ?o FILTER(isIRI(?s)) }")}
    releases = {r["r"].value for r in store.query(
        "SELECT ?r WHERE { ?r a <https://w3id.org/presskg/ontology#Release> }")}
    return {document_iri(s) for s in subjects | releases if s.startswith(ROOT)}


def test_publish_every_subject_and_release_has_three_files(samples_build, samples_site):
    docs = _subject_documents(samples_build)
    assert len(docs) > 1000 and f"{ROOT}release/{SEED}" in docs and f"{ROOT}resource/CNES" in docs
    assert f"{ROOT}resource/{SEED}/meeting-1" in docs  # an IRI with a '/' in its local part: a nested path
    missing = [(d, e) for d in docs for e in ("html", "ttl", "jsonld")
               if not (samples_site / f"{page_path(d)}.{e}").is_file()]
    assert missing == []
    assert (samples_site / "resource" / SEED / "meeting-1.html").is_file()
    for name in ("index.html", "void.ttl", "sitemap.xml", ".htaccess", "nginx-presskg.conf", "assets/site.css",
                 "assets/vis-network.min.js", "graph.html", "report.html", "dump/graph.nq", "ontology.html"):
        assert (samples_site / name).is_file(), name


def _rapper(path: Path) -> Graph:
    done = subprocess.run(["rapper", "-q", "-i", "turtle", "-o", "ntriples", str(path)], capture_output=True, text=True)
    assert done.returncode == 0, f"{path}: {done.stderr}"
    return Graph().parse(data=done.stdout, format="nt")


def _pyld(path: Path) -> Graph:
    from pyld import jsonld

    nquads = jsonld.to_rdf(json.loads(path.read_text(encoding="utf-8")), {"format": "application/n-quads"})
    return Graph().parse(data=nquads, format="nt")


def test_publish_turtle_and_jsonld_parse_independently_to_the_same_triples(samples_site):
    if shutil.which("rapper") is None:
        if os.environ.get("CI") == "true":
            pytest.fail("rapper is missing in CI: 'make test' installs it (apt-get install raptor2-utils)")
        pytest.skip("raptor's rapper is not installed: apt-get install raptor2-utils (make test installs it)")
    files = sorted(samples_site.rglob("*.ttl"))
    # one per document (void.ttl and the like have no JSON-LD twin; dump/ holds the build's exports)
    files = [f for f in files if f.with_suffix(".jsonld").is_file() and f.parent.name != "dump"]
    assert len(files) > 1000
    for ttl in files:
        a, b = _rapper(ttl), _pyld(ttl.with_suffix(".jsonld"))
        assert len(a) > 0 and isomorphic(a, b), ttl
    cnes = _rapper(samples_site / "resource" / "CNES.ttl")
    assert len(cnes) > 50  # its facts, what they link to, and their evidence sentences
    assert len(_rapper(samples_site / "void.ttl")) > 50 and len(_rapper(samples_site / "sparql-description.ttl")) > 5


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[tuple[str, str]] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        for name in ("href", "src"):
            if a.get(name):  # what the browser fetches by itself: a src, a style sheet or icon
                loads = name == "src" or (tag == "link" and a.get("rel") in ("stylesheet", "icon", "preload"))
                self.links.append((loads, a[name]))


def _parse(path: Path, cache: dict) -> _Links:
    if path not in cache:
        p = _Links()
        p.feed(path.read_text(encoding="utf-8"))
        cache[path] = p
    return cache[path]


def test_publish_links_are_internal_and_none_is_broken(samples_site):
    cache: dict = {}
    broken, outside, checked = [], [], 0
    for page in sorted(samples_site.rglob("*.html")):
        if page.name in ("graph.html", "report.html"):  # the build's own pages, tested with the build
            continue
        for loads, link in _parse(page, cache).links:
            parts = urlsplit(link)
            if parts.scheme:
                if loads:  # a script, a style sheet, a picture from elsewhere: a request outside the site
                    outside.append((page, link))
                continue
            checked += 1
            target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
            if not target.is_file() or not target.is_relative_to(samples_site.resolve()):
                broken.append((page, link))
            elif parts.fragment and unquote(parts.fragment) not in _parse(target, cache).ids:
                broken.append((page, link))
    assert checked > 10_000 and broken == [] and outside == []


def test_publish_escapes_release_text_and_is_incremental(tmp_path):
    from presskg.builder.build import build

    src = tmp_path / "releases"
    src.mkdir()
    shutil.copy(RELEASES / f"{SEED}.txt", src)
    evil = "<img src=x onerror=alert(1)>"
    hostile = src / "evil.txt"
    hostile.write_text(f"title: {evil}</script><script>alert(2)</script>\npublisher: NASA\n"
                       "date: 2021-01-01\n---\nNASA and ESA met in Paris.\n")
    out, site = tmp_path / "build", tmp_path / "site"
    build([src], out=out, progress=False)
    first = publish(out, site)
    assert first.written == first.documents > 1000 and first.removed == 0
    page = (site / "release" / "evil.html").read_text(encoding="utf-8")
    assert "<img" not in page and "<script>alert" not in page and "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "</script><script>" not in page.replace("</script>\n<script", "")  # nothing closes a script early

    again = publish(out, site)  # nothing changed: nothing rewritten
    assert (again.written, again.kept, again.removed) == (0, first.documents, 0)

    untouched = site / "resource" / "Mathilde.html"  # an asteroid of the knowledge base no release names
    seed_page = site / "release" / f"{SEED}.html"
    before = {p: p.stat().st_mtime_ns for p in (untouched, seed_page)}
    hostile.write_text("title: a quiet release\npublisher: NASA\ndate: 2021-01-02\n---\nNASA and JAXA met in Tokyo.\n")
    build([src], out=out, progress=False)
    changed = publish(out, site)
    assert 0 < changed.written < 60 and changed.kept > 1000
    assert {p: p.stat().st_mtime_ns for p in before} == before
    assert "a quiet release" in (site / "release" / "evil.html").read_text(encoding="utf-8")


def test_publish_paths_mirror_iris_and_stay_inside_the_site():
    assert page_path(f"{ROOT}resource/CNES") == "resource/CNES"
    assert page_path(f"{ROOT}resource/{SEED}/meeting-1") == f"resource/{SEED}/meeting-1"
    assert page_path(f"{ROOT}release/{SEED}") == f"release/{SEED}"
    assert page_path("https://w3id.org/presskg/ontology") == "ontology"
    assert document_iri("https://w3id.org/presskg/ontology#Meeting") == "https://w3id.org/presskg/ontology"
    assert page_path(f"{ROOT}resource/Caf%C3%A9") == "resource/Café"
    assert page_path(f"{ROOT}resource/a%2Fb") != page_path(f"{ROOT}resource/a/b")
    for bad in ("resource/..%2F..%2Fetc%2Fpasswd", "resource/a//b", "resource/../x", "index", "assets/x",
                "resource/a%00b", "resource/" + "x" * 300):
        assert page_path(ROOT + bad).startswith("resource/_/"), bad
    assert href(f"resource/{SEED}/meeting-1", "resource/CNES") == "../CNES.html"
    assert href("resource/CNES", "resource/Café", "ttl") == "Caf%C3%A9.ttl"
    assert href("index", f"release/{SEED}", "html", "char=0,10") == f"release/{SEED}.html#char=0,10"


def test_publish_content_negotiation():
    assert negotiate(None) == negotiate("*/*") == negotiate("text/html,application/xhtml+xml;q=0.9") == "html"
    assert negotiate("text/turtle") == negotiate("text/*;q=0.5, text/turtle") == "ttl"
    assert negotiate("application/ld+json") == negotiate("text/turtle;q=0.4, application/ld+json;q=0.8") == "jsonld"


def test_publish_cli_errors_are_one_line(tmp_path, capsys):
    assert main(["publish", "--build", str(tmp_path / "none")]) == 2
    assert "run 'presskg build'" in capsys.readouterr().err
    assert main(["publish", "--build", str(tmp_path), "--base-url", "example.org"]) == 2
    assert "--base-url" in capsys.readouterr().err
    assert main(["serve", "--build", str(tmp_path), "--site", str(tmp_path / "nosite")]) == 2
    assert "presskg publish" in capsys.readouterr().err


@pytest.fixture()
def served_site(samples_build, samples_site):
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "presskg", "serve", "--build", str(samples_build), "--site",
                             str(samples_site), "--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            httpx.get(base + "/index.html", timeout=1)
            break
        except httpx.HTTPError:
            assert proc.poll() is None, proc.stderr.read()
            time.sleep(0.2)
    yield base
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def test_serve_site_answers_an_iri_by_its_accept_header(served_site):
    path = f"/resource/{SEED}/meeting-1"
    ttl = httpx.get(served_site + path, headers={"Accept": "text/turtle"})
    assert ttl.status_code == 200 and ttl.headers["content-type"].startswith("text/turtle")
    assert "accept" in ttl.headers["vary"].lower()
    g = Graph().parse(data=ttl.text, format="turtle")
    assert any(str(s) == f"{ROOT}resource/{SEED}/meeting-1" for s in g.subjects())
    page = httpx.get(served_site + path, headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert page.headers["content-type"].startswith("text/html") and "<h1" in page.text
    ld = httpx.get(served_site + "/resource/CNES", headers={"Accept": "application/ld+json"})
    assert ld.headers["content-type"].startswith("application/ld+json") and isinstance(ld.json(), list)
    assert httpx.get(served_site + "/resource/CNES.ttl").headers["content-type"].startswith("text/turtle")
    assert httpx.get(served_site + "/resource/no-such-thing").status_code == 404
    assert httpx.get(served_site + "/resource/..%2F..%2F..%2Fetc%2Fpasswd").status_code == 404
    assert httpx.get(served_site + "/").status_code == 200
    rows = httpx.post(served_site + "/sparql", data={"query": "SELECT ?l WHERE { pkr:CNES rdfs:label ?l }".replace(
        "pkr:CNES", f"<{ROOT}resource/CNES>").replace("rdfs:label", "<http://www.w3.org/2000/01/rdf-schema#label>")},
        headers={"Accept": "text/csv"})
    assert rows.status_code == 200 and rows.text.splitlines() == ["l", "CNES"]
    service = f"SELECT * WHERE {{ SERVICE <{served_site}/sparql> {{ ?s ?p ?o }} }}"
    assert httpx.post(served_site + "/sparql", data={"query": service}).status_code == 403  # the secure front
    sd = httpx.get(served_site + "/sparql-description.ttl")
    assert "sparql-service-description" in sd.text and sd.headers["content-type"].startswith("text/turtle")


def test_publish_browser_walk_index_search_entity_release_back(browser, samples_site):  # noqa: F811
    page = browser.new_page(viewport={"width": 1300, "height": 900})
    errors, requests = [], []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" and _BENIGN not in m.text else None)
    page.on("pageerror", lambda e: errors.append(str(e)) if _BENIGN not in str(e) else None)
    page.on("request", lambda r: requests.append(r.url))
    page.goto((samples_site / "index.html").as_uri())
    page.fill("#search", "hayabusa2")
    page.wait_for_selector("#results a")
    assert page.text_content("#results li:first-child a") == "Hayabusa2"
    page.click("#results li:first-child a")
    page.wait_for_selector("h1#name")
    assert page.text_content("h1#name") == "Hayabusa2" and page.url.endswith("/resource/Hayabusa2.html")
    entity_url = page.url
    page.wait_for_function("window.presskgNeighbourhood !== undefined")  # the neighbourhood graph is drawn
    link = page.locator("a.mention-link").first
    link.click()
    page.wait_for_selector("h1#name")
    assert "/release/" in page.url and "#mention=" in page.url
    target = page.locator("a.mention:target")
    assert target.count() == 1 and target.is_visible()
    assert target.evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(255, 213, 79)"  # highlighted
    assert target.get_attribute("href").endswith("Hayabusa2.html")
    page.go_back()
    page.wait_for_selector("h1#name")
    assert page.url == entity_url and page.text_content("h1#name") == "Hayabusa2"
    assert errors == [] and [u for u in requests if not u.startswith("file://")] == []
    page.close()


def test_publish_describe_one_pass_matches_the_store_read_by_queries(samples_build):
    """The descriptions cut from one pass over the store hold what SPARQL finds in the store."""
    from presskg.publish.describe import describe, read_snapshot

    store = ox.Store.read_only(str(samples_build / "store"))
    snap = read_snapshot(store)
    release = f"{ROOT}release/{SEED}"
    graph = {q.triple for q in ox.parse(store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(release)),
                                        format=ox.RdfFormat.N_TRIPLES)}
    assert set(describe(snap, release).triples) == graph and len(graph) > 100
    cnes = f"{ROOT}resource/CNES"
    triples = set(describe(snap, cnes).triples)
    prefix = "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> PREFIX prov: <http://www.w3.org/ns/prov#> "
    rows = list(store.query(prefix + f"SELECT ?st ?sent WHERE {{ GRAPH ?g {{ ?st a rdf:Statement ; "
                                     f"rdf:subject|rdf:object <{cnes}> ; prov:wasDerivedFrom ?sent }} }}"))
    assert len(rows) > 5
    subjects = {t.subject for t in triples}
    assert all(r["st"] in subjects and r["sent"] in subjects for r in rows)
    mentions = {r["m"] for r in store.query(
        f"SELECT ?m WHERE {{ GRAPH ?g {{ ?m <http://www.w3.org/2005/11/its/rdf#taIdentRef> <{cnes}> }} }}")}
    assert mentions and mentions <= subjects
    own = {t for t in store.quads_for_pattern(ox.NamedNode(cnes), None, None, ox.DefaultGraph())}
    assert {q.triple for q in own} <= triples
