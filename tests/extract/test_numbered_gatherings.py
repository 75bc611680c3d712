""""The fourth meeting of CoSpace", "the 12th session of the Joint Commission": a gathering a named body or series holds
again and again, counted by an ordinal, is named by the whole phrase (event_names.numbered_event_names, lexicon
NUMBERED_EVENT_NOUNS), and what the sentence says of it (where it was held, who took part) holds of the named event;
a person's or a state's first meeting is no series. Also: an event phrase that opens the sentence dates and places a
signing the parser hung elsewhere (encounters.fronted_occasions). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import labels, triples


@pytest.mark.parametrize("text, name, fact", [
    ("The 12th session of the Joint Commission took place in Delhi.", "12th session of the Joint Commission",
     ("locatedIn", "New Delhi")),  # (the known city)
    ("Delegations met in Vienna for the 62nd session of COPUOS on 4 June.", "62nd session of COPUOS",
     ("locatedIn", "Vienna")),
    ("The third meeting of the Velorian Space Council was held in Arvelle on 3 May.",
     "third meeting of the Velorian Space Council", ("locatedIn", "Arvelle")),
    ("The contract was signed by CNES with Airbus during the fourth meeting of Orbicom.",
     "fourth meeting of Orbicom", ("signatory", None)),
])
def test_a_counted_gathering_of_a_series_is_named(read, text, name, fact):
    got = read(text)
    assert name in labels(got), labels(got)
    prop, obj = fact
    facts = triples(got)
    if obj is not None:
        assert (name, prop, obj) in facts, facts
    else:
        assert any(p == "signedAt" and o == name for _, p, o in facts), facts


@pytest.mark.parametrize("text", [
    "The first meeting of Ana Duarte with ESA took place in Paris.",
    "The first summit of Japan and Korea took place in Seoul.",
    "Ariane 6 made the first launch of the year.",
])
def test_no_series_no_name(read, text):
    assert not any(" of " in label for label in labels(read(text))), labels(read(text))


def test_a_fronted_gathering_is_where_the_signing_took_place(read):
    got = triples(read("On 11 May, during the fifth meeting of Orbicom, the forum that brings together agencies "
                       "and industry, a study contract intended to prepare a future radar satellite was signed by "
                       "CNES with Airbus, with ministers Ana Duarte and Tomas Reyl looking on."))
    assert any(s.startswith("study contract") and p == "signedAt" and o == "fifth meeting of Orbicom"
               for s, p, o in got), got
    assert {o for s, p, o in got if s == "fifth meeting of Orbicom" and p == "participant"} >= {
        "Ana Duarte", "Tomas Reyl"}, got
