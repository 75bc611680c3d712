"""A system, suite or assembly of things of one class is a thing of that class (lexicon ASSEMBLY_NOUNS): "the
station's external camera system", "a spectrometer suite" are instruments, with their provider and what they
are part of. A system of no class noun ("the operating system", "the docking system") is no thing. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, thing, whole, provider", [
    ("DLR will provide a spectrometer suite for the Vela mission.", "spectrometer suite", "Vela", "DLR"),
    ("The Vela Space Agency will provide the camera system for the Aurora lunar station.", "camera system",
     "Aurora", "Vela Space Agency"),
])
def test_a_suite_of_instruments_is_an_instrument(read, text, thing, whole, provider):
    got = triples(read(text))
    assert any(s.startswith(thing) and p == "partOf" and o == whole for s, p, o in got), sorted(got)
    assert any(s.startswith(thing) and p == "providedBy" and o == provider for s, p, o in got), sorted(got)


def test_a_systems_owner_contributes_through_its_part(read):
    got = triples(read("The Aurora lunar station will orbit the Moon. Canada provides the station's external "
                       "camera system."))
    assert ("Canada", "contributesTo", "Aurora") in got, sorted(got)


@pytest.mark.parametrize("text", [
    "The Vela Space Agency will provide the docking system for the Aurora lunar station.",
    "The Vela operating system was updated in May.",
])
def test_a_system_of_no_class_noun_is_no_thing(read, text):
    got = triples(read(text))
    assert not [x for x in got if x[1] in ("providedBy", "partOf")], sorted(got)
