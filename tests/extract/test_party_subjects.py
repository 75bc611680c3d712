"""frame:meet with those at a gathering told of by their noun alone ("the visitors", "the delegation"; lexicon
``ATTENDEE_NOUNS``, ``DELEGATION_NOUNS``): whom they met takes part in the visit just told of, or in a meeting
of its own. On sentences written for this test."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, host", [
    ("A delegation of the Orvik Space Agency toured the Vela Test Centre in Torvik on 4 May 2026. The visitors met "
     "Director Ana Ruiz and discussed joint missions.", "Ana Ruiz"),
    ("Officials of the Orvik Space Agency visited the Kessler Institute on 4 May 2026. The delegation also met "
     "Professor Lena Varga.", "Lena Varga"),
])
def test_the_visitors_meet_at_the_visit_told_of(read, text, host):
    got = triples(read(text))
    visits = {s for s, p, o in got if p == "participant" and o == "Orvik Space Agency"}
    assert visits and any((v, "participant", host) in got for v in visits), got


@pytest.mark.parametrize("text, person, place", [
    ("The delegation met Marta Kell in Vienna on 3 May 2026.", "Marta Kell", "Vienna"),
    ("On 3 May 2026 the visitors met Professor Ivo Sarr in Oslo.", "Ivo Sarr", "Oslo"),
])
def test_the_visitors_meet_on_their_own(read, text, person, place):
    got = triples(read(text))
    meetings = {s for s, p, o in got if p == "participant" and o == person}
    assert any((m, "locatedIn", place) in got for m in meetings), got
