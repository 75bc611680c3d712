"""A head's title "of" capitalized words that name a field or a unit, then "at" a body ("Head of Emergency
Mapping at CNES"), is a post in a part of the body: its holder is a member of the body, not its head, and the
field's words are no organization he heads. A named body in the "of" phrase keeps the title its own.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text", [
    'Marc Delvaux, Head of Earth Observation Applications at CNES, said: "This activation shows how quickly '
    'agencies can combine their satellites."',
    '"The data arrived quickly," said Marc Delvaux, Head of Emergency Mapping at CNES.',
    "Marc Delvaux, Head of Earth Observation Applications at CNES, said the data arrived.",
])
def test_head_of_a_field_at_a_body_is_a_member_of_it(read, text):
    got = triples(read(text))
    assert ("Marc Delvaux", "memberOf", "CNES") in got, sorted(got)
    assert not any(s == "Marc Delvaux" and p == "headOf" for s, p, o in got), sorted(got)


@pytest.mark.parametrize("text, body", [
    ("Marc Delvaux, Head of CNES, said the data arrived.", "CNES"),
    ("Marc Delvaux, Director of the Kelva Institute at the University of Brask, said the data arrived.",
     "Kelva Institute"),
])
def test_head_of_a_named_body_heads_it(read, text, body):
    got = triples(read(text))
    assert ("Marc Delvaux", "headOf", body) in got, sorted(got)
