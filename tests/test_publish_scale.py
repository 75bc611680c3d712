"""The site at scale: hub pages cut into continuation pages, a page per class and property of the
ontology, descriptions cut from one pass over the build, and incremental clean-up of pages."""

from __future__ import annotations

import json
import posixpath
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pyoxigraph as ox
import pytest

from presskg.publish import paging
from presskg.publish.describe import read_snapshot
from presskg.publish.paths import ROOT, href
from presskg.publish.site import MANIFEST, publish
from presskg.vocab import PK

from .test_publish import _parse

PK_NS = str(PK._NS)


def _broken_links(site: Path, pages: list[Path]) -> list[tuple[Path, str]]:
    cache: dict = {}
    broken = []
    for page in pages:
        for _, link in _parse(page, cache).links:
            parts = urlsplit(link)
            if parts.scheme:
                continue
            target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
            if not target.is_file() or not target.is_relative_to(site.resolve()):
                broken.append((page, link))
            elif parts.fragment and unquote(parts.fragment) not in _parse(target, cache).ids:
                broken.append((page, link))
    return broken


def _facts(page: Path, heading: str) -> list[str]:
    """The linked values listed under the property heading ``heading`` of a page."""
    text = page.read_text(encoding="utf-8")
    at = text.index(heading)
    block = text[at:text.index("</ul>", at)]
    return re.findall(r'<li><a href="[^"]*">([^<]*)</a>', block)


@pytest.fixture(scope="module")
def paged_site(samples_build, tmp_path_factory):
    """The samples site published with tiny pages, so that many entities have continuations."""
    mp = pytest.MonkeyPatch()
    mp.setattr(paging, "FACTS_SHOWN", 2)
    mp.setattr(paging, "TIMELINE_SHOWN", 2)
    mp.setattr(paging, "PAGE_SIZE", 3)
    site = tmp_path_factory.mktemp("paged") / "site"
    try:
        publish(samples_build, site)
    finally:
        mp.undo()
    return site


def test_publish_paging_cuts_hub_pages_and_the_pieces_add_up(samples_site, paged_site):
    more = sorted((paged_site / "more").rglob("*.html"))
    assert len(more) > 50
    assert _broken_links(paged_site, more + [paged_site / "resource" / "CNES.html"]) == []
    cnes = paged_site / "resource" / "CNES.html"
    manifest = json.loads((paged_site / MANIFEST).read_text())
    pieces = manifest["more"][f"{ROOT}resource/CNES"]
    assert pieces and all(p.startswith("more/resource/CNES/") for p in pieces)
    timeline = sorted((p for p in pieces if "/timeline-" in p), key=lambda p: int(p.rsplit("-", 1)[1]))
    full = samples_site / "resource" / "CNES.html"
    whole = re.findall(r'class="mention-link" href="[^"]*">([^<]*)</a>', full.read_text(encoding="utf-8"))
    assert len(whole) > 3
    cut = [t for p in timeline for t in re.findall(r'class="mention-link" href="[^"]*">([^<]*)</a>',
                                                   (paged_site / f"{p}.html").read_text(encoding="utf-8"))]
    assert cut == whole  # every release of the timeline, in order, across the pages
    assert len(re.findall(r'class="mention-link"', cnes.read_text(encoding="utf-8"))) == 2
    # a property with more facts than shown: the entity page shows 2, the continuation all, in order
    prop = next(p for p in pieces if p.endswith("-1") and ("/out-" in p or "/in-" in p))
    key = prop.rsplit("/", 1)[1].rsplit("-", 1)[0]
    pages_of = sorted((p for p in pieces if p.rsplit("/", 1)[1].rsplit("-", 1)[0] == key),
                      key=lambda p: int(p.rsplit("-", 1)[1]))
    listed = []
    for p in pages_of:
        text = (paged_site / f"{p}.html").read_text(encoding="utf-8")
        listed += re.findall(r'<li><a href="[^"]*">([^<]*)</a>', text[text.index("<ul>"):])
    assert len(listed) > 2 and len(set(listed)) == len(listed)


