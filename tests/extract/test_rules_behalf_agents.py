"""Passive signings on sentences written for them: every "by" agent signs, and a name that signs "on behalf
of" a body is a person (frames: a second "by" the parser hangs on the first's "on behalf" phrase; doing:
the behalf phrase types a passive agent as it types an active subject)."""

from __future__ import annotations

from ..helpers import classes_of, triples


def test_behalf_second_agent_signs_too(read):
    got = triples(read("The agreement was signed by Josef Aschbacher on behalf of ESA and by Teodoro Valente "
                       "on behalf of ASI."))
    signers = {o for s, p, o in got if p == "signatory"}
    assert {"Josef Aschbacher", "Teodoro Valente"} <= signers, got


def test_behalf_passive_agent_is_a_person(read):
    got = read("The memorandum was signed by Halvor Dahl on behalf of the Norwegian Space Agency.")
    assert "Person" in classes_of(got, "Halvor Dahl")
    assert not any(p == "partnerOf" and "Halvor Dahl" in (s, o) for s, p, o in triples(got))


def test_behalf_an_agency_signing_stays_an_agency(read):
    got = read("The memorandum was signed by the Norwegian Space Agency and by ESA.")
    assert "Person" not in classes_of(got, "Norwegian Space Agency")
