""""The campaign, called ArcticIce, will start in April": a class noun and the name a naming participle gives it are
one thing (Context.named_child), not a described campaign beside a named one; and a date the parser hangs on the
naming participle ("will launch a new mission called Tessaly in 2029") dates the deed the named noun takes part in,
not a "calling" (events._named_by). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import labels, triples


@pytest.mark.parametrize("text, name", [
    ("The campaign, called ArcticIce, will start in April with flights over the Barents Sea.", "ArcticIce"),
    ("The new campaign, named SaltRun, will begin in June.", "SaltRun"),
])
def test_a_called_noun_is_its_name(read, text, name):
    got = read(text)
    assert [e.label for e in got.entities.values() if "Campaign" in e.classes] == [name], labels(got)


@pytest.mark.parametrize("text, name, year", [
    ("ESA will launch a new mission called Tessaly in 2029.", "Tessaly", "2029"),
    ("The Velorian agency will launch a small satellite named Corvane in 2028.", "Corvane", "2028"),
])
def test_a_date_on_a_naming_participle_dates_the_deed(read, text, name, year):
    got = read(text)
    facts = triples(got)
    launches = [s for s, p, o in facts if p == "participant" and o == name]
    assert launches and all(s.startswith("launch") for s in launches), facts
    assert not any(s.startswith("call") or s.startswith("name") for s, _, _ in facts), facts
    assert any(d.value == year for d in got.dates), got.dates
