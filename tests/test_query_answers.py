"""Saved questions keep their answers on the sample corpus, locally and on a plain SPARQL endpoint.

``tests/data/reference_queries/`` holds every saved question as first written, before the queries
were reshaped for the store (issue 17): each saved question (and the narrowed forms of the README)
must give the reference's answers on the same build.
"""

import csv
import io
import subprocess
import sys

import pytest

from presskg.builder.build import build
from presskg.store.push import push
from presskg.store.query import saved_queries

from .data.saved_answers import CASES, REFERENCE, SOURCES, answers, case_key
from .test_serve_push import free_port, wait_up


@pytest.fixture(scope="module")
def sample_build(tmp_path_factory):
    out = tmp_path_factory.mktemp("samples") / "build"
    build(list(SOURCES), out=out, progress=False)
    return out


def test_query_answers_on_the_sample_corpus_are_unchanged(sample_build):
    from presskg.store.query import run_query

    expected = answers(sample_build, run=lambda name, b: run_query(str(REFERENCE / f"{name}.rq"),
                                                                   build=sample_build, bindings=b))
    got = answers(sample_build)
    assert set(got) == set(expected)
    assert all(want["rows"] for want in expected.values())  # every question has answers to keep
    for key, want in expected.items():
        assert got[key]["variables"] == want["variables"], key
        assert got[key]["rows"] == want["rows"], key


