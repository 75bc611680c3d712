""""What the Velorian Space Agency is providing is a thermal camera", "What DLR will supply is a spectrometer": in a
pseudo-cleft the thing supplied is the copula's attribute and the supplier the clause's subject, though the parser
reads "What DLR" as the verb's object (pseudo_clefts.cleft_arguments, read by the frames). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, thing, body", [
    ("What the Velorian Space Agency is providing is a thermal camera for the Tessaly mission.", "thermal camera",
     "Velorian Space Agency"),
    ("What DLR will supply is a spectrometer.", "spectrometer", "DLR"),
    ("What CNES contributes is the star tracker.", "star tracker", "CNES"),
])
def test_what_a_body_supplies(read, text, thing, body):
    got = triples(read(text))
    assert any(s.startswith(thing) and p == "providedBy" and o == body for s, p, o in got), got


def test_what_a_body_wants_is_not_supplied(read):
    assert not any(p == "providedBy" for _, p, _ in triples(read("What ESA wants is a cheaper launcher.")))
