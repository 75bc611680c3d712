"""Saved questions: each one's exact answer on the first release, and the query command."""

import pytest

from presskg.errors import QueryError
from presskg.query import check_syntax, format_result, run_query, saved_queries

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
