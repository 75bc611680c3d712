"""Saved questions: each one's exact answer on the first release, and the query command."""

import pytest

from presskg.errors import QueryError
from presskg.store.query import check_syntax, format_result, run_query, saved_queries

SEED_ID = "cnes-jaxa-2021-02-25"


def rows(build, name, cols, **bindings):
    res = run_query(name, build=build, bindings=bindings)
    idx = [res.variables.index(c) for c in cols]
    return sorted(tuple(r[i] for i in idx) for r in res.rows)


def test_query_at_least_fifteen_documented_questions():
    saved = saved_queries()
    assert len(saved) >= 15
    for name, (question, text) in saved.items():
        assert question.endswith("?") or "?" in question, name
        check_syntax(text if "PREFIX" in text else "".join(
            f"PREFIX {p}: <{i}>\n" for p, i in __import__("presskg.vocab", fromlist=["PREFIXES"]).PREFIXES.items())
            + text)


def test_query_leaders(seed_build):
    assert rows(seed_build, "leaders", ["personLabel", "orgLabel"]) == [
        ("Hiroshi Yamakawa", "JAXA"), ("Jean-Yves Le Gall", "CNES")]


def test_query_partners_of_one_agency(seed_build):
    assert rows(seed_build, "partners", ["partnerLabel"], agency="pkr:CNES") == [("DLR",), ("JAXA",)]


def test_query_mission_targets(seed_build):
    # MASCOT set down on Ryugu: a craft that lands on a body targets it (infer:destination-target)
    assert rows(seed_build, "mission_targets", ["missionLabel", "targetLabel"]) == [
        ("Hayabusa2", "Ryugu"), ("MASCOT", "Ryugu"), ("MMX", "Phobos")]


def test_query_contributions(seed_build):
    got = rows(seed_build, "contributions", ["agentLabel", "missionLabel"])
    assert {("CNES", "MMX"), ("DLR", "MMX"), ("CNES", "Callisto"), ("JAXA", "Callisto")} <= set(got)


def test_query_instrument_providers(seed_build):
    got = rows(seed_build, "instrument_providers", ["instrumentLabel", "providerLabel", "recipientLabel"])
    assert ("MicrOmega", "Institute of Space Astrophysics", "JAXA") in got
    assert (f"spectrometer of MMX [{SEED_ID}]", "CNES", None) in got
    assert len(got) == 2


def test_query_launch_sites(seed_build):
    assert rows(seed_build, "launch_sites", ["thingLabel", "siteLabel"]) == [("Callisto", "Guiana Space Centre")]


def test_query_events_with_dates_and_participants(seed_build):
    got = {r[0]: r[1:] for r in rows(seed_build, "events", ["eventLabel", "dates", "participants"])}
    assert got[f"videoconference meeting (2021-02-25) [{SEED_ID}]"] == (
        "2021-02-25", "Jean-Yves Le Gall, Hiroshi Yamakawa")
    assert got["MAGIC"] == ("2019, 2020", "GOSAT, GOSAT-2")
    assert got["One Planet Summit"][0] == "2017"
    assert got[f"landing (2019-10) [{SEED_ID}]"] == ("2019-10", "MASCOT")
    assert got[f"sample return (2020-12-06) [{SEED_ID}]"] == ("2020-12-06", "Hayabusa2")


def test_query_agreements_and_signatories(seed_build):
    got = rows(seed_build, "agreements", ["agreementLabel", "signatories", "when", "signedAt"])
    assert (f"agreement (2017) [{SEED_ID}]", "CNES, JAXA", "2017", "One Planet Summit") in got


def test_query_everything_in_a_release(seed_build):
    got = rows(seed_build, "release_entities", ["label"], id=SEED_ID)
    labels = {r[0] for r in got}
    assert {"CNES", "JAXA", "DLR", "MMX", "Hayabusa2", "Ryugu", "MASCOT", "MicrOmega", "Phobos", "Mars",
            "Callisto", "Guiana Space Centre", "GOSAT", "GOSAT-2", "MAGIC", "One Planet Summit",
            "France-Japan space dialogue", "COVID-19", "Paris Agreement", "Jean-Yves Le Gall",
            "Hiroshi Yamakawa", "Institute of Space Astrophysics", "France", "Japan", "Germany"} <= labels


def test_query_fact_evidence(seed_build):
    res = run_query("fact_evidence", build=seed_build, bindings={"s": "pkr:CNES", "p": "pk:contributesTo",
                                                                  "o": "pkr:MMX"})
    (row,) = [dict(zip(res.variables, r, strict=True)) for r in res.rows]
    assert "for which CNES is supplying a spectrometer" in row["sentence"]
    assert (int(row["begin"]), int(row["end"])) == (313, 720)
    assert row["method"].startswith("frame:")


def test_query_entities_per_class(seed_build):
    got = dict(rows(seed_build, "entities_per_class", ["class", "entities"]))
    assert got["SpaceAgency"] == "3" and got["Person"] == "2" and got["Country"] == "3"


