"""A signing told by its noun with the agreement it signs ("the signing of the agreement between A and B took place
in Paris", "the leaders witnessed the signing of a letter of intent"): the agreement is signed at it, dated by it,
and its witnesses take part (rules/signings_of.py, rules/onlookers.py); a signing in a phrase of another deed is no
event of its own; a launch watched after the craft's launch was told is that launch (rules/craft_in_view.py reads
after the verbs). Sentences written for these tests."""

from __future__ import annotations

from ..helpers import triples


def _short(found):
    return {(s.split(" [")[0].split(" (")[0], p, o.split(" [")[0].split(" (")[0]) for s, p, o in found}


def test_the_witnesses_take_part_in_the_signing_of_the_agreement(read):
    found = _short(triples(read("Prime Minister Arno Velt and President Lisa Harm witnessed the signing of the "
                                "agreement between the Velorian Space Agency and the Korvan Space Agency on 5 March.")))
    assert ("agreement", "signedAt", "signing") in found, found
    assert {("signing", "participant", "Arno Velt"), ("signing", "participant", "Lisa Harm")} <= found, found


def test_a_dated_signing_dates_its_agreement(read):
    ex = read("The signing of the agreement between the Velorian Space Agency and the Korvan Space Agency took place "
              "in Paris on 5 March.")
    assert ("agreement", "signedAt", "signing") in _short(triples(ex))
    assert any(ex.entities[d.subject].label.startswith("agreement") for d in ex.dates), ex.dates


def test_a_signing_in_a_phrase_is_no_event(read):
    found = _short(triples(read("The cooperation was enshrined at the Kestrel Summit in 2017 with the signature of an "
                                "agreement between the Velorian Space Agency and the Korvan Space Agency.")))
    assert not any(o == "signature" or s == "signature" for s, p, o in found), found


def test_a_watched_launch_is_the_launch_told(read):
    found = triples(read("The Vigil satellite lifted off on 4 March. Lena Orsi watched the launch from the control "
                         "room."))
    launches = {s for s, p, o in found if p == "participant" and s.startswith("launch")}
    assert len(launches) == 1 and any(o == "Lena Orsi" for s, p, o in found if s in launches), found
