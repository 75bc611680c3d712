"""Two readings of clauses: a passive infinitive after a copula's adjective ("the camera is due to be delivered to
X", "is set to be launched") is done to the copula's subject (frames.py); a plural
pronoun in a clause set on a clause whose subject is a plural common noun naming no one read ("the delegates
toured the spaceport, where they met X") means those people, not a group told of before (antecedents.py).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, thing, prop, other", [
    ("The Kestrel camera was built by Orbix. The camera is due to be delivered to NSA in early 2028.",
     "Kestrel", "deliveredTo", "NSA"),
    ("The Lumen-1 satellite is set to be launched on a Vega-C rocket in 2027.", "Lumen-1", "launchVehicle",
     "Vega-C"),
])
def test_a_raised_passive_is_done_to_the_copulas_subject(read, text, thing, prop, other):
    got = read(text)
    assert (thing, prop, other) in triples(got), triples(got)


def test_they_after_a_plain_plural_subject_is_no_earlier_group(read):
    got = read("NSA President Liv Haugen met the delegation. During their stay, the Kestrian delegates toured the "
               "Fjordhavn spaceport, where they met engineers of the company Nordic Launch Services.")
    rel = triples(got)
    met_nls = {s for s, p, o in rel if p == "participant" and o == "Nordic Launch Services"}
    assert not any(s in met_nls and p == "participant" and o in ("Liv Haugen", "NSA") for s, p, o in rel), rel


def test_they_after_named_bodies_is_still_those_bodies(read):
    got = read("ESA and JAXA experts visited the Fjordhavn spaceport on Monday, where they met engineers of "
               "Nordic Launch Services.")
    met = {o for s, p, o in triples(got) if p == "participant" and s.startswith("meeting")}
    assert {"ESA", "JAXA"} <= met, triples(got)
