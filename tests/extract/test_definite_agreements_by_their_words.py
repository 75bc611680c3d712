""""The implementing arrangement, concluded under ...", "the framework agreement": a definite agreement noun with
the words of one told of before takes it back, a participle among its words too ("implementing"), and past an
agreement of other words told of since (referents._is_definite, referents._latest_of). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _agreements(got):
    return sorted(e.label for e in got.entities.values() if "Agreement" in e.classes)


@pytest.mark.parametrize("text, label, topic", [
    ("CNES and ISRO signed an implementing arrangement on 3 May. The implementing arrangement, concluded under "
     "the 2019 framework agreement, covers the TRISHNA mission.", "implementing arrangement", "TRISHNA"),
    ("ESA signed a framework agreement with CNES and an implementing arrangement with ASI. The framework "
     "agreement covers Earth observation.", "framework agreement", "Earth observation"),
])
def test_the_agreement_so_called_is_taken_back(read, text, label, topic):
    got = read(text)
    assert sum(a.startswith(label) for a in _agreements(got)) == 1, _agreements(got)
    assert any(s.startswith(label) and p == "topic" and o == topic and "#" not in s for s, p, o in triples(got)), \
        triples(got)


def test_an_agreement_of_other_words_is_another(read):
    got = read("ESA signed a framework agreement with CNES in May. The cooperation agreement with JAXA covers "
               "Earth observation.")
    assert "cooperation agreement" in " ".join(_agreements(got)), _agreements(got)
