"""Programmes and who pays: "the Nova programme includes the Vela and Lyra missions" (frame:programme-includes),
"Vela is part of the Nova programme" with Vela unknown (doing: a part of a programme is a mission), and "the
EU-funded Vela mission" (dep:hyphened-agent: who funds takes part, it provides nothing)."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


@pytest.mark.parametrize("text, parts, whole", [
    ("The Nova programme includes the Tavi and Pella missions.", ("Tavi", "Pella"), "Nova"),
    ("The Kestrel constellation comprises the Kestrel-1 and Kestrel-2 satellites.", ("Kestrel-1", "Kestrel-2"),
     "Kestrel"),
])
def test_rules_programme_includes_its_missions(read, text, parts, whole):
    t = triples(read(text))
    assert {(p, "partOf", whole) for p in parts} <= t, t


def test_rules_programme_includes_not_an_agency_listing(read):
    t = triples(read("ESA's programme includes studies with OHB and the Tavi mission."))
    assert not any(p == "partOf" and o == "ESA" for s, p, o in t), t


@pytest.mark.parametrize("text, part, whole", [
    ("Tavi is part of the Nova programme.", "Tavi", "Nova"),
    ("Marlin-5 is a key element of the Nova programme.", "Marlin-5", "Nova"),
])
def test_rules_part_of_a_programme_is_a_mission(read, text, part, whole):
    got = read(text)
    assert classes_of(got, part) == {"Mission"}, [(e.label, e.classes) for e in got.entities.values()]
    assert (part, "partOf", whole) in triples(got)


@pytest.mark.parametrize("text, funder, craft", [
    ("The ESA-funded Tavi mission will launch in 2027.", "ESA", "Tavi"),
    ("The DLR-financed Tavi satellite reached orbit on Monday.", "DLR", "Tavi"),
])
def test_rules_hyphened_funder_contributes_and_provides_nothing(read, text, funder, craft):
    t = triples(read(text))
    assert (funder, "contributesTo", craft) in t and (craft, "providedBy", funder) not in t, t


def test_rules_hyphened_builder_still_provides(read):
    t = triples(read("The NASA-built Tavi satellite reached orbit on Monday."))
    assert ("Tavi", "providedBy", "NASA") in t, t


def test_rules_the_programme_is_the_one_so_written_not_its_mission(read):
    t = triples(read("Tavi is the second mission of the Nova programme, after Pella. The programme is financed by "
                     "Denmark and Austria."))
    assert {("Denmark", "contributesTo", "Nova"), ("Austria", "contributesTo", "Nova")} <= t, t
    assert ("Denmark", "contributesTo", "Tavi") not in t, t
