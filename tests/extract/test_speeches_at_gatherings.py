"""Who gives a keynote, a speech, an address or a lecture takes part in the gathering it is given at: its own
"at" phrase, else the conference or meeting just told of (lexicon SPEECH_VERBS, SPEECH_NOUNS; rules/speeches.py).
A speech with no gathering in view gives nothing. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples

_HELD = "The fifth Orbital Futures Symposium was held in Valmont from 15 to 17 October 2025. "


@pytest.mark.parametrize("text, event, person", [
    (_HELD + "The keynote was delivered by Dr. Amina Okafor, head of the Nigerian Space Agency.",
     "Orbital Futures Symposium", "Amina Okafor"),
    (_HELD + "Josef Aschbacher gave the opening speech.", "Orbital Futures Symposium", "Josef Aschbacher"),
    (_HELD + "The opening address was given by the French Minister for Research, Anne Dupont.",
     "Orbital Futures Symposium", "Anne Dupont"),
    ("The Space Tech Expo opened in Bremen on 4 May. Anke Kaysser-Pyzalla delivered a keynote on the future of"
     " European launchers.", "Space Tech Expo", "Anke Kaysser-Pyzalla"),
])
def test_the_speaker_takes_part_in_the_gathering_told_of(read, text, event, person):
    got = triples(read(text))
    assert (event, "participant", person) in got, got


def test_a_speech_with_no_gathering_in_view_gives_nothing(read):
    got = triples(read("Josef Aschbacher gave a speech on climate change."))
    assert not any(p == "participant" for _, p, _ in got), got


def test_the_gathering_named_a_few_sentences_before(read):
    got = triples(read(_HELD + "It was organised by CNES. More than 600 participants came from 30 countries. ESA and"
                       " JAXA took part in a panel on space debris. The keynote was delivered by Dr. Amina Okafor."))
    assert ("Orbital Futures Symposium", "participant", "Amina Okafor") in got, got
