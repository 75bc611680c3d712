"""dates:dateline-lead and dates:sentence on sentences written for them."""

from __future__ import annotations

import datetime as dt

import pytest


def _dates(result, cls: str) -> list[set[str]]:
    ents = sorted((e for e in result.entities.values() if cls in e.classes),
                  key=lambda e: e.mentions[0].start if e.mentions else 0)
    return [{d.value for d in result.dates if d.subject == e.key} for e in ents]


@pytest.mark.parametrize("text", [
    # the lead's noun makes no entity (folded into the dateline): the agreement met later is the one reported
    "TOULOUSE, FRANCE, OCT 3 — An agreement under which CNES and the Vela Space Agency will jointly make use of "
    "the Zephyr lunar mission of AstroCo, a private company, has been signed by the two agencies; the mission "
    "is scheduled to land on the Moon in 2026. The heads of the two agencies put their signatures to the "
    "agreement.",
    # the lead's noun is an entity the verb's date does not reach
    "MUNICH, GERMANY, OCT 3 — An accord under which DLR and the Vela Space Agency will jointly operate the "
    "Zephyr orbiter has been concluded by the two agencies; the orbiter is scheduled for launch in 2026. The "
    "two heads put their signatures to the accord.",
])
def test_rules_dateline_lead_dates_the_reported_agreement(read, text):
    """The reading sets the dateline apart (nlp's paragraph component), so the lead's verb takes its date
    (dates:dateline) and the agreement it reports with it; dates:dateline-lead gives it where the parse
    still folds the lead's noun into the dateline."""
    result = read(text, date=dt.date(2024, 10, 3))
    assert _dates(result, "Agreement")[0] == {"2024-10-03"}, result.dates


def test_rules_dateline_lead_needs_a_dated_dateline(read):
    """No date before the dash: nothing to give."""
    result = read("VELA CITY — An accord under which ESA and the Vela Space Agency will share Zephyr data has "
                  "been concluded by the two agencies. The heads of the two agencies put their signatures to "
                  "the accord.", date=dt.date(2024, 5, 3))
    assert not any(d.evidence.method == "dates:dateline-lead" for d in result.dates), result.dates


def test_rules_dateline_lead_leaves_a_lead_that_made_its_entity(read):
    """The lead's agreement exists and is dated by its clause: no later agreement takes the date."""
    result = read("ROME, MAY 3 — ESA and the Vela Space Agency have signed an agreement on the Zephyr mission. "
                  "An earlier agreement on the Vela rover is still in force.", date=dt.date(2024, 5, 3))
    dates = _dates(result, "Agreement")
    assert dates[0] == {"2024-05-03"} and all(not d for d in dates[1:]), dates


def test_rules_dating_sentence_date_of_a_verb_event(read):
    """"On Thursday, X came to the centre, where he held a meeting": the meeting takes the sentence's date."""
    result = read("On Thursday, Anna Berg, the head of ESA, came to the Vela centre, where she held a meeting "
                  "with the head of the Vela Space Agency.", date=dt.date(2024, 5, 3))
    assert any("2024-05-02" in d for d in _dates(result, "Meeting")), result.dates


def test_rules_dating_sentence_date_is_not_the_other_clauses(read):
    """"The capsule came down in the desert, and JAXA recovered it on 14 June": the landing is not dated
    by the recovery's day."""
    result = read("The Vela capsule came down safely in the Zephyr desert, and JAXA recovered it on 14 June "
                  "2010.", date=dt.date(2010, 6, 20))
    assert all("2010-06-14" not in d for d in _dates(result, "Landing")), result.dates
    assert any("2010-06-14" in d for d in _dates(result, "Event")), result.dates


def test_rules_dating_sentence_date_of_a_relative_clause_stays_there(read):
    """"set to touch down at X, a site that was chosen in August": August is the choice's, not the landing's."""
    result = read("The Vela lander is now set to touch down on Mars at Zephyr Plain, a site that was chosen "
                  "in August 2018 by the mission team.", date=dt.date(2018, 10, 3))
    landings = _dates(result, "Landing")
    assert landings and all("2018-08" not in d for d in landings), result.dates


def test_rules_dateline_a_hyphen_in_the_headline_is_no_dateline(read):
    """"second-generation" in the headline is a hyphen, not the dateline's dash: the dateline below dates the lead."""
    result = read("Vela signs contract for second-generation satellites\n\nRome, 20 January 2026 - The Vela Space "
                  "Agency has signed a contract with Orla Space Industries.\n", date=dt.date(2026, 1, 21))
    assert {"2026-01-20"} in _dates(result, "Agreement"), result.dates
