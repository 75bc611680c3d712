"""What owns a payload is a craft, whatever its name (doing.role_class, lexicon ``PAYLOAD_NOUNS``; session 36): "Vela's
payload includes the Orka camera" (a plain word's name was left untyped, and so out, with what its payload holds).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


@pytest.mark.parametrize("text, craft, part", [
    ("Vela's payload includes the Orka camera, provided by DLR, and the Lumo spectrometer, built by INAF.", "Vela",
     "Orka"),
    ("Kestrel's payload comprises the Fenn altimeter and a radiometer.", "Kestrel", "Fenn"),
])
def test_the_owner_of_a_payload_is_a_craft(read, text, craft, part):
    got = read(text)
    assert "Spacecraft" in classes_of(got, craft)
    assert (part, "partOf", craft) in triples(got)


def test_the_owner_of_other_things_stays_untyped(read):
    got = read("Vela's office is in Oslo.")
    assert "Spacecraft" not in classes_of(got, "Vela")
