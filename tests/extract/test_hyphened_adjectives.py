"""A known name written as the second half of an adjective after a lower-case word ("the near-Earth asteroid X",
"in low-Earth orbit") is no mention of it: neither the knowledge base's name (candidates.after_lower_prefix) nor the
model's. "US-Japan" keeps both. Sentences written for these tests."""

from __future__ import annotations

from ..helpers import triples


def test_samples_from_a_near_earth_asteroid_come_from_the_asteroid(read):
    got = triples(read("The Tarn-7 probe will collect samples from the near-Earth asteroid Kamoʻoalewa and return "
                       "them in 2027."))
    sources = {o for s, p, o in got if p == "sampleFrom"}
    assert sources == {"Kamo'oalewa"}, got
    assert not any("Earth" in (s, o) for s, _, o in got), got


def test_two_names_joined_by_a_hyphen_stay_names(read):
    got = triples(read("The US-Japan agreement was signed in Tokyo."))
    assert {"United States", "Japan"} <= {o for _, p, o in got if p == "signatory"}, got


def test_a_name_after_an_adjective_and_a_hyphen_is_no_chunk_of_its_own(read):
    # the proper-noun run "Earth" after "lunar-": the second half of an adjective, not a second Earth
    ext = read("Juice flew past the Moon and Earth in August 2024 in the first lunar-Earth gravity assist.")
    earths = [m for e in ext.entities.values() if e.label == "Earth" for m in e.mentions]
    assert len(earths) == 1, earths
