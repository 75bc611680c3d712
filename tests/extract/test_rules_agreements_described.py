"""Agreements told of through a participle or a relative clause on their noun, on sentences written for it:
"a memorandum of understanding signed by A and B in 2015", "an accord that A and B signed in 2015"."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _signatories(facts) -> set[str]:
    return {o for s, p, o in facts if p == "signatory"}


@pytest.mark.parametrize("text, parties", [
    ("The new deal follows a memorandum of understanding signed by CNES and DLR in 2015.", {"CNES", "DLR"}),
    ("The work builds on a letter of intent signed by JAXA and ISRO in May 2019.", {"JAXA", "ISRO"}),
    ("The agreement follows an accord that CNES and DLR signed in 2015.", {"CNES", "DLR"}),
    ("It extends a framework agreement which NASA and KARI concluded in 2016.", {"NASA", "KARI"}),
])
def test_rules_agreement_described_by_its_signing(read, text, parties):
    assert _signatories(triples(read(text))) >= parties


def test_rules_participle_on_a_named_thing_stays_its_own(read):
    """"the launch of the satellite built by OHB": "built" describes the satellite, not the launch."""
    x = read("The launch of the satellite built by OHB is planned for 2026.")
    assert any(p == "providedBy" and o == "OHB" and s.startswith("satellite") for s, p, o in triples(x)), triples(x)


def test_rules_an_unsigned_participle_names_no_signers_in_view(read):
    """"built by X under a contract signed in March 2021": the contract's parties are not the agencies told of in
    the sentence before."""
    facts = triples(read("The decision follows a review held by the UK Space Agency and Arianespace. The Kestrel "
                         "satellite was built by Surrey Satellite Technology under a contract signed in March 2021."))
    assert not _signatories(facts) & {"UK Space Agency", "Arianespace"}, facts


def test_rules_signers_the_parser_hangs_on_the_place(read):
    """"signed at ESA's operations centre in Darmstadt by A and B": the "by" phrase on the place noun is the
    signing's agent."""
    facts = triples(read("The contract was signed on 19 November at ESA's operations centre in Darmstadt by Rolf "
                         "Densing, ESA Director of Operations, and Rolf Skatteboe, Chief Executive of KSAT."))
    assert _signatories(facts) >= {"Rolf Densing", "Rolf Skatteboe"}, facts