def test_query_releases_mentioning(seed_build):
    assert rows(seed_build, "releases_mentioning", ["id"], entity="pkr:Ryugu") == [(SEED_ID,)]


def test_query_wikidata_links(seed_build):
    got = dict(rows(seed_build, "wikidata_links", ["label", "wikidata"]))
    assert got["JAXA"] == "http://www.wikidata.org/entity/Q179103"
    assert got["Phobos"] == "http://www.wikidata.org/entity/Q7547"


def test_query_kb_additions(seed_build):
    got = rows(seed_build, "kb_additions", ["sLabel", "property", "oLabel"])
    assert ("CNES", "country", "France") in got and ("MMX", "operatedBy", "JAXA") in got
    assert ("MMX", "target", "Phobos") not in got  # stated by the release: not an addition


def test_query_two_hop_shared_targets(seed_build):
    got = rows(seed_build, "shared_targets", ["bodyLabel", "agencyLabel", "otherAgencyLabel"])
    assert ("Phobos", "CNES", "DLR") in got and ("Phobos", "CNES", "JAXA") in got


def test_query_event_topics(seed_build):
    got = rows(seed_build, "event_topics", ["topicLabel"])
    assert {("COVID-19",), ("Callisto",), ("MMX",)} == set(got)


def test_query_nationalities(seed_build):
    got = set(rows(seed_build, "nationalities", ["thingLabel", "countryLabel"]))
    assert {("MASCOT", "France"), ("MASCOT", "Germany"), ("MMX", "Japan"), ("JAXA", "Japan")} <= got


@pytest.mark.parametrize("payload", ['"} ; DROP ALL ; SELECT * {', "x' } UNION { ?s ?p ?o", "}}}{{{"])
def test_query_bindings_are_never_spliced(seed_build, payload):
    res = run_query("releases_mentioning", build=seed_build, bindings={"entity": payload})
    assert res.rows == []  # a literal that matches nothing: the payload stayed data


def test_query_formats(seed_build):
    res = run_query(inline="SELECT DISTINCT ?l WHERE { pkr:JAXA rdfs:label ?l }", build=seed_build)
    assert format_result(res, "csv") == "l\nJAXA\n"
    assert format_result(res, "tsv") == "l\nJAXA\n"
    assert '"value":"JAXA"' in format_result(res, "json").replace(" ", "")
    assert "JAXA" in format_result(res, "table")
    g = run_query(inline="CONSTRUCT { pkr:JAXA rdfs:label ?l } WHERE { pkr:JAXA rdfs:label ?l }", build=seed_build)
    assert "pkr:JAXA" in format_result(g, "ttl")


def test_query_syntax_error_has_line_and_column(seed_build):
    with pytest.raises(QueryError, match=r"line 2, column \d+"):
        run_query(inline="SELECT ?x WHERE {\n  ?x ?y }", build=seed_build)


def test_query_timeout(seed_build):
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    with pytest.raises(QueryError, match="did not finish"):
        run_query(inline=slow, build=seed_build, timeout=0.5)


def test_query_missing_store(tmp_path):
    from presskg.errors import StoreError

    with pytest.raises(StoreError, match="run 'presskg build'"):
        run_query(inline="ASK {}", build=tmp_path)


# --- bad input is one line; a remote endpoint through a real protocol client ---------------------

PRESSKG = [__import__("sys").executable, "-m", "presskg"]


def presskg(*args: str, **kw):
    import subprocess

    return subprocess.run([*PRESSKG, *args], capture_output=True, text=True, timeout=120, **kw)


@pytest.mark.parametrize("bind", ["entity=http://a<b>", "entity=https://x y", "a b=pkr:CNES", "?-x=1"])
def test_query_bad_bind_is_one_line(seed_build, bind):
    out = presskg("query", "releases_mentioning", "--build", str(seed_build), "--bind", bind)
    assert out.returncode == 2 and out.stderr.count("\n") == 1 and "--bind" in out.stderr


def test_query_unknown_name_lists_the_saved_ones(seed_build):
    out = presskg("query", "leader", "--build", str(seed_build))
    assert out.returncode == 2 and "unknown saved query 'leader'" in out.stderr and "leaders" in out.stderr


