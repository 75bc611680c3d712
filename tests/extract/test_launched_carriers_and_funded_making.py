"""Classes of wording read in session 37, on sentences written for these tests: a launcher launched "carrying" a
craft, or its flight told as "the X mission" (frame:carry-payload); a name that is the "of" object of a noun of
making a craft (lexicon PASSIVE_SUBJECTS: "the development of X"); a body that funds another "to develop" a thing
(the funder's stake, actions.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from ..helpers import classes_of, triples


@pytest.mark.parametrize("text", [
    "ISRO launched PSLV-C63 carrying the Tarsa-2 satellite on 18 May 2026.",
    "Arianespace launched the Vega-C rocket carrying the Tarsa-2 satellite on 18 May 2026.",
    "ISRO successfully launched the PSLV-C63 mission carrying the Tarsa-2 radar satellite from Sriharikota on 18 May "
    "2026.",
])
def test_a_launcher_launched_carrying_a_craft_launches_it(read, text):
    x = read(text, date=dt.date(2026, 5, 20))
    t = triples(x)
    launches = {s for s, p, o in t if p == "participant" and o == "Tarsa-2" and s.startswith("launch")}
    assert launches, t
    assert any(d.subject in {k for k, e in x.entities.items() if e.label in launches} and d.value == "2026-05-18"
               for d in x.dates), x.dates
    assert not any(s.startswith("carry") for s, p, o in t), t


@pytest.mark.parametrize("text", [
    "The UK Space Agency will fund the construction of Kelda-M.",
    "The UK Space Agency is funding the development of Kelda-M by Orbix.",
])
def test_a_name_made_is_a_craft(read, text):
    x = read(text)
    assert "Spacecraft" in classes_of(x, "Kelda-M"), x.entities
    assert ("UK Space Agency", "contributesTo", "Kelda-M") in triples(x)


def test_a_body_funded_to_develop_a_thing_gives_the_funder_a_stake(read):
    t = triples(read("The UK Space Agency is funding Orbix to develop Kelda-M."))
    assert ("UK Space Agency", "contributesTo", "Kelda-M") in t, t


def test_funding_a_body_alone_gives_no_stake(read):
    t = triples(read("The UK Space Agency is funding Orbix."))
    assert not any(p == "contributesTo" for s, p, o in t), t
