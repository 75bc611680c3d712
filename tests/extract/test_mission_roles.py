""""Dr Ingrid Solvang, Solstra project scientist at ESA", "The mission's project scientist is Dr Yuki Hamada", "Its
principal investigator, Dr Tomas Ekvall, leads ...": whoever holds a post in a mission's team (lexicon
MISSION_ROLE_TITLES, the whole post) takes part in the mission (rules/mission_roles.py dep:mission-role; "its" on
such a post is the craft's, antecedents._names_a_crafts_part). A scientist of a body, a body's project manager, or
the manager of a team named after the mission contributes to no mission; a post of an instrument gives nothing
(contributesTo names no instrument). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, person, craft", [
    ("ESA launched the Veyra probe in 2023. Its principal investigator, Dr Tomas Ekvall of the Swedish Institute of "
     "Space Physics, leads a science team of 200 researchers.", "Tomas Ekvall", "Veyra"),
    ("ESA launched the Solstra probe in 2027. \"The data are beyond anything we hoped for,\" said Dr Ingrid Solvang, "
     "Solstra project scientist at ESA.", "Ingrid Solvang", "Solstra"),
    ("JAXA will launch the Ardent probe in 2030. The mission's project scientist is Dr Yuki Hamada.", "Yuki Hamada",
     "Ardent"),
    ("The Koru lander touched down on the Moon in 2028. \"Koru has given us a new view,\" said Dr Aroha Whitfield, the "
     "mission's lead scientist at the University of Auckland.", "Aroha Whitfield", "Koru"),
    ("The Tarvos orbiter arrived at Mars in 2030. The mission is led by principal investigator Professor Lukas "
     "Brunner of the University of Geneva.", "Lukas Brunner", "Tarvos"),
    ("NASA's Talvi rover landed on Mars in 2028. \"It was the best moment of my career,\" said Rosa Delgado, the "
     "rover's mission manager at JPL.", "Rosa Delgado", "Talvi"),
])
def test_the_holder_of_a_mission_post_contributes_to_it(read, text, person, craft):
    got = triples(read(text))
    assert (person, "contributesTo", craft) in got, got


def test_the_mission_a_quote_names_is_the_posts(read):
    got = triples(read("ISRO extended the mission of its Lunari orbiter. Meanwhile, the Koru lander has ended its "
                       "mission. \"Koru has given us a new view of the Moon,\" said Dr Aroha Whitfield, the mission's "
                       "lead scientist at the University of Auckland."))
    assert ("Aroha Whitfield", "contributesTo", "Koru") in got and (
        "Aroha Whitfield", "contributesTo", "Lunari") not in got, got


@pytest.mark.parametrize("text", [
    "ESA launched the Solstra probe in 2027. \"We are delighted,\" said Anna Berg, a scientist at ESA.",
    "ESA launched the Solstra probe in 2027. Anna Berg, ESA's project manager for the Tarvos study, welcomed it.",
    "The Vela probe carries the Corax spectrometer. Jan Berg, principal investigator of the Corax instrument, "
    "welcomed the launch.",
    # a team named after the mission ("Kestrel-Nordic") is no mission
    "ESA launched the Kestrel mission in 2023. Jan Berg, Kestrel-Nordic Project Manager, said the team was ready.",
])
def test_no_mission_post_no_contribution(read, text):
    got = triples(read(text))
    assert not any(p == "contributesTo" and s in ("Anna Berg", "Jan Berg") for s, p, _ in got), got
