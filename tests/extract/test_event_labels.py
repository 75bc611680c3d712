"""An event a phrasal verb tells of is labelled by the verb and its particle ("step down", "hand over"), not by
the verb alone ("step"), which says something else (referents.described). Sentences written for these tests."""

from __future__ import annotations

from ..helpers import labels


def test_a_phrasal_verbs_event_keeps_its_particle(read):
    got = read("Tomas Brandt stepped down as president of the Vela Space Agency on Friday.")
    assert any(label.startswith("step down") for label in labels(got)), labels(got)
    assert not any(label.split(" [")[0] == "step" for label in labels(got)), labels(got)
