"""Who takes part beside the subject ("Alongside NASA, CSA took part in the campaign", "ESA took part in the
workshop together with NASA": cooperation._companions), and who was present at an event told only by "took place"
("The signing ceremony took place in the presence of X": happenings.witnesses makes the ceremony; a launch watched
is no gathering of its watchers). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _takers(ext, event):
    return {o for s, p, o in triples(ext) if p == "participant" and s.startswith(event)}


@pytest.mark.parametrize("text, event, both", [
    ("Alongside NASA, the Korvan Space Agency took part in the campaign.", "campaign", {"NASA", "Korvan Space Agency"}),
    ("ESA took part in the workshop together with JAXA.", "workshop", {"ESA", "JAXA"}),
    ("Along with CNES, DLR participated in the exercise campaign.", "exercise campaign", {"CNES", "DLR"}),
])
def test_a_companion_takes_part(read, text, event, both):
    ext = read(text)
    assert both <= _takers(ext, event), sorted(triples(ext))


def test_a_manner_with_is_no_companion(read):
    ext = read("ESA took part in the workshop with great interest.")
    assert _takers(ext, "workshop") == {"ESA"}, sorted(triples(ext))


@pytest.mark.parametrize("text, event, who", [
    ("The signing ceremony took place in the presence of Kari Holm.", "signing ceremony", "Kari Holm"),
    ("The workshop took place in the presence of ESA Director General Kari Holm.", "workshop", "Kari Holm"),
])
def test_an_event_that_took_place_before_onlookers(read, text, event, who):
    ext = read(text)
    assert who in _takers(ext, event), sorted(triples(ext))


def test_a_watched_launch_is_no_gathering(read):
    ext = read("The launch took place in the presence of the Prime Minister, Ola Berg.")
    assert not any(o == "Ola Berg" for _, p, o in triples(ext) if p == "participant"), sorted(triples(ext))
