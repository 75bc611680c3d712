"""The operator noun set beside an agent names what it runs: "Andvik Space, the operator of the Brenna Spaceport,
signed the agreement", "EUMETSAT is the operator of the Calyx-3 satellite" (rule dep:operator-noun, lexicon
OPERATOR_NOUNS). A launcher's operator gives no operatedBy (the property does not take launchers). Sentences
written for these tests (the names are invented)."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, thing, owner", [
    ("Andvik Space, the operator of the Brenna Spaceport, signed the agreement.", "Brenna Spaceport", "Andvik Space"),
    ("Andvik Space is the operator of the Brenna Spaceport.", "Brenna Spaceport", "Andvik Space"),
    ("EUMETSAT is the operator of the Calyx-3 satellite.", "Calyx-3", "EUMETSAT"),
])
def test_the_operator_noun_names_what_its_agent_runs(read, text, thing, owner):
    got = triples(read(text))
    assert (thing, "operatedBy", owner) in got, got


def test_a_launchers_operator_gives_no_operated_by(read):
    got = triples(read("Halvik Launch Systems, the operator of the Zephra-1 rocket, signed the agreement."))
    assert not any(p == "operatedBy" for _, p, _ in got), got
