"""Small bodies by their provisional designation ("asteroid 2011 UW158"), and "asteroid" / "comet" before a name
the tagger does not know taken for a verb: on sentences written for them."""

from __future__ import annotations

import pytest

from presskg.extract.clauses import clause_roots

from ..helpers import classes_of, triples


@pytest.mark.parametrize("text, name", [
    ("The probe will fly past asteroid 2011 UW158 in 2026.", "2011 UW158"),
    ("Astronomers found that the near-Earth object 2024 XQ7 is a rubble pile.", "2024 XQ7"),
])
def test_rules_a_provisional_designation_is_an_asteroid(read, text, name):
    assert {c.value for c in classes_of(read(text), name)} == {"Asteroid"}


def test_rules_a_year_alone_stays_a_date(read):
    x = read("In 2011 ESA launched the Vela-1 satellite.")
    assert not any("Asteroid" in e.classes for e in x.entities.values())
    assert any(d.value == "2011" for d in x.dates), x.dates


@pytest.mark.parametrize("text, fact", [
    ("The Vela probe will study asteroid 2011 UW158.", ("Vela", "target", "2011 UW158")),
    ("The Vela probe returned samples from asteroid 2011 UW158.", ("Vela", "target", "2011 UW158")),
    ("The Orla probe will visit comet Kestrel-Vane in 2031.", ("Orla", "target", "Kestrel-Vane")),
])
def test_rules_a_body_noun_before_a_name_is_no_verb(read, text, fact):
    assert fact in triples(read(text))


def test_clause_roots_makes_the_body_noun_a_compound(nlp):
    from presskg.nlp import to_parse

    p = clause_roots(to_parse(nlp("The Vela probe will study asteroid 2011 UW158.")))
    asteroid = next(t for t in p.tokens if t.text == "asteroid")
    name = next(t for t in p.tokens if t.text == "UW158")
    assert (asteroid.pos, asteroid.dep, asteroid.head, name.dep) == ("NOUN", "compound", name.i, "dobj")
