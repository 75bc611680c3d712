""""The satellites include Lumen-1 and Lumen-2": what a plural class noun lists is of its class
(predicated_names.predicated_class); "the agency's satellites, including A and B", "Its satellites include A and B":
each is run by the owner (rules/fleets.py, dep:owned-craft-list). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _classes(got, label: str) -> set[str]:
    return {c for e in got.entities.values() if e.label == label for c in e.classes}


@pytest.mark.parametrize("text, name, cls", [
    ("The satellites include Lumen-1 and Lumen-2.", "Lumen-2", "Satellite"),
    ("The instruments comprise Halo and Vexar.", "Vexar", "Instrument"),
])
def test_a_plural_class_noun_types_what_it_lists(read, text, name, cls):
    got = read(text)
    assert cls in _classes(got, name), [(e.label, e.classes) for e in got.entities.values()]


def test_a_singular_noun_that_includes_gives_no_class(read):
    got = read("The mission includes Lumen-1 and Lumen-2.")  # a mission's parts are no missions
    assert not _classes(got, "Lumen-1") & {"Mission"}, [(e.label, e.classes) for e in got.entities.values()]


@pytest.mark.parametrize("text", [
    "The Kelmar Space Agency runs several missions. Its Earth observation satellites include Lumen-1 and Lumen-2.",
    "The Kelmar Space Agency opened a centre. The centre will control the agency's Earth observation satellites, "
    "including Lumen-1 and Lumen-2.",
    "The Kelmar Space Agency's radar satellites, such as Lumen-1 and Lumen-2, observe the Arctic.",
])
def test_a_bodys_craft_listed_in_the_plural_are_run_by_it(read, text):
    facts = triples(read(text))
    assert {("Lumen-1", "operatedBy", "Kelmar Space Agency"), ("Lumen-2", "operatedBy", "Kelmar Space Agency")} \
        <= facts, facts


def test_a_countrys_craft_are_not_run_by_it(read):
    facts = triples(read("Norway's satellites, including Lumen-1, observe the Arctic."))
    assert not any(p == "operatedBy" for _s, p, _o in facts), facts
