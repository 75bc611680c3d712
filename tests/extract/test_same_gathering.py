""""The same session", "the same meeting": a gathering said to be the same is the latest gathering told of
before, whatever noun or verb told of it ("The Council met in Lisbon on 3 June. At the same session, it approved
..."), not a new one (lexicon SAME_ADJECTIVES; told_events.told_by_verb, referents._latest_of); "the next
session" is another. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import labels


def _events(got) -> list[str]:
    return sorted(e.label for e in got.entities.values() if any(c in ("Event", "Meeting", "Conference")
                                                                  for c in e.classes))


@pytest.mark.parametrize("text", [
    "The Council met in Lisbon on 3 June. At the same session, the Council approved the budget.",
    "The Board met in Paris on 4 May. At the same meeting, the Board elected a new chair.",
    "A meeting of the Council was held in Lisbon on 3 June. At the same session, the Council approved the budget.",
])
def test_the_same_gathering_is_the_one_told_of(read, text):
    got = read(text)
    assert len(_events(got)) == 1, _events(got)


def test_a_same_gathering_gets_no_date_of_its_own(read):
    got = read("The Council met in Lisbon on 3 June 2025. At the same session, the Council approved the budget"
               " for 2026.")
    dated = {e.label for e in got.entities.values() if "2026" in e.label}
    assert not dated, labels(got)


def test_a_session_not_said_to_be_the_same_is_new(read):
    got = read("The Council met in Lisbon on 3 June. The next session will be held in Rome on 5 December.")
    assert len(_events(got)) == 2, _events(got)


def test_the_same_session_reaches_back_past_a_few_sentences(read):
    got = read("The Council met in Lisbon on 3 June. It appointed Helena Sousa as Director General. She will take up"
               " her duties on 1 September. She worked at Thales Alenia Space in Rome. At the same session, the"
               " Council approved the budget.")
    assert not any("session" in x for x in _events(got)), _events(got)
