"""Two classes from a written release of a new spaceport (notes w26): a lower-case class noun the model's name
runs over is no part of the name ("the German start-up Atmos Rockets" names Atmos Rockets: mentions.py), and the
Norwegian legal form "AS" ends a company's name ("Lofoten Space AS"; lexicon HEAD_CLASSES). Sentences written
for these tests."""

from __future__ import annotations

from ..helpers import classes_of, labels


def test_a_class_noun_before_a_name_is_no_part_of_it(read):
    ext = read("A suborbital rocket of the German start-up Atmos Rockets lifted off from the new Lofoten Spaceport.")
    assert "Atmos Rockets" in labels(ext) and not any(x.startswith("start-up") for x in labels(ext)), labels(ext)


def test_a_norwegian_legal_form_ends_a_company(read):
    ext = read("The spaceport is operated by Lofoten Space AS.")
    assert classes_of(ext, "Lofoten Space AS") == {"Company"}, labels(ext)


def test_as_in_a_sentence_stays_a_word(read):
    ext = read("Ola Hansen served as a member of the board of Lofoten Space.")
    assert "Person" in classes_of(ext, "Ola Hansen"), labels(ext)
