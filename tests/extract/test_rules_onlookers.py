"""Who watches an occurrence told of takes part in it (rules/onlookers.py, WITNESS_VERBS): "Lena Orsi watched
the launch". Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, event, who", [
    ("The Kestrel probe lifted off from Kourou on 6 March 2025. Lena Orsi watched the launch.",
     "launch", {"Lena Orsi"}),
    ("The Vigil satellite lifted off from Kourou on 4 March 2025. Representatives of the Vela Space Agency and "
     "the Tarsis Agency watched the launch from the control room.", "launch", {"Vela Space Agency", "Tarsis Agency"}),
    ("The Orlan lander touched down on the Moon on 2 February 2025. Karel Novak witnessed the landing in Darmstadt.",
     "landing", {"Karel Novak"}),
])
def test_who_watches_the_event_takes_part(read, text, event, who):
    got = triples(read(text))
    took_part = {o for s, p, o in got if p == "participant" and s.startswith(event)}
    assert who <= took_part, sorted(got)


def test_watching_an_event_not_told_of_adds_nothing(read):
    got = triples(read("The Vela Space Agency signed an agreement with the Tarsis Agency on 3 May 2025. "
                       "Lena Orsi watched the launch of the Vigil satellite."))
    assert not [x for x in got if x[1] == "participant" and x[2] == "Lena Orsi" and x[0].startswith("signing")], \
        sorted(got)
