"""Samples handed over and brought back, as agencies tell it: "JAXA handed over 10 milligrams of samples from the
asteroid Kaiyo to NASA" (the samples are from Kaiyo, though the parser hangs "from" on the verb past the quantity);
"The samples were collected by the Hoshi-3 spacecraft and returned to Earth in December 2025" (the craft that
collected them brought them back: a return); an agreement "signed in 2019" after a ceremony on 8 June was signed
at another time, not at that ceremony. Sentences written for these tests."""

from __future__ import annotations

from ..helpers import triples


def test_samples_from_a_body_past_a_quantity(read):
    found = triples(read("JAXA handed over 10 milligrams of samples from the asteroid Kaiyo to NASA on 8 June."))
    assert any(p == "sampleFrom" and o == "Kaiyo" for _, p, o in found), sorted(found)


def test_the_collector_brings_them_back(read):
    found = triples(read("The samples were collected by the Hoshi-3 spacecraft and returned to Earth in December "
                         "2025."))
    assert any(s == "Hoshi-3" and p == "returned" for s, p, _ in found), sorted(found)
    assert any(s.startswith("sample return") and p == "participant" and o == "Hoshi-3" for s, p, o in found)


def test_a_builder_does_not_launch(read):
    found = triples(read("The Orla satellite was built by Orbix and launched from Kourou in 2024."))
    assert not any(p == "participant" and o == "Orbix" for _, p, o in found), sorted(found)


def test_an_agreement_signed_another_year_is_not_signed_at_the_ceremony(read):
    found = triples(read("JAXA handed over the samples to NASA on 8 June 2026 at a ceremony in Sagamihara. Under "
                         "an agreement signed in 2019, NASA receives a portion of the samples."))
    assert not any(p == "signedAt" for _, p, _ in found), sorted(found)
