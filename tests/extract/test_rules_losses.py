"""Losses and anomalies as events, on sentences written for them: a dated "lost contact with X" (the craft in a
"with" phrase on the object, frame:dated-action) and the nouns of a mishap ("the failure of X", "the loss of
X", OCCURRENCE_NOUNS: data) are events the craft took part in, dated by their clause."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _takers(extraction, craft: str) -> list[tuple[str, str]]:
    """(event label, date) of every event ``craft`` took part in."""
    ents = extraction.entities
    dates = {d.subject: d.value for d in extraction.dates}
    return [(ents[r.subject].label, dates.get(r.subject, "")) for r in extraction.relations
            if r.predicate == "participant" and ents[r.object].label == craft]


@pytest.mark.parametrize("text, craft, date", [
    ("Controllers at the Tavira Control Centre lost contact with the Kestrel orbiter on 3 May 2020.", "Kestrel",
     "2020-05-03"),
    ("The Boreal Space Agency restored contact with the Sisu lander on 9 June 2020.", "Sisu", "2020-06-09"),
    ("The Boreal Space Agency established a link with the Lyra probe on 4 July 2020.", "Lyra", "2020-07-04"),
    ("The failure of the Lyra probe was announced on 2 June 2020.", "Lyra", "2020-06-02"),
    ("The malfunction of the Tundra rover occurred on 8 April 2020.", "Tundra", "2020-04-08"),
    ("The loss of the Kestrel orbiter was confirmed on 5 May 2020.", "Kestrel", "2020-05-05"),
])
def test_a_dated_loss_or_mishap_of_a_craft_is_an_event(read, text, craft, date):
    got = _takers(read(text), craft)
    assert any(d == date for _, d in got), got


def test_the_agency_that_lost_contact_takes_part_too(read):
    ex = read("The Boreal Space Agency lost contact with the Kestrel orbiter on 3 May 2020.")
    events = [{e for e, _ in _takers(ex, who)} for who in ("Kestrel", "Boreal Space Agency")]
    assert events[0] & events[1], events


@pytest.mark.parametrize("text", [
    "The Boreal Space Agency lost contact with the Kestrel orbiter.",  # no date: no event told of
    "The loss of revenue in 2024 hurt Orbitec.",  # no craft
    "The team of Orbitec worked with the Boreal Space Agency on 3 May.",  # no craft
])
def test_no_loss_event_without_a_date_or_a_craft(read, text):
    facts = triples(read(text))
    assert not any(p == "participant" for _, p, _ in facts), facts
