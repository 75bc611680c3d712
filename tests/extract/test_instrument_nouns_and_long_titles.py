"""More class nouns of instruments ("the DraGMS gas chromatograph", "a gravimeter", "an atomic clock": lexicon
HEAD_CLASSES), and a title of two or three words before a person's name is no part of it ("led by Principal
Investigator Elizabeth Turtle": names._ends_title). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, labels, triples


@pytest.mark.parametrize("text, name", [
    ("The French space agency CNES is contributing the Vekra gas chromatograph to the Orla mission.", "Vekra"),
    ("The Orla probe carries the Tessel gravimeter built by DLR.", "Tessel"),
    ("The Orla satellite carries the Lumen atomic clock built by Orvik Systems.", "Lumen"),
])
def test_new_instrument_nouns(read, text, name):
    ext = read(text)
    assert "Instrument" in classes_of(ext, name), sorted(triples(ext))
    assert any(s == name and p in ("providedBy", "partOf") for s, p, _ in triples(ext)), sorted(triples(ext))


@pytest.mark.parametrize("text, person", [
    ("The mission is led by Principal Investigator Elizabeth Marsh of the Orvik Institute.", "Elizabeth Marsh"),
    ("Deputy Project Scientist Ana Ruiz of the Orvik Institute presented the results.", "Ana Ruiz"),
])
def test_a_title_of_several_words_is_no_part_of_the_name(read, text, person):
    got = labels(read(text))
    assert person in got and not any(name.endswith(person) and name != person for name in got), sorted(got)
