"""An occurrence noun that opens the sentence, which the tagger may take for a name ("Liftoff of X is scheduled
for <date>"), still tells of the occurrence (dep:occurrence-noun); a name it opens ("Launch Complex 39") does
not. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _events(result) -> dict[str, set[str]]:
    ents = result.entities
    out: dict[str, set[str]] = {}
    for r in result.relations:
        if r.predicate == "participant":
            out.setdefault(ents[r.subject].label, set()).add(ents[r.object].label)
    return out


@pytest.mark.parametrize("text, craft", [
    ("Liftoff of the Tamarind mission is scheduled for 8 March 2026.", "Tamarind"),
    ("Launch of the Orlan lander took place on 7 March 2025 from Tanegashima.", "Orlan"),
    ("Splashdown of the Kestrel capsule is expected on 3 June 2026.", "Kestrel"),
])
def test_an_opening_event_noun_makes_its_event(read, text, craft):
    got = read(text)
    assert any(craft in who for who in _events(got).values()), triples(got)


def test_a_name_the_noun_opens_is_no_event(read):
    got = read("Launch Complex 39 will host the Vela Space Agency's next mission in 2026.")
    assert not _events(got), triples(got)
