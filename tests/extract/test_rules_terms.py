"""dep:under-agreement and the "under which" clause of dep:agreement-purpose, on sentences written for
them: what a clause framed by an agreement names is that agreement's topic."""

from __future__ import annotations

import datetime as dt

import pytest

from ..helpers import triples


def _topics(result) -> set[str]:
    ents = result.entities
    return {ents[r.object].label for r in result.relations
            if r.predicate == "topic" and "Agreement" in ents[r.subject].classes}


@pytest.mark.parametrize("text, topic", [
    ("ESA and the Vela Space Agency signed an agreement on Monday. Under the agreement, the Kestrel probe will "
     "carry a camera supplied by ESA.", "Kestrel"),
    ("CNES signed a contract with OHB in May. Under this contract, OHB will build the Lyra satellite.", "Lyra"),
    ("JAXA and ISRO concluded a memorandum of understanding last week. Under the memorandum, ISRO will launch "
     "the Zephyr orbiter and JAXA will operate it.", "Zephyr"),
    ("ESA and NASA signed an agreement under which NASA will fly the Kestrel spectrometer.", "Kestrel"),
    ("An agreement under which the two agencies will jointly make use of the Aurora mission was signed in Rome.",
     "Aurora"),
])
def test_rules_terms_framed_clause_names_topics(read, text, topic):
    result = read(text, date=dt.date(2019, 6, 4))
    assert any(x.startswith(topic) for x in _topics(result)), triples(result)


def test_rules_terms_parties_and_places_are_no_topics(read):
    """"Under the agreement, NASA and ESA will meet in Rome": agencies and places are not what it is about."""
    result = read("ESA and NASA signed an agreement on Monday. Under the agreement, NASA and ESA will meet in Rome "
                  "every year.", date=dt.date(2019, 6, 4))
    assert not _topics(result), triples(result)


def test_rules_terms_under_something_else(read):
    """"Under the plan", "under pressure": no agreement frames the clause, so nothing is its topic."""
    result = read("ESA and NASA signed an agreement on Monday. Under the new plan, the Kestrel probe will carry a "
                  "camera.", date=dt.date(2019, 6, 4))
    assert "Kestrel" not in _topics(result), triples(result)
