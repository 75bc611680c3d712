"""A day names no topic (gatherings.topic_list), on sentences written for these tests: "an agreement on 3 March
in Lima on the Kestra probe" is about the probe, not about Lima."""

import datetime as dt

from ..helpers import triples


def test_rules_topic_days_a_day_and_its_place_are_no_topic(read):
    t = triples(read("KARI and ESA signed an agreement on 3 March in Lima on the Kestra probe.",
                     date=dt.date(2025, 3, 5)))
    agreement = {s for s, p, o in t if p == "topic"}
    assert agreement and all((s, "topic", "Lima") not in t for s in agreement)
    assert any(o == "Kestra" for _, p, o in t if p == "topic")


def test_rules_topic_days_a_topic_after_on_still_counts(read):
    t = triples(read("KARI and ESA signed an agreement on the Pika probe in Lima on 3 March.",
                     date=dt.date(2025, 3, 5)))
    assert any(o == "Pika" for _, p, o in t if p == "topic")
    assert not any(o == "Lima" for _, p, o in t if p == "topic")