def test_query_list_into_a_closed_pipe(seed_build):
    """``presskg query --list | head -1``, with a reader that has gone before the first write."""
    import subprocess

    proc = subprocess.Popen([*PRESSKG, "query", "--list"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.close()
    assert proc.wait(timeout=120) == 0
    assert proc.stderr.read() == b""


def test_query_path_to_itself(seed_build):
    out = presskg("path", "CNES", "CNES", "--build", str(seed_build))
    assert out.returncode == 0 and "same entity" in out.stdout and "0 hops" in out.stdout


XML_RESULTS = b"""<?xml version="1.0"?>
<sparql xmlns="http://www.w3.org/2005/sparql-results#"><head><variable name="l"/><variable name="n"/></head>
<results><result><binding name="l"><literal xml:lang="fr">Agence spatiale</literal></binding>
<binding name="n"><literal datatype="http://www.w3.org/2001/XMLSchema#integer">42</literal></binding></result>
</results></sparql>"""


@pytest.mark.parametrize("ctype,body", [
    ("application/sparql-results+xml", XML_RESULTS),
    ("application/sparql-results+json", b'{"head":{"vars":["l","n"]},"results":{"bindings":[{"l":{"type":"literal",'
     b'"value":"Agence spatiale","xml:lang":"fr"},"n":{"type":"literal","value":"42",'
     b'"datatype":"http://www.w3.org/2001/XMLSchema#integer"}}]}}'),
])
def test_query_endpoint_keeps_datatypes_and_languages(ctype, body):
    import json

    from .http_helpers import Listener, send

    listener = Listener(lambda h, _: send(h, 200, body, ctype))
    try:
        out = presskg("query", "--endpoint", f"{listener.url}/query", "--format", "json", "-e",
                      "SELECT ?l ?n WHERE { ?s rdfs:label ?l ; pk:n ?n }")
        table = presskg("query", "--endpoint", f"{listener.url}/query", "-e", "SELECT ?l ?n WHERE { ?s ?p ?l }")
    finally:
        listener.close()
    assert out.returncode == 0, out.stderr
    (row,) = json.loads(out.stdout)["results"]["bindings"]
    assert row["l"]["xml:lang"] == "fr" and row["n"]["datatype"].endswith("#integer") and row["n"]["value"] == "42"
    assert "Agence spatiale" in table.stdout and "(1 row)" in table.stdout
    method, _, headers, sent = listener.requests[0]
    assert method == "POST" and "sparql-results+xml" in headers["Accept"] and b"query=" in sent


def test_query_endpoint_reads_csv_and_construct_turtle():
    from .http_helpers import Listener, send

    def answer(h, body):
        if b"CONSTRUCT" in urllib_unquote(body):
            send(h, 200, b"<http://x/a> <http://www.w3.org/2000/01/rdf-schema#label> \"A\"@en .", "text/turtle")
        else:
            send(h, 200, b"l\r\nJAXA\r\n", "text/csv; charset=utf-8")

    listener = Listener(answer)
    try:
        csv_out = presskg("query", "--endpoint", listener.url, "--format", "csv", "-e", "SELECT ?l { ?s ?p ?l }")
        ttl = presskg("query", "--endpoint", listener.url, "-e", "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
    finally:
        listener.close()
    assert csv_out.returncode == 0 and csv_out.stdout == "l\nJAXA\n"
    assert ttl.returncode == 0 and '"A"@en' in ttl.stdout


def urllib_unquote(body: bytes) -> bytes:
    import urllib.parse

    return urllib.parse.unquote_plus(body.decode()).encode()


@pytest.mark.parametrize("respond,message", [
    ("garbage", "unreadable JSON results"),
    ("html", "not SPARQL results"),
    ("slow", "did not answer within 1 s"),
    ("gateway", "answered 504"),
])
def test_query_endpoint_failures_are_one_line(respond, message):
    import time

    from .http_helpers import Listener, never_answer, send

    behaviours = {
        "garbage": lambda h, _: send(h, 200, b'{"head": {"vars": ["x"]}, "results": {"bindi', "application/json"),
        "html": lambda h, _: send(h, 200, b"<html>login</html>", "text/html"),
        "slow": never_answer,
        "gateway": lambda h, _: send(h, 504, b"the query did not finish within 30 s"),
    }
    listener = Listener(behaviours[respond])
    start = time.monotonic()
    try:
        out = presskg("query", "--endpoint", listener.url, "--timeout", "1", "-e", "SELECT * { ?s ?p ?o }")
    finally:
        listener.close()
    assert out.returncode == 2 and out.stderr.count("\n") == 1 and message in out.stderr, out.stderr
    assert "Traceback" not in out.stderr and time.monotonic() - start < 30
def test_query_unknown_prefix_is_named_in_one_line(seed_build):
    with pytest.raises(QueryError) as err:
        run_query(inline="SELECT * WHERE {\n  ?s a pk:Mission .\n  ?s ex:name ?o }", build=seed_build)
    msg = str(err.value)
    assert "unknown prefix 'ex:'" in msg and "line 3, column 6" in msg and "\n" not in msg
    assert "expected one of" not in msg  # not the parser's list of characters


def test_query_table_is_aligned_text(seed_build):
    res = run_query("leaders", build=seed_build)
    lines = format_result(res, "table").splitlines()
    assert lines[0].split() == res.variables and set(lines[1].replace(" ", "")) == {"-"}
    starts = [i for i, c in enumerate(lines[1]) if c == "-" and (i == 0 or lines[1][i - 1] == " ")]
    assert all(row[s - 2:s] in ("  ", "") for row in lines[2:-1] for s in starts[1:])  # columns line up
    assert lines[-1] == f"({len(res.rows)} rows)"
