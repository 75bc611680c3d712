"""Fields of activity as topics, and what an agreement is for (rules/fields.py, rules/purposes.py),
on sentences written for them."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


@pytest.mark.parametrize("text, holder, fields", [
    ("CNES and NSC signed an agreement covering cooperation in oceanography and astrophysics.",
     "agreement", {"oceanography", "astrophysics"}),
    ("On Monday, NASA and DLR signed a framework agreement covering joint work on exploration, aeronautics "
     "and the peaceful uses of space.", "framework agreement", {"exploration", "aeronautics",
                                                                "peaceful uses of outer space"}),
    ("ASI and KARI signed a memorandum on cooperation in space science and satellite navigation.",
     "memorandum", {"space science", "satellite navigation"}),
    ("In March, France and China concluded an accord which aimed to draw the two countries closer in "
     "meteorology and astronomy.", "accord", {"meteorology", "astronomy"}),
])
def test_fields_are_topics_of_agreements(read, text, holder, fields):
    result = read(text)
    facts = triples(result)
    found = {o for s, p, o in facts if p == "topic" and s.startswith(holder)}
    assert fields <= found, facts  # a field the knowledge base knows takes its label ("... of outer space")
    assert all("Topic" in classes_of(result, f) for f in fields)


def test_fields_not_a_named_things_field(read):
    """"the Vela science team": a mission's science is no field of an agreement; no Topic node."""
    result = read("ESA and NASA signed an agreement on the Vela science programme.")
    assert not any("Topic" in e.classes for e in result.entities.values()), triples(result)


def test_fields_only_where_a_topic_is_read(read):
    """A field word in a clause with no agreement or meeting makes no node."""
    result = read("Norway has strong teams in astrophysics and oceanography.")
    assert not any("Topic" in e.classes for e in result.entities.values())


@pytest.mark.parametrize("text, holder, topics", [
    ("CNES awarded Airbus a contract to build the Vela satellite.", "contract", {"Vela"}),
    ("ESA signed a contract with OHB for the study of the Lyra spacecraft.", "contract", {"Lyra"}),
    ("The contract signed with Thales covers the Lyra-1 and Lyra-2 satellites.", "contract", {"Lyra-1", "Lyra-2"}),
    ("ISRO and CNES concluded an arrangement for the Kestrel mission.", "arrangement", {"Kestrel"}),
    ("On 3 May in Rome, ASI and ESA signed an agreement on the Vela mission.", "agreement", {"Vela"}),
])
def test_purposes_what_an_agreement_is_for(read, text, holder, topics):
    facts = triples(read(text))
    found = {o for s, p, o in facts if p == "topic" and s.startswith(holder)}
    assert topics <= found, facts


def test_purposes_not_the_place_or_the_day(read):
    facts = triples(read("On Monday in Rome, an agreement on the Vela mission was signed by ASI and ESA."))
    found = {o for s, p, o in facts if p == "topic"}
    assert "Vela" in found and "Rome" not in found, facts


def test_purposes_a_contract_to_sign_is_no_topic(read):
    """"a contract to sign the deal": signing is no making; nothing becomes the topic."""
    facts = triples(read("ESA prepared a contract to be signed by Airbus next week."))
    assert not any(p == "topic" for _, p, _ in facts), facts


@pytest.mark.parametrize("text, holder, topics", [
    ("KARI and NASA have finalized an agreement under which Korea and the United States will work together "
     "on the Vela spacecraft.", "agreement", {"Vela"}),
    ("The Council approved an arrangement under which cooperation with ESA will continue for the deployment "
     "of the Kestrel-1 and Kestrel-2 satellites.", "arrangement", {"Kestrel-1", "Kestrel-2"}),
    ("ISRO signed a contract whereby Airbus will work on the Lyra spacecraft.", "contract", {"Lyra"}),
])
def test_purposes_an_agreement_under_which(read, text, holder, topics):
    facts = triples(read(text))
    found = {o for s, p, o in facts if p == "topic" and s.startswith(holder)}
    assert topics <= found, facts


def test_purposes_under_which_names_no_place(read):
    """"an agreement under which they will meet in Tokyo": a place is no topic."""
    facts = triples(read("ESA and JAXA signed an agreement under which they will meet in Tokyo."))
    assert not any(p == "topic" for _, p, _ in facts), facts


@pytest.mark.parametrize("text, holder, fields", [
    ("The agreement covers climate monitoring, space research and satellite technology.", "agreement",
     {"climate monitoring", "space research", "satellite technology"}),
    ("The talks centred on space weather.", "talks", {"space weather"}),
])
def test_fields_monitoring_research_and_technology_are_fields(read, text, holder, fields):
    got = {o for s, p, o in triples(read(text)) if s.startswith(holder) and p == "topic"}
    assert fields <= got, triples(read(text))


def test_fields_a_field_after_and_is_its_own_field(read):
    got = {o for s, p, o in triples(read("ESA and JAXA signed an agreement on 4 May to cooperate on lunar "
                                         "exploration and space medicine.")) if p == "topic"}
    assert "space medicine" in got and not any(" and " in o for o in got), got
