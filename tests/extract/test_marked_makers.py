"""A flown thing whose own words name its maker ("the French IRIS imager", "a Korrin-built magnetometer") is
provided only by the flying body the mark names, or a body of the country it names; unmarked, every flying body
provides it; a name of the thing itself is no mark. A maker named by another body's hyphen provides it alone.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _providers(found, part: str) -> set[str]:
    return {o for s, p, o in found if p == "providedBy" and s.startswith(part)}


@pytest.mark.parametrize("text, part, providers", [
    ("CNES and ISRO will fly the French IRIS imager on the Oceansat-4 satellite.", "IRIS", {"CNES"}),
    ("JAXA and ESA will fly the Japanese Hikari spectrometer on the Veyra probe.", "Hikari", {"JAXA"}),
    ("The Vela Space Agency and the Korrin Aerospace Research Institute will fly a Korrin-built magnetometer on "
     "the Aurora-3 orbiter.", "Korrin-built magnetometer", {"Korrin Aerospace Research Institute"}),
    ("ESA and JAXA will fly the MIRA camera on the Hoshi-2 probe.", "MIRA", {"ESA", "JAXA"}),
    ("NASA and ESA will fly a DLR-built radiometer on the Kepler-7 probe.", "DLR-built radiometer", {"DLR"}),
])
def test_a_marked_maker_provides_alone(read, text, part, providers):
    found = triples(read(text))
    assert _providers(found, part) == providers, sorted(found)
