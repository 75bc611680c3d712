"""A place the model saw that does what only a state does is a country (lexicon STATE_SUBJECTS,
doing.state_class); "the city of X", "the kingdom of X" name a place of the noun's class (lexicon
PLACE_OF_NOUNS, head_nouns.place_of, Tree.place_named); a place that hosts a gathering is where it was held;
a signing whose named subject is no party signs for no one else in view. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


def said(got, subject: str, prop: str, obj: str) -> bool:
    """The triple is read, an unnamed subject by its label's start ("workshop [t]")."""
    return any(s.split(" [")[0].split(" (")[0] == subject and p == prop and o == obj for s, p, o in triples(got))


@pytest.mark.parametrize("text, name", [
    ("Ostrevia signed the Artemis Accords on 12 March.", "Ostrevia"),
    ("Last year Marlundia became the 61st nation to sign the accords.", "Marlundia"),
    ("Ostrevia joined EUMETSAT in 2021 and ratified its convention.", "Ostrevia"),
    ("In 2024 Ostrevia became a full member of ESA.", "Ostrevia"),
])
def test_a_place_that_signs_or_joins_is_a_country(read, text, name):
    got = read(text)
    assert "Country" in classes_of(got, name), classes_of(got, name)


@pytest.mark.parametrize("text, name", [
    ("The conference was held in Ostrevia in May.", "Ostrevia"),
    ("Engineers travelled to Marlundia for the tests.", "Marlundia"),
])
def test_a_place_that_does_nothing_of_a_state_stays_a_place(read, text, name):
    got = read(text)
    assert "Country" not in classes_of(got, name), classes_of(got, name)


@pytest.mark.parametrize("text, triple", [
    ("Ostrevia joined ESA as an associate member in 2016.", ("Ostrevia", "memberOf", "ESA")),
    ("Ostrevia joined EUMETSAT last year.", ("Ostrevia", "memberOf", "EUMETSAT")),
    ("The kingdom of Marlundia signed the Artemis Accords in 2025.", ("Artemis Accords", "signatory", "Marlundia")),
])
def test_what_a_country_does(read, text, triple):
    assert triple in triples(read(text)), triples(read(text))


@pytest.mark.parametrize("text, name, cls", [
    ("The meeting took place in the city of Harnvik.", "Harnvik", "City"),
    ("Delegates gathered in the town of Selvåg on 4 June.", "Selvåg", "City"),
    ("The antenna stands near the village of Brennvik.", "Brennvik", "City"),
    ("The island of Valmora hosts a tracking station.", "Valmora", "Place"),
    ("The grand duchy of Ostrevia will fund the mission.", "Ostrevia", "Country"),
])
def test_a_place_noun_names_the_place_after_of(read, text, name, cls):
    assert cls in classes_of(read(text), name), classes_of(read(text), name)


def test_the_capital_of_a_place_is_not_that_place(read):
    assert "City" not in classes_of(read("The office is in the capital of Ostrevia."), "Ostrevia")


@pytest.mark.parametrize("text, triple", [
    ("The city of Harnvik hosted the Lunar Resources Forum in June.",
     ("Lunar Resources Forum", "locatedIn", "Harnvik")),
    ("Spain will host the next ministerial conference in 2027.", ("next ministerial conference", "locatedIn", "Spain")),
    ("Bremen hosted a workshop on space weather last week.", ("workshop", "locatedIn", "Bremen")),
])
def test_a_place_that_hosts_a_gathering_is_where_it_was(read, text, triple):
    assert said(read(text), *triple), triples(read(text))


def test_a_body_that_hosts_a_gathering_is_no_place_of_it(read):
    got = read("DLR hosted a workshop on space weather in Cologne.")
    assert not said(got, "workshop", "locatedIn", "DLR") and said(got, "workshop", "locatedIn", "Cologne"), triples(got)


def test_a_named_subject_that_is_no_party_signs_for_no_one_in_view(read):
    got = triples(read("NASA and JAXA signed an agreement on Monday. The city of Harnvik signed a memorandum "
                       "with the university in 2023."))
    assert not any(p == "signatory" and s == "memorandum" for s, p, o in got), got


@pytest.mark.parametrize("text, name", [
    ("The Ostrava Space Office is Marlundia's national space agency.", "Marlundia"),
    ("The government of Marlundia approved the budget on Tuesday.", "Marlundia"),
    ("Lena Kask, Marlundia's Minister of Economy, attended the signing.", "Marlundia"),
])
def test_the_owner_of_what_only_a_state_has_is_a_country(read, text, name):
    assert "Country" in classes_of(read(text), name), classes_of(read(text), name)


def test_the_owner_of_what_a_company_has_too_is_no_country(read):
    assert "Country" not in classes_of(read("Orbix's president visited ESA."), "Orbix")


@pytest.mark.parametrize("text", [
    "A memorandum of understanding between the Ostrava Space Office and CNES was signed on 3 May in Paris.",
    "A letter of intent between ASI and CNES was signed in Rome.",
])
def test_the_parties_of_a_deal_between_them_sign_it(read, text):
    got = triples(read(text))
    assert sum(1 for _, p, o in got if p == "signatory" and o in ("CNES", "ASI", "Ostrava Space Office")) == 2, got


@pytest.mark.parametrize("text, place", [
    ("The Brennvik-based company Solvane will build the antenna.", "Brennvik"),
    ("The Velden-headquartered firm Kuutek won the contract.", "Velden"),
])
def test_a_name_a_body_is_based_in_is_a_place(read, text, place):
    assert "Place" in classes_of(read(text), place), classes_of(read(text), place)


def test_a_name_a_tool_is_based_on_is_no_place(read):
    assert "Place" not in classes_of(read("Solvane-based tools are popular."), "Solvane")
