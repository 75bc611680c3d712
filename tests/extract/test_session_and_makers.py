"""Written for these tests: a definite event noun with a clause set off by a comma takes back the event just told
of ("Delegations attended the session, which ran from 16 to 25 June": coreference._bare_definite), and an
unknown name the model took for a place, who develops or builds a thing, is a body (entities.retype_by_predicates)."""

from __future__ import annotations

from ..helpers import classes_of, labels, triples


def test_the_session_set_off_by_a_comma_is_the_session_told_of(read):
    got = read("The 69th session of COPUOS opened in Vienna. Delegations attended the session, which ran from 16 "
               "to 25 June.")
    sessions = [e for e in got.entities.values() if "Meeting" in e.classes]
    assert len(sessions) == 1, labels(got)
    assert any(d.subject == sessions[0].key and d.value.endswith("-06-16") for d in got.dates), got.dates
    assert (sessions[0].label, "participant", "COPUOS") in triples(got), triples(got)


def test_a_place_guessed_by_the_model_that_develops_a_thing_is_a_body(read):
    got = read("The radar sounder was developed by Tessera.")
    assert classes_of(got, "Tessera") == {"Organization"}, classes_of(got, "Tessera")
    assert any(p == "providedBy" and o == "Tessera" for _, p, o in triples(got))


def test_a_place_where_a_thing_is_built_stays_a_place(read):
    assert classes_of(read("The satellite was built in Tessera."), "Tessera") == {"Place"}


def test_a_place_hung_on_the_date_of_an_events_course_places_it(read):
    # (Tree.date_preps: "in Vienna" hung on "June")
    found = triples(read("The Vela Conference took place from 16 to 25 June in Vienna."))
    assert ("Vela Conference", "locatedIn", "Vienna") in found, found
