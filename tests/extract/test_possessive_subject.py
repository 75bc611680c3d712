"""A subject's possessive "its" means, as a subject "it" does, the latest subject (salience._role): "Halcyon was
launched with the satellites Kelp-1 and Kelp-2. Its robotic arm was supplied by X" is Halcyon's arm, not the
last satellite's; "its" elsewhere in a clause keeps the latest craft. The satellites named after their class
noun are satellites even where the parser hangs them on nothing (head_nouns). Sentences written for these tests."""

from __future__ import annotations

from ..helpers import classes_of, triples

_TOLD = ("Halcyon was launched on 14 August 2026 from Kourou, together with the Kelp-1 and Kelp-2 satellites. "
         "Its robotic arm was supplied by the Canadian company Armatek.")


def test_a_subjects_its_means_the_latest_subject(read):
    got = triples(read(_TOLD))
    assert ("robotic arm of Halcyon [t]", "partOf", "Halcyon") in got, got
    assert not any(o in ("Kelp-1", "Kelp-2") for _, p, o in got if p == "partOf"), got


def test_names_after_a_plural_class_noun_take_its_class(read):
    ext = read("Halcyon was launched on 14 August 2026 from Kourou, together with the satellites Kelp-1 and Kelp-2.")
    assert classes_of(ext, "Kelp-1") == classes_of(ext, "Kelp-2") == {"Satellite"}, classes_of(ext, "Kelp-2")


def test_an_objects_its_keeps_the_latest_craft(read):
    got = triples(read("The Halcyon servicer docked with the Aster-2 satellite on 2 November 2026. The team "
                       "then inspected its camera."))
    assert ("camera of Aster-2 [t]", "partOf", "Aster-2") in got, got
