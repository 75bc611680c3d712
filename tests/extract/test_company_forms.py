"""A company's legal form at the end of its name makes it a company (lexicon HEAD_CLASSES), whatever
the words before it say ("Nordic Spacecraft AB" is no spacecraft)."""

from __future__ import annotations

import pytest

from ..helpers import classes_of


@pytest.mark.parametrize("text, name", [
    ("Nordic Spacecraft AB and the Swedish National Space Agency signed the contract.", "Nordic Spacecraft AB"),
    ("The camera was built by Selex Galileo SpA in Italy.", "Selex Galileo SpA"),
    ("ISISpace B.V. will build the cubesats.", "ISISpace B.V."),
    ("Vexel Optics GmbH supplies the telescope.", "Vexel Optics GmbH"),
    ("The parts came from Orvik Aeronautics Limited and other firms.", "Orvik Aeronautics Limited"),
    ("Tessel Space Incorporated will build the rover.", "Tessel Space Incorporated"),
])
def test_company_forms_type_the_name_a_company(read, text, name):
    got = read(text)
    assert classes_of(got, name) == {"Company"}, [(e.label, e.classes) for e in got.entities.values()]


def test_company_forms_a_name_does_not_end_in_a_function_word(read):
    """Knowledge-base keys join words without spaces ("Hayabusa 2" is Hayabusa2); "SpA in" is not Spain."""
    from ..helpers import labels

    got = read("The camera was built by Selex Galileo SpA in Italy.")
    assert "Spain" not in labels(got) and "Italy" in labels(got)
    assert "Hayabusa2" in labels(read("The Hayabusa 2 probe returned to Earth."))


@pytest.mark.parametrize("text, name", [
    ("Nordic Spacecraft AB will build the platform.", "Nordic Spacecraft AB"),  # "Nordic" tagged ADJ
    ("Nordic Spacecraft AB and the agency signed the contract.", "Nordic Spacecraft AB"),
])
def test_company_forms_keep_a_capitalized_adjective_that_opens_the_name(read, text, name):
    from ..helpers import labels

    assert name in labels(read(text))


def test_company_forms_a_nationality_before_a_name_is_not_its_first_word(read):
    from ..helpers import labels

    got = labels(read("The agency chose German Vexel Optics GmbH for the telescope."))
    assert "German Vexel Optics GmbH" not in got and "Vexel Optics GmbH" in got
