"""A later clause about an agreement already signed: "It was signed by A and B" names its signatories, and
places and peoples the signing told of before, not a second one (gatherings.sign, _signing_told_of).
Sentences written for these tests."""

from __future__ import annotations

from ..helpers import triples


def _signings(result) -> list[str]:
    return sorted({r.object for r in result.relations if r.predicate == "signedAt"})


def test_it_was_signed_by_people(read):
    got = read("CSA and ISRO renewed their cooperation agreement on 14 February 2025 in Bengaluru. It was signed by "
               "CSA President Lisa Campbell and ISRO Chairman Anil Kumar.")
    facts = {(s, p, o) for s, p, o in triples(got) if p in ("signatory", "participant")}
    deals = {r.subject for r in got.relations if r.predicate == "signatory"}
    assert len(deals) == 1, triples(got)
    signers = {o for s, p, o in facts if p == "signatory"}
    assert {"Lisa Campbell", "Anil Kumar", "CSA", "ISRO"} <= signers, sorted(facts)
    assert len(_signings(got)) == 1, triples(got)


def test_a_later_place_joins_the_signing_told_of(read):
    got = read("ESA and JAXA signed an arrangement on 3 May 2024. It was signed by Josef Aschbacher and Hiroshi "
               "Yamakawa in Paris.")
    signings = _signings(got)
    assert len(signings) == 1, triples(got)
    at = {(got.entities[r.object].label) for r in got.relations if r.subject == signings[0]
          and r.predicate in ("locatedIn", "participant")}
    assert {"Paris", "Josef Aschbacher", "Hiroshi Yamakawa"} <= at, triples(got)


def test_a_signing_elsewhere_is_another(read):
    got = read("ESA and JAXA signed an arrangement in Tokyo on 3 May 2024. The arrangement was also signed in Paris "
               "on 5 May 2024.")
    assert len(_signings(got)) == 2, triples(got)


def test_it_that_is_no_agreement_signs_nothing(read):
    got = read("ESA launched the Vela satellite on 3 May 2024. It was signed by Josef Aschbacher.")
    assert not [r for r in got.relations if r.predicate == "signatory"], triples(got)
