"""A definite noun of a carried craft ("the capsule") takes back a named craft told of with that noun past field
words ("the Zephyr sample-return capsule"), as it does one told of with the noun right after its name
(referents.carried_antecedent); "divers from X" act for X (lexicon ``WORKER_NOUNS``). On sentences written for this
test."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, craft", [
    ("The Zephyr sample-return capsule landed in Woomera on 6 December 2026. A team from the Orvik Space Agency "
     "retrieved the capsule the next day.", "Zephyr"),
    ("The Kestrel crew capsule splashed down on 3 May 2026. Divers from the Orvik Space Agency recovered the "
     "capsule an hour later.", "Kestrel"),
])
def test_the_capsule_is_the_named_capsule(read, text, craft):
    got = triples(read(text))
    recoveries = {s for s, p, o in got if p == "participant" and o == "Orvik Space Agency"}
    assert any((r, "participant", craft) in got for r in recoveries), got
    assert not any(o.startswith("capsule") for _, _, o in got), got


def test_a_determiner_the_parser_hung_on_a_compound_is_out_of_the_label(read):
    got = {e.label for e in read("The Kestrel crew return capsule splashed down on 3 May 2026.").entities.values()}
    assert not any(x.startswith("The ") for x in got), got
