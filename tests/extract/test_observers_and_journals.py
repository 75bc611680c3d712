"""What observers see through a craft, and where they publish it: the craft observers use targets the body they see
something in ("Astronomers using the Vela telescope detected water in the atmosphere of the exoplanet K2-18b":
rules/sightings.py); a name the tokenizer cut at a hyphen before a number is whole ("K2-18b", designations.
hyphened_numbers); a journal's one-word title after a verb of publishing names nothing ("reported in Nature",
"published in Science"; "published in Paris" keeps its town: publications.py, lexicon PUBLISH_VERBS). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import labels, triples


@pytest.mark.parametrize("text, craft, body", [
    ("Astronomers using the Vela telescope detected water in the atmosphere of the exoplanet K2-18b.",
     "Vela", "K2-18b"),
    ("Using the Orla satellite, the team spotted a storm on Jupiter.", "Orla", "Jupiter"),
])
def test_the_craft_observers_use_targets_the_body(read, text, craft, body):
    got = triples(read(text))
    assert (craft, "target", body) in got, sorted(got)


def test_a_craft_observers_use_on_a_thing_of_earth_targets_nothing(read):
    got = triples(read("Engineers using the Orla satellite detected a fault in its solar panel."))
    assert not any(p == "target" for _, p, _ in got), sorted(got)


@pytest.mark.parametrize("text, title", [
    ("A team led by Ana Ruiz reported in Nature that the planet holds water.", "Nature"),
    ("The results, published in Science on 3 March, were obtained with the Kestrel instrument.", "Science"),
])
def test_a_one_word_journal_names_nothing(read, text, title):
    assert title not in labels(read(text))


def test_a_known_town_after_published_in_stays(read):
    assert "Paris" in labels(read("The report was published in Paris on 3 May."))
