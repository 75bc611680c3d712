"""A name a naming verb gives is the whole run of capitalized words, even one ending on a body the knowledge base
knows ("The lander, called Blue Moon, ...": coined.given_over_known), so the lander is no Moon; and a numeral with a
singular class noun after it names a member of a series ("for the Artemis V mission": series.numbered_end), while
"Artemis 2 crew members" stays a count. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from ..helpers import labels, triples

_DAY = dt.date(2026, 3, 14)


def test_called_a_name_that_ends_on_a_known_body(read):
    x = read("Nordavia Space will develop a crewed lander. The lander, called Red Mars, will carry two astronauts "
             "to the surface of Mars.", date=_DAY)
    got = triples(x)
    assert "Red Mars" in labels(x), labels(x)
    assert not any(s == "Mars" and p in ("providedBy", "partOf") for s, p, o in got), got


def test_numbered_member_before_a_class_noun(read):
    got = triples(read("Nordavia Space will develop a lander for the Artemis V mission.", date=_DAY))
    assert any(p == "partOf" and o == "Artemis V" for s, p, o in got), got
