"""A company named with and without its legal form is one company ("Zenara Space orders four satellites ...
Zenara Space AS, a Norwegian satellite operator, ..."): two companies were made, so their shared short name
("Zenara chief executive Ingrid Solheim") belonged to neither and became a third body (lexicon LEGAL_FORMS;
trade_names.legal_twin, read by entities.py). Two different companies stay apart. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _companies(got) -> list[str]:
    return [e.label for e in got.entities.values() if e.classes & {"Company", "Organization"}]


@pytest.mark.parametrize("text", [
    "Zenara Space orders four satellites. Zenara Space AS, a Norwegian satellite operator, has ordered four "
    "satellites. Zenara chief executive Ingrid Solheim said.",
    "Zenara Space orders four satellites. Zenara Space ASA has ordered four satellites.",
    "Selvik Networks orders satellites. Selvik Networks Oy, a Finnish operator, will run them.",
])
def test_a_company_with_and_without_its_legal_form_is_one(read, text):
    got = read(text)
    assert len(_companies(got)) == 1, _companies(got)


def test_its_short_name_is_then_the_company(read):
    got = read("Zenara Space orders four satellites. Zenara Space AS, a Norwegian satellite operator, has ordered "
               "four satellites. The contract was signed by Zenara chief executive Ingrid Solheim.")
    assert ("Ingrid Solheim", "headOf", "Zenara Space AS") in triples(got), triples(got)


def test_two_companies_stay_apart(read):
    got = read("Zenara Space AS signed with Zenara Orbital AS on 4 May.")
    assert len(_companies(got)) == 2, _companies(got)
