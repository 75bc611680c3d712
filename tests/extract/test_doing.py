"""Unknown names typed by what their clause has them do (extract/doing.py), on sentences written for it."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, labels, triples


@pytest.mark.parametrize("text, name, cls", [
    ("Kestrel lifted off at 10:02 local time aboard a Falcon 9.", "Kestrel", "Spacecraft"),
    ("Sentra docked with the station on Friday.", "Sentra", "Spacecraft"),
    ("Orbex launched the Tarsier satellite on 3 May from Sutherland.", "Orbex", "Organization"),
    ("Tarsier was launched on 3 May from Sutherland.", "Tarsier", "Spacecraft"),
    ("The agency selected Corvid as its next Earth Explorer mission.", "Corvid", "Mission"),
    ("Vexel was chosen as prime contractor for the mission.", "Vexel", "Company"),
])
def test_doing_an_unknown_name_is_typed_by_its_role(read, text, name, cls):
    got = read(text)
    assert cls in classes_of(got, name), [(e.label, e.classes) for e in got.entities.values()]


def test_doing_a_signer_on_behalf_of_a_body_is_a_person_of_it(read):
    got = read("Halvorsen signed the agreement on behalf of the Norwegian Space Agency.")
    assert classes_of(got, "Halvorsen") == {"Person"}
    assert ("Halvorsen", "memberOf", "Norwegian Space Agency") in triples(got), triples(got)


@pytest.mark.parametrize("text, name", [
    ("Okafor flew to Paris on Monday.", "Okafor"),  # a person flies too: "fly" gives no type
    ("Nimbus-7 measured ozone for fourteen years.", "Nimbus-7"),  # measuring is not in the tables
])
def test_doing_a_role_that_says_nothing_keeps_the_name_out(read, text, name):
    assert name not in labels(read(text))


def test_doing_the_role_tables_name_classes_of_the_ontology():
    from presskg.extract import lexicon as doing
    from presskg.vocab import Class

    tables = (doing.INTRANSITIVE_SUBJECTS, doing.TRANSITIVE_SUBJECTS, doing.PASSIVE_SUBJECTS)
    assert all(isinstance(c, Class) for t in tables for c in t.values())
    assert doing.INTRANSITIVE_SUBJECTS["lift off"] is Class.Spacecraft
