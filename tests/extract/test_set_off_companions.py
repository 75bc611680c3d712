""""ESA, together with NASA, signed the agreement", "JAXA, along with ESA, developed X", "The agency, alongside
CNES, launched Y": a companion phrase set off by commas on the subject names one more subject; the parser hangs it
on the subject, not the verb (agent_lists.companions, read into every clause's frame). Sentences written
for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, fact", [
    ("The Kelmar Space Agency, together with the Orsian Space Agency, signed the agreement on 3 May.",
     ("agreement", "signatory", "Orsian Space Agency")),
    ("Orbix, along with Vantor Aerospace, developed the Tessera-2 satellite.",
     ("Tessera-2", "providedBy", "Vantor Aerospace")),
    ("The Kelmar Space Agency, alongside the Orsian Space Agency, will operate the Tessera-2 satellite.",
     ("Tessera-2", "operatedBy", "Orsian Space Agency")),
])
def test_a_set_off_companion_acts_as_the_subject_does(read, text, fact):
    got = {(s.split(" (")[0], str(p.value if hasattr(p, "value") else p), o) for s, p, o in triples(read(text))}
    assert fact in got, got
