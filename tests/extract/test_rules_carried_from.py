"""A part a craft carries "from" a body is that body's: "will carry a camera from DLR" (payloads._from_whom).
Sentences written for these tests."""

from __future__ import annotations

from ..helpers import triples


def _providers(result) -> set[tuple[str, str]]:
    """(class of the provided thing, provider) pairs: unnamed instruments have made-up labels."""
    ents = result.entities
    return {(sorted(ents[r.subject].classes)[0], ents[r.object].label) for r in result.relations
            if r.predicate == "providedBy"}


def test_each_part_from_its_body(read):
    got = read("The Zephyr probe will carry a camera from DLR and a spectrometer from CNES.")
    by = {}
    for r in got.relations:
        if r.predicate == "providedBy":
            by.setdefault(r.subject, set()).add(got.entities[r.object].label)
    assert sorted(by.values(), key=sorted) == [{"CNES"}, {"DLR"}], triples(got)


def test_a_part_from_a_university(read):
    got = read("The Zephyr probe will carry a camera from the University of Luxembourg.")
    assert ("Instrument", "University of Luxembourg") in _providers(got), triples(got)


def test_from_a_place_or_a_time_is_no_provider(read):
    got = read("The Zephyr probe has carried a camera from Kourou to orbit since its launch in 2023.")
    assert not _providers(got), triples(got)
