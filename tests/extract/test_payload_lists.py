"""What a craft's payload comprises is part of the craft (rules/payload_lists.py, lexicon PAYLOAD_NOUNS), and a
designation written before "payload" names that craft, not an instrument (head_nouns.py): "The Kelva-3 payload
comprises the Orto radiometer and the Fenn altimeter". What an agreement includes is no part. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


@pytest.mark.parametrize("text", [
    "The Kelva-3 payload comprises the Orto radiometer and the Fenn altimeter.",
    "ESA built the Kelva-3 satellite. The satellite's payload includes the Orto radiometer and the Fenn altimeter.",
])
def test_the_payloads_items_are_part_of_the_craft(read, text):
    got = read(text)
    assert {("Orto", "partOf", "Kelva-3"), ("Fenn", "partOf", "Kelva-3")} <= triples(got), sorted(triples(got))
    assert "Instrument" not in classes_of(got, "Kelva-3")


def test_what_an_agreement_includes_is_no_part(read):
    got = triples(read("The agreement includes the Orto radiometer."))
    assert not any(p == "partOf" for s, p, o in got), sorted(got)
