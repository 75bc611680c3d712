"""A name a description is said to be: "The first satellite of the constellation will be Aurora-1", "The new
rover is named Tarka". The subject's class noun types the name in the predicate (extract/predicated_names.py),
and the description is that name: what is said of either is said of the name. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, labels, triples


@pytest.mark.parametrize("text, name, cls", [
    ("The first satellite of the constellation will be Kestrel-A.", "Kestrel-A", "Satellite"),
    ("The first satellite of the constellation will be Kestrel-2 in 2027.", "Kestrel-2", "Satellite"),
    ("The next mission to the Moon will be Selene-3, led by JAXA.", "Selene-3", "Mission"),
    ("The new rover is named Tarka and will be launched in 2028.", "Tarka", "Rover"),
    ("The agency's first lunar lander will be called Luna Nova.", "Luna Nova", "Lander"),
    ("Its main instrument will be Orvia, an imaging spectrometer.", "Orvia", "Instrument"),
    ("The second launcher of the family is called Brenna.", "Brenna", "LaunchVehicle"),
])
def test_the_description_in_the_subject_types_the_name(read, text, name, cls):
    got = read(text)
    assert cls in classes_of(got, name), (classes_of(got, name), labels(got))


@pytest.mark.parametrize("text, triple", [
    ("The first satellite to be tested in the new hall will be Aurora-1, a small radar satellite developed by "
     "Orbix.", ("Aurora-1", "providedBy", "Orbix")),
    ("The first satellite of the series is Kestrel-A, which was built by Orbix.", ("Kestrel-A", "providedBy", "Orbix")),
    ("Vireo-2 is the first satellite developed by Orbix.", ("Vireo-2", "providedBy", "Orbix")),
])
def test_what_is_said_of_the_description_is_said_of_the_name(read, text, triple):
    got = read(text)
    assert triple in triples(got), triples(got)
    assert not any(s.startswith("first satellite") for s, _, _ in triples(got)), triples(got)


@pytest.mark.parametrize("text, name", [
    ("The winner of the prize is Orbix.", "Orbix"),
    ("The new director of the agency is Lena Varga.", "Lena Varga"),
])
def test_a_description_of_no_named_kind_types_nothing(read, text, name):
    got = read(text)
    assert not classes_of(got, name) & {"Satellite", "Mission", "Spacecraft", "Instrument"}, classes_of(got, name)


@pytest.mark.parametrize("text, triple", [
    ("Velox is one of the instruments of the Tarvos orbiter.", ("Velox", "partOf", "Tarvos")),
    ("Kelvo-3 is one of the satellites built by Orbix Aerospace.", ("Kelvo-3", "providedBy", "Orbix Aerospace")),
])
def test_one_of_several_is_said_what_they_are_said(read, text, triple):
    got = read(text)
    assert triple in triples(got), triples(got)


@pytest.mark.parametrize("text, name, cls", [
    ("Kestrel became the first satellite of the series to reach orbit.", "Kestrel", "Satellite"),
    ("Brenna became the second lunar lander of the agency.", "Brenna", "Lander"),
])
def test_what_a_name_became_types_it(read, text, name, cls):
    got = read(text)
    assert cls in classes_of(got, name), (classes_of(got, name), labels(got))
