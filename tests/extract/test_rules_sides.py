"""A gathering named by its sides after "of" (rules/sides.py), on sentences written for these tests:
"the meeting of the two agencies" is the meeting or signing told of before, else an event of its own."""

import datetime as dt

from ..helpers import triples


def _gatherings(x):
    return [e for e in x.entities.values() if "Meeting" in e.classes and not e.named]


def test_rules_sides_the_meeting_of_the_two_agencies_is_their_signing(read):
    x = read("ISRO and CNES signed a memorandum in Bengaluru on 4 March. The meeting of the two agencies also "
             "covered the Vela mission.", date=dt.date(2025, 3, 6))
    t = triples(x)
    assert len(_gatherings(x)) == 1, "one gathering, not a second one for 'the meeting'"
    assert (_gatherings(x)[0].label, "topic", "Vela") in t


def test_rules_sides_the_meeting_of_a_and_b_is_the_talks_before(read):
    x = read("Talks between KARI and DLR took place in Bonn on 2 June. The meeting of KARI and DLR focused on "
             "the Vela mission.", date=dt.date(2025, 6, 4))
    t = triples(x)
    talks = _gatherings(x)
    assert len(talks) == 1
    assert {(talks[0].label, "participant", "KARI"), (talks[0].label, "participant", "DLR"),
            (talks[0].label, "topic", "Vela")} <= t


def test_rules_sides_a_meeting_of_its_own(read):
    x = read("The meeting of KARI and CNES in Paris on 3 May covered the Vela mission.", date=dt.date(2025, 5, 6))
    t = triples(x)
    m = _gatherings(x)[0].label
    assert {(m, "participant", "KARI"), (m, "participant", "CNES"), (m, "topic", "Vela")} <= t


def test_rules_sides_other_sides_are_another_meeting(read):
    x = read("JAXA and NASA signed an agreement in Tokyo on 2 May. The meeting of KARI and CNES covered the Vela "
             "mission.", date=dt.date(2025, 5, 6))
    t = triples(x)
    meeting = [e for e in _gatherings(x) if (e.label, "participant", "KARI") in t]
    assert meeting and (meeting[0].label, "participant", "CNES") in t
    assert not any(p == "participant" and o in ("KARI", "CNES") and s != meeting[0].label for s, p, o in t)
    assert not any(s.startswith("signing") and p == "topic" for s, p, _ in t)


def test_rules_sides_one_body_meets_alone(read):
    # a body's own meeting has the body as its one participant (test_meeting_of_a_body.py), and no pair of sides
    x = read("The meeting of the EUMETSAT Council in Oslo covered the Vela mission.")
    got = {(p, o) for _, p, o in triples(x) if p in ("participant", "partnerOf")}
    assert got == {("participant", "EUMETSAT Council")}, got
