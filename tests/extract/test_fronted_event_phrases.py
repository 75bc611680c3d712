"""A fronted event phrase before a clause ("After talks in New Delhi, ESA and ISRO signed an agreement"): the
parser reads "After" as a subordinator and the names after the comma as the place's conjuncts, so the clause had
no subject; the phrase ends at the comma (fronted_phrases.fronted_events). The gathering is the subject's when
it is bare, "their", or a gathering told of first ("Following a meeting in Oslo"), not a thing's ("after its
launch"), and agencies take no part in a launch before which they work (rules/events.py). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


def test_after_talks_the_names_after_the_comma_sign(read):
    got = triples(read("After talks in New Delhi, ESA and ISRO signed an agreement."))
    assert {("agreement [t]", "signatory", "ESA"), ("agreement [t]", "signatory", "ISRO")} <= got, sorted(got)
    assert ("talks [t]", "participant", "ISRO") in got, sorted(got)


@pytest.mark.parametrize("text", [
    "Following a meeting in Oslo on 3 May, the Norwegian Space Agency and CNES agreed to study a joint mission.",
    "After their meeting in Oslo, the Norwegian Space Agency and CNES agreed to study a joint mission.",
])
def test_a_fronted_gathering_is_the_subjects(read, text):
    got = triples(read(text))
    assert any(s.startswith("meeting") and p == "participant" and o == "CNES" for s, p, o in got), sorted(got)


@pytest.mark.parametrize("text", [
    "EUMETSAT took control of the Orla satellite on 3 March, four weeks after its launch from Kourou.",
    "Before launch, engineers at CNES and DLR tested the Orla satellite.",
])
def test_a_things_launch_has_no_body_of_the_clause_in_it(read, text):
    got = triples(read(text))
    assert not any(s.startswith("launch") and p == "participant" and o in ("EUMETSAT", "CNES", "DLR")
                   for s, p, o in got), sorted(got)
