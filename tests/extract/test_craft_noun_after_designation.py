"""A name of a designation's shape written right before a craft's class noun takes its class, whatever the
parse: in "the Sora-4 satellite's radar data" the tagger reads "Sora-4" as a number hung on "data", and the name
was lost. A plain word before a class noun is not so typed. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, labels


@pytest.mark.parametrize("text", [
    "JAXA will contribute the Sora-4 satellite's radar data to the Charter.",
    "JAXA will contribute the Sora-4 satellite data to the Charter.",
])
def test_a_designation_before_satellite_is_a_satellite(read, text):
    got = read(text)
    assert classes_of(got, "Sora-4") == {"Satellite"}, sorted(labels(got))


def test_a_plain_word_before_a_class_noun_is_not_typed_by_it(read):
    got = read("The Brask satellite operator signed the contract.")
    assert not {"Satellite", "Spacecraft"} & classes_of(got, "Brask"), sorted(labels(got))
