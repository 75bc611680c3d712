"""A returning verb's pronoun object is the samples its sentence told of ("will collect samples from X and return
them to Earth in 2027": rules/sample_returns.samples_taken_back), and a designation that collects samples or
arrives somewhere is a craft (lexicon roles.toml DESIGNATED_DOING). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from ..helpers import classes_of, triples

_DAY = dt.date(2026, 3, 14)


def test_return_them(read):
    x = read("Kelvo-4 will collect samples from the asteroid Vanth and return them to Earth in 2029.", date=_DAY)
    got = triples(x)
    assert any(s == "Kelvo-4" and p == "returned" for s, p, o in got), got
    returns = [e for e in x.entities.values() if "SampleReturn" in e.classes]
    assert returns and any(d.value == "2029" for d in x.dates if d.subject == returns[0].key), x.dates


def test_a_designation_that_arrives_is_a_craft(read):
    x = read("Kelvo-4 arrived at Mars on 3 May.", date=_DAY)
    assert {"Spacecraft", "Satellite", "Probe"} & set(classes_of(x, "Kelvo-4")), classes_of(x, "Kelvo-4")
