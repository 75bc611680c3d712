"""Four classes of wording (session 23), each on sentences written for these tests:

- a company's national arm named in the country's own language ("OHB Italia", knowledge base
  ``countries.ttl``, language-tagged ``skos:altLabel``) or after a name the knowledge base does not know
  ("Sener Poland": trade_names._arm_name_start);
- a world's adjective or name before a craft noun that the parser hangs on the craft's name ("the lunar
  lander Peregrine", "NASA's Mars rover Perseverance": rules/inferences.body_on_craft);
- what a craft brings, carries or delivers to Earth it brings back (lexicon ``VERB_IDIOMS``);
- titles set off after a name whose "of" phrase the parser hangs on the name ("X, Chairman and CEO of Y":
  rules/titles.py).
"""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, arm, country", [
    ("ESA signed a contract with OHB Italia to build the Lyra satellite.", "OHB Italia", "Italy"),
    ("The transponder will be supplied by Thales Alenia Space España.", "Thales Alenia Space España", "Spain"),
    ("The antenna was built by Sener Poland under an ESA contract.", "Sener Poland", "Poland"),
    ("The contract went to Orvik Sverige, which builds antennas.", "Orvik Sverige", "Sweden"),
])
def test_national_arm_is_one_company_of_its_country(read, text, arm, country):
    got = triples(read(text))
    assert (arm, "country", country) in got, got


@pytest.mark.parametrize("text, name", [
    ("The delegation met in Italia and then in Polska.", "Italy"),
    ("Minister Jean Dupont France said the work would go on.", "France"),
])
def test_a_country_alone_stays_a_country(read, text, name):
    ents = list(read(text).entities.values())
    assert any(e.label == name and "Country" in e.classes for e in ents), [e.label for e in ents]
    assert not any(e.label.endswith(" France") and "Company" in e.classes for e in ents)


@pytest.mark.parametrize("text, craft, world", [
    ("The lunar lander Peregrine was built by Astrobotic.", "Peregrine", "Moon"),
    ("NASA's Mars rover Perseverance collected a rock core.", "Perseverance", "Mars"),
    ("The Venus probe Akatsuki was launched in 2010.", "Akatsuki", "Venus"),
])
def test_world_before_craft_noun_is_the_named_crafts_target(read, text, craft, world):
    assert (craft, "target", world) in triples(read(text))


@pytest.mark.parametrize("text", [
    "The lunar scientist Maria Lopez spoke at the meeting.",
    "The Moon Village Association met in Vienna.",
])
def test_world_before_other_nouns_makes_no_target(read, text):
    assert not any(p == "target" for _, p, _ in triples(read(text)))


@pytest.mark.parametrize("text, craft, world", [
    ("A sample of asteroid Pelion was brought to Earth on 24 September by ESA's Vela mission.", "Vela", "Pelion"),
    ("The Corra capsule delivered samples of asteroid Lyra to Earth in 2025.", "Corra", "Lyra"),
])
def test_brought_to_earth_is_a_sample_return(read, text, craft, world):
    got = triples(read(text))
    assert (craft, "target", world) in got, got
    samples = {s for s, p, o in got if p == "sampleFrom" and o == world}
    assert any((craft, "returned", s) in got for s in samples), got


def test_brought_elsewhere_is_no_return(read):
    got = triples(read("Samples from asteroid Pelion were brought to the Vela laboratory in Houston in 2025."))
    assert not any(p == "returned" for _, p, _ in got), got


@pytest.mark.parametrize("text, person, kind, body", [
    ('"We are proud," said Elisio Vance, Chairman and CEO of Orvik Space Italia.', "Elisio Vance", "headOf",
     "Orvik Space Italia"),
    ('"It is a good day," said Marta Kell, President and Director General of the Vela Space Agency.',
     "Marta Kell", "headOf", "Vela Space Agency"),
])
def test_titles_own_the_of_phrase_hung_on_the_name(read, text, person, kind, body):
    got = triples(read(text))
    assert (person, kind, body) in got, got
    assert (person, "memberOf", body) not in got, got


def test_what_an_unnamed_part_went_to_its_craft_went_to(read):
    """(session 23, infer:whole-targets)"""
    got = triples(read("The return capsule of the Orsa-6 probe touched down in the desert on 4 May, bringing back "
                       "samples collected from the far side of the Moon."))
    assert ("Orsa-6", "target", "Moon") in got, got


def test_a_named_part_keeps_its_own_goal(read):
    got = triples(read("The Tarn lander, released from the Orsa orbiter, landed on Titan on 4 May."))
    assert ("Orsa", "target", "Titan") not in got, got


@pytest.mark.parametrize("text, name, whole", [
    ("Canada is also contributing Corvarm3 to the Lunar Gateway.", "Corvarm3", "Lunar Gateway"),
    ("Japan will supply Tessarm2 to the Lunar Gateway.", "Tessarm2", "Lunar Gateway"),
])
def test_a_designation_contributed_to_a_craft_is_its_part(read, text, name, whole):
    """(session 23) A name of a designation's shape that is contributed, provided or supplied is a craft (lexicon
    DESIGNATED_MADE), and part of the craft it goes to."""
    assert (name, "partOf", whole) in triples(read(text))
