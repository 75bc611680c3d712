""""Roscosmos cosmonaut A", "CMSA taikonaut B", "C, a Roscosmos cosmonaut,": a cosmonaut's or taikonaut's title is a
post in the body, as an astronaut's is (lexicon MEMBER_TITLES); "former" on the title, or on the body's name the
parser hangs it on, makes it a post held once (rules/titles.title_kind). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, person, body", [
    ("Roscosmos cosmonaut Dmitri Orlov landed in Kazakhstan on 3 May aboard Soyuz MS-31.", "Dmitri Orlov",
     "Roscosmos"),
    ("Dmitri Orlov, a Roscosmos cosmonaut, will command the station.", "Dmitri Orlov", "Roscosmos"),
    ("CMSA taikonaut Li Wei will fly on Shenzhou-25.", "Li Wei", "China Manned Space Agency"),
    ("\"It was a great flight,\" said Roscosmos cosmonaut Dmitri Orlov.", "Dmitri Orlov", "Roscosmos"),
])
def test_a_cosmonaut_is_the_bodys(read, text, person, body):
    assert (person, "memberOf", body) in triples(read(text))


@pytest.mark.parametrize("text", [
    "\"It was a great flight,\" said former Roscosmos cosmonaut Dmitri Orlov.",
    "Former NASA astronaut Dmitri Orlov now heads the Kestrel institute.",
])
def test_a_former_post_is_no_membership(read, text):
    got = triples(read(text))
    assert not any(p == "memberOf" for _, p, _ in got), got
