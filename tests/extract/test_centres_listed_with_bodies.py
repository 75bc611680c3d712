"""A centre listed after a body as the subject of a verb acts with it, a body too ("The Korvan Space Agency and the
Orvik Innovation Centre hosted a workshop": both host it, and the workshop is not held inside the centre;
entities._acting_with_a_body); a centre that hosts alone stays the venue. A name the parser made the conjunct of the
title set beside the name before it is that name's conjunct ("Speakers included Kari Holm, ESA Director of X, and
Ola Berg, CEO of Y": both speak; title_appositions.names_joined_to_titles). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


def _event_facts(ext):
    return {(p, o) for s, p, o in triples(ext) if s.startswith(("workshop", "signing", "agreement"))}


@pytest.mark.parametrize("text, fact", [
    ("The Korvan Space Agency and the Orvik Innovation Centre hosted a workshop in Oslo on 18 May.",
     ("participant", "Orvik Innovation Centre")),
    ("ESA and the Halden Space Centre signed an agreement on 3 May.", ("signatory", "Halden Space Centre")),
])
def test_a_centre_acting_with_a_body_is_a_body(read, text, fact):
    ext = read(text)
    assert fact in _event_facts(ext), sorted(triples(ext))
    assert "Organization" in classes_of(ext, fact[1])
    assert ("locatedIn", fact[1]) not in _event_facts(ext)


@pytest.mark.parametrize("text", [
    "The Orvik Conference Centre hosted a workshop on 18 May.",
    "A workshop on lunar resources and the Orvik Conference Centre were on the agenda.",
])
def test_a_centre_alone_or_under_a_copula_stays_a_place(read, text):
    assert "Organization" not in classes_of(read(text), "Orvik Conference Centre")


@pytest.mark.parametrize("text", [
    "ESA hosted a workshop in Oslo on 18 May. Speakers included Kari Holm, ESA Director of Exploration, and Ola "
    "Berg, CEO of the Korvan Space Agency.",
    "ESA hosted a workshop in Oslo on 18 May. Speakers included Kari Holm, Director of Exploration at ESA, and Ola "
    "Berg, President of the Korvan Space Agency.",
])
def test_names_beside_titles_are_listed_together(read, text):
    ext = read(text)
    got = triples(ext)
    people = {o for s, p, o in got if p == "participant" and s.startswith("workshop")}
    assert {"Kari Holm", "Ola Berg"} <= people, sorted(got)
    assert ("Ola Berg", "headOf", "Korvan Space Agency") in got, sorted(got)
