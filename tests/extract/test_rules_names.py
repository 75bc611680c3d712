"""Name shapes and context typing (extract/names.py) on sentences written for them, with invented names."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, labels, triples


def _named(result, label):
    return [e for e in result.entities.values() if e.label == label or label in e.aliases]


@pytest.mark.parametrize("text, name, cls", [
    ("The Zephyr 4 mission will study the clouds of Venus.", "Zephyr 4", "Mission"),
    ("Engineers tested the Vela 2 satellite in Toulouse last week.", "Vela 2", "Satellite"),
])
def test_names_number_after_a_name_is_its_designation(read, text, name, cls):
    result = read(text)
    assert name in labels(result), labels(result)
    assert cls in classes_of(result, name)


def test_names_number_before_a_plain_noun_stays_out(read):
    result = read("The Nova Institute hired 12 engineers for the Vela satellite.")
    assert not any(lab.startswith("Nova Institute 12") for lab in labels(result)), labels(result)


@pytest.mark.parametrize("text", [
    "The agency will deploy the Vela-3C and -3D satellites, which replace Vela-3A and -3B.",
    "Two Vela-3C and -3D satellites will follow Vela-3A, -3B in orbit.",
])
def test_names_elided_series_members_take_the_series_class(read, text):
    result = read(text)
    assert _named(result, "Vela-3D") and "Satellite" in _named(result, "Vela-3D")[0].classes, labels(result)
    assert "Satellite" in classes_of(result, "Vela-3A"), labels(result)


def test_names_series_member_typed_by_the_series_name(read):
    result = read("The Zephyr-SG satellites are built in Italy. Zephyr-SG-A will carry a radar.")
    assert "Satellite" in classes_of(result, "Zephyr-SG-A"), labels(result)


@pytest.mark.parametrize("text", [
    "The probe landed on Titan at 10:13 UTC on Friday.",
    "The capsule was recovered at 4:08 p.m. (JST) near the Vela base.",
    "Contact with the orbiter came at 09:40 GMT.",
])
def test_names_time_zones_are_no_entities(read, text):
    assert not {"UTC", "JST", "GMT"} & labels(read(text)), labels(read(text))


@pytest.mark.parametrize("text, term", [
    ("The Vela orbiter completed its lunar orbit insertion (LOI) on Monday.", "LOI"),
    ("The Zephyr satellite flies in low Earth orbit (LEO) at 500 km.", "LEO"),
])
def test_names_acronyms_of_common_words_are_terms(read, text, term):
    assert term not in labels(read(text)), labels(read(text))


def test_names_acronym_of_a_proper_name_stays(read):
    result = read("The Zephyr Lunar Observatory (ZLO) will be built by the Vela Space Agency.")
    assert _named(result, "ZLO"), labels(result)


@pytest.mark.parametrize("text, name, cls", [
    ("The station includes a robotic arm called Zephyrarm3.", "Zephyrarm3", "Instrument"),
    ("The agency also built a small rover named Quillo for the mission.", "Quillo", "Rover"),
    ("Vela will carry a camera dubbed Orrin to the Moon.", "Orrin", "Instrument"),
])
def test_names_naming_verb_gives_the_named_noun_class(read, text, name, cls):
    result = read(text)
    assert name in labels(result), labels(result)
    assert any(cls == c or cls in c for c in classes_of(result, name)), classes_of(result, name)


def test_names_apposition_after_an_unknown_name_types_it(read):
    result = read("Quillo, a lunar lander, will be launched in 2026.")
    assert "Lander" in classes_of(result, "Quillo"), labels(result)


@pytest.mark.parametrize("text, org", [
    ("Eoin Marrow, who is Director of Met Varra, was elected Vice-Chairman.", "Met Varra"),
    ("Anna Quill is President of Zephyr Orbital and a member of the board.", "Zephyr Orbital"),
])
def test_names_title_of_an_unknown_name_makes_an_organization(read, text, org):
    result = read(text)
    assert org in labels(result), labels(result)


def test_names_title_of_a_list_is_not_an_organization(read):
    result = read("It will be co-chaired by the heads of the two International Departments.")
    assert "International Departments" not in labels(result), labels(result)


def test_names_title_word_before_an_organization_noun_stays_in_the_name(read):
    result = read("Rashid Vela is Chairman of The Executive Council of Zephyria, the agency said.")
    assert "Executive Council of Zephyria" in labels(result), labels(result)


def test_names_title_of_a_field_is_a_post_not_an_organization(read):
    result = read("Prof. Anna Quill (Director of Science, ESA) signed the agreement.")
    assert "Science" not in labels(result), labels(result)


@pytest.mark.parametrize("text, word", [
    ("The Vela telescope will map how the Universe is structured on large scales.", "Universe"),
    ("In 2019 she became an Advisor to the Prime Minister of Zephyria.", "Advisor"),
    ("At the Quillo group he was Scientific Director for ten years.", "Scientific"),
])
def test_names_lone_capitalized_word_is_no_organization(read, text, word):
    assert word not in labels(read(text)), labels(read(text))


@pytest.mark.parametrize("text, name", [
    ("The contract was signed with ZKRA, which builds the Vela satellite.", "ZKRA"),
    ("The Quillo company will build the Vela-2 satellite.", "Quillo"),
])
def test_names_acronyms_and_typed_single_words_stay(read, text, name):
    assert name in labels(read(text)), labels(read(text))


@pytest.mark.parametrize("text, name", [
    ("The launch was announced by the Ministry of Science and ICT (MSIT) of Zephyria.", "Ministry of Science and ICT"),
    ("The contract was signed by the Ministry of Economy and Finance (MEF) of Zephyria.",
     "Ministry of Economy and Finance"),
])
def test_names_coordinated_department_names_stay_whole(read, text, name):
    result = read(text)
    assert name in labels(result), labels(result)
    assert not {"ICT", "Science", "Finance"} & labels(result), labels(result)


def test_names_lower_case_words_name_nothing(read):
    result = read("The Vela orbiter completed the third and final lunar orbit insertion maneuver on Monday.")
    assert not any(lab[:1].islower() and "[" not in lab for lab in labels(result)), labels(result)


@pytest.mark.parametrize("text, name, other", [
    ("The data was announced by KARI, the Korea Aerospace Research Agency, which is led by President Lee Sang-Yul.",
     "KARI", "Korea Aerospace Research Agency"),
    ("The deal was signed by ZKRA, the Zephyr Space Research Agency, in June.",
     "Zephyr Space Research Agency", "ZKRA"),
])
def test_names_organization_apposed_to_an_organization_is_the_same_body(read, text, name, other):
    result = read(text)
    same = _named(result, name)
    assert same and _named(result, other) == same, [(e.label, e.aliases) for e in result.entities.values()]


def test_names_organizations_in_a_list_stay_apart(read):
    result = read("The deal was signed by NASA, the Vela Space Agency and the Zephyr Institute.")
    assert {"NASA", "Vela Space Agency", "Zephyr Institute"} <= labels(result), labels(result)


@pytest.mark.parametrize("text, name, cls", [
    ("Four instruments will be on board: a Zephyr Ray Monitor (ZRM) and a Visible Camera (VC).",
     "Zephyr Ray Monitor", "Instrument"),
    ("Touchdown is planned on the plain of Vela Planitia, north of the equator.", "Vela Planitia", "Place"),
])
def test_names_name_ending_with_a_class_noun_is_no_person(read, text, name, cls):
    result = read(text)
    assert cls in classes_of(result, name) and "Person" not in classes_of(result, name), labels(result)


def test_names_people_stay_people(read):
    result = read("Anna Quill and John Baker signed the agreement for the Vela Institute.")
    assert "Person" in classes_of(result, "John Baker") and "Person" in classes_of(result, "Anna Quill")


@pytest.mark.parametrize("text, name, cls", [
    ("The payload module went to Zephyr Orbital SAS of Toulouse.", "Zephyr Orbital SAS", "Company"),
    ("The camera was built by Vela Optics GmbH for the mission.", "Vela Optics GmbH", "Company"),
    ("Officials of the Zephyrian Consulate in Chennai took part.", "Zephyrian Consulate", "Facility"),
])
def test_names_company_suffixes_and_consulates_type_a_name(read, text, name, cls):
    result = read(text)
    assert cls in classes_of(result, name), labels(result)


@pytest.mark.parametrize("text, agency, craft", [
    ("As part of the NASA Zephyr mission, the probe will land on Mars.", "NASA", "Zephyr"),
    ("The JAXA Vela satellite reached orbit on Monday.", "JAXA", "Vela"),
    ("Engineers tested the ESA Aurora lander in Noordwijk.", "ESA", "Aurora"),
])
def test_names_agency_in_front_of_a_craft_stays_the_agency(read, text, agency, craft):
    """The head noun ("mission") types the craft's name, never the known agency before it."""
    result = read(text)
    assert classes_of(result, agency) & {"SpaceAgency"} and not classes_of(result, agency) & {
        "Mission", "Spacecraft", "Satellite", "Lander"}, [(e.label, e.classes) for e in result.entities.values()]
    assert (craft, "operatedBy", agency) in triples(result)


