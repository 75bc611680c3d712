"""States that join an organization, the Nth country to sign, and two signers each with a title: on sentences
written for the rules."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, members, org", [
    ("Slovenia became an Associate Member of the European Space Agency on 11 June 2024.", {"Slovenia"}, "ESA"),
    ("Croatia joins Latvia, Lithuania and Slovakia as ESA Associate Members.",
     {"Croatia", "Latvia", "Lithuania", "Slovakia"}, "ESA"),
    ("Estonia joined EUMETSAT as its 30th Member State in 2013.", {"Estonia"}, "EUMETSAT"),
])
def test_rules_states_members_in_capitals(read, text, members, org):
    facts = triples(read(text))
    assert {s for s, p, o in facts if p == "memberOf" and o == org} == members, facts


def test_rules_the_nth_country_to_sign_signs(read):
    facts = triples(read("The agreement was signed by Anna Lind and Carl Berg. Separately, Peru became the 41st "
                         "country to sign the Artemis Accords."))
    assert {o for s, p, o in facts if p == "signatory" and s == "Artemis Accords"} == {"Peru"}, facts
    assert not any(s == "Artemis Accords" and p == "signedAt" for s, p, o in facts), facts


@pytest.mark.parametrize("text, other", [
    ("The agreement was signed by Slovenia's Minister of Economy, Tourism and Sport, Matjaz Han, and ESA Director "
     "General Josef Aschbacher.", "Josef Aschbacher"),
    ("Slovenia's Minister of Economy, Matjaz Han, and ESA Director General Josef Aschbacher signed the agreement.",
     "Josef Aschbacher"),
])
def test_rules_a_title_of_his_own_keeps_the_first_title_away(read, text, other):
    facts = triples(read(text))
    wrong = [(s, p, o) for s, p, o in facts if s == other and (p == "country" or p == "headOf" and o[:8] == "Ministry")]
    assert not wrong, facts
