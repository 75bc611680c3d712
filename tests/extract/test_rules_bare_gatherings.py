"""A bare definite gathering noun after a named gathering is that gathering ("... the International
Astronautical Congress. X spoke at the congress": rules/parties.py, dep:at-gathering), also when the tagger
takes the lower-case noun for a name (mentions.py: lower-case words name no event). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, labels, triples


@pytest.mark.parametrize("text, event, who", [
    ("Lucia Ortega attended the International Astronautical Congress in Milan. Jonas Pereira spoke at the "
     "congress, which was attended by 7,000 delegates.", "International Astronautical Congress", "Jonas Pereira"),
    ("Lucia Ortega attended the International Astronautical Congress in Milan. Jonas Pereira spoke at the "
     "conference.", "International Astronautical Congress", "Jonas Pereira"),
    ("The Korvan Institute hosted the Small Satellite Symposium in Brenna on 3 June. At the symposium, Anna Berg "
     "presented the Vela mission.", "Small Satellite Symposium", "Anna Berg"),
])
def test_the_bare_gathering_is_the_named_one(read, text, event, who):
    ext = read(text)
    assert (event, "participant", who) in triples(ext), sorted(triples(ext))
    assert "congress" not in labels(ext), sorted(labels(ext))


@pytest.mark.parametrize("text", [
    "Lucia Ortega attended the International Astronautical Congress in Milan in 2023. Jonas Pereira spoke at the "
    "next congress.",
    "Lucia Ortega attended the International Astronautical Congress in Milan. Jonas Pereira spoke at a congress "
    "in Paris.",
])
def test_another_gathering_is_not_the_named_one(read, text):
    got = triples(read(text))
    assert ("International Astronautical Congress", "participant", "Jonas Pereira") not in got, sorted(got)


@pytest.mark.parametrize("text, event, host, place", [
    ("The third Vela Science Workshop will be hosted by the Marlow Institute in Calder in September 2026.",
     "Vela Science Workshop", "Marlow Institute", "Calder"),
    ("The Small Satellite Symposium was organised by the Korvan Institute in Brenna on 3 June 2025.",
     "Small Satellite Symposium", "Korvan Institute", "Brenna"),
])
def test_the_hosts_place_is_the_gatherings(read, text, event, host, place):
    got = triples(read(text))
    assert {(event, "participant", host), (event, "locatedIn", place)} <= got, sorted(got)


def test_a_host_with_no_place_gives_none(read):
    got = triples(read("The Vela Science Workshop will be hosted by the Marlow Institute of Calder in 2026."))
    assert not [x for x in got if x[1] == "locatedIn" and x[0] == "Vela Science Workshop"], sorted(got)


def test_a_lower_case_event_noun_after_names_does_not_break_the_release(read):
    got = triples(read("ESA attended the Space Resources week in Luxembourg."))
    assert ("Space Resources week", "participant", "ESA") in got, sorted(got)


@pytest.mark.parametrize("text, event, who", [
    ("ESA Director General Josef Aschbacher gave the opening address at the Space Resources Week in Luxembourg "
     "on 3 May 2025.", "Space Resources Week", "Josef Aschbacher"),
    ("Lucia Ortega spoke at the World Space Week Festival in Brenna on 4 October 2025.",
     "World Space Week Festival", "Lucia Ortega"),
])
def test_a_named_week_or_festival_is_an_event_people_act_at(read, text, event, who):
    ext = read(text)
    assert classes_of(ext, event) == {"Event"}
    assert (event, "participant", who) in triples(ext), sorted(triples(ext))