def test_publish_paging_split_keeps_links_relative_to_the_deeper_page():
    view = {"name": "Hub", "groups": [{"title": "What it is and does", "key": "out", "properties": [
        {"label": "partner of", "href": "../ontology/partnerOf.html", "iri": PK_NS + "partnerOf",
         "facts": [{"value": f"E{i}", "href": f"E{i}.html", "evidence": []} for i in range(600)]}]}],
        "timeline": [{"date": "2020", "title": f"R{i}", "href": f"../release/r{i}.html"} for i in range(40)]}
    main, extra = paging.split(view, "resource/Hub")
    prop = main["groups"][0]["properties"][0]
    assert len(prop["facts"]) == paging.FACTS_SHOWN and prop["more"]["total"] == 600
    assert [p for p, _ in extra][:3] == [f"more/resource/Hub/out-partnerOf-{k}" for k in (1, 2, 3)]
    assert [len(v["items"]) for _, v in extra[:3]] == [250, 250, 100]
    assert len(main["timeline"]) == paging.TIMELINE_SHOWN and extra[3][0] == "more/resource/Hub/timeline-1"
    cont, v = extra[0]
    # a link made for resource/Hub, prefixed with 'up', lands where it landed from resource/Hub
    target = posixpath.normpath(posixpath.join(posixpath.dirname(cont), v["up"] + "E7.html"))
    assert target == "resource/E7.html" and v["entity_href"] == href(cont, "resource/Hub")
    assert prop["more"]["pages"][0]["href"] == "../more/resource/Hub/out-partnerOf-1.html"


