"""A class noun whose first word the tagger reads as a verb's gerund keeps its name: "the MAPHEUS-16 sounding
rocket lifted off" (gerund_compounds: the name had become the gerund's subject, so the rocket had no name and the
launch no rocket); two launches of two rockets told one after the other are two launches, each with its own date
(same_events: a launch told of one rocket does not take back another rocket's). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


@pytest.mark.parametrize("text, rocket", [
    ("On 18 April 2026, the Kestrel-7 sounding rocket lifted off from Esrange.", "Kestrel-7"),
    ("The TEXOR-58 sounding rocket was launched from Esrange on 5 May 2025.", "TEXOR-58"),
    ("A Varga-2 sounding rocket lifted off from Andøya Space on 2 February.", "Varga-2"),
])
def test_a_sounding_rocket_keeps_its_name_and_launch(read, text, rocket):
    ext = read(text)
    got = triples(ext)
    assert "LaunchVehicle" in classes_of(ext, rocket), sorted(got)
    assert any(p == "launchVehicle" and o == rocket and ext.entities[s].label.startswith("launch")
               for s, p, o in ((r.subject, r.predicate, ext.entities[r.object].label) for r in ext.relations)), \
        sorted(got)


def test_a_gerund_that_is_no_class_noun_stays_a_verb(read):
    got = triples(read("The Kestrel-7 rocket, sounding the upper atmosphere, reached 250 kilometres."))
    assert not any("sounding" in s or "sounding" in o for s, _, o in got), sorted(got)


def _launch_dates(ext):
    by = {r.subject: ext.entities[r.object].label for r in ext.relations if r.predicate == "launchVehicle"}
    return {(by[d.subject], d.value) for d in ext.dates if d.subject in by}


@pytest.mark.parametrize("text, dated", [
    ("On 18 April 2026, the Zephra-1 rocket lifted off from Esrange. On 3 May 2025, the Kestrel-2 rocket lifted "
     "off from Esrange.", {("Zephra-1", "2026-04-18"), ("Kestrel-2", "2025-05-03")}),
    ("The Zephra-1 rocket was launched on 2 March 2024. The Kestrel-2 rocket was launched on 9 June 2024.",
     {("Zephra-1", "2024-03-02"), ("Kestrel-2", "2024-06-09")}),
])
def test_two_rockets_two_launches(read, text, dated):
    ext = read(text)
    assert _launch_dates(ext) == dated, sorted(triples(ext))


def test_a_launch_told_again_of_its_rocket_is_one_launch(read):
    ext = read("The Zephra-1 rocket lifted off from Esrange on 18 April 2026. The rocket was launched at 10:17.")
    launches = {r.subject for r in ext.relations if r.predicate == "launchVehicle"}
    assert len(launches) == 1, sorted(triples(ext))
