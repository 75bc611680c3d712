"""Who carries out the end of a craft's life runs the craft, as who decides it does: "JAXA completed the deorbiting
of the Hikari-2 satellite", "Eumetsat began the decommissioning of Meteosat-8" (lexicon LIFECYCLE_DECIDING_VERBS,
dep:lifecycle-noun); who only speaks of it ("NASA welcomed the decommissioning") does not. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, craft, operator", [
    ("JAXA completed the deorbiting of the Hikari-2 satellite on 1 November 2020.", "Hikari-2", "JAXA"),
    ("Eumetsat began the decommissioning of the Meteosat-8 satellite in 2022.", "Meteosat-8", "EUMETSAT"),
    ("CNES performed the passivation of the Sela satellite in March 2021.", "Sela", "CNES"),
])
def test_who_carries_out_a_craft_s_end_runs_it(read, text, craft, operator):
    got = triples(read(text))
    assert (craft, "operatedBy", operator) in got, got


def test_who_welcomes_it_does_not(read):
    got = triples(read("NASA welcomed the decommissioning of the Sela satellite."))
    assert ("Sela", "operatedBy", "NASA") not in got, got