def test_publish_term_pages_for_every_class_and_property(samples_build, samples_site):
    store = ox.Store.read_only(str(samples_build / "store"))
    terms = {r["t"].value for r in store.query(
        "SELECT DISTINCT ?t WHERE { GRAPH ?g { ?t a ?k VALUES ?k { <http://www.w3.org/2002/07/owl#Class> "
        "<http://www.w3.org/2002/07/owl#ObjectProperty> <http://www.w3.org/2002/07/owl#DatatypeProperty> } } }")
        if r["t"].value.startswith(PK_NS)}
    assert len(terms) > 40
    missing = [t for t in terms if not (samples_site / "ontology" / f"{t[len(PK_NS):]}.html").is_file()]
    assert missing == []
    pages = sorted((samples_site / "ontology").glob("*.html"))
    assert _broken_links(samples_site, pages) == []
    agency = (samples_site / "ontology" / "SpaceAgency.html").read_text(encoding="utf-8")
    assert "superclasses" in agency and 'href="../resource/CNES.html">CNES</a>' in agency
    members = int(re.search(r"<h2>(\d+) entities</h2>", agency).group(1))
    count = next(iter(store.query(f"SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {{ ?e a <{PK_NS}SpaceAgency> }}")))["n"]
    assert members == int(count.value) > 5
    org = (samples_site / "ontology" / "Organization.html").read_text(encoding="utf-8")
    assert "subclasses" in org and 'href="SpaceAgency.html"' in org
    prop = next(t for t in terms if (samples_site / "ontology" / f"{t[len(PK_NS):]}.html").is_file()
                and "domain" in (samples_site / "ontology" / f"{t[len(PK_NS):]}.html").read_text(encoding="utf-8")
                and "range" in (samples_site / "ontology" / f"{t[len(PK_NS):]}.html").read_text(encoding="utf-8")
                and "facts</h2>" in (samples_site / "ontology" / f"{t[len(PK_NS):]}.html").read_text(encoding="utf-8")
                and int(next(iter(store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ ?s <{t}> ?o }}")))["n"].value) > 0)
    text = (samples_site / "ontology" / f"{prop[len(PK_NS):]}.html").read_text(encoding="utf-8")
    uses = int(next(iter(store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ ?s <{prop}> ?o }}")))["n"].value)
    assert f"<h2>{uses} facts</h2>" in text and "sparql?query=" in text
    cnes = (samples_site / "resource" / "CNES.html").read_text(encoding="utf-8")
    assert 'class="cls" href="../ontology/SpaceAgency.html"' in cnes  # a class links its page
    sitemap = (samples_site / "sitemap.xml").read_text(encoding="utf-8")
    listed = set(re.findall(r"<loc>([^<]*)</loc>", sitemap))
    assert {f"{ROOT}ontology/{t[len(PK_NS):]}.html" for t in terms} <= listed  # term pages are in the sitemap
    assert f"{ROOT}resource/CNES.html" in listed and f"{ROOT}ontology.html" in listed


XSD = "http://www.w3.org/2001/XMLSchema#"


def _as_stored(t: ox.Triple) -> ox.Triple:
    """``t`` as Oxigraph's store keeps it: a number of a type derived from xsd:integer as xsd:integer."""
    o = t.object
    if isinstance(o, ox.Literal) and o.datatype.value == XSD + "nonNegativeInteger":
        return ox.Triple(t.subject, t.predicate, ox.Literal(o.value, datatype=ox.NamedNode(XSD + "integer")))
    return t


def test_publish_reads_named_graphs_from_the_export_as_from_the_store(samples_build):
    store = ox.Store.read_only(str(samples_build / "store"))
    a, b = read_snapshot(store), read_snapshot(store, samples_build / "graph.nq")
    assert a.releases == b.releases and len(a.graphs) == len(b.graphs) > 10
    assert all(set(a.graphs[g]) == {_as_stored(t) for t in b.graphs[g]} for g in a.graphs)
    assert {k: len(v) for k, v in a.statements.items()} == {k: len(v) for k, v in b.statements.items()}
    # the export keeps the build's own terms (NIF offsets as xsd:nonNegativeInteger), as the pages do
    assert any(isinstance(t.object, ox.Literal) and t.object.datatype.value == XSD + "nonNegativeInteger"
               for t in b.graphs[b.releases[0]])


def test_publish_incremental_removes_stale_continuation_pages(samples_build, tmp_path):
    site = tmp_path / "site"
    publish(samples_build, site)
    manifest = json.loads((site / MANIFEST).read_text())
    cnes = f"{ROOT}resource/CNES"
    stale = site / "more" / "resource" / "CNES" / "out-gone-1.html"
    stale.parent.mkdir(parents=True, exist_ok=True)
    stale.write_text("stale")
    outside = tmp_path / "keep.html"
    outside.write_text("not the site's")
    manifest["more"][cnes] = ["more/resource/CNES/out-gone-1", "../keep"]  # a crafted path stays unused
    manifest["pages"][cnes] = "changed"
    (site / MANIFEST).write_text(json.dumps(manifest))
    before = (site / "resource" / "Mathilde.html").stat().st_mtime_ns
    again = publish(samples_build, site)
    assert again.written == 1 and not stale.exists() and outside.exists()
    assert (site / "resource" / "Mathilde.html").stat().st_mtime_ns == before


def test_publish_forked_workers_write_the_same_site_as_one_process(samples_site, samples_build, tmp_path):
    """The session's site was made by forked workers (more documents than ``MIN_PARALLEL``, and
    this machine has two cores); one process writes the very same bytes."""
    from presskg.publish import forked

    assert forked.default_jobs() >= 2 and len(read_snapshot(
        ox.Store.read_only(str(samples_build / "store")), graphs=False).documents()) >= forked.MIN_PARALLEL
    one = publish(samples_build, tmp_path / "one", jobs=1).site
    files = sorted(p.relative_to(samples_site) for p in samples_site.rglob("*") if p.is_file())
    assert len(files) > 3000
    assert files == sorted(p.relative_to(one) for p in one.rglob("*") if p.is_file())
    different = [f for f in files if (samples_site / f).read_bytes() != (one / f).read_bytes()]
    assert different == []


def test_publish_forked_worker_killed_is_one_error_not_a_traceback():
    import os
    import signal

    from presskg.errors import BuildError
    from presskg.publish import forked

    def task(chunk):
        if "x300" in chunk:
            os.kill(os.getpid(), signal.SIGKILL)
        return len(chunk)

    items = [f"x{i}" for i in range(forked.MIN_PARALLEL * 2)]
    pids = set(forked.map_chunks(lambda c: os.getpid(), items, 2))
    assert os.getpid() not in pids and len(pids) >= 1  # the work ran in forked processes
    assert set(forked.map_chunks(lambda c: os.getpid(), items[:10], 2)) == {os.getpid()}  # a few: here
    with pytest.raises(BuildError, match="publishing process died") as err:
        list(forked.map_chunks(task, items, 2))
    assert "\n" not in str(err.value)