@pytest.mark.parametrize("text, kept, dropped", [
    ("These investments follow the Space Strategy for Canada.", "Canada", "Space Strategy for"),
    ("The CTO of Vela Corp, Anna Quill, spoke.", "Vela Corp", "CTO of Vela Corp"),
])
def test_names_no_name_ends_on_a_function_word_or_starts_with_a_title(read, text, kept, dropped):
    result = read(text)
    assert kept in labels(result) and dropped not in labels(result), labels(result)


@pytest.mark.parametrize("text", [
    "The Vela Space Agency and the Zephyr Space Agency signed two Memorandums of Understanding in Paris.",
    "The Vela Space Agency and the Zephyr Space Agency signed several Memoranda of Understanding.",
    "The Vela Space Agency and the Zephyr Space Agency signed a Memorandum of Understanding.",
])
def test_names_kinds_of_documents_name_no_place_or_person(read, text):
    """The words of a document's kind are an agreement described, not a place ("Understanding") or a person."""
    result = read(text)
    typed = {e.label: e.classes for e in result.entities.values()}
    assert not any(c & {"Place", "Person"} for lbl, c in typed.items() if "Understanding" in lbl
                   or "Memorand" in lbl), typed
    agreements = [e for e in result.entities.values() if "Agreement" in e.classes]
    assert agreements and any(r.subject == agreements[0].key and r.predicate == "signatory"
                              for r in result.relations), typed


