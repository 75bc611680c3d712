"""Who gives a role may be written after it: "selected as a reserve astronaut by ESA" (the "by" phrase the parser
hangs on the role noun is the verb's agent: frames._stray_agent), so the person joins ESA (frame:appoint).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, person, org", [
    ("Astronaut Erik Solberg was selected as a reserve astronaut by ESA in 2022.", "Erik Solberg", "ESA"),
    ("Lea Moreau was named as an astronaut by the Vela Space Agency in 2019.", "Lea Moreau", "Vela Space Agency"),
])
def test_the_role_giver_after_the_role(read, text, person, org):
    got = triples(read(text))
    assert (person, "memberOf", org) in got, sorted(got)


def test_a_role_with_no_post_gives_none(read):
    got = triples(read("Lea Moreau was named as a finalist by the Vela Space Agency in 2019."))
    assert not [x for x in got if x[1] in ("memberOf", "headOf")], sorted(got)
