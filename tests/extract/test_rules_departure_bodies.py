"""A departure that names no body left is one from the post the release gives its person (rules/departures.py,
infer:departure-body; lexicon LEAVE_VERBS): the one organization the person heads takes part in it. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _with(t: set, person: str) -> set[str]:
    events = {s for s, p, o in t if p == "participant" and o == person}
    return {o for s, p, o in t if s in events and p == "participant" and o != person}


@pytest.mark.parametrize("text, person, org", [
    ("Marta Velez, Director General of the Korvan Space Agency, will step down in December.", "Marta Velez",
     "Korvan Space Agency"),
    ("Tomas Lind, who has led the Orla Institute since 2019, will retire in June.", "Tomas Lind", "Orla Institute"),
    ("Ingrid Dahl is the President of the Zephyr Research Centre. She resigned on 3 March.", "Ingrid Dahl",
     "Zephyr Research Centre"),
])
def test_the_body_the_person_heads_takes_part(read, text, person, org):
    t = triples(read(text))
    assert _with(t, person) == {org}, sorted(t)


@pytest.mark.parametrize("text, person", [
    ("Marta Velez heads the Korvan Space Agency and chairs the Orla Institute. She will retire in December.",
     "Marta Velez"),  # two posts: which one she leaves is not said
    ("Marta Velez, an engineer at the Orla Institute, will retire in December.", "Marta Velez"),  # no head
])
def test_no_body_without_one_post_held(read, text, person):
    t = triples(read(text))
    assert not _with(t, person), sorted(t)
