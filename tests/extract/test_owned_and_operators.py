"""A craft or facility owned by a body is run by it (lexicon ``OPERATE_VERBS`` gains "own"), and "the operator
Nordsat" names a body (lexicon ``HEAD_CLASSES``: operator). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


@pytest.mark.parametrize("text, thing, owner", [
    ("The retired Aster-2 communications satellite was launched in 2009. Aster-2, owned by the operator Nordsat, "
     "ran out of fuel in 2024.", "Aster-2", "Nordsat"),
    ("The Kelmar ground station in Tromsø is owned by the Vela Space Agency.", "Kelmar", "Vela Space Agency"),
])
def test_what_a_body_owns_it_runs(read, text, thing, owner):
    got = triples(read(text))
    assert (thing, "operatedBy", owner) in got, got


def test_an_operator_before_a_name_makes_a_body(read):
    ext = read("The satellite operator Nordsat signed a contract with the Vela Space Agency on 3 May 2026.")
    assert classes_of(ext, "Nordsat") & {"Organization", "Company"}, classes_of(ext, "Nordsat")


def test_a_company_owned_by_another_is_not_run_by_it(read):
    got = triples(read("Orbix is owned by the Airbus group since 2019."))
    assert not any(p == "operatedBy" for _, p, _ in got), got
