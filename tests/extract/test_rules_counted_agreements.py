"""A plural agreement noun counted above one, whose sentence tells of each ("one on X"), names several
agreements (gatherings._counted_plural): no one agreement node stands for them. Sentences written for it."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _agreements(result) -> list[str]:
    return [e.label for e in result.entities.values() if "Agreement" in e.classes]


@pytest.mark.parametrize("text", [
    "Three cooperation agreements were signed by NASA and ISRO in Bengaluru on 3 May 2024: one on Earth "
    "observation, one on lunar science and one on astronaut training.",
    "Both arrangements were concluded by CNES and DLR at the Paris meeting, one on Vela and one on Zephyr.",
])
def test_counted_plural_is_no_single_agreement(read, text):
    got = read(text)
    assert not [x for x in _agreements(got) if x.lower().startswith(("three", "both"))], sorted(triples(got))


def test_one_agreement_is_still_read(read):
    got = read("A cooperation agreement was signed by NASA and ISRO in Bengaluru on 3 May 2024.")
    agreements = _agreements(got)
    assert agreements and {(agreements[0], "signatory", "NASA"), (agreements[0], "signatory", "ISRO")} <= triples(got)
