"""What a contract is for, when the parser hangs the infinitive on the verb that gives it (session 23,
rules/purposes._verb_purpose): "NASA has awarded a contract to Orvik Aerospace to build the Lyra probe". Sentences
written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, craft", [
    ("NASA has awarded a $25 million contract to Orvik Aerospace of Boulder, Colorado, to build the Lyra probe.",
     "Lyra"),
    ("ESA awarded a contract to Halden Space to develop the Tarn-2 satellite.", "Tarn-2"),
])
def test_the_infinitive_on_the_giving_verb_is_the_contracts_purpose(read, text, craft):
    got = triples(read(text))
    assert any(p == "topic" and o == craft and "contract" in s for s, p, o in got), got


def test_an_infinitive_on_another_object_gives_no_topic(read):
    got = triples(read("NASA asked Orvik Aerospace to build the Lyra probe."))
    assert not any(p == "topic" for s, p, o in got), got
