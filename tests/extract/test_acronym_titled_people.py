"""A person after an acronym the text defines and a title ("VSA Director General Ana Ruiz") is a person,
and heads or belongs to the body the acronym stands for (titled_people.after_acronym_titles)."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


def _seen(got):
    return [(e.label, sorted(e.classes)) for e in got.entities.values()]


@pytest.mark.parametrize("text, person, prop, body", [
    ("The Valdorian Space Agency (VSA) signed the accord. VSA Director General Ana Ruiz welcomed the decision.",
     "Ana Ruiz", "headOf", "Valdorian Space Agency"),
    ('The Valdorian Space Agency (VSA) signed the accord. "This is a great day," said VSA Director General '
     "Ana Ruiz.", "Ana Ruiz", "headOf", "Valdorian Space Agency"),
    ("The Karelian Space Agency (KSA) and the Nordic Rocket Society (NRS) met. NRS Chair Ulla Berg opened "
     "the meeting.", "Ulla Berg", "headOf", "Nordic Rocket Society"),
    ("The Orbivex Space Agency (OSA) signed the deal. OSA Deputy Director Lena Varga and OSA Chief Scientist "
     "Mira Holt attended.", "Mira Holt", "memberOf", "Orbivex Space Agency"),
])
def test_person_after_defined_acronym_and_title(read, text, person, prop, body):
    got = read(text)
    assert classes_of(got, person) == {"Person"}, _seen(got)
    assert (person, prop, body) in triples(got), triples(got)


def test_acronym_before_a_title_alone_names_no_person(read):
    got = read("The Valdorian Space Agency (VSA) opened the VSA Director General Office in Marlow.")
    assert not any("Person" in e.classes for e in got.entities.values()), _seen(got)
