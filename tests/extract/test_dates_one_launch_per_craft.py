"""A craft is launched once: a later launch whose craft are all among an earlier launch's is that launch, when
their dates may be one ("KSA launched the Orla orbiter in 2019. Since its launch, the orbiter has ..."), so
the one launch keeps its date and no undated twin is left (coreference._same_craft_launches). Two dates apart,
or other craft, stay two launches. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

JUNE = dt.date(2024, 6, 12)


def _launches(got) -> list[tuple[frozenset[str], frozenset[str]]]:
    """(craft, dates) of each launch."""
    out = []
    for key, e in got.entities.items():
        if "Launch" not in e.classes:
            continue
        crafts = frozenset(got.entities[r.object].label for r in got.relations
                           if r.subject == key and r.predicate == "participant")
        out.append((crafts, frozenset(d.value for d in got.dates if d.subject == key)))
    return out


@pytest.mark.parametrize("text, craft, value", [
    ("KSA launched the Orla orbiter in 2019. Since its launch, the Orla orbiter has mapped the Moon.", "Orla",
     "2019"),
    ("The Orla orbiter, which KSA launched in 2019, mapped the Moon. Since its launch, Orla has sent 9,000 images.",
     "Orla", "2019"),
    ("Arianespace launched the Vela satellite on 3 May 2024 from Kourou. After its launch, Vela unfolded its "
     "solar arrays.", "Vela", "2024-05-03"),
])
def test_one_launch_per_craft(read, text, craft, value):
    got = read(text, date=JUNE)
    mine = [x for x in _launches(got) if craft in x[0]]
    assert mine == [(frozenset({craft}), frozenset({value}))], _launches(got)


@pytest.mark.parametrize("text", [
    "Vela-3 was launched in 2020. Vela-4 is scheduled for launch in 2027.",
    "The Orla orbiter was launched in 2019 on a Vega rocket. Orla-2 was launched in 2021 on a Vega rocket.",
])
def test_launches_of_other_craft_stay_apart(read, text):
    got = read(text, date=JUNE)
    assert len([x for x in _launches(got) if x[0]]) == 2, _launches(got)
