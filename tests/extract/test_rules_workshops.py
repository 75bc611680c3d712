"""A hosted workshop's topic and place (dep:about on conferences; the host clause's site's town)."""

from __future__ import annotations

import datetime as dt

from ..helpers import triples


def test_rules_workshops_topic_and_town_of_a_hosted_workshop(read):
    t = triples(read("On 17 and 18 September, ASI hosted a workshop on space debris mitigation at its "
                     "headquarters in Rome.", date=dt.date(2025, 9, 20)))
    assert any(s.startswith("workshop") and p == "locatedIn" and o == "Rome" for s, p, o in t), t
    assert any(s.startswith("workshop") and p == "topic" and "mitigation" in o for s, p, o in t), t


def test_rules_workshops_a_workshop_on_a_named_craft_is_about_it(read):
    t = triples(read("CNES hosted a workshop on the Tarsier orbiter in Toulouse on 3 May 2025.",
                     date=dt.date(2025, 5, 6)))
    assert not any(p == "topic" and o == "Toulouse" for s, p, o in t), t
