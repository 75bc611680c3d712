"""rules/happenings.py, dep:witnesses on sentences written for it: who was present at an event that is the
subject of its clause ("the ceremony was held ..., in the presence of C") took part in it."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, event, who", [
    ("The handover ceremony was held in Cannes, in the presence of CNES.", "handover ceremony", "CNES"),
    ("The signing ceremony took place in Rome in the presence of the Italian Space Agency.",
     "signing ceremony", "ASI"),
])
def test_witnesses_of_an_event_subject_take_part(read, text, event, who):
    got = triples(read(text))
    assert any(s.startswith(event) and p == "participant" and o == who for s, p, o in got), got


def test_witnesses_absence_is_no_presence(read):
    got = triples(read("The handover ceremony was held in Cannes in the absence of CNES."))
    assert not any(p == "participant" and o == "CNES" for _, p, o in got), got
