"""A company's name without all its trade words is the company further on (trade_names.trade_stems): "Orla Space
Systems ... Orla builds", "Korrin Aerospace Technologies ... Korrin"; a stem two companies share stays apart.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import labels, triples


@pytest.mark.parametrize("text, company, short", [
    ("Orla Space Systems appointed a new chief executive. Orla builds the Tarsis lander.", "Orla Space Systems",
     "Orla"),
    ("Korrin Aerospace Technologies won the contract. Korrin will deliver the radar in 2027.",
     "Korrin Aerospace Technologies", "Korrin"),
])
def test_the_first_word_of_a_trade_name_is_the_company(read, text, company, short):
    got = read(text)
    assert company in labels(got) and short not in labels(got), labels(got)


def test_the_short_name_does_what_the_company_does(read):
    t = triples(read("Tom Berg heads Orla Space Systems. Orla builds the Tarsis lander for the Vela Space Agency."))
    assert ("Tarsis", "providedBy", "Orla Space Systems") in t, sorted(t)


def test_a_stem_two_companies_share_stays_apart(read):
    got = read("Orla Space Systems and Orla Robotics signed an agreement. Orla will build the arm.")
    assert {"Orla Space Systems", "Orla Robotics"} <= labels(got), labels(got)
    makers = {o for s, p, o in triples(got) if p == "providedBy"}
    assert not makers & {"Orla Space Systems", "Orla Robotics"}, sorted(triples(got))  # which one is not said
