""""A trajectory correction manoeuvre on 3 January 2027 refined its approach to Venus", "a 20-minute burn on 3 May
raised the orbit of Veyra", "a flyby of Venus on 3 June slowed the probe": a manoeuvre (lexicon MANOEUVRE_NOUNS;
"burn" an occurrence noun) told as the subject of a clause is made by the craft the clause acts on, which takes part
in it, dated as the noun is (rules/firings.py dep:manoeuvre-acts-on). A clause that acts on no craft gives no event.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples

_START = "ESA's Veyra probe is on its way to Venus. "


def _dated(x):
    return {(e.label, d.value) for e in x.entities.values() if "Event" in e.classes
            for d in x.dates if d.subject == e.key}


@pytest.mark.parametrize("text, date", [
    ("A trajectory correction manoeuvre on 3 January 2027 refined its approach to Venus.", "2027-01-03"),
    ("A 20-minute burn on 3 May 2027 raised the orbit of Veyra.", "2027-05-03"),
    ("The manoeuvre, performed on 3 January 2027, refined the probe's approach.", "2027-01-03"),
    ("On 3 January 2027, a short manoeuvre put Veyra on course for Venus.", "2027-01-03"),
    ("A flyby of Venus on 3 June 2026 slowed the probe.", "2026-06-03"),
])
def test_a_manoeuvre_is_made_by_the_craft_its_clause_acts_on(read, text, date):
    x = read(_START + text)
    events = [label for label, value in _dated(x) if value == date]
    assert events, _dated(x)
    assert (events[0], "participant", "Veyra") in triples(x), triples(x)


def test_a_manoeuvre_acting_on_no_craft_gives_no_event(read):
    x = read(_START + "The burn changed the plans of ESA.")
    assert not any("burn" in label for label, _ in _dated(x)), _dated(x)
    assert not any(p == "participant" for _, p, _ in triples(x)), triples(x)
