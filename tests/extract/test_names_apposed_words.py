"""A capitalized word inside a sentence that the tagger took for a common noun, set before an apposition of a
class noun, is a name typed by it (described_names.apposed_word); a designation that flies is a craft."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


def _seen(got):
    return [(e.label, sorted(e.classes)) for e in got.entities.values()]


@pytest.mark.parametrize("text, name", [
    ("The imager will be supplied by Pyrion, a company based in Salonika.", "Pyrion"),
    ("The agency signed a contract with Pyrion, a start-up from Patras.", "Pyrion"),
    ("The camera was built by Pyrion, an optics company in Bari.", "Pyrion"),
])
def test_word_taken_for_a_noun_before_an_apposition_is_a_name(read, text, name):
    got = read(text)
    assert classes_of(got, name) == {"Company"}, _seen(got)


def test_apposed_company_provides(read):
    got = read("The camera was built by Pyrion, an optics company in Bari.")
    assert ("camera [t]", "providedBy", "Pyrion") in triples(got), triples(got)


def test_capitalized_title_before_an_apposition_is_no_name(read):
    got = read("The Director, Professor of Physics, spoke.")
    assert not got.entities, _seen(got)


@pytest.mark.parametrize("text, name", [
    ("Auralis-1 and Auralis-2 will fly in formation.", "Auralis-1"),
    ("Kestra-5 flew for the first time in 2024.", "Kestra-5"),
])
def test_designation_that_flies_is_a_craft(read, text, name):
    got = read(text)
    assert classes_of(got, name) & {"Spacecraft", "Satellite"}, _seen(got)
