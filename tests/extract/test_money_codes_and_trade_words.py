"""Amounts written with a currency's code are no names (extract/money.py); trade-name words make companies
(lexicon COMPANY_NAME_WORDS), on sentences written for the tests."""

import pytest

from ..helpers import classes_of, labels, triples


@pytest.mark.parametrize("sentence, code", [
    ("The Vela Space Agency awarded EUR 4.5 million to Kalvora Robotics to build a rover arm.", "EUR"),
    ("The agency awarded AUD 4.5 million to Kalvora Robotics.", "AUD"),
    ("The grant of 3 million CHF went to Kalvora Robotics.", "CHF"),
    ("Kalvora Robotics won a contract worth INR 120 crore.", "INR"),
])
def test_money_code_beside_an_amount_is_no_name(read, sentence, code):
    x = read(sentence)
    assert not any(code in label for label in labels(x))
    assert "Kalvora Robotics" in labels(x)


def test_money_code_an_amount_does_not_provide_what_is_built(read):
    x = read("Stellion Imaging received AUD 1.5 million to develop a camera. The camera will fly on Wattlebird-2.")
    assert not any(o == "AUD" for _, _, o in triples(x))


def test_money_acronym_beside_no_amount_stays_a_name(read):
    x = read("The Vela Space Agency awarded 4.5 million euros to VRX, which will build the arm.")
    assert "VRX" in labels(x)


@pytest.mark.parametrize("sentence, name", [
    ("Stellion Imaging said the camera was ready.", "Stellion Imaging"),
    ("Tessaro Analytics will process the images from the satellite.", "Tessaro Analytics"),
    ("Orvane Propulsion tested the engine in May.", "Orvane Propulsion"),
    ("Kestrix Geospatial sells the maps to farmers.", "Kestrix Geospatial"),
])
def test_trade_word_makes_a_company(read, sentence, name):
    assert classes_of(read(sentence), name) == {"Company"}


def test_trade_word_after_a_body_noun_is_no_company(read):
    x = read("The Institute of Space Propulsion tested the engine in May.")
    assert "Company" not in classes_of(x, "Institute of Space Propulsion")


@pytest.mark.parametrize("text, name", [
    ("Atlantis Rockets developed the Vireo launcher.", "Atlantis Rockets"),
    ("Kestrel Labs said it would build the camera.", "Kestrel Labs"),
    ("Skyward Launchers signed a contract with the agency.", "Skyward Launchers"),
])
def test_more_trade_words_make_companies(read, text, name):
    ext = read(text)
    assert "Company" in classes_of(ext, name), sorted((e.label, sorted(e.classes)) for e in ext.entities.values())
