"""Fields of one common word as topics (FIELD_NOUNS, data): "an agreement on Earth observation and climate",
"a workshop on weather and health", "a memorandum on security and the environment", on sentences written for
them; the same words elsewhere than where a topic is read make no topic."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


@pytest.mark.parametrize("text, holder, fields", [
    ("The Vela Space Agency and CNES signed an agreement on Earth observation and climate.", "agreement",
     {"Earth observation", "climate"}),
    ("The Tamar Space Institute will hold a workshop on weather and health in Madrid in November.", "workshop",
     {"weather", "health"}),
    ("NASA and the Vela Space Agency signed a memorandum on security and the environment.", "memorandum",
     {"security", "environment"}),
    ("ESA and JAXA met in Lima to discuss space tourism and lunar mining.", "meeting",
     {"space tourism", "lunar mining"}),
    ("CSA and ISRO concluded an accord on energy, logistics and connectivity.", "accord",
     {"energy", "logistics", "connectivity"}),
])
def test_single_word_fields_are_topics(read, text, holder, fields):
    result = read(text)
    facts = triples(result)
    found = {o for s, p, o in facts if p == "topic" and s.startswith(holder)}
    assert fields <= found, facts
    assert all("Topic" in classes_of(result, f) for f in fields)


@pytest.mark.parametrize("text", [
    "The weather delayed the launch of the Kestrel satellite in May.",  # a subject, no topic position
    "The Vela Space Agency improved the health of its staff in 2024.",
    "Security at the Tavira Control Centre was tightened in March.",
])
def test_field_words_outside_topics_are_no_topics(read, text):
    facts = triples(read(text))
    assert not any(p == "topic" for _, p, _ in facts), facts
