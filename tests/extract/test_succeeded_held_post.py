"""The one succeeded held the post the release gives the successor (rules/departures.py,
infer:succeeded-held-post; session 36), and a post's "as" phrase the parser hangs on the "from" phrase's noun is
the clause's ("takes over from Z as Chair of X": post_takers.post_phrases). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, old, prop, body", [
    ("The ESA Council appointed Ingrid Vasseur as ESA's Director of Exploration, effective 1 June. Vasseur "
     "previously led the propulsion department at CNES. She succeeds Daniel Lindqvist, who is retiring.",
     "Daniel Lindqvist", "memberOf", "ESA"),
    ("Kari Holm takes over from Anders Lind as Chair of the ESA Council.", "Anders Lind", "headOf", "ESA Council"),
    ("Kari Holm has been named Director General of the Norwegian Space Agency. She replaces Anders Lind.",
     "Anders Lind", "headOf", "Norwegian Space Agency"),
])
def test_the_one_succeeded_held_the_post(read, text, old, prop, body):
    assert (old, prop, body) in triples(read(text))


def test_a_later_earlier_post_is_not_passed_on(read):
    got = triples(read("The ESA Council appointed Ingrid Vasseur as ESA's Director of Exploration. Vasseur "
                       "previously led the propulsion department at CNES. She succeeds Daniel Lindqvist."))
    assert not any(s == "Daniel Lindqvist" and o in ("CNES", "propulsion department") for s, _, o in got), got


def test_one_succeeded_with_a_post_of_its_own_keeps_it(read):
    got = triples(read("Anders Lind, a member of the Vela Space Agency's board, retired. Kari Holm, the new Director "
                       "General of the Norwegian Space Agency, succeeds Anders Lind."))
    assert ("Anders Lind", "headOf", "Norwegian Space Agency") not in got, got
