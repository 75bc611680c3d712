"""A name of a lower-case letter, a hyphen and a capitalized word ("e-GEOS") is one name (nlp.LETTER_HYPHEN_NAME
keeps it one word): it is typed from what is said of it and takes part in relations. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


@pytest.mark.parametrize("text, name", [
    ("The Italian company e-Orbix will process the data.", "e-Orbix"),
    ("The data will be processed by e-TARN, a company based in Turin.", "e-TARN"),
])
def test_the_name_is_one_company(read, text, name):
    got = read(text)
    assert classes_of(got, name) == {"Company"}, [(e.label, e.classes) for e in got.entities.values()]


def test_the_name_signs_and_builds(read):
    got = triples(read("The Vela Space Agency signed a contract with e-Orbix to build the Tarn rover."))
    assert ("Tarn", "providedBy", "e-Orbix") in got, sorted(got)


def test_a_lower_case_word_with_a_hyphen_is_no_name(read):
    got = read("The agency sent an e-mail about its x-ray telescope.")
    assert not [e.label for e in got.entities.values() if "-" in e.label], [e.label for e in got.entities.values()]
