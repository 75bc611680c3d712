"""Who takes or assumes the presidency, chairmanship, directorship or leadership of a body heads it, as who takes its
helm does ("Ola Nordmann assumed the presidency of the Nordic Space Agency on 1 May": lexicon HELM_NOUNS,
rules/careers.py); praising a body's leadership says nothing of who leads it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, body", [
    ("Ola Nordmann assumed the presidency of the Nordic Space Agency on 1 May.", "Nordic Space Agency"),
    ("Ola Nordmann took over the chairmanship of the Kelmar Institute in June.", "Kelmar Institute"),
])
def test_who_assumes_a_bodys_presidency_heads_it(read, text, body):
    got = triples(read(text))
    assert ("Ola Nordmann", "headOf", body) in got, sorted(got)


def test_praising_a_bodys_leadership_heads_nothing(read):
    got = triples(read("Ola Nordmann praised the leadership of the Nordic Space Agency."))
    assert not any(p == "headOf" for _, p, _ in got), sorted(got)
