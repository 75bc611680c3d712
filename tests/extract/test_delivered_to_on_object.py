""""X will deliver the first satellite to Y in 2028": the parser may hang "to Y" on the thing delivered; it is
the delivery's receiver all the same (frame:deliver reads a "to" on the object). A "to" on another phrase
of the sentence (not the object) gives no receiver. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text", [
    "Halden Systems will deliver the first satellite to the Nordvik Space Agency in 2028.",
    "Halden Systems will deliver the first laser terminal to the Nordvik Space Agency in June 2028.",
])
def test_to_on_the_delivered_thing_is_the_receiver(read, text):
    got = triples(read(text))
    assert any(p == "deliveredTo" and o == "Nordvik Space Agency" for s, p, o in got), sorted(got)


def test_a_terminal_is_an_instrument_its_maker_provides(read):
    got = triples(read("The satellite carries an optical terminal built by Morrow Optics."))
    assert any(s.startswith("optical terminal") and p == "providedBy" and o == "Morrow Optics" for s, p, o in got), \
        sorted(got)


def test_no_receiver_without_to(read):
    got = triples(read("Halden Systems will deliver the first satellite for the Nordvik Space Agency in 2028."))
    assert not any(p == "deliveredTo" for s, p, o in got), sorted(got)
