"""Two titled names joined by "and" that the parser reads as one noun phrase (session 24, titled_pairs.py): "signed
by the Orvik Space Agency's ... Director of Strategy A B and VSA Secretary C D", "opened by KSRI President A B and
DLR board member C D". Each person signs, takes part and holds the title written before the name. Sentences
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from ..helpers import classes_of, triples

_DAY = dt.date(2026, 3, 14)


def test_director_of_a_field_and_a_secretary_both_sign(read):
    got = triples(read("The memorandum was signed by CNES Director of Strategy Lionel Sarrat and ISRO Scientific "
                       "Secretary Ravi Menon.", date=_DAY))
    signers = {o for s, p, o in got if p == "signatory"}
    assert {"Lionel Sarrat", "Ravi Menon", "CNES", "ISRO"} <= signers, got
    assert ("Lionel Sarrat", "memberOf", "CNES") in got and ("Ravi Menon", "memberOf", "ISRO") in got, got


def test_a_member_for_a_field_holds_the_body_not_the_field(read):
    got = triples(read("The agreement was signed by DLR Executive Board Member for Space Research Walter Brenner and "
                       "CNES CEO Paul Martel.", date=_DAY))
    assert ("Walter Brenner", "memberOf", "DLR") in got, got
    assert {"Walter Brenner", "Paul Martel"} <= {o for s, p, o in got if p == "signatory"}, got


def test_a_name_the_tagger_reads_as_an_adjective(read):
    doc = read("The contract was signed in Toulouse by ESA Director of Earth Observation Programmes Simonetta Cheli "
               "and Airbus executive Alain Fauré.", date=_DAY)
    got = triples(doc)
    assert "Person" in classes_of(doc, "Simonetta Cheli"), got
    assert ("Simonetta Cheli", "memberOf", "ESA") in got and ("Alain Fauré", "memberOf", "Airbus") in got, got
    assert ("Alain Fauré", "memberOf", "ESA") not in got, got


def test_a_hyphened_name_before_and_takes_part(read):
    got = triples(read("The workshop was opened in Daejeon on 10 March by KARI President Lee Sang-chul and DLR "
                       "Executive Board member Anke Kaysser-Pyzalla.", date=_DAY))
    takers = {o for s, p, o in got if p == "participant"}
    assert {"Lee Sang-chul", "Anke Kaysser-Pyzalla"} <= takers, got


def test_a_company_name_with_and_is_no_pair(read):
    got = triples(read("The contract was signed by Airbus Defence and Space CEO Mike Lorenz.", date=_DAY))
    assert ("Mike Lorenz", "headOf", "Airbus Defence and Space") in got, got


@pytest.mark.parametrize("text, second, body", [
    ("The MoU was signed by MBRSC Director General Salem Al Marri and Khalifa University President Arif Sultan Al "
     "Hammadi at the university campus in Abu Dhabi.", "Arif Sultan Al Hammadi", "Khalifa University"),
    ("The agreement was signed by ESA Director General Jan Wik and Tarsis University Rector Ola Nordmann in Oslo.",
     "Ola Nordmann", "Tarsis University"),
])
def test_a_titled_name_cut_from_the_phrase_signs_too(read, text, second, body):
    # the parser made the second body the first name's conjunct and the second name the verb's object
    got = triples(read(text))
    assert any(p == "signatory" and o == second for _, p, o in got), got
    assert (second, "headOf", body) in got, got


@pytest.mark.parametrize("text, person, body", [
    ("Kelso Institute Director Eva Lind visited Rome.", "Eva Lind", "Kelso Institute"),
    ("Tarsis University Rector Ola Nordmann visited Rome.", "Ola Nordmann", "Tarsis University"),
])
def test_a_body_its_title_and_a_name_in_one_run_are_the_body_and_its_head(read, text, person, body):
    # the model sees no person in the run: read whole it was one body's name
    got = triples(read(text))
    assert (person, "headOf", body) in got, got


def test_a_field_with_and_in_it_and_a_second_titled_name_both_sign(read):
    # "Director of Human and Robotic Exploration A B": field words with "and" inside; the second titled name after
    # "and" the parser made a conjunct of the first title
    got = triples(read("The contract was signed by ESA Director of Human and Robotic Exploration Daniel Neuenschwander "
                       "and Thales Alenia Space CEO Giampiero Di Paolo in Turin on 12 March.", date=_DAY))
    signers = {o for s, p, o in got if p == "signatory"}
    assert {"Daniel Neuenschwander", "Giampiero Di Paolo"} <= signers, got
    assert ("Daniel Neuenschwander", "memberOf", "ESA") in got, got
