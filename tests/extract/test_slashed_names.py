"""Names joined by a slash are both meant ("officials of ISRO/DOS", "the Vela/Kelmar team"): Tree.conjuncts reads
the slash as a coordination. Sentences written for these tests."""

from __future__ import annotations

from ..helpers import triples


def test_both_slashed_bodies_take_part(read):
    got = read("ISRO and the Department of Space (DOS) hosted NASA in Bengaluru. Senior officials of ISRO/DOS and "
               "NASA took part in the meeting on 3 May.")
    # (the meeting "hosted" told of is the one "the meeting on 3 May" takes back: one meeting, dated)
    dated = [got.entities[d.subject].label for d in got.dates if "Meeting" in got.entities[d.subject].classes]
    assert dated, [e.label for e in got.entities.values()]
    parts = {o for s, p, o in triples(got) if p == "participant" and s == dated[0]}
    assert {"ISRO", "Department of Space", "NASA"} <= parts, triples(got)


def test_a_slash_between_other_words_joins_nothing(read):
    found = triples(read("The Kestrel probe flew at 12 km/s past Venus on 3 May."))
    assert not any(o in ("km", "s") for _, _, o in found), found
