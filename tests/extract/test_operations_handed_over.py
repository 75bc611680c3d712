"""Handing over or taking over a craft's operations (lexicon VERB_IDIOMS, now read with the noun's lemma, which
is singular: "transfer operation of", "hand operation of") hands over or runs the craft; a designation whose
operations are spoken of is a craft (doing.py, lexicon OPERATIONS_NOUNS). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text", [
    "ESA transferred operations of Tessaro-A to EUMETSAT on 1 October 2026.",
    "ESA handed over operation of Kelva-3 to EUMETSAT in May.",
])
def test_operations_handed_over_deliver_the_craft(read, text):
    got = triples(read(text))
    assert any(p == "deliveredTo" and o == "EUMETSAT" for s, p, o in got), sorted(got)


def test_who_takes_over_a_crafts_operation_runs_it(read):
    got = triples(read("EUMETSAT took over the operation of Tessaro-A from ESA on 1 October 2026."))
    assert ("Tessaro-A", "operatedBy", "EUMETSAT") in got, sorted(got)


def test_operations_of_a_plain_name_make_no_craft(read):
    got = read("EUMETSAT took over the operations of Brask from ESA on 1 October 2026.")
    assert not any("Spacecraft" in e.classes for e in got.entities.values() if e.label == "Brask"), \
        [(e.label, e.classes) for e in got.entities.values()]
