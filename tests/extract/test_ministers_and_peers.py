"""Ministers' names and the agency told of again (session 24): a name written right after a portfolio is the
holder's, not a word of the ministry ("Minister of Science and Industry Mara Jolet"; portfolios.holder_after and
_before_a_name), a peer's style opens a person's name ("Lord Ashdown", names.peer), a ministry is no "agency"
(taking_back._government), and "the agency" said again means what it meant before, over an agency told of since only
as an owner ("joined ESA's programme"; salience.as_said_before). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from ..helpers import classes_of, labels, triples

_DAY = dt.date(2026, 3, 14)


def test_a_name_after_a_listed_portfolio_is_the_holders(read):
    doc = read("Minister of Energy, Science and Industry Mara Jolet opened the new Orvik test centre.", date=_DAY)
    assert "Person" in classes_of(doc, "Mara Jolet"), labels(doc)
    assert ("Mara Jolet", "headOf", "Ministry of Energy, Science and Industry") in triples(doc), triples(doc)


def test_a_portfolio_alone_keeps_its_fields(read):
    doc = read("Minister of Energy, Science and Industry Tomas Berg said the budget would grow.", date=_DAY)
    got = triples(doc)
    assert ("Tomas Berg", "headOf", "Ministry of Energy, Science and Industry") in got, got


def test_a_name_after_a_fronted_portfolio_and_a_peers_style(read):
    doc = read("Science Minister Lord Ashdown welcomed the crew back to Earth.", date=_DAY)
    assert "Person" in classes_of(doc, "Lord Ashdown"), labels(doc)
    assert ("Lord Ashdown", "headOf", "Ministry of Science") in triples(doc), triples(doc)


def test_a_peers_style_opens_a_persons_name(read):
    doc = read("Baroness Kelloway visited the Orvik spaceport on 3 March.", date=_DAY)
    assert "Person" in classes_of(doc, "Baroness Kelloway"), labels(doc)


def test_a_style_after_the_is_no_person(read):
    doc = read("The Orvik Space Agency held a lecture in the Lady Chapel on 3 March.", date=_DAY)
    assert not any("Person" in e.classes for e in doc.entities.values()), [
        (e.label, e.classes) for e in doc.entities.values()]


_AGAIN = ("The Chief Executive of the Orvik Space Agency, Ana Lind, will step down in June. Under her leadership the "
          "agency opened its first launch site and joined ESA's lunar programme. Deputy Chief Executive Jon Berg "
          "will lead the agency in the interim.")


def test_the_agency_said_again_is_the_agency_meant_before(read):
    got = triples(read(_AGAIN, date=_DAY))
    assert ("Jon Berg", "headOf", "Orvik Space Agency") in got, got
    assert ("Jon Berg", "headOf", "ESA") not in got, got


def test_a_ministry_is_no_agency(read):
    doc = read("The Orvik Space Agency was founded in 2010. Science Minister Ana Lind praised its work. Jon Berg will "
               "lead the agency from May.", date=_DAY)
    got = triples(doc)
    assert ("Jon Berg", "headOf", "Orvik Space Agency") in got, got
    assert not any(s == "Jon Berg" and o.startswith("Ministry") for s, p, o in got), got
