"""Classes of wording read in session 37, each on sentences written for these tests: a surname the tagger took
for a plural noun (given_names.surnames_taken_for_nouns); a government that appoints a body's head
(post_owners._overseen); an opening told again by a broader noun (openings._earlier_opening); a craft handled, named
by its noun (frame:occurrence); matter taken "from" a world on the participle that describes it (materials)."""

from __future__ import annotations

import datetime as dt

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, person, event", [
    ("Jenni Gibbons visited Cologne. Gibbons later held a workshop on space debris.", "Jenni Gibbons", "workshop"),
    ("Engineer Tom Rivers toured the plant in Bremen. Rivers then held a meeting with OHB.", "Tom Rivers", None),
])
def test_a_surname_read_as_a_plural_noun_is_the_person(read, text, person, event):
    said = triples(read(text))
    took_part = [s for (s, p, o) in said if p == "participant" and o == person]
    assert len(took_part) >= 2, said  # the first event and the one the surname holds
    if event:
        assert any(s.startswith(event) and p == "participant" and o == person for s, p, o in said), said


def test_a_plural_noun_that_is_no_ones_surname_stays_a_noun(read):
    x = read("Jenni Gibbons visited Cologne. Engineers later held a workshop on space debris.")
    assert not any(e.label == "Engineers" for e in x.entities.values()), [e.label for e in x.entities.values()]
    assert not any(p == "participant" and o == "Jenni Gibbons" and s.startswith("workshop")
                   for s, p, o in triples(x))


def test_a_government_appoints_the_head_of_the_body_it_oversees(read):
    t = triples(read("Marta Oliveira has resigned as President of the Vela Space Agency. The Valdorian Government "
                     "has appointed Ricardo Conde, the agency's Vice-President, as interim President."))
    assert ("Ricardo Conde", "headOf", "Vela Space Agency") in t
    assert not any(s == "Ricardo Conde" and p == "headOf" and "Government" in o for s, p, o in t)


@pytest.mark.parametrize("text", [
    "The Valdorian Government appointed Ana Ruiz as President.",
    "The Valdorian Government appointed Ana Ruiz, a former ESA engineer, as Director General.",
])
def test_a_government_heads_nothing_by_appointing(read, text):
    t = triples(read(text))
    assert not any(s == "Ana Ruiz" and p == "headOf" for s, p, o in t), t


def test_a_council_still_appoints_its_own_chair(read):
    t = triples(read("The Council of the Vela Space Agency appointed Ana Ruiz as its Chair."))
    assert any(s == "Ana Ruiz" and p == "headOf" for s, p, o in t), t


@pytest.mark.parametrize("text, guest", [
    ("The Vela Space Agency opened a new centre in Turin on 9 May. The facility was inaugurated by the Mayor of "
     "Turin, Stefano Lo Russo.", "Stefano Lo Russo"),
    ("KARI opened a new antenna in Jeju on 4 April. The antenna was inaugurated by Kim Sora.", "Kim Sora"),
])
def test_an_opening_told_again_by_a_broader_noun_is_one_opening(read, text, guest):
    x = read(text, date=dt.date(2026, 5, 12))
    openings = [e for e in x.entities.values() if "Event" in e.classes and not e.named]
    assert len(openings) == 1
    assert (openings[0].label, "participant", guest) in triples(x)


def test_another_class_of_thing_is_another_opening(read):
    x = read("ESA opened a new laboratory in Noordwijk on 3 May. The satellite was inaugurated by Ana Ruiz.",
             date=dt.date(2026, 5, 12))
    assert not any(p == "participant" and o == "Ana Ruiz" for s, p, o in triples(x))


@pytest.mark.parametrize("text, craft", [
    ("The capsule landed in Woomera. Its sample container was opened by ISAS on 15 January.", "sample container"),
    ("The sample canister was opened by a team from JAXA on 15 January.", "sample canister"),
])
def test_a_craft_handled_by_a_named_team_takes_part(read, text, craft):
    t = triples(read(text, date=dt.date(2026, 1, 20)))
    assert any(p == "participant" and o.startswith(craft) for s, p, o in t), t
    assert any(p == "participant" and o in ("ISAS", "JAXA") for s, p, o in t), t


def test_a_container_of_no_kind_is_no_craft(read):
    t = triples(read("The container was opened by a team from JAXA on 15 January.", date=dt.date(2026, 1, 20)))
    assert not any(p == "participant" and o.startswith("container") for s, p, o in t), t


@pytest.mark.parametrize("text, body", [
    ("The capsule holds three grams of material gathered from Ryugu.", "Ryugu"),
    ("The canister holds dust collected from the asteroid Bennu.", "Bennu"),
    ("The capsule holds two grams of regolith taken from the Moon.", "Moon"),
])
def test_matter_taken_from_a_world_on_its_participle_is_a_sample_of_it(read, text, body):
    t = triples(read(text))
    assert any(p == "sampleFrom" and o == body for s, p, o in t), t


def test_matter_gathered_by_people_is_from_no_world(read):
    t = triples(read("The capsule holds three grams of material gathered by engineers in Japan."))
    assert not any(p == "sampleFrom" for s, p, o in t), t
