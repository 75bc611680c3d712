"""A fact sheet's lines: each bulleted or labelled line is a paragraph of its own (ingest.normalize_text), its label
names nothing ("Prime contractor:", "Instruments:": extract/field_labels.py), and what a label of lexicon
FACT_FIELDS says is a fact of the craft the sheet is about ("- Launcher: Vega-C" after "Key facts about the Orla-5
satellite": rules/fact_lines.py); "- Launch: 3 May 2026" dates the craft's launch (pattern:field-line). Sheets
written for these tests."""

from __future__ import annotations

import datetime as dt

from presskg.ingest import normalize_text

from ..helpers import labels, triples

_SHEET = """Key facts about the Orla-5 satellite

- Launch: 3 May 2026, 09:14 CEST
- Launcher: Vega-C, flight VV28
- Launch site: Europe's Spaceport, Kourou, French Guiana
- Prime contractor: OHB System AG
- Instruments: Kestrel spectrometer (CNES),
  Lumen camera (DLR)
- Operator: EUMETSAT
"""


def test_each_item_is_a_paragraph_and_a_wrapped_item_is_one():
    text = normalize_text(_SHEET)
    assert "\n\n- Launcher: Vega-C, flight VV28\n\n" in text
    assert "- Instruments: Kestrel spectrometer (CNES), Lumen camera (DLR)" in text


def test_labelled_lines_without_bullets_are_items_too():
    text = normalize_text("The launch moved.\nLaunch date: 4 May 2026\nLaunch site: Kourou\n")
    assert text.split("\n\n") == ["The launch moved.", "Launch date: 4 May 2026", "Launch site: Kourou"]


def test_running_text_with_one_colon_stays_one_paragraph():
    assert normalize_text("The rocket lifted off at 10:45.\nEngineers: all went well.") == \
        "The rocket lifted off at 10:45. Engineers: all went well."


def test_a_sheets_facts_are_its_crafts(read):
    ext = read(normalize_text(_SHEET), date=dt.date(2026, 3, 14))
    got = triples(ext)
    assert {("Orla-5", "launchVehicle", "Vega-C"), ("Orla-5", "providedBy", "OHB"),
            ("Orla-5", "operatedBy", "EUMETSAT")} <= got, sorted(got)
    launches = {s for s, p, o in got if p == "participant" and o == "Orla-5" and s.startswith("launch")}
    assert len(launches) == 1, sorted(got)
    (launch,) = launches
    assert (launch, "launchVehicle", "Vega-C") in got, sorted(got)
    assert any(ext.entities[d.subject].label == launch and d.value == "2026-05-03" for d in ext.dates)
    assert not {"Prime", "Instruments"} & labels(ext), sorted(labels(ext))


_LISTS = """The Helion solar observatory will be launched in 2029.

Key facts:
- Launcher: Ariane 6
- Partners: ESA (lead), NASA, JAXA
- Instruments: a coronagraph (CORA) and a magnetometer (HMAG)
"""


def test_a_sheets_lists_are_its_partners_and_parts(read):
    """"- Partners: ESA (lead), NASA, JAXA": each partner contributes to the craft; "- Instruments: ..." each
    instrument is its part (lexicon FACT_FIELDS, rules/fact_lines.py)."""
    got = triples(read(normalize_text(_LISTS)))
    assert {("ESA", "contributesTo", "Helion"), ("NASA", "contributesTo", "Helion"),
            ("JAXA", "contributesTo", "Helion"), ("CORA", "partOf", "Helion"), ("HMAG", "partOf", "Helion"),
            ("Helion", "launchVehicle", "Ariane 6")} <= got, sorted(got)
