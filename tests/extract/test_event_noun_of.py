"""A name an event noun is said of ("the touchdown of Hikari-3", "the landing of Kelva-2") is what the noun's verb
says of its subject: a craft (doing._event_noun_class, lexicon SCHEDULED_EVENT_VERBS); a designation ends a name
("Hikari-3 | on Orvo"); and the body of "on the asteroid Orvo" is where the craft landed (dep:landing-noun-site).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


@pytest.mark.parametrize("text, craft, body", [
    ("The touchdown of Hikari-3 on the asteroid Orvo took place in 2023.", "Hikari-3", "Orvo"),
    ("The touchdown of Hikari-3 on Mars took place in 2023.", "Hikari-3", "Mars"),
    ("The landing of Kelva-2 on the Moon is planned for 2027.", "Kelva-2", "Moon"),
])
def test_the_craft_of_a_landing_noun_lands(read, text, craft, body):
    got = read(text)
    assert "Spacecraft" in classes_of(got, craft), classes_of(got, craft)
    assert (craft, "landedOn", body) in triples(got), triples(got)
    assert any(p == "participant" and o == craft for _, p, o in triples(got)), triples(got)
