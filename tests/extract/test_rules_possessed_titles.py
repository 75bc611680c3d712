"""rules/titles.py on sentences written for it: "A, the agency's director general" — a definite possessor of a
title in an apposition is the organization of that kind in view, not the name the apposition is set beside."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, person, org", [
    ("The Nordic Space Agency launched its first satellite on 3 May. Anna Berg, the agency's director general, "
     "said the launch went well.", "Anna Berg", "Nordic Space Agency"),
    ("Vexel Optics built the camera. Ken Sato, the company's chief executive, said it works.", "Ken Sato",
     "Vexel Optics"),
])
def test_the_organizations_title(read, text, person, org):
    got = triples(read(text))
    assert (person, "headOf", org) in got, got


def test_no_organization_in_view_no_post(read):
    got = triples(read("Anna Berg, the agency's director general, said the launch went well."))
    assert not any(p in ("headOf", "memberOf") for _, p, _ in got), got
