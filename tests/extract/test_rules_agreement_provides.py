"""An agreement that is the subject of a verb of provision is about the craft and instruments its complement
names (dep:agreement-provides, lexicon PROVISION_VERBS)."""

from __future__ import annotations

import pytest

from ..helpers import triples

SIGNED = "The Vela Space Agency and JAXA signed an agreement on Monday. "


def _topics(t):
    return {o for s, p, o in t if p == "topic" and s.startswith("agreement")}


@pytest.mark.parametrize("text, thing", [
    (SIGNED + "The agreement provides that JAXA will supply the Zephyr camera for the Lyra probe.", "Zephyr"),
    (SIGNED + "The agreement also gives JAXA access to the data of the Zephyr camera.", "Zephyr"),
    (SIGNED + "The accord allows the Vela Space Agency to fly the Kestrel spectrometer on the Lyra probe.",
     "Kestrel"),
])
def test_rules_agreement_provides_its_complement_is_its_topic(read, text, thing):
    assert thing in _topics(triples(read(text))), triples(read(text))


def test_rules_agreement_provides_an_agency_it_names_is_no_topic(read):
    t = triples(read(SIGNED + "The agreement provides that JAXA will support the Vela Space Agency."))
    assert not ({"JAXA", "Vela Space Agency"} & _topics(t)), t


def test_rules_agreement_provides_not_when_two_agreements_are_in_view(read):
    t = triples(read("ESA and JAXA signed two agreements on Monday: the Hera agreement and the MMX agreement. "
                     "The agreement gives JAXA access to the data of the Zephyr camera."))
    assert not any(p == "topic" and o == "Zephyr" for s, p, o in t), t


def test_rules_agreement_provides_a_provider_is_no_agreement(read):
    t = triples(read("JAXA will provide the Zephyr camera for the Lyra probe."))
    assert not any(p == "topic" for s, p, o in t), t
