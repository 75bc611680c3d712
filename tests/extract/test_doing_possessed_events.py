"""An unknown name that owns a craft's event noun ("Kestrel's launch", "Zephyr's landing") is a craft, as "the
launch of Kestrel" makes it one (doing.role_class, lexicon SCHEDULED_EVENT_VERBS). Sentences written for it."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


@pytest.mark.parametrize("text, name", [
    ("Kestrel's launch is planned for 2029 from Kourou.", "Kestrel"),
    ("Zephyr's landing on the Moon is planned for 2028.", "Zephyr"),
])
def test_the_owner_of_a_craft_event_is_a_craft(read, text, name):
    got = read(text)
    assert "Spacecraft" in classes_of(got, name), sorted(triples(got))
    assert any(p == "participant" and o == name for _, p, o in triples(got)), sorted(triples(got))


def test_the_owner_of_a_visit_is_no_craft(read):
    got = read("Lind's visit to Tokyo took place on 3 May.")
    assert "Spacecraft" not in classes_of(got, "Lind")
