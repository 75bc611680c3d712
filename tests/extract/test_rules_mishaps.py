"""frame:suffered-mishap on sentences written for it: "X suffered an anomaly" (UNDERGO_VERBS, MISHAP_NOUNS:
data) is an event X took part in, dated by its clause; other objects and passives are none."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, taker, event", [
    ("The Kestrel spacecraft suffered an anomaly shortly after a planned engine burn.", "Kestrel", "anomaly"),
    ("The Lyra probe experienced a malfunction on 3 May 2020.", "Lyra", "malfunction"),
    ("The Tundra rover sustained a fault in its left wheel.", "Tundra", "fault"),
    ("The Vela Space Agency suffered a power outage at its control centre.", "Vela Space Agency", "power outage"),
])
def test_a_mishap_suffered_is_an_event_of_the_sufferer(read, text, taker, event):
    facts = triples(read(text))
    assert any(s.startswith(event) and p == "participant" and o == taker for s, p, o in facts), facts


def test_the_mishap_takes_its_clauses_date(read):
    ex = read("The Lyra probe experienced a malfunction on 3 May 2020.")
    ents = ex.entities
    assert any(ents[d.subject].label.startswith("malfunction") and d.value == "2020-05-03" for d in ex.dates), \
        triples(ex)


@pytest.mark.parametrize("text", [
    "The Kestrel mission suffered delays.",  # no mishap noun
    "The Lyra probe will undergo tests before launch.",
    "An anomaly was suffered by nobody.",  # no taker
])
def test_no_mishap_event_without_a_mishap_noun_or_taker(read, text):
    facts = triples(read(text))
    assert not any(p == "participant" and s.startswith(("anomaly", "delay", "test")) for s, p, o in facts), facts
