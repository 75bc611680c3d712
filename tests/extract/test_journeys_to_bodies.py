"""A craft's way to a body: "has begun its journey to Jupiter", "embarked on a cruise to Mars", "started an extended
mission to the asteroid X" (lexicon JOURNEY_NOUNS): the craft, the noun's owner or the clause's subject, targets
the body; "the main spacecraft" after its capsule came home is the craft told of before. An agency's way is no
craft's. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, craft, body", [
    ("The Vela probe lifted off in May. The spacecraft has begun its seven-year journey to Jupiter.", "Vela",
     "Jupiter"),
    ("The Orla-2 orbiter embarked on a two-year cruise to Mars in June.", "Orla-2", "Mars"),
    ("The Hoshi-3 explorer has started an extended mission to the asteroid Apophis.", "Hoshi-3", "Apophis"),
    ("The Hoshi-3 explorer returned its capsule to Earth in December. The main spacecraft will then travel to "
     "the asteroid Apophis.", "Hoshi-3", "Apophis"),
])
def test_a_crafts_way_to_a_body(read, text, craft, body):
    assert (craft, "target", body) in triples(read(text))


def test_an_agencys_mission_is_no_crafts_way(read):
    found = triples(read("ESA has approved a mission to Venus."))
    assert not any(p == "target" and s == "ESA" for s, p, _ in found), sorted(found)
