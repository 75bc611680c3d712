""""The agreement may be extended", "can be renewed for five more years": a signing verb under a modal of
possibility (may, might, could, can, would, should) tells of no signing, so it takes no signers from the
bodies in view (frame:signatory). "Will sign", "will be signed" are firm and still read. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text", [
    "NASA and ISRO signed a data-access agreement in May. The agreement between ESA and NMI runs for five years "
    "and may be extended.",
    "NASA and ISRO signed a data-access agreement in May. The ESA-NMI agreement could be renewed in 2030.",
])
def test_a_possible_extension_takes_no_signers_in_view(read, text):
    got = triples(read(text))
    deals = {s for s, p, o in got if p == "signatory"}
    assert len(deals) == 1, sorted(got)


@pytest.mark.parametrize("text", [
    "NASA and ISRO will sign a data-access agreement in May.",
    "The agreement will be signed by ESA and the Norvadian Meteorological Institute in Bonn in June.",
    "ESA and NMI extended their agreement in 2024.",
])
def test_a_firm_signing_is_still_read(read, text):
    got = triples(read(text))
    assert sum(1 for s, p, o in got if p == "signatory") == 2, sorted(got)
