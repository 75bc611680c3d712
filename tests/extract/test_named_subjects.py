"""Parse repairs before the rules (extract/named_subjects.py): a name right after its class noun that the parser
took for an adverb is the clause's subject ("The Italian company Argotec built X"); a lowercase word the tagger
took for a proper noun is a common noun ("the star tracker"); and the last word of a two-word instrument head is
a thing a text may describe ("the star trackers"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


def provided(got, thing: str, who: str) -> bool:
    return any(s.split(" [")[0] == thing and p == "providedBy" and o == who for s, p, o in triples(got))


@pytest.mark.parametrize("text, name, thing", [
    ("The Italian company Argotec built the satellite for ESA.", "Argotec", "satellite"),
    ("The Finnish company Kuutek built the camera.", "Kuutek", "camera"),
])
def test_a_named_subject_the_parser_took_for_an_adverb(read, text, name, thing):
    got = read(text)
    assert "Company" in classes_of(got, name), classes_of(got, name)
    assert provided(got, thing, name), triples(got)


@pytest.mark.parametrize("text, thing, who", [
    ("ESA will provide the star tracker.", "star tracker", "ESA"),
    ("The Danish firm Terma will provide the star trackers.", "star trackers", "Terma"),
    ("CNES is responsible for the development of the star tracker.", "star tracker", "CNES"),
])
def test_a_star_tracker_is_an_instrument_told_of(read, text, thing, who):
    got = read(text)
    assert provided(got, thing, who), triples(got)


def test_a_name_after_its_noun_read_right_stays(read):
    got = read("The company Kuutek, based in Espoo, built the camera.")
    assert provided(got, "camera", "Kuutek"), triples(got)


def test_a_definite_noun_with_a_clause_set_off_by_a_comma_is_the_one_told_of(read):
    got = read("ASI and CNES signed an agreement on the Lyra mission in Rome on 4 May. Under the agreement, which "
               "was signed in Rome, CNES will provide the camera.")
    agreements = [e for e in got.entities.values() if "Agreement" in e.classes]
    assert len(agreements) == 1, [e.label for e in agreements]
