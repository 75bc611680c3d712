"""A noun of any gathering ("the conference", lexicon GENERAL_GATHERING_NOUNS) takes back a named gathering of either
kind: "The ESA Council at Ministerial level was held in Bremen ... The conference was chaired by X" (the council, a
meeting, is the conference; referents._latest_of); an unnamed meeting is no conference. Sentences written for these
tests."""

from __future__ import annotations

from ..helpers import labels, triples


def test_the_conference_is_the_named_meeting(read):
    got = read("The ESA Council at Ministerial level was held in Bremen on 26 November 2025. The conference was "
               "chaired by Dr Ana Ruiz.")
    assert ("ESA Council at Ministerial Level", "participant", "Ana Ruiz") in triples(got), triples(got)
    assert not any(label.startswith("conference") for label in labels(got)), labels(got)


def test_an_unnamed_meeting_is_no_conference(read):
    got = read("ESA and CNES met in Paris on 3 May. The conference was chaired by Dr Ana Ruiz.")
    assert any(label.startswith("conference") for label in labels(got)), labels(got)
