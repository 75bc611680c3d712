"""Control of a craft changing hands, told done or dated, is a handover: an event in which the craft, the body
that takes control and the one that gives it take part ("Kelsat took over control of Orbis-3 from ESA on 3 May",
"control of Vela was handed over to DLR by X"); "The handover took place at ESOC" is the same event; control kept
or taken in the future with no date is none (lexicon HANDOVER_VERBS, rules/control.py). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _handovers(got) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for s, p, o in got:
        if s.startswith("handover") and p == "participant":
            out.setdefault(s, set()).add(o)
    return out


@pytest.mark.parametrize("text, parties", [
    ("Kelsat took over control of the Orbis-3 satellite from ESA on 3 May.", {"Orbis-3", "ESA"}),
    ("EUMETSAT assumed control of the Vela-2 satellite from the Norwegian Space Agency in June 2024.",
     {"Vela-2", "EUMETSAT", "Norwegian Space Agency"}),
    ("ESA transferred control of the Helion-25 satellite to DLR on 3 March.", {"Helion-25", "ESA", "DLR"}),
    ("Control of the Tessaro-A satellite was handed over to EUMETSAT by ESA.", {"Tessaro-A", "EUMETSAT", "ESA"}),
])
def test_control_changing_hands_is_a_handover(read, text, parties):
    got = triples(read(text))
    handovers = _handovers(got)
    assert len(handovers) == 1, sorted(got)
    assert parties <= next(iter(handovers.values())), sorted(got)


def test_the_handover_noun_takes_the_event_back(read):
    got = triples(read("EUMETSAT took over control of the Metop-SG-B1 satellite from ESA on 3 March. "
                       "The handover took place at ESOC in Darmstadt."))
    (handover,) = _handovers(got)
    assert (handover, "locatedIn", "ESOC") in got, sorted(got)


@pytest.mark.parametrize("text", [
    "DLR retains control of the Vela-2 satellite.",
    "EUMETSAT will take over control of the Orbis-3 satellite.",
    "Kelsat took over control of the market from its rivals in 2020.",
])
def test_control_kept_planned_or_of_no_craft_is_no_handover(read, text):
    got = triples(read(text))
    assert not _handovers(got), sorted(got)
