"""A designation's name typed by what is said of it, on sentences written for these tests (session 37): a thing
contributed ("Korvarm3, Canada's contribution to the lunar Gateway", however the parser hung the contribution:
doing._apposed_contribution, rules/payloads._apposed) and a thing installed on a craft (lexicon DESIGNATED_MADE;
the tagger's lemma of "installed" is "instal"); a craft told by its noun that parts fly on, are mounted on or
are carried by (told_craft.craft_by_noun, read by rules/payloads._wholes_at)."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


@pytest.mark.parametrize("text", [
    "The CSA completed the review of Korvarm3, Canada's contribution to the lunar Gateway.",
    "Korvarm3, Canada's contribution to the lunar Gateway, passed its review.",
])
def test_a_name_set_beside_a_contribution_is_part_of_what_it_goes_to(read, text):
    x = read(text)
    assert "Spacecraft" in classes_of(x, "Korvarm3"), x.entities
    t = triples(x)
    assert ("Korvarm3", "partOf", "Lunar Gateway") in t and ("Canada", "contributesTo", "Lunar Gateway") in t, t


@pytest.mark.parametrize("text, part, whole", [
    ("Korvarm3 will be installed on the Gateway's HALO module.", "Korvarm3", "HALO"),
    ("Orka-2 was mounted on the Vela satellite.", "Orka-2", "Vela"),
])
def test_a_name_installed_on_a_craft_is_its_part(read, text, part, whole):
    assert (part, "partOf", whole) in triples(read(text))


def test_a_plain_word_installed_is_left_untyped(read):
    x = read("Kestrel will be installed on the Vela satellite.")
    assert not classes_of(x, "Kestrel") or "Spacecraft" not in classes_of(x, "Kestrel")


@pytest.mark.parametrize("text, whole", [
    ("The seismometer will fly on the Korean lunar lander planned for 2032.", "Korean lunar lander"),
    ("The Orka camera will be mounted on the rover.", "rover"),
    ("Under the agreement, the spacecraft will carry a retro-reflector supplied by NASA.", "spacecraft"),
])
def test_a_craft_told_by_its_noun_holds_its_parts(read, text, whole):
    t = triples(read(text))
    assert any(p == "partOf" and o.startswith(whole) for s, p, o in t), t


def test_a_rocket_told_by_its_noun_holds_no_part(read):
    t = triples(read("The Orka camera will fly on a rocket."))
    assert not any(p == "partOf" for s, p, o in t), t
