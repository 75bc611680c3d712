"""A builder noun said of one role with no "of"/"for" ("OHB will act as prime contractor", "Airbus is the
prime contractor") is of the craft or mission just told of (builders.builder_of). Sentences written for it."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, fact", [
    ("ASI and DLR will develop the Aquila radar mission. OHB will act as prime contractor.",
     ("OHB", "contributesTo", "Aquila")),
    ("The Vela satellite will map the Arctic. Airbus is the prime contractor.", ("Vela", "providedBy", "Airbus")),
])
def test_the_builder_of_the_craft_in_view(read, text, fact):
    got = triples(read(text))
    assert fact in got, sorted(got)


@pytest.mark.parametrize("text", [
    "The Vela satellite will map the Arctic. Airbus is a supplier of many agencies.",
    "The Vela satellite will map the Arctic. OHB, a contractor, has offices in Bremen.",
])
def test_a_builder_noun_of_no_one_role_builds_nothing(read, text):
    got = triples(read(text))
    assert not [x for x in got if x[1] in ("providedBy", "contributesTo")], sorted(got)
