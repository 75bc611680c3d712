"""A thing handed over, told by a noun (lexicon HANDOVER_NOUNS: handover, delivery, transfer), is delivered to the
agent of the noun's "to" phrase: "The handover of Tessaro-A to EUMETSAT took place on 1 October 2026"
(rules/handovers.py), and a designation so handed over is a craft. A transfer of something else (funds, staff)
delivers no craft. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text", [
    "The handover of Tessaro-A to EUMETSAT took place on 1 October 2026.",
    "Tessaro-A's handover to EUMETSAT is planned for October.",
    "The handover of the Tessaro-A satellite from ESA to EUMETSAT took place on 1 October 2026.",
])
def test_the_thing_handed_over_is_delivered(read, text):
    got = triples(read(text))
    assert any(s.startswith("Tessaro-A") and p == "deliveredTo" and o == "EUMETSAT" for s, p, o in got), sorted(got)


def test_a_transfer_of_funds_delivers_nothing(read):
    got = triples(read("The transfer of funds from ESA to EUMETSAT took place on 1 October 2026."))
    assert not any(p == "deliveredTo" for s, p, o in got), sorted(got)
