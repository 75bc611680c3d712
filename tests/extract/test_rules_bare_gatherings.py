"""A bare definite gathering noun after a named gathering is that gathering ("... the International
Astronautical Congress. X spoke at the congress": rules/parties.py, dep:at-gathering), also when the tagger
takes the lower-case noun for a name (mentions.py: lower-case words name no event). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from ..helpers import labels, triples


@pytest.mark.parametrize("text, event, who", [
    ("Lucia Ortega attended the International Astronautical Congress in Milan. Jonas Pereira spoke at the "
     "congress, which was attended by 7,000 delegates.", "International Astronautical Congress", "Jonas Pereira"),
    ("Lucia Ortega attended the International Astronautical Congress in Milan. Jonas Pereira spoke at the "
     "conference.", "International Astronautical Congress", "Jonas Pereira"),
    ("The Korvan Institute hosted the Small Satellite Symposium in Brenna on 3 June. At the symposium, Anna Berg "
     "presented the Vela mission.", "Small Satellite Symposium", "Anna Berg"),
])
def test_the_bare_gathering_is_the_named_one(read, text, event, who):
    ext = read(text)
    assert (event, "participant", who) in triples(ext), sorted(triples(ext))
    assert "congress" not in labels(ext), sorted(labels(ext))


@pytest.mark.parametrize("text", [
    "Lucia Ortega attended the International Astronautical Congress in Milan in 2023. Jonas Pereira spoke at the "
    "next congress.",
    "Lucia Ortega attended the International Astronautical Congress in Milan. Jonas Pereira spoke at a congress "
    "in Paris.",
])
def test_another_gathering_is_not_the_named_one(read, text):
    got = triples(read(text))
    assert ("International Astronautical Congress", "participant", "Jonas Pereira") not in got, sorted(got)
