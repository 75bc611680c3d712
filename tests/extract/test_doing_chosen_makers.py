"""Who is chosen to make or supply a thing is a company, whatever the model took the name for
(doing.chosen_maker, lexicon SELECT_VERBS, MAKER_VERBS, SUPPLY_VERBS)."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


def _seen(got):
    return [(e.label, sorted(e.classes)) for e in got.entities.values()]


@pytest.mark.parametrize("text, name", [
    ("The Karelian Space Agency (KSA) has selected Corvane to supply the star trackers for Hestia-2.", "Corvane"),
    ("The agency chose Brannock to build the lander.", "Brannock"),
    ("Vexel was selected to manufacture the solar panels.", "Vexel"),
])
def test_chosen_to_make_is_a_company(read, text, name):
    got = read(text)
    assert classes_of(got, name) == {"Company"}, _seen(got)


def test_chosen_builder_provides(read):
    got = read("The agency chose Brannock to build the lander.")
    assert ("lander [t]", "providedBy", "Brannock") in triples(got), triples(got)


def test_chosen_to_lead_stays_a_person(read):
    got = read("The agency picked Teodor Lind to lead the team.")
    assert classes_of(got, "Teodor Lind") == {"Person"}, _seen(got)
