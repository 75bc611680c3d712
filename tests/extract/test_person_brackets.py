"""A person's body in brackets after the name: the person works for it ("Kari Holm (ESA) and Ola Berg (CNES)
presented the results": rules/providers.py seq:affiliation-bracket), and the acronym is no short name of the person
(acronyms.py had made "ESA" an alias of the person, and a later "ESA" a person). "Who leads the Vela team at CNES"
heads the team and belongs to CNES; "Vela" names no body led (rules/titles.py). Sentences written for these tests."""

from __future__ import annotations

from ..helpers import classes_of, triples


def test_a_bracketed_body_after_a_person_is_theirs(read):
    got = triples(read("Kari Holm (ESA) and Ola Berg (CNES) presented the results."))
    assert {("Kari Holm", "memberOf", "ESA"), ("Ola Berg", "memberOf", "CNES")} <= got, sorted(got)


def test_the_acronym_stays_the_agencys(read):
    ext = read("Kari Holm (ESA) presented the results. ESA will launch the Orla satellite in 2027.")
    assert "SpaceAgency" in classes_of(ext, "ESA") and "Person" not in classes_of(ext, "ESA"), classes_of(ext, "ESA")
    assert "ESA" not in {a for e in ext.entities.values() if e.label == "Kari Holm" for a in e.aliases}


def test_a_bracketed_country_or_year_makes_no_membership(read):
    got = triples(read("Kari Holm (Norway) won the prize in Kelmar (2019)."))
    assert not any(p == "memberOf" for _, p, _ in got), sorted(got)


def test_who_leads_a_named_team_heads_the_team_not_its_name(read):
    got = triples(read('"It works," added Ola Berg, who leads the Vela team at CNES.'))
    assert ("Ola Berg", "memberOf", "CNES") in got and ("Ola Berg", "headOf", "Vela") not in got, sorted(got)
