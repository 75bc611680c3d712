"""Who signed, and where: a titled name after "and" that the parser hung outside the agent phrase signs too
("signed by Minister for Research A and ESA Director General B": titled_pairs); a signing whose own sentence
tells of its ceremony happened there, not at a signing told in an earlier sentence ("joined the Accords in a
ceremony at the Embassy, where A signed": rules/gatherings.py). Sentences written for these tests."""

from __future__ import annotations

from ..helpers import triples


def test_the_second_titled_signer_hung_outside_signs(read):
    got = triples(read("The agreement was signed by Minister for Research Ola Nordmann and ESA Director General "
                       "Josef Aschbacher."))
    assert {("agreement [t]", "signatory", "Ola Nordmann"),
            ("agreement [t]", "signatory", "Josef Aschbacher")} <= got, sorted(got)


def test_a_signing_takes_the_ceremony_of_its_own_sentence(read):
    got = triples(read("Slovenia ratified the accession agreement signed in Ljubljana in November 2025. "
                       "Luxembourg joined the Artemis Accords in a ceremony at the US Embassy, where Minister of "
                       "the Economy Lex Delles signed on behalf of the country."))
    signed = {o for s, p, o in got if s == "Artemis Accords" and p == "signedAt"}
    assert signed and all(o.startswith("ceremony") for o in signed), sorted(got)
    assert any(s.startswith("ceremony") and p == "participant" and o == "Lex Delles" for s, p, o in got), sorted(got)
