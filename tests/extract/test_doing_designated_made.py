"""A name of a designation's shape that is made, developed or operated, or that carries, weighs, observes or
replaces, with no class noun, is a craft (doing.role_class, lexicon DESIGNATED_MADE, DESIGNATED_DOING); a bare
word in the same place stays untyped."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


def _seen(got):
    return [(e.label, sorted(e.classes)) for e in got.entities.values()]


@pytest.mark.parametrize("text, name", [
    ("Oceanis-4 was developed by the Valdorian Space Agency.", "Oceanis-4"),
    ("Kestra-8 will be operated by Nordhavn Aerospace from 2027.", "Kestra-8"),
    ("Halvard Systems designed Brisa-3 for the ministry.", "Brisa-3"),
    ("The Karelian Space Agency will operate Meridian-2 from its centre in Tromso.", "Meridian-2"),
    ("Sentra 7 will be assembled by Orbivex in Gdansk.", "Sentra 7"),
    ("NORSAT4 will be controlled by the Karelian Space Agency.", "NORSAT4"),
    ("The Karelian Space Agency tested Aquila-6 in a vacuum chamber.", "Aquila-6"),
])
def test_designated_made_thing_is_a_craft(read, text, name):
    got = read(text)
    assert classes_of(got, name) & {"Spacecraft", "Satellite"}, _seen(got)


def test_designated_operated_craft_gets_its_operator(read):
    got = read("Kestra-8 will be operated by Nordhavn Aerospace from 2027.")
    assert ("Kestra-8", "operatedBy", "Nordhavn Aerospace") in triples(got), triples(got)


def test_designated_developed_craft_gets_its_maker(read):
    got = read("Oceanis-4 was developed by the Valdorian Space Agency.")
    assert ("Oceanis-4", "providedBy", "Valdorian Space Agency") in triples(got), triples(got)


@pytest.mark.parametrize("text, name", [
    ("Corvex was operated by the agency until 2019.", "Corvex"),
    ("Halvard Systems designed Brisa for the ministry.", "Brisa"),
])
def test_bare_word_made_is_not_typed_a_craft(read, text, name):
    got = read(text)
    assert not classes_of(got, name) & {"Spacecraft", "Satellite"}, _seen(got)


@pytest.mark.parametrize("text, name", [
    ("Oceanis-4 carries three instruments.", "Oceanis-4"),
    ("Lumea-2 weighs 1.2 tonnes.", "Lumea-2"),
    ("Aquila-6 will observe the Baltic Sea.", "Aquila-6"),
    ("Tarvos-1 will replace Tarvos-0 in orbit.", "Tarvos-1"),
    ("Brisa-3 is equipped with a radar built by Orbivex.", "Brisa-3"),
    ("The ministry will replace Kestra-7 with a new craft.", "Kestra-7"),
])
def test_designated_doer_of_what_craft_do_is_a_craft(read, text, name):
    got = read(text)
    assert classes_of(got, name) & {"Spacecraft", "Satellite"}, _seen(got)


def test_designated_observer_gets_its_target(read):
    got = read("Selka-2 will study Venus from orbit.")
    assert ("Selka-2", "target", "Venus") in triples(got), triples(got)


@pytest.mark.parametrize("text, name", [
    ("Vindel will study the proposal.", "Vindel"),
    ("Kestra will host the meeting in Oslo.", "Kestra"),
])
def test_bare_word_doer_is_not_typed_a_craft(read, text, name):
    got = read(text)
    assert not classes_of(got, name) & {"Spacecraft", "Satellite"}, _seen(got)


def test_series_class_beats_a_craft_read_from_what_it_does(read):
    got = read("The Vela-3C satellite will replace Vela-3A in orbit.")
    assert classes_of(got, "Vela-3A") == {"Satellite"}, _seen(got)


@pytest.mark.parametrize("text, name", [
    ("Hestia-2 is scheduled for launch in 2028.", "Hestia-2"),
    ("Corvid is planned for launch in June from Kourou.", "Corvid"),
])
def test_name_scheduled_for_launch_is_a_craft_with_its_launch(read, text, name):
    got = read(text)
    assert "Spacecraft" in classes_of(got, name), _seen(got)
    assert any(s.startswith("launch") and p == "participant" and o == name for s, p, o in triples(got)), \
        triples(got)


def test_name_scheduled_for_other_business_is_no_craft(read):
    got = read("Vindel is scheduled for an audit in May.")
    assert not classes_of(got, "Vindel") & {"Spacecraft", "Satellite"}, _seen(got)


@pytest.mark.parametrize("text, name", [
    ("Data from Hestia-1 are used by farmers.", "Hestia-1"),
    ("Images from Corvo-3 show the glacier.", "Corvo-3"),
    ("The first signal from Tarvos-2 was received in Kiruna on 4 May.", "Tarvos-2"),
])
def test_designation_data_come_from_is_a_craft(read, text, name):
    got = read(text)
    assert classes_of(got, name) & {"Spacecraft", "Satellite"}, _seen(got)


def test_people_from_a_designation_make_no_craft(read):
    got = read("Engineers from Kestra-9 attended.")
    assert not classes_of(got, "Kestra-9") & {"Spacecraft", "Satellite"}, _seen(got)
