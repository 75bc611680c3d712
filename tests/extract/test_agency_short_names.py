"""A space agency's name without the words that make it one is the agency further on: "the Ikaria Aerospace
Exploration Agency ... Ikaria's president", "the Kelmar Space Research Organisation ... Kelmar will"
(extract/trade_names.trade_stems, lexicon ``AGENCY_NAME_WORDS``). Not a nationality word the tagger reads as an
adjective ("the Norvanian government" after "the Norvanian Space Agency"), nor a stem two agencies share.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


@pytest.mark.parametrize("text, fact", [
    ("The Ikaria Aerospace Exploration Agency will build the Tessera rover. The deal was signed by Ikaria's "
     "president, Kenji Sato.", ("Kenji Sato", "headOf", "Ikaria Aerospace Exploration Agency")),
    ("The Kelmar Space Research Organisation signed the agreement. Kelmar will build the Vesper probe.",
     ("Vesper", "providedBy", "Kelmar Space Research Organisation")),
    ("The Orvik National Space Administration met ESA in Paris. Orvik will supply the Lumen orbiter.",
     ("Lumen", "providedBy", "Orvik National Space Administration")),
])
def test_an_agency_short_name_is_the_agency(read, text, fact):
    got = read(text)
    assert fact in triples(got), triples(got)
    assert "Organization" not in classes_of(got, fact[2].split()[0]) or not classes_of(got, fact[2].split()[0])


def test_a_nationality_adjective_is_not_the_agency(read):
    got = read("The Norvanian Space Agency will build the Kite satellite. The Norvanian government approved the "
               "budget on Monday.")
    assert classes_of(got, "Norvanian") == set(), classes_of(got, "Norvanian")


def test_a_stem_two_agencies_share_stays_apart(read):
    got = read("The Kelmar Space Agency and the Kelmar Space Research Organisation signed the agreement. Kelmar "
               "will build the Vesper probe.")
    assert not any(s == "Vesper" and p == "providedBy" and o.startswith("Kelmar ") for s, p, o in triples(got)), \
        triples(got)
