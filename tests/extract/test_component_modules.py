""""The mirror modules", "a detector unit": a noun of an assembly (lexicon ASSEMBLY_NOUNS, "module" among them)
takes the class of the class noun before it ("a camera module" is an instrument); one made of a component of
lexicon COMPONENT_NOUNS is no thing of the ontology, and no craft a later "the spacecraft" could take back.
A module of a craft's own ("the service module") stays a craft. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


def test_component_modules_are_no_craft(read):
    got = read("The Aurora telescope will be launched in 2031. Helvetia Optics will manufacture the mirror modules "
               "under a contract with ESA. Airbus Defence and Space is the prime contractor for the spacecraft.")
    assert not any(e.label.startswith("mirror modules") for e in got.entities.values()), triples(got)
    assert ("Aurora", "providedBy", "Airbus Defence and Space") in triples(got), triples(got)


@pytest.mark.parametrize("text, label, cls", [
    ("The camera module was built by Orbitek.", "camera module", "Instrument"),
    ("The service module was built by Airbus.", "service module", "Spacecraft"),
])
def test_other_modules_keep_their_class(read, text, label, cls):
    got = read(text)
    assert any(cls == c for e in got.entities.values() if e.label.startswith(label) for c in e.classes), \
        {e.label: e.classes for e in got.entities.values()}
