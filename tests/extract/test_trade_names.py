"""Companies told by their names, their lists and what they receive (extract/trade_names.py, doing.py
``RECIPIENTS``): an unknown company is a company, not a person, a place, or nothing."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, labels


@pytest.mark.parametrize("text, name", [
    ("Korrin Aerospace will build the platform of the Tavi satellite.", "Korrin Aerospace"),
    ("The antenna was supplied by Ostmark Systems.", "Ostmark Systems"),
    ("Pellan Technologies and the Marlow Space Agency signed the agreement.", "Pellan Technologies"),
    ("Engineers from Yarrow Robotics tested the arm.", "Yarrow Robotics"),
    ("Korrin Space Systems will build the lander.", "Korrin Space Systems"),
    ("Halvard Space will launch the cubesat from Andøya.", "Halvard Space"),
])
def test_trade_names_a_trade_name_word_makes_a_company(read, text, name):
    got = read(text)
    assert classes_of(got, name) == {"Company"}, [(e.label, e.classes) for e in got.entities.values()]


@pytest.mark.parametrize("text, name, cls", [
    ("The Department of Space approved the mission.", "Department of Space", "GovernmentBody"),
    ("The Vela Space Agency approved the mission.", "Vela Space Agency", "SpaceAgency"),
])
def test_trade_names_space_in_a_body_name_is_no_company(read, text, name, cls):
    got = read(text)
    assert classes_of(got, name) == {cls}, [(e.label, e.classes) for e in got.entities.values()]


def test_trade_names_a_craft_noun_before_the_trade_word_is_no_company(read):
    got = read("The Vela Navigation Satellite Systems will serve farmers across the region.")
    assert not any("Company" in e.classes for e in got.entities.values()), [(e.label, e.classes) for e in
                                                                           got.entities.values()]


def test_trade_names_a_trade_word_alone_or_in_lower_case_names_nothing(read):
    got = read("The new optics and the flight systems were delivered in May.")
    assert not any("Company" in e.classes for e in got.entities.values()), got.entities


@pytest.mark.parametrize("text, names", [
    ("Orders went to Airbus, Quantel and Fennick.", ["Quantel", "Fennick"]),
    ("The study teams include OHB, Ravensby and Thales Alenia Space.", ["Ravensby"]),
])
def test_trade_names_an_unknown_name_listed_with_companies_is_one(read, text, names):
    got = read(text)
    for name in names:
        assert classes_of(got, name) == {"Company"}, [(e.label, e.classes) for e in got.entities.values()]


def test_trade_names_a_title_coordinated_with_a_body_is_not_listed(read):
    got = read("Ravi Menon, who is Chairman of ISRO and Secretary of the Department of Space, spoke.")
    assert "Secretary" not in labels(got), labels(got)


@pytest.mark.parametrize("text, name", [
    ("The agency awarded 3.1 million euros to Brakvik for engine tests.", "Brakvik"),
    ("The agency awarded 4.2 million pounds to Fennick for launch studies.", "Fennick"),  # the model: a place
    ("The Marlow Space Agency awarded Tindra a contract for the lander.", "Tindra"),
    ("Contracts went to Ulvane and Corsaro.", "Ulvane"),
    ("Brakvik won a contract from the Marlow Space Agency.", "Brakvik"),
    ("Tindra has secured an order from ESA for two antennas.", "Tindra"),
])
def test_trade_names_who_receives_or_wins_a_contract_is_a_company(read, text, name):
    got = read(text)
    assert classes_of(got, name) == {"Company"}, [(e.label, e.classes) for e in got.entities.values()]


def test_trade_names_a_person_travelling_to_a_place_is_no_recipient(read):
    got = read("The minister went to Kiruna in March.")
    assert "Company" not in classes_of(got, "Kiruna"), [(e.label, e.classes) for e in got.entities.values()]


@pytest.mark.parametrize("text, company, country", [
    ("Nordvik Systems of Norway will deliver the antennas.", "Nordvik Systems", "Norway"),
    ("The radar was built by Halden GmbH of Germany.", "Halden GmbH", "Germany"),
])
def test_trade_names_a_company_of_a_country_keeps_its_own_name(read, text, company, country):
    got = read(text)
    assert company in labels(got) and country in labels(got), labels(got)
    assert classes_of(got, company) == {"Company"}


def test_trade_names_a_body_of_a_country_keeps_the_country_in_its_name(read):
    assert "Embassy of Italy" in labels(read("The envoys met at the Embassy of Italy in Tokyo."))


@pytest.mark.parametrize("text, name", [
    ("Harwick Space, a subsidiary of Marden Group, will supply the star trackers.", "Harwick Space"),
    ("Tolan Vance, a start-up based in Leeds, will build the cubesat.", "Tolan Vance"),
])
def test_trade_names_a_company_apposition_beats_the_models_person(read, text, name):
    got = read(text)
    assert classes_of(got, name) == {"Company"}, [(e.label, e.classes) for e in got.entities.values()]


def test_trade_names_a_person_apposed_with_a_title_stays_a_person(read):
    got = read("Tolan Vance, a director of Marden Group, will speak.")
    assert "Company" not in classes_of(got, "Tolan Vance"), [(e.label, e.classes) for e in got.entities.values()]


def test_trade_names_who_receives_an_amount_is_an_organization(read):
    got = read("Brakvik received 4.2 million pounds from the UK Space Agency.")
    assert classes_of(got, "Brakvik") == {"Organization"}, [(e.label, e.classes) for e in got.entities.values()]


def test_trade_names_a_list_the_model_ran_together_is_split(read):
    got = read("Funding went to Brakvik, Kestrel Dynamics and Ostmark Systems.")
    assert {"Brakvik", "Kestrel Dynamics", "Ostmark Systems"} <= labels(got), labels(got)
    assert "Organization" in classes_of(got, "Brakvik") or "Company" in classes_of(got, "Brakvik")


def test_trade_names_a_portfolio_list_after_of_stays_one_name(read):
    got = read("Ana Ruiz, the Vice Minister of Energy, Mines and Transport, attended the signing.")
    assert "Mines and Transport" not in labels(got), labels(got)


@pytest.mark.parametrize("text, full, short", [
    ("Korrin Aerospace will build the lander. The lander will be tested at Korrin's plant in Bremen.",
     "Korrin Aerospace", "Korrin"),
    ("Halden GmbH signed the contract. Halden will deliver the radar in May.", "Halden GmbH", "Halden"),
])
def test_trade_names_a_company_named_again_without_its_trade_word_is_one(read, text, full, short):
    got = read(text)
    ents = [e for e in got.entities.values() if e.label == full]
    assert ents and any(m.text == short for m in ents[0].mentions), [(e.label, e.mentions) for e in
                                                                     got.entities.values()]
    assert short not in labels(got)


def test_trade_names_two_companies_of_one_stem_leave_it_apart(read):
    got = read("Korrin Aerospace and Korrin Systems signed the contract. Korrin will build the lander.")
    assert not any(m.text == "Korrin" for e in got.entities.values() if e.label in ("Korrin Aerospace",
                                                                                   "Korrin Systems")
                   for m in e.mentions)


def test_trade_names_a_date_the_model_calls_an_event_names_nothing(read):
    got = read("The Marlow Space Agency awarded a contract to Korrin Aerospace for the Tavi satellite on "
               "9 September 2025.")
    assert not any("September" in e.label for e in got.entities.values()), labels(got)
