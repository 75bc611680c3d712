"""A body's officer in brackets after its name heads it or is its member ("Japan Aerospace Exploration Agency
(JAXA) (President: Hiroshi Yamakawa)": rules/bracketed_titles.py); what a participle of discussion on a clause
says is the topic of the clause's agreement, not of its signing ("concluded an implementing arrangement on 3 April
concerning the X mission": rules/topics.py, told_events.participle_deals); a body that carries out a launch told of
contributes to it, takes no part in it (rules/performers.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, person, kind, body", [
    ("The Nordic Space Agency (Director General: Ola Nordmann) signed the agreement.", "Ola Nordmann", "headOf",
     "Nordic Space Agency"),
    ("The Kelmar Institute (KI) (President: Ana Ruiz) and the Nordic Space Agency (NSA) (Chief Engineer: Ola Berg) "
     "met in Oslo.", "Ana Ruiz", "headOf", "Kelmar Institute"),
    ("The Kelmar Institute (KI) (President: Ana Ruiz) and the Nordic Space Agency (NSA) (Chief Engineer: Ola Berg) "
     "met in Oslo.", "Ola Berg", "memberOf", "Nordic Space Agency"),
    # no colon, and a name the model found, which the acronym's brackets had taken for its long form
    ("The Ministry of Science and ICT (Minister Bae Kyung-hoon) announced the launch.", "Bae Kyung-hoon", "headOf",
     "Ministry of Science and ICT"),
    ("The Nordic Space Agency (Director General Ola Nordmann) signed the agreement.", "Ola Nordmann", "headOf",
     "Nordic Space Agency"),
])
def test_an_officer_in_brackets_after_a_body(read, text, person, kind, body):
    got = triples(read(text))
    assert (person, kind, body) in got, sorted(got)


def test_a_deputy_in_brackets_is_a_member_not_the_head(read):
    got = triples(read("The Nordic Space Agency (Deputy Director General: Ola Nordmann) signed the agreement."))
    assert ("Ola Nordmann", "memberOf", "Nordic Space Agency") in got, sorted(got)
    assert ("Ola Nordmann", "headOf", "Nordic Space Agency") not in got, sorted(got)


def test_no_title_from_other_brackets(read):
    got = triples(read("The Vela mission (launch: 2027) will study Mars."))
    assert not any(p in ("headOf", "memberOf") for _, p, _ in got), sorted(got)


def test_a_participle_of_discussion_gives_the_agreement_its_topic(read):
    got = triples(read("JAXA and CNES concluded an implementing arrangement on 3 April 2025 concerning the Vela "
                       "mission."))
    topics = {s for s, p, o in got if p == "topic" and o == "Vela"}
    assert topics and all(s.startswith("implementing arrangement") for s in topics), sorted(got)


def test_a_body_that_carries_out_a_launch_contributes_to_it(read):
    got = triples(read("Vega-C lifted off from Kourou on 3 May 2025 with the Orla satellite. The launch was carried "
                       "out by Arianespace."))
    assert any(s == "Arianespace" and p == "contributesTo" and o.startswith("launch") for s, p, o in got), sorted(got)
    assert not any(p == "participant" and o == "Arianespace" for s, p, o in got), sorted(got)
