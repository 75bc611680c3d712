"""The other party of a deal whose amount stands between the deal noun and its "with" phrase."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, party", [
    ("The Norwegian Space Agency has signed a contract worth 120 million euros with Nordic Spacecraft AB.",
     "Nordic Spacecraft AB"),
    ("Vexel Optics GmbH signed a contract valued at 30 million euros with the German Aerospace Center.", "DLR"),
])
def test_rules_contract_amounts_with_after_the_amount_signs(read, text, party):
    t = triples(read(text))
    assert any(p == "signatory" and o == party for s, p, o in t), t


def test_rules_contract_amounts_with_inside_the_subject_does_not_sign(read):
    """Only the deal's own phrase: "with" elsewhere in the sentence names no party."""
    t = triples(read("Working with Nordic Spacecraft AB, the Norwegian Space Agency signed a contract worth "
                     "20 million euros for the satellite."))
    assert not any(p == "signatory" and o == "Nordic Spacecraft AB" for s, p, o in t), t
