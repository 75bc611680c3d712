"""Posts from appointments, head verbs and relative titles; a country from "of <Country>"."""

import datetime as dt

import pytest

from ..helpers import triples


def test_rules_posts_appointed_as_its_title_heads_the_appointer(read):
    x = read("The Brazilian Space Agency has appointed Dr. Maria Souza as its next Director General.")
    t = triples(x)
    assert any(s == "Maria Souza" and p == "headOf" for s, p, o in t)
    appointment = next(e for e in x.entities.values() if e.label.startswith("appointment"))
    assert (appointment.label, "participant", "Maria Souza") in t


def test_rules_posts_passive_appointment_by_a_council_with_date(read):
    x = read("Paulo Reis was appointed President of the Italian Space Agency by the Council of Ministers "
             "on Wednesday 3 March 2022.", date=dt.date(2022, 3, 4))
    t = triples(x)
    assert ("Paulo Reis", "headOf", "ASI") in t or ("Paulo Reis", "headOf", "Italian Space Agency") in t
    appointment = next(e for e in x.entities.values() if e.label.startswith("appointment"))
    assert (appointment.label, "participant", "Council of Ministers") in t  # the date is not in the name
    assert any(d.subject == appointment.key and d.value == "2022-03-03" for d in x.dates)


def test_rules_posts_elected_its_vice_chair_is_a_member(read):
    x = read("Rana Haddad was elected Chair of the EUMETSAT Council, and Ian Holt was elected its Vice-Chair.")
    t = triples(x)
    assert ("Rana Haddad", "headOf", "EUMETSAT Council") in t
    assert ("Ian Holt", "memberOf", "EUMETSAT Council") in t


def test_rules_posts_whose_minister_is(read):
    x = read("The Ministry of Science, whose Minister is Kim Sora, announced the results.")
    assert ("Kim Sora", "headOf", "Ministry of Science") in triples(x)


@pytest.mark.parametrize("text, person, org", [
    ("The mission was announced by the Ministry of Science and ICT (MSIT), whose Minister is Lee Jong-Ho, "
     "and by KARI.", "Lee Jong-Ho", "Ministry of Science and ICT"),
    ("The plan was welcomed by the Vela Space Agency (VSA), whose President is Amira Haddad, and by ESA.",
     "Amira Haddad", "Vela Space Agency"),
])
def test_rules_posts_whose_title_after_a_parenthesis(read, text, person, org):
    """The parser hangs the "whose" clause on the verb after a parenthesis; the name before its comma owns it."""
    assert (person, "headOf", org) in triples(read(text))


def test_rules_posts_whose_title_of_no_organization_makes_no_head(read):
    t = triples(read("The results were shown in Paris (France), whose President is Anna Lund, and in Rome."))
    assert not any(p == "headOf" for s, p, o in t), t


def test_rules_posts_led_by_a_person(read):
    x = read("The study is run by CNES, which is led by Anne Morel.")
    assert ("Anne Morel", "headOf", "CNES") in triples(x)


def test_rules_posts_country_from_of_phrase(read):
    x = read("The accord was signed with CONAE, the space agency of Argentina.")
    assert ("CONAE", "country", "Argentina") in triples(x)


def test_rules_posts_carried_parts(read):
    x = read("The Zephyr orbiter, which carries the MAGX magnetometer, reached Venus. "
             "The LUMA camera was mounted on the Kestrel satellite.")
    t = triples(x)
    assert ("MAGX", "partOf", "Zephyr") in t and ("LUMA", "partOf", "Kestrel") in t


def test_rules_payloads_listed_instruments_are_parts_of_the_craft(read):
    x = read("The Xuanwu mission will study gamma-ray bursts. Three instruments will be on board: a Dust "
             "Analyser (DUSTA) and a Plasma Monitor (PLAMO). Of the nine instruments carried on Xuanwu, three, "
             "namely ZEBRA, LYNX and ORCA-2, come from Japan.")
    t = triples(x)
    parts = {s for s, p, o in t if p == "partOf" and o == "Xuanwu"}
    assert {"Dust Analyser", "Plasma Monitor", "ZEBRA", "LYNX", "ORCA-2"} <= parts


def test_rules_payloads_contribution_phrases(read):
    x = read("The contribution Italy is making to the Rosalind Franklin rover was praised. "
             "Canada's contribution to the Webb telescope was unveiled. The Japanese contribution to the Juice "
             "mission, made up of the ZEBRA and LYNX instruments, is ready. NASA's contribution to Artemis "
             "consists of the Orion capsule.")
    t = triples(x)
    assert ("Canada", "contributesTo", "James Webb Space Telescope") in t
    assert any(s == "Italy" and p == "contributesTo" for s, p, o in t)
    assert ("Japan", "contributesTo", "JUICE") in t and ("ZEBRA", "partOf", "JUICE") in t
    assert ("Orion", "providedBy", "NASA") in t