@pytest.mark.parametrize("text, names, cls", [
    ("Users receive services from the Vela, Zephyr and Aurora satellite series.", ["Vela", "Zephyr", "Aurora"],
     "Satellite"),
    ("The Zephyr constellation of satellites will grow.", ["Zephyr"], "Satellite"),
    ("The Vela family of launchers is ready.", ["Vela"], "LaunchVehicle"),
])
def test_names_a_collective_noun_types_by_what_it_collects(read, text, names, cls):
    result = read(text)
    for name in names:
        assert cls in classes_of(result, name), [(e.label, e.classes) for e in result.entities.values()]


@pytest.mark.parametrize("text, name", [
    ("She lectured at the École Polytechnique for ten years.", "École Polytechnique"),
    ("He studied at the Zephyr Hochschule in Bremen.", "Zephyr Hochschule"),
])
def test_names_schools_in_other_languages_are_research_institutes(read, text, name):
    assert "ResearchInstitute" in classes_of(read(text), name)


@pytest.mark.parametrize("text, name, cls", [
    ("The capsule came down in South Australia's outback.", "South Australia", "Place"),
    ("He held posts at Vela’s Zephyr Research Center.", "Vela", "Organization"),
    ("The signal was detected by the Aurora radio telescope in Chile.", "Aurora", "Facility"),
    ("The Zephyr Space Network tracked the probe.", "Zephyr Space Network", "Facility"),
    ("The board reviewed the Vela Airlock for the station.", "Vela Airlock", "Spacecraft"),
])
def test_names_typed_by_region_owner_and_ground_facilities(read, text, name, cls):
    result = read(text)
    assert cls in classes_of(result, name), [(e.label, e.classes) for e in result.entities.values()]


def test_names_a_country_alone_stays_the_country(read):
    assert "Country" in classes_of(read("The capsule came down in Australia's outback."), "Australia")


@pytest.mark.parametrize("text, org, person", [
    ("Vela Space chief executive Tom Berg welcomed the decision.", "Vela Space", "Tom Berg"),
    ("Tom Berg, the head of Vela Space, welcomed the decision.", "Vela Space", "Tom Berg"),
])
def test_names_what_a_title_is_of_is_an_organization(read, text, org, person):
    """A name the model took for a person's, which a title says someone heads, is an organization."""
    result = read(text)
    assert "Person" not in classes_of(result, org), classes_of(result, org)
    assert (person, "headOf", org) in triples(result), triples(result)


def test_names_a_person_named_after_a_title_stays_a_person(read):
    result = read("President Joe Biden met Tom Berg. The speech of John Smith was long.")
    assert {"Person"} == classes_of(result, "Joe Biden") == classes_of(result, "John Smith")


@pytest.mark.parametrize("text", [
    "The contract was signed by ZKRA, the Zephyr Space Research Agency, in June.",
    "The memorandum was signed by Orbix, the Vela engineering company, on 3 May.",
])
def test_names_a_description_after_the_agent_is_the_agents_not_the_agreements(read, text):
    """The parser hangs the description on the passive's subject; it describes the agent before its comma
    (conjunct_appositions.far_appositions)."""
    result = read(text)
    deals = [e for e in result.entities.values() if "Agreement" in e.classes]
    assert deals and all(not e.named for e in deals), [(e.label, e.classes) for e in result.entities.values()]
