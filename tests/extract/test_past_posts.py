"""A title held once states nothing of today: "former ESA astronaut A" is not a member of ESA, "B, a retired
Norvik Space Agency engineer" not of that agency (lexicon PAST_POST_WORDS, title_kind in rules/titles.py).
The same titles without those words still make members and heads. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, person, org", [
    ("Former ESA astronaut Lena Marsh visited Lisbon.", "Lena Marsh", "ESA"),
    ("Piet Dahlgren, a former NSA astronaut, welcomed the decision.", "Piet Dahlgren", "NSA"),
    ("The former Director General of the Norvik Space Agency, Jan Morel, spoke in Oslo.", "Jan Morel",
     "Norvik Space Agency"),
    ("Tomas Ekberg, a retired KSA engineer, opened the exhibition in Madrid.", "Tomas Ekberg", "KSA"),
])
def test_a_past_post_makes_no_member_or_head(read, text, person, org):
    found = triples(read(text))
    assert not {(person, p, org) for p in ("memberOf", "headOf")} & found, sorted(found)


@pytest.mark.parametrize("text, fact", [
    ("ESA astronaut Lena Marsh visited Lisbon.", ("Lena Marsh", "memberOf", "ESA")),
    ("Piet Dahlgren, an NSA astronaut, welcomed the decision.", ("Piet Dahlgren", "memberOf", "NSA")),
    ("The Director General of the Norvik Space Agency, Jan Morel, spoke in Oslo.",
     ("Jan Morel", "headOf", "Norvik Space Agency")),
    ("Piet Dahlgren, a former NSA astronaut, is now the Director General of the Dutch Space Office.",
     ("Piet Dahlgren", "headOf", "Dutch Space Office")),
])
def test_a_present_post_still_counts(read, text, fact):
    found = triples(read(text))
    assert fact in found, sorted(found)
