""""ESA and NMI signed an agreement on 1 June. ... The agreement between ESA and NMI runs for five years": a
definite agreement noun whose "between" or "with" parties all signed an agreement told of before is that
agreement, not a second one (rules/agreements.py, dep:agreement-parties). An indefinite one, or one between
other parties, is another agreement. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _agreements(got) -> list[str]:
    return [e.label for e in got.entities.values() if "Agreement" in e.classes]


@pytest.mark.parametrize("text", [
    "ESA and NMI signed an agreement on 1 June. The agreement between ESA and NMI runs for five years.",
    "ESA and the Norvadian Meteorological Institute (NMI) signed an agreement on 1 June. NASA and ISRO also signed "
    "a data-access agreement in May. The agreement between ESA and NMI runs for five years.",
    "EUMETSAT and the Kestovian Space Agency signed a data-sharing agreement in Darmstadt on 3 March. The "
    "agreement between EUMETSAT and the Kestovian Space Agency will run until 2030.",
])
def test_the_agreement_between_its_signers_is_the_one_signed(read, text):
    got = read(text)
    signed = [s for s, p, o in triples(got) if p == "signatory"]
    assert len(set(signed)) == len(_agreements(got)), (sorted(triples(got)), _agreements(got))
    assert len(_agreements(got)) == (2 if "NASA" in text else 1), _agreements(got)


@pytest.mark.parametrize("text, parties", [
    ("ESA and NMI signed an agreement on 1 June. The agreement between ESA and NASA runs for five years.",
     {"ESA", "NASA"}),
    ("ESA and NMI signed an agreement on 1 June. An agreement between ESA and NMI was also signed in 2019.",
     {"ESA", "NMI"}),
])
def test_another_agreement_between_parties_is_new(read, text, parties):
    got = read(text)
    assert len(_agreements(got)) == 2, _agreements(got)
    by_deal: dict[str, set[str]] = {}
    for s, p, o in triples(got):
        if p == "signatory":
            by_deal.setdefault(s, set()).add(o)
    assert sum(1 for v in by_deal.values() if v == parties) >= 1, by_deal
