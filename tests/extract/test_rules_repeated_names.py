"""A name said again bare ("The Vela satellite lifted off. Vela carries ...") and a participle inside a
list ("the X spectrometer, developed by A, and a camera provided by B"), on sentences written for the test."""

from __future__ import annotations

from ..helpers import triples


def test_repeated_bare_name_is_the_thing_named_before(read):
    facts = {(s, str(p), o) for s, p, o in triples(read("The Vela satellite lifted off on 19 June. Vela carries the "
                                                         "Lyra spectrometer and a camera."))}
    assert ("Lyra", "partOf", "Vela") in facts, facts


def test_bare_capitalized_word_never_named_is_still_dropped(read):
    """"Background" was never the name of anything: it makes no entity."""
    result = read("The Vela satellite lifted off on 19 June. Background: the satellite carries a camera.")
    assert "Background" not in {e.label for e in result.entities.values()}


def test_participle_in_a_list_tells_of_its_own_noun(read):
    text = ("The Vela satellite carries the Lyra spectrometer, developed by the Zephyr Institute, and a camera "
            "provided by the Italian Space Agency.")
    facts = {(s, str(p), o) for s, p, o in triples(read(text))}
    assert ("Lyra", "providedBy", "Zephyr Institute") in facts, facts
    assert not any(s.startswith("camera") and p == "providedBy" and o == "Zephyr Institute" for s, p, o in facts), facts
    assert any(s.startswith("camera") and p == "providedBy" and o == "ASI" for s, p, o in facts), facts


def test_travel_aboard_makes_a_part(read):
    facts = {(s, str(p), o) for s, p, o in triples(read("The Zephyr rover is ready. It will travel to Mars aboard the "
                                                         "Kestrel spacecraft."))}
    assert ("Zephyr", "partOf", "Kestrel") in facts, facts


def test_the_rover_prefers_a_rover_to_a_spacecraft(read):
    """"the rover's drill": the rover told of before, not the spacecraft named after it."""
    text = ("The Zephyr rover is ready. It will travel to Mars aboard the Kestrel spacecraft. The Italian Space "
            "Agency supplied the rover's drill.")
    facts = {(s, str(p), o) for s, p, o in triples(read(text))}
    assert any(s.startswith("drill") and p == "partOf" and o == "Zephyr" for s, p, o in facts), facts
    assert not any(s.startswith("drill") and p == "partOf" and o == "Kestrel" for s, p, o in facts), facts
