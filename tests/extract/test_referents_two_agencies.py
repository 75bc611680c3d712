""""The two agencies" are the latest pair of agencies (or government bodies) told of, not a later list with a
company in it (antecedents.Antecedents.antecedents). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, pair, not_pair", [
    ("The Korvan Space Agency and the Nordavia Space Agency signed an agreement on the Tarsis lander. Among the "
     "partners are the Baltic Space Agency and Orbitec. The two agencies will also cooperate on lunar "
     "communications.", {"Korvan Space Agency", "Nordavia Space Agency"}, {"Orbitec"}),
    ("The Korvan Space Agency (KSA) and the Nordavia Space Agency (NSA) today signed an agreement on the Tarsis "
     "lunar lander. Tarsis will be launched in 2029. Among the partners are the Baltic Space Agency and Orbitec. "
     "The two agencies will also cooperate on lunar communications.", {"Korvan Space Agency", "Nordavia Space Agency"},
     {"Orbitec"}),
    ("The Vela Space Agency and CNES met in Paris on 3 May. Kestrel Dynamics and the Orla Institute presented "
     "the Zephyr radar. The two agencies will cooperate on lunar exploration.", {"Vela Space Agency", "CNES"},
     {"Kestrel Dynamics"}),
])
def test_the_two_agencies_are_agencies(read, text, pair, not_pair):
    t = triples(read(text))
    partners = {frozenset((s, o)) for s, p, o in t if p == "partnerOf"}
    assert frozenset(pair) in partners, sorted(t)
    assert not [x for x in partners if x & not_pair], sorted(t)  # (the listed company is no agency's partner)


def test_the_two_companies_are_the_companies(read):
    t = triples(read("ESA and JAXA met in Tokyo. Kestrel Dynamics and Ostmark Systems signed a contract. The two "
                     "companies will cooperate on the Zephyr radar."))
    assert ("Kestrel Dynamics", "partnerOf", "Ostmark Systems") in t or \
        ("Ostmark Systems", "partnerOf", "Kestrel Dynamics") in t, sorted(t)


def test_the_two_agencies_of_a_release(read):
    t = triples(read(
        "OSLO, 14 September 2026 - The Korvan Space Agency (KSA) and the Nordavia Space Agency (NSA) today signed an "
        "agreement on the Tarsis lunar lander. Under the agreement, NSA will provide the lander's robotic arm, built "
        "by Kestrel Dynamics. On board Tarsis are also a seismometer and a camera.\nTarsis will be launched in 2029 "
        "on an Ariane 6 rocket. Among the partners are the Baltic Space Agency and Orbitec.\nThe two agencies will "
        "also cooperate on lunar communications."))
    partners = {frozenset((s, o)) for s, p, o in t if p == "partnerOf"}
    assert frozenset({"Baltic Space Agency", "Orbitec"}) not in partners, sorted(t)
    assert frozenset({"Korvan Space Agency", "Nordavia Space Agency"}) in partners, sorted(t)
