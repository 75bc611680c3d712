"""Four classes of wording (issue 15), on sentences written for these tests:

* a topic of the knowledge base (a common noun: "launch services") in capitals inside a longer name is a word
  of that name ("Orvik Launch Services" is a company; extract/gazetteer.py), and "Services" ends trade names
  (lexicon ``COMPANY_NAME_WORDS``);
* a facility noun with an organization after "of" is run by it ("the ground station of Polarnet";
  extract/rules/facilities.py), as with one in the possessive;
* "test stand", "test bench" are facilities (lexicon ``HEAD_CLASSES``), not tests;
* a lead that tells another day than its dateline's is dated by its own ("RIGA, 22 September 2026 – ... on
  18 September"; extract/rules/happenings.py ``dates:dateline``).
"""

from __future__ import annotations

import datetime as dt

import pytest

from ..helpers import classes_of, labels, triples


@pytest.mark.parametrize("text, name", [
    ("The Skarv launcher is being developed by the Norwegian company Orvik Launch Services.", "Orvik Launch Services"),
    ("The contract for the mission went to Halden Launch Services of Norway.", "Halden Launch Services"),
])
def test_a_topic_inside_a_name_is_part_of_the_name(read, text, name):
    ext = read(text)
    assert classes_of(ext, name) == {"Company"}, sorted((e.label, sorted(e.classes)) for e in ext.entities.values())
    assert "launch services" not in labels(ext)


def test_a_topic_alone_in_capitals_or_not_stays_a_topic(read):
    ext = read("Launch services are a growing market for Europe, the minister said.")
    assert classes_of(ext, "launch services") == {"Topic"}, labels(ext)


@pytest.mark.parametrize("text, facility, owner, place", [
    ("The first signals were received at the ground station of Nordlys Systems.", "ground station [t]",
     "Nordlys Systems", None),
    ("The data were received at the ground station of DLR in Weilheim.", "ground station [t]", "DLR", "Weilheim"),
    ("The mission control centre of the Korvan Space Agency is in Riga.", "mission control centre [t]",
     "Korvan Space Agency", None),
])
def test_a_facility_of_an_organization_is_run_by_it(read, text, facility, owner, place):
    got = triples(read(text))
    assert (facility, "operatedBy", owner) in got, got
    if place:
        assert (facility, "locatedIn", place) in got, got


def test_a_facility_of_a_place_has_no_operator(read):
    got = triples(read("The ground station of Svalbard received the first signals on 3 May 2026."))
    assert not any(p == "operatedBy" for _, p, _ in got), got


@pytest.mark.parametrize("text, name", [
    ("The engine completed its campaign at the P5 test stand in Lampoldshausen.", "P5"),
    ("The motor was fired 22 times on the Kestrel test bench in Bodø.", "Kestrel"),
])
def test_a_test_stand_is_a_facility(read, text, name):
    ext = read(text)
    assert classes_of(ext, name) == {"Facility"}, sorted((e.label, sorted(e.classes)) for e in ext.entities.values())


_DAY = dt.date(2026, 9, 22)


def _dates(ext) -> set[str]:
    return {d.value for d in ext.dates}


def test_a_lead_with_another_day_is_not_dated_by_the_dateline(read):
    ext = read("RIGA, 22 September 2026 – The Korvan Space Agency and ESA signed the agreement at a ceremony in the "
               "Latvian parliament on 18 September.", date=_DAY)
    assert _dates(ext) == {"2026-09-18"}, _dates(ext)


@pytest.mark.parametrize("lead", [
    "The Korvan Space Agency and ESA today signed an agreement on the Tarn mission.",
    "The Korvan Space Agency signed an agreement with ESA on the Tarn mission.",
])
def test_a_lead_with_no_other_day_is_dated_by_the_dateline(read, lead):
    ext = read(f"RIGA, 22 September 2026 – {lead}", date=_DAY)
    assert "2026-09-22" in _dates(ext), _dates(ext)
