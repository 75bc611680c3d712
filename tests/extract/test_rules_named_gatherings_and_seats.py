"""A bare "the conference" after a named conference is that conference (rules/happenings.earlier_mention), and
"toured the laboratories of X" is a visit to X (rules/occurrences._seat_hosts); sentences written for these
tests."""

import datetime as dt

from ..helpers import triples


def test_rules_named_gathering_the_conference_is_the_named_one(read):
    x = read("KARI took part in the Lunar Dust Week conference in Daejeon on 3 May. The conference was opened by "
             "the Minister of Energy, Rosa Vidal.", date=dt.date(2025, 5, 6))
    t = triples(x)
    assert ("Lunar Dust Week conference", "participant", "Rosa Vidal") in t
    assert not [e for e in x.entities.values() if e.label.startswith("conference")], "no second conference"


def test_rules_named_gathering_another_noun_is_not_the_conference(read):
    x = read("KARI took part in the Lunar Dust Week conference in Daejeon on 3 May. The exhibition was opened by "
             "the Minister of Energy, Rosa Vidal.", date=dt.date(2025, 5, 6))
    assert ("Lunar Dust Week conference", "participant", "Rosa Vidal") not in triples(x)


def test_rules_seats_toured_the_laboratories_of_a_university(read):
    x = read("A delegation of KARI toured the laboratories of the University of Trondvik on 3 May.",
             date=dt.date(2025, 5, 6))
    t = triples(x)
    visit = [s for s, p, o in t if p == "participant" and o == "KARI"]
    assert visit and (visit[0], "participant", "University of Trondvik") in t
