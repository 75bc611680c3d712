"""Plural nouns of people who stand for a body or a country ("Ministers from X met"): the meeting is theirs
(groups.worker_org, lexicon DELEGATE_NOUNS), on sentences written for the tests."""

from ..helpers import triples


def _facts(x) -> set[tuple[str, str, str]]:
    return {(s.split(" [")[0].split(" (")[0], p, o) for s, p, o in triples(x)}


def test_delegates_of_a_body_met_somewhere(read):
    x = read("Ministers in charge of space activities from the 14 Member States of the Vela Space Agency (VSA) met "
             "in Lisbon on 19 and 20 November and approved a budget.")
    assert {("meeting", "participant", "Vela Space Agency"), ("meeting", "locatedIn", "Lisbon")} <= _facts(x)


def test_delegates_of_countries_met(read):
    x = read("Ministers from Norway and Austria met in Vienna on 3 May.")
    assert {("meeting", "participant", "Norway"), ("meeting", "participant", "Austria")} <= _facts(x)


def test_delegates_standing_for_no_one_named_make_no_participant(read):
    x = read("The ministers met in Vienna on 3 May.")
    assert not any(p == "participant" for _, p, _ in _facts(x))
