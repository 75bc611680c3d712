"""Unnamed events from occurrence verbs and nouns, on sentences written for these tests."""

import datetime as dt

import pytest

from ..helpers import triples


def _events(x, cls):
    return [e for e in x.entities.values() if cls in e.classes and not e.named]


def test_rules_occurrences_visit_verb_gives_participant_place_and_date(read):
    x = read("Minister Kim Sora visited the Naro Space Center on 4 May.", date=dt.date(2022, 5, 6))
    visit = _events(x, "Meeting")[0]
    t = triples(x)
    assert (visit.label, "participant", "Kim Sora") in t
    assert (visit.label, "locatedIn", "Naro Space Center") in t
    assert any(d.subject == visit.key and d.value == "2022-05-04" for d in x.dates)


def test_rules_occurrences_recovery_verb_with_agent_and_place(read):
    x = read("On 9 June, the Kestrel capsule landed near Woomera. KASA recovered the Kestrel capsule at "
             "Woomera on 10 June.", date=dt.date(2023, 6, 11))
    t = triples(x)
    rec = [e for e in _events(x, "Event") if (e.label, "participant", "KASA") in t]
    assert rec and (rec[0].label, "locatedIn", "Woomera") in t
    assert any(d.subject == rec[0].key and d.value == "2023-06-10" for d in x.dates)


def test_rules_occurrences_launch_noun_with_of_and_planned_date(read):
    x = read("The launch of the Aurora probe is planned for 2027.")
    launch = _events(x, "Launch")[0]
    assert (launch.label, "participant", "Aurora") in triples(x)
    assert any(d.subject == launch.key and d.value == "2027" for d in x.dates)


def test_rules_occurrences_visit_noun_made_by_someone_to_a_country(read):
    x = read("The accord was concluded during the state visit Chancellor Olaf Brandt made to Brazil.")
    visit = _events(x, "Meeting")[0]
    t = triples(x)
    assert (visit.label, "participant", "Olaf Brandt") in t and (visit.label, "locatedIn", "Brazil") in t


def test_rules_occurrences_nothing_without_a_participant(read):
    x = read("A visit is always welcome, and the launch will be exciting.")
    assert not _events(x, "Meeting") and not _events(x, "Launch")


def test_rules_occurrences_participle_describes_its_noun(read):
    # "the instrument delivered to X last July" describes the instrument: no delivery event of its own
    x = read("The team praised the Vela camera delivered to ESA last July.", date=dt.date(2021, 2, 1))
    assert not _events(x, "Event")


def test_rules_occurrences_present_at_the_meeting(read):
    x = read("The board of KASA held a meeting on Monday. Present at the meeting were Kim Sora, Park Jiwon and "
             "Lee Minho. Jan Holm was also present at the meeting.", date=dt.date(2024, 9, 17))
    meeting = _events(x, "Meeting")[0]
    people = {o for s, p, o in triples(x) if s == meeting.label and p == "participant"}
    assert {"Kim Sora", "Park Jiwon", "Lee Minho", "Jan Holm"} <= people


@pytest.mark.parametrize("text", [
    "The Zephyr probe reached Titan. According to preliminary data, the probe came down safely.",
    "The Vela lander touched down softly, its engineers said.",
])
def test_occurrences_a_craft_landing_told_in_the_past_is_an_event(read, text):
    result = read(text)
    landings = [e for e in result.entities.values() if "Landing" in e.classes]
    assert len(landings) == 1 and any(r.subject == landings[0].key and r.predicate == "participant"
                                      for r in result.relations), triples(result)


def test_occurrences_a_landing_to_come_needs_a_date_or_place(read):
    result = read("The Vela lander will touch down softly.")
    assert not [e for e in result.entities.values() if "Landing" in e.classes]


@pytest.mark.parametrize("text, craft", [
    ("Astronaut Lena Varga captured the Zephyr cargo ship with the robotic arm on 4 May.", "Zephyr"),
    ("The Vela freighter was grappled by the station's robotic arm at 4:51 a.m. on 4 May.", "Vela"),
])
def test_occurrences_a_capture_by_an_arm_is_an_event_with_the_craft(read, text, craft):
    x = read(text, date=dt.date(2022, 5, 6))
    caught = [e for e in _events(x, "Event") if e.label.split()[0] in ("capture", "grapple")]
    assert caught, triples(x)
    assert (caught[0].label, "participant", craft) in triples(x), triples(x)


def test_occurrences_a_capture_with_no_date_or_place_is_no_event(read):
    x = read("The arm can capture a free-flying craft.", date=dt.date(2022, 5, 6))
    assert not [e for e in _events(x, "Event") if e.label.startswith("capture")], triples(x)


def test_occurrences_a_conveyance_takes_place_where_it_goes(read):
    x = read("The Vela capsule was transported to the Sagamihara Campus on 9 May.", date=dt.date(2022, 5, 12))
    moved = [e for e in _events(x, "Event") if e.label.startswith("transport")]
    assert moved and (moved[0].label, "locatedIn", "JAXA Sagamihara Campus") in triples(x), triples(x)


def test_occurrences_a_recovery_team_is_no_recovery(read):
    x = read("A JAXA recovery team flew to Woomera on 9 May.", date=dt.date(2022, 5, 12))
    assert not [e for e in _events(x, "Event") if "recovery" in e.label], triples(x)
