"""A singular relative clause after a list may tell of its last name alone: when that name's bracketed short name
closes right before the clause ("JPL, the Aerospace Corporation and the Canadian Space Agency (CSA), which supplied
the altimeter": CSA alone), or when the clause's verb is singular ("ESA and Orbix, which is based in Turin"). A
plural clause, or one with no such sign, still tells of every name (relatives.relative, Frame.lone). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, thing, alone, others", [
    ("Other members include engineers from the Jet Propulsion Laboratory, the Aerospace Corporation and the "
     "Canadian Space Agency (CSA), which supplied Pelican's laser altimeter.", "laser altimeter", "CSA",
     {"Jet Propulsion Laboratory", "Aerospace Corporation"}),
    ("The camera was designed by ESA and Orbix, which is based in Turin and built the Vela probe.", "Vela",
     "Orbix", {"ESA"}),
])
def test_a_singled_out_name_alone_provides(read, text, thing, alone, others):
    got = triples(read(text))
    providers = {o for s, p, o in got if p == "providedBy" and s.startswith(thing)}
    assert alone in providers, got
    assert not providers & others, got


@pytest.mark.parametrize("text, providers", [
    ("ESA and NASA, which have both built the Vela probe, met.", {"ESA", "NASA"}),
    ("The camera was designed by ESA and NASA, which built the Vela probe.", {"ESA", "NASA"}),
])
def test_other_relative_clauses_tell_of_every_name(read, text, providers):
    got = triples(read(text))
    assert providers <= {o for s, p, o in got if p == "providedBy" and s == "Vela"}, got
