"""A name after a title that the parser hangs on the verb fills the title's slot (frames._titled_name), and
"<title> of State for <portfolio>" heads the department of that portfolio (portfolios._state_departments,
lexicon STATE_TITLES, HEAD_TITLES "secretary of state"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, labels, triples


def _signers(result) -> set[str]:
    return {o for s, p, o in triples(result) if p == "signatory"}


@pytest.mark.parametrize("text, person", [
    ("The agreement was signed by DLR Chair Anke Lind.", "Anke Lind"),
    ("The agreement was signed by Vela Executive Board Chair Anke Lind.", "Anke Lind"),
    ("The agreement was signed by the Chair of the Vela Executive Board, Anke Lind.", "Anke Lind"),
    ("The accord was signed by the President of the Kestrel Space Agency, Tomas Berg.", "Tomas Berg"),
])
def test_a_name_after_a_title_signs(read, text, person):
    got = read(text)
    assert person in _signers(got), sorted(triples(got))


@pytest.mark.parametrize("text", [
    "The agreement was signed by DLR on Monday.",
    "The agreement was signed by the two agencies, Anke Lind said.",  # the speaker signs nothing
])
def test_no_signer_without_a_title_before_the_name(read, text):
    got = read(text)
    assert "Anke Lind" not in _signers(got), sorted(triples(got))


@pytest.mark.parametrize("text, person, department", [
    ("Secretary of State for Science, Innovation and Technology, Mara Kell, said the investment would create jobs.",
     "Mara Kell", "Department for Science, Innovation and Technology"),
    ("Mara Kell, Secretary of State for Energy and Climate, visited the Harwell campus on 3 May.",
     "Mara Kell", "Department for Energy and Climate"),
])
def test_secretary_of_state_heads_the_department_of_the_portfolio(read, text, person, department):
    got = read(text)
    assert (person, "headOf", department) in triples(got), sorted(triples(got))
    assert "GovernmentBody" in classes_of(got, department)
    assert not [x for x in labels(got) if x.startswith("State")], labels(got)  # "of State" names no place


def test_a_state_that_is_a_place_is_left_alone(read):
    got = read("The State of Queensland signed an agreement with the Australian Space Agency.")
    assert not [x for x in labels(got) if x.startswith("Department")], labels(got)
