"""A body's name written as French, Spanish or Italian write them, its class noun capitalized and the words after it
not, is one name when the initials of its words but the small ones spell the acronym in brackets after it ("the
Laboratoire de météorologie dynamique (LMD)": acronyms._lowercase_long_forms); the model found no name there and
took the acronym for an instrument. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, labels, triples


@pytest.mark.parametrize("text, name", [
    ("The gondola carried instruments from the Laboratoire de physique des plasmas (LPP).",
     "Laboratoire de physique des plasmas"),
    ("The camera was built by the Instituto de astrofísica de Valdoria (IAV).", "Instituto de astrofísica de Valdoria"),
    ("The Istituto di fisica spaziale (IFS) will provide the spectrometer.", "Istituto di fisica spaziale"),
])
def test_a_lowercase_long_form_is_one_body(read, text, name):
    ext = read(text)
    assert name in labels(ext), sorted(labels(ext))
    assert "ResearchInstitute" in classes_of(ext, name)
    assert any(o == name and p == "providedBy" for _, p, o in triples(ext)), sorted(triples(ext))


def test_the_acronym_names_the_body_later(read):
    ext = read("The Laboratoire de physique des plasmas (LPP) built the magnetometer. The LPP team will run it.")
    assert "LPP" not in labels(ext) or "ResearchInstitute" in classes_of(ext, "LPP"), sorted(labels(ext))
    assert not any("Instrument" in e.classes and e.label == "LPP" for e in ext.entities.values())


@pytest.mark.parametrize("text, not_a_name", [
    # initials that do not spell the acronym, and a thing's class noun, are no long form
    ("The camera was built by the Laboratoire de chimie spatiale (LMD).", "Laboratoire de chimie spatiale"),
    ("Mission control operations (MCO) will start in May.", "Mission control operations"),
])
def test_no_long_form_where_the_initials_or_the_noun_do_not_fit(read, text, not_a_name):
    assert not_a_name not in labels(read(text))