@pytest.fixture()
def plain_endpoint(tmp_path, sample_build):
    """A separate Oxigraph server (its default graph is not the union of the named graphs), loaded by push."""
    from presskg.store.serve import oxigraph_binary

    port = free_port()
    proc = subprocess.Popen([oxigraph_binary(), "serve", "--location", str(tmp_path / "db"), "--bind",
                             f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_up(f"{base}/")
        push(sample_build, f"{base}/store")
        yield f"{base}/query"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def _cli_rows(name: str, endpoint: str, bindings: dict[str, str]) -> list[list[str]]:
    args = [sys.executable, "-m", "presskg", "query", name, "--endpoint", endpoint, "--format", "csv", "--all"]
    for k, v in bindings.items():
        args += ["--bind", f"{k}={v}"]
    out = subprocess.run(args, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, (name, out.stderr)
    return list(csv.reader(io.StringIO(out.stdout)))


def test_query_every_saved_question_answers_the_same_on_a_plain_endpoint(sample_build, plain_endpoint):
    local = answers(sample_build)
    cases = [(name, {}) for name in saved_queries()] + CASES
    for name, bindings in cases:
        head, *rows = _cli_rows(name, plain_endpoint, bindings)
        want = local[case_key(name, bindings)]
        assert head == want["variables"], name
        assert sorted(rows) == want["rows"], case_key(name, bindings)


#: The listings that show a first page unbound, and the column that says which page a row is on.
PAGED = {"fact_evidence": "release", "release_entities": "id", "releases_mentioning": "entityLabel"}


def test_query_answers_paged_listings_are_marked():
    from presskg.store.paging import page_size

    assert {name for name, (_, text) in saved_queries().items() if page_size(text)} == set(PAGED)


@pytest.mark.parametrize("name", sorted(PAGED))
def test_query_answers_first_page_is_the_start_of_the_full_listing(sample_build, tmp_path, name):
    """With a page of 3 releases: the rows of the first 3 releases of the full listing, in its order;
    ``all_rows`` and any binding give every row."""
    from presskg.store.paging import page_size, unpaged
    from presskg.store.query import run_query

    text = saved_queries()[name][1]
    small = tmp_path / f"{name}.rq"
    small.write_text(text.replace(f"LIMIT {page_size(text)} }}", "LIMIT 3 }"), encoding="utf-8")
    assert page_size(small.read_text(encoding="utf-8")) == 3 and page_size(unpaged(text)) is None
    full = run_query(str(small), build=sample_build, all_rows=True)
    page = run_query(str(small), build=sample_build)
    col = full.variables.index(PAGED[name])
    order = list(dict.fromkeys(r[col] for r in full.rows))
    assert len(order) > 3
    assert list(dict.fromkeys(r[col] for r in page.rows)) == order[:3]
    assert sorted(page.rows, key=str) == sorted((r for r in full.rows if r[col] in order[:3]), key=str)
    assert full.rows == run_query(name, build=sample_build, all_rows=True).rows  # the page was the only change
    if name == "release_entities":  # bound to a release beyond the page: the page is dropped
        bound = run_query(str(small), build=sample_build, bindings={"id": order[-1]})
        assert bound.rows == [r for r in full.rows if r[col] == order[-1]]
    if name == "releases_mentioning":  # bound to an entity beyond the page: the page is dropped
        last = full.rows[-1][full.variables.index("entity")]
        bound = run_query(str(small), build=sample_build, bindings={"entity": last})
        assert bound.rows == [r for r in full.rows if r[-1] == last]


def test_query_answers_page_only_subselect_goes_with_the_page():
    """A sub-select marked page-only is dropped whole when the page is, and nothing else is."""
    from presskg.store.paging import page_size, unpaged

    text = saved_queries()["releases_mentioning"][1]
    assert page_size(text) == 10
    whole = unpaged(text)
    assert "presskg:page" not in whole.split("SELECT", 1)[1] and "LIMIT" not in whole
    assert whole.count("SELECT") == text.count("SELECT") - 4  # the page's sub-select and the three inside it
    assert "?l1 ?l2 ?date ?k1 ?k2 ?k3" in whole and "GRAPH ?release { ?release pk:mentions ?entity }" in whole
    plain = "SELECT ?x WHERE {\n  { SELECT ?x WHERE { ?x ?p ?o } ORDER BY ?x LIMIT 5 }  # presskg:page\n}\n"
    assert unpaged(plain) == plain.replace("LIMIT 5", "")  # a page without page-only keeps its sub-select


def test_query_answers_cli_says_when_it_shows_a_page(sample_build):
    base = [sys.executable, "-m", "presskg", "query", "release_entities", "--build", str(sample_build),
            "--format", "csv"]
    paged = subprocess.run(base, capture_output=True, text=True, timeout=120)
    every = subprocess.run([*base, "--all"], capture_output=True, text=True, timeout=120)
    assert paged.returncode == every.returncode == 0
    assert "first page only (50 per page" in paged.stderr and "--all" in paged.stderr
    assert every.stderr == ""
    assert paged.stdout == every.stdout  # the sample corpus fits in one page


def test_query_answers_release_graphs_name_only_what_they_mention(sample_build):
    """What the reshaped queries rely on (rdf/encode.py): in a release graph, every named or typed
    entity but the release is mentioned by it (releases_mentioning picks its page from the names,
    entities_per_class counts the types, without joining the mentions), both ends of a relation
    are named where it is stated, and an entity has one name across all graphs (events groups
    dates and participants by entity, leaders reads each head's name once)."""
    from presskg.store import open_store
    from presskg.store.query import with_prefixes

    store = open_store(sample_build)
    unmentioned = list(store.query(with_prefixes(
        "SELECT ?e WHERE { GRAPH ?r { ?r a pk:Release . ?e rdfs:label ?l FILTER NOT EXISTS { ?r pk:mentions ?e } } }")))
    two_names = list(store.query(with_prefixes(
        "SELECT ?e WHERE { GRAPH ?g { ?e rdfs:label ?l } } GROUP BY ?e HAVING (COUNT(DISTINCT ?l) > 1)")))
    named = list(store.query(with_prefixes("SELECT ?e WHERE { GRAPH ?r { ?r a pk:Release . ?e rdfs:label ?l } }")))
    # entities_per_class: what a release graph types with a class of the ontology (but itself) it mentions
    typed_unmentioned = list(store.query(with_prefixes(
        "SELECT ?e WHERE { GRAPH pkg:ontology { ?c a owl:Class } GRAPH ?r { ?r a pk:Release . ?e a ?c FILTER(?e != ?r) "
        "FILTER NOT EXISTS { ?r pk:mentions ?e } } }")))
    # leaders and others: both ends of a relation between entities are named in the graph that states it
    unnamed_ends = list(store.query(with_prefixes(
        "SELECT ?x WHERE { GRAPH ?r { ?r a pk:Release . ?s ?p ?o FILTER(STRSTARTS(STR(?p), STR(pk:)) && isIRI(?o) "
        "&& ?s != ?r) VALUES ?end { 0 1 } BIND(IF(?end = 0, ?s, ?o) AS ?x) "
        "FILTER NOT EXISTS { ?x rdfs:label ?l } } }")))
    assert named and unmentioned == [] and two_names == [] and typed_unmentioned == [] and unnamed_ends == []
