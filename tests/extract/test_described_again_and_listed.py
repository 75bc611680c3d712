"""Classes of wording read in session 37, each on sentences written for these tests: a craft told again by what it
does ("the radar satellite": purpose_words); a name listed last after a titled name with its appositive
(stray_conjuncts; a name that begins a clause whose verb is left out is none: test_dates_span_ends); what a
launcher in a launch's phrase carries goes up in it (dep:launch-noun-rocket); a craft by its noun in the "of"
phrase of a handling noun ("the recovery of the capsule": dep:occurrence-noun); a participle of holding a
gathering set off after the gathering's phrase (gathering_participles)."""

from __future__ import annotations

import datetime as dt

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, craft", [
    ("NASA and ISRO completed a review of the Tarsa satellite. The radar satellite carries an L-band radar.", "Tarsa"),
    ("ESA shipped the Vela satellite to Kourou. The Earth-observing satellite carries a spectrometer.", "Vela"),
    ("ESA shipped the Vela satellite to Kourou. The climate satellite carries a spectrometer.", "Vela"),
])
def test_a_craft_told_again_by_what_it_does_is_the_craft(read, text, craft):
    t = triples(read(text))
    assert any(p == "partOf" and o == craft for s, p, o in t), t


def test_a_name_before_the_noun_tells_of_another_craft(read):
    t = triples(read("ESA shipped the Vela satellite to Kourou. The Orla satellite carries a spectrometer."))
    assert not any(p == "partOf" and o == "Vela" for s, p, o in t), t


@pytest.mark.parametrize("text, last", [
    ("The opening took place on 20 December in the presence of the Minister of Education, Ana Ruiz, and KASA "
     "President Kim Sora.", "Kim Sora"),
    ("The meeting was held in the presence of the Minister of Research, Ana Ruiz, and Tom Hale.", "Tom Hale"),
])
def test_a_name_listed_last_after_a_titled_name_takes_part_too(read, text, last):
    t = triples(read(text, date=dt.date(2026, 1, 5)))
    assert any(p == "participant" and o == "Ana Ruiz" for s, p, o in t), t
    assert any(p == "participant" and o == last for s, p, o in t), t


@pytest.mark.parametrize("text, topic", [
    ("The talks focused on the Artemis programme and the future of the ISS.", "International Space Station"),
    ("The meeting covered the Vela mission and the status of the Orla satellite.", "Orla"),
])
def test_a_noun_with_its_article_listed_after_an_object_is_listed_with_it(read, text, topic):
    t = triples(read(text))
    assert any(p == "topic" and o == topic for s, p, o in t), t


def test_what_the_launcher_carries_goes_up_in_the_launch(read):
    t = triples(read("The launch of the Ariane 6 rocket carrying the Vela satellite took place on 3 May.",
                     date=dt.date(2026, 5, 5)))
    launch = [s for s, p, o in t if p == "launchVehicle" and o == "Ariane 6" and s.startswith("launch")]
    assert launch and (launch[0], "participant", "Vela") in t, t


@pytest.mark.parametrize("text", [
    "The recovery of the capsule by JAXA took place on 8 December.",
    "The transport of the capsule was supported by the Royal Air Force on 9 December.",
])
def test_a_craft_handled_is_told_by_its_noun(read, text):
    t = triples(read(text, date=dt.date(2026, 12, 10)))
    assert any(p == "participant" and o.startswith("capsule") for s, p, o in t), t


def test_named_craft_in_a_handling_phrase_stay_the_names(read):
    t = triples(read("The deployment of the Vela-1 and -2 satellites began on 3 May.", date=dt.date(2026, 5, 5)))
    assert not any(o.startswith("satellites") for s, p, o in t), t


@pytest.mark.parametrize("text, host", [
    ("A workshop on analogue missions, organised by ESA with the University of Kelmar, will be held in Vienna on 12 "
     "April.", "ESA"),
    ("A conference on lunar landers, hosted by DLR, took place in Bonn on 3 May.", "DLR"),
])
def test_a_gathering_held_by_a_body_set_off_after_its_topic(read, text, host):
    t = triples(read(text, date=dt.date(2026, 3, 1)))
    assert any(p == "participant" and o == host and (s.startswith("workshop") or s.startswith("conference"))
               for s, p, o in t), t


def test_a_participle_that_holds_no_gathering_stays_on_its_noun(read):
    t = triples(read("The launch of the satellite, built by OHB, took place on 3 May.", date=dt.date(2026, 5, 5)))
    assert any(p == "providedBy" and o == "OHB" and s.startswith("satellite") for s, p, o in t), t
