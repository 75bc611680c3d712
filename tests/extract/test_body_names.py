"""Names of bodies that hold other words the knowledge base knows, and craft words the tagger has not seen.

A body's name is read whole when it holds a field ("the Ministry of Education and Science") or a
place ("the Luxembourg Institute of Science and Technology"); a size prefix on a craft's head noun
("nanosatellite", "microlauncher") names the same class as the noun alone. The sentences are written
for these tests.
"""

from __future__ import annotations

import pytest

from presskg.extract.lexicon import HEAD_CLASSES

from ..helpers import classes_of, labels, triples


@pytest.mark.parametrize("text, name", [
    ("The Ministry of Education and Science of Bulgaria signed the agreement.", "Ministry of Education and Science"),
    ("The Indian Institute of Space Science and Technology in Kerala trains engineers.",
     "Indian Institute of Space Science and Technology"),
    ("The study will be led by the Luxembourg Institute of Science and Technology with support from DLR.",
     "Luxembourg Institute of Science and Technology"),
    ("Engineers from the Centre for Space Research joined the team.", "Centre for Space Research"),
])
def test_body_names_a_field_or_place_inside_a_body_name_stays_in_it(read, text, name):
    got = read(text)
    assert name in labels(got), sorted(labels(got))


def test_body_names_a_place_inside_the_name_stays_a_place_of_its_own(read):
    got = read("The study will be led by the Luxembourg Institute of Science and Technology with support from DLR.")
    assert ("Luxembourg Institute of Science and Technology", "country", "Luxembourg") in triples(got)


def test_body_names_coordination_of_two_names_still_splits(read):
    """"and" followed by another name (the model's or the knowledge base's) ends the body's name."""
    got = read("The University of Tokyo and JAXA will build the camera.")
    assert {"University of Tokyo", "JAXA"} <= labels(got)
    got = read("Luxembourg and ESA signed the agreement.")
    assert {"Luxembourg", "ESA"} <= labels(got)


def test_body_names_a_field_alone_is_still_a_topic(read):
    got = read("The agreement covers Earth observation and space weather.")
    assert classes_of(got, "Earth observation") == {"Topic"}


@pytest.mark.parametrize("word, cls", [
    ("nanosatellite", "Satellite"), ("picosatellite", "Satellite"), ("microlauncher", "LaunchVehicle"),
    ("minirover", "Rover"), ("microspectrometer", "Instrument"),
])
def test_body_names_size_prefixes_keep_the_class_of_a_craft_word(word, cls):
    assert HEAD_CLASSES[word] == cls


def test_body_names_size_prefixes_apply_to_crafts_and_instruments_only():
    assert "microcity" not in HEAD_CLASSES and "nanoagency" not in HEAD_CLASSES


@pytest.mark.parametrize("text, name, cls", [
    ("The station will receive data from the Mexican nanosatellite Quetzal-2 under the agreement.",
     "Quetzal-2", "Satellite"),
    ("The station will receive data from the nanosatellite Kestrel.", "Kestrel", "Satellite"),
])
def test_body_names_a_head_noun_tagged_as_adjective_types_the_name(read, text, name, cls):
    """The tagger takes words it has not seen ("nanosatellite") for adjectives: a known head noun still types."""
    got = read(text)
    assert classes_of(got, name) == {cls}, [(e.label, e.classes) for e in got.entities.values()]
