"""A post in an administrative unit named by capitalized words ("the Education Office", "the Human Spaceflight
Department") "at" a body, or the body's own unit ("ESA's Education Office"), makes its holder a member of the
body too (unit_posts.body_of_named_unit, read by the title rules): "Lena Marsh, Head of the Education Office at
ESA" gave headOf the office and nothing of ESA. A body "at" another ("Director of the Kelva Institute at X") is no
unit. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, person, body", [
    ('"Giving students access to microgravity is essential," said Lena Marsh, Head of the Education Office at ESA.',
     "Lena Marsh", "ESA"),
    ("Lena Marsh, Head of the Human Spaceflight Department at DLR, attended.", "Lena Marsh", "DLR"),
    ("Lena Marsh, head of ESA's Education Office, welcomed the teams.", "Lena Marsh", "ESA"),
])
def test_a_post_in_a_named_unit_is_membership_of_the_body(read, text, person, body):
    got = triples(read(text))
    assert (person, "memberOf", body) in got, got
    assert (person, "headOf", body) not in got, got


def test_a_body_at_another_is_no_unit(read):
    got = triples(read("Paul Ames, Director of the Kelva Institute at the University of Lorvik, attended."))
    assert ("Paul Ames", "memberOf", "University of Lorvik") not in got, got
