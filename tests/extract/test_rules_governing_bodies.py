"""'The Board of <organization>': a governing body named after its organization is an organization of its
own (body_names.governing_bodies); the chair of an executive body heads the organization too
(dep:executive-body-head, lexicon EXECUTIVE_BODIES) and signs as it (referents.organizations_of)."""

from __future__ import annotations

from ..helpers import classes_of, labels, triples


def test_rules_governing_bodies_a_board_of_a_known_agency_meets(read):
    got = read("The Board of the Norwegian Space Agency met in Oslo on Tuesday.")
    assert {"Board of the Norwegian Space Agency", "Norwegian Space Agency"} <= labels(got), labels(got)
    assert any(p == "participant" and o == "Board of the Norwegian Space Agency" for s, p, o in triples(got))


def test_rules_governing_bodies_the_acronym_after_the_body_is_its_organization(read):
    got = read("The Supervisory Board of the Polish Space Agency (POLSA) met in Warsaw on Monday. "
               "POLSA will launch a satellite.")
    assert "Supervisory Board of the Polish Space Agency" in labels(got), labels(got)
    assert classes_of(got, "Polish Space Agency") == {"SpaceAgency"}, labels(got)
    body = next(e for e in got.entities.values() if e.label.startswith("Supervisory Board"))
    assert "POLSA" not in body.aliases, body.aliases


def test_rules_governing_bodies_an_executive_board_chair_heads_and_signs_for_the_organization(read):
    t = triples(read("Hans Meyer, who chairs the Executive Board of the German Aerospace Center, signed the "
                     "agreement with ESA."))
    assert ("Hans Meyer", "headOf", "DLR") in t, t
    assert any(p == "signatory" and o == "DLR" for s, p, o in t), t
    assert not any(p == "signatory" and o.startswith("Executive Board") for s, p, o in t), t


def test_rules_governing_bodies_a_council_chair_heads_the_council_only(read):
    t = triples(read("Anna Berg was elected Chair of the Council of the Norwegian Space Agency on Monday."))
    assert ("Anna Berg", "headOf", "Council of the Norwegian Space Agency") in t, t
    assert ("Anna Berg", "headOf", "Norwegian Space Agency") not in t, t


def test_rules_governing_bodies_a_ministerial_council_is_a_conference(read):
    got = read("The Polish Space Agency attended the Ministerial Council of the European Space Agency in Seville.")
    assert classes_of(got, "Ministerial Council of the European Space Agency") == {"Conference"}, labels(got)
    assert ("Ministerial Council of the European Space Agency", "participant", "Polish Space Agency") in triples(got)


def test_rules_governing_bodies_a_council_of_an_agency_is_a_body(read):
    got = read("The Council of the Norwegian Space Agency approved the budget on Tuesday.")
    assert classes_of(got, "Council of the Norwegian Space Agency") == {"GovernmentBody"}, labels(got)
