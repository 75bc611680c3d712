"""A body's name before a gathering's noun is the body's, and the body holds the gathering: "at the European
Astronomical Society meeting" (the Society no meeting: head_nouns, a name ending with a body's noun keeps its
class before an event noun), "the Royal Astronomical Society conference", "the ESA Council meeting" (rules/
body_events.py dep:body-gathering); who presents "at" it takes part. A person's or a craft's name before the
noun holds nothing. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, labels, triples


@pytest.mark.parametrize("text, body", [
    ("ESA will present the images at the European Astronomical Society meeting in Valencia.",
     "European Astronomical Society"),
    ("The results were presented at the American Astronomical Society meeting in Seattle.",
     "American Astronomical Society"),
    ("Delegates met at the Kelmar Rocketry Association conference on 3 May.", "Kelmar Rocketry Association"),
])
def test_a_body_before_a_gathering_noun_is_no_gathering(read, text, body):
    got = read(text)
    cls = classes_of(got, body)
    assert "Organization" in cls and not cls & {"Meeting", "Conference", "Event"}, (cls, labels(got))


@pytest.mark.parametrize("text, event, who", [
    ("ESA will present the images at the European Astronomical Society meeting in Valencia.",
     "European Astronomical Society meeting [t]", ("European Astronomical Society", "ESA")),
    ("ESA will present the images at the ESA Council meeting in Paris.", "ESA Council meeting [t]",
     ("ESA Council", "ESA")),
    ("The Royal Astronomical Society conference was held in Hull.", "Royal Astronomical Society conference",
     ("Royal Astronomical Society",)),
    ("Anna Berg spoke at the Kelmar Space Agency workshop.", "Kelmar Space Agency workshop", ("Kelmar Space Agency",)),
])
def test_the_body_and_who_presents_there_take_part(read, text, event, who):
    got = triples(read(text))
    for w in who:
        assert (event, "participant", w) in got, got


@pytest.mark.parametrize("text", [
    "The Anna Berg lecture took place in Paris on 3 May.",
    "The Vela mission was launched in 2025. The Vela meeting took place in Paris.",
    "Data from ESA show that the asteroid Tarsk is rich in water.",
])
def test_a_person_or_craft_before_the_noun_holds_nothing(read, text):
    got = triples(read(text))
    assert not any(p == "participant" and "launch" not in s for s, p, _ in got), got
