"""referents.pronoun_agreement on sentences written for it: a subject "it" after an agreement is told of stands
for the agreement in the rules of what agreements say (topics, terms), not for the signer named before it nor
for the signing meeting."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _topics(facts) -> set[tuple[str, str]]:
    return {(s.split(" [")[0].split(" (")[0], o) for s, p, o in facts if p == "topic"}


@pytest.mark.parametrize("text, topics", [
    ("UKSA and CNES signed an agreement in London. It covers oceanography and hydrology.",
     {("agreement", "oceanography"), ("agreement", "hydrology")}),
    ("UKSA and CNES signed an agreement on 3 May. It will enable cooperation in hydrology.",
     {("agreement", "hydrology")}),
    ("ISRO and CONAE signed a memorandum in Bengaluru. It addresses space weather and remote sensing.",
     {("memorandum", "space weather"), ("memorandum", "remote sensing")}),
    ("UKSA and CNES signed an agreement on 3 May. It provides that CNES will supply the Kestrel camera.",
     {("agreement", "Kestrel")}),
])
def test_it_after_an_agreement_is_the_agreement(read, text, topics):
    facts = triples(read(text))
    assert topics <= _topics(facts), facts
    assert not any(s.startswith("signing") for s, _ in _topics(facts)), facts


@pytest.mark.parametrize("text, topics", [
    ("ESA and JAXA held a meeting in Paris. It covered space debris.", {("meeting", "space debris")}),
    ("ESA signed an agreement with NASA on the Kestrel mission. It covers the launch.", {("agreement", "Kestrel")}),
])
def test_it_keeps_a_meeting_or_a_later_name(read, text, topics):
    facts = triples(read(text))
    assert topics <= _topics(facts), facts


def test_it_without_an_agreement_in_view_is_no_agreement(read):
    facts = triples(read("UKSA and CNES signed an agreement in 2019. ESA opened a centre in Harwell. "
                         "It covers oceanography."))
    assert not any(s.startswith("agreement") for s, _ in _topics(facts)), facts


def test_rules_pronoun_agreement_it_was_signed_by_people(read):
    t = triples(read("CNES and KARI signed a memorandum in Paris on 2 June. It was signed by CNES President "
                     "Paul Durand and KARI President Kim Sora."))
    signers = {o for s, p, o in t if p == "signatory" and s.startswith("memorandum")}
    assert {"Paul Durand", "Kim Sora"} <= signers, t


def test_rules_pronoun_agreement_it_after_another_name_is_not_the_agreement(read):
    t = triples(read("CNES and KARI signed a memorandum in Paris on 2 June. The Lyra probe was launched in 2024. "
                     "It was signed by Paul Durand."))
    assert not any(p == "signatory" and o == "Paul Durand" for s, p, o in t), t


@pytest.mark.parametrize("text", [
    "The renewed agreement was signed in Halden by Orvik Space Agency President Lena Varga and Vela Space Agency "
    "Director Tomas Berg. It covers Earth observation and satellite navigation.",
    "The framework agreement was signed on 4 May by NASA Administrator Jim Bridenstine. It covers Earth observation "
    "and satellite navigation.",
])
def test_agreement_subject_keeps_it_past_names_in_the_by_phrase(read, text):
    """(session 23) An agreement that was the last sentence's subject is what a subject "it" continues, though
    bodies are named after it (in the signers' titles); the signing the verb told of is no antecedent."""
    got = triples(read(text))
    deals = {s for s, p, o in got if p == "topic" and o == "Earth observation"}
    assert deals and all("agreement" in s for s in deals), got
    assert not any(s.startswith("signing") and p == "topic" for s, p, o in got), got
