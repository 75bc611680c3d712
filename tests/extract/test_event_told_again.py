""""A and B signed X on 3 May. The agreement was signed by C and D. The ceremony took place at Y": an event told
of again, by a clause that gives more of it (its signatories, its guests), is still the one in view when "the
ceremony" comes a sentence later, though its verb is two sentences back (coreference._last_told). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples

_SIGNED = ("JAXA and Morrow Aerospace signed a memorandum of understanding on lunar logistics on 3 June 2026 in "
           "Tokyo. ")


@pytest.mark.parametrize("text", [
    _SIGNED + "The agreement was signed by Kenji Moriyama and Leonie Barrett. "
              "The ceremony took place at the Tsukuba Space Center.",
    _SIGNED + "The memorandum was signed by Kenji Moriyama and Leonie Barrett. "
              "The ceremony was held at the Tsukuba Space Center.",
])
def test_the_ceremony_is_the_signing_told_of_again(read, text):
    got = triples(read(text))
    assert any(s.startswith("signing") and p == "locatedIn" and o == "Tsukuba Space Center" for s, p, o in got), got
    assert not any(s.startswith("ceremony") for s, p, o in got), got


def test_an_event_told_of_long_before_is_not_the_ceremony(read):
    got = triples(read(_SIGNED + "Kenji Moriyama leads JAXA. Leonie Barrett leads Morrow Aerospace. "
                                 "Barrett founded the company in 2011. A ceremony took place at the Tsukuba Space "
                                 "Center."))
    assert not any(s.startswith("signing") and o == "Tsukuba Space Center" for s, p, o in got), got
