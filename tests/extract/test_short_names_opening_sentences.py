"""A name's first word used again alone where the tagger reads it as a common noun (extract/short_names.py),
on sentences written for the tests."""

from ..helpers import labels, triples


def test_short_name_opening_a_sentence_is_the_name_told_before(read):
    x = read("Stellion Imaging won the contract in March. Stellion will deliver the camera in 2027.")
    assert ("camera", "providedBy", "Stellion Imaging") in {(s.split(" [")[0], p, o) for s, p, o in triples(x)}
    assert not any(label == "Stellion" for label in labels(x))


def test_short_name_in_a_list_opening_a_sentence(read):
    x = read("Kalvora Robotics signed the deal on Monday. Kalvora and Orvane Propulsion will build the arm.")
    assert {("arm", "providedBy", "Kalvora Robotics"), ("arm", "providedBy", "Orvane Propulsion")} <= {
        (s.split(" [")[0], p, o) for s, p, o in triples(x)}


def test_short_name_of_a_word_written_in_lower_case_is_no_name(read):
    x = read("Harbour Dynamics won the contract. Harbour fees rose this year, and the harbour was busy.")
    assert labels(x) & {"Harbour", "Harbour fees"} == set()
