"""An acronym a name defines ("the Atlantic Space Agency (ASA)") is that name wherever it stands later, also
where the model takes no name there ("ASA astronaut Daniel Okoro captured ..."): the person's title then
belongs to the body the acronym stands for, not to the last body named before (acronyms._later_uses).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, person, body, other", [
    ("The spacecraft was built by Solmark Space Systems for the Atlantic Space Agency (ASA). ASA astronaut "
     "Daniel Okoro captured the spacecraft.", "Daniel Okoro", "Atlantic Space Agency", "Solmark Space Systems"),
    ("The module was made by Veltra Industries for the Coral Orbital Agency (COA). Later, COA astronaut "
     "Mina Sato opened the hatch.", "Mina Sato", "Coral Orbital Agency", "Veltra Industries"),
])
def test_title_after_acronym_is_the_acronyms_body(read, text, person, body, other):
    got = read(text)
    found = triples(got)
    assert (person, "memberOf", body) in found, found
    assert (person, "memberOf", other) not in found, found


def test_acronym_not_defined_is_no_name_of_an_earlier_body(read):
    # "ASA" never defined: no mention joins it to the agency named before
    got = read("The spacecraft was built for the Atlantic Orbital Agency. ASA astronaut Daniel Okoro "
               "captured it.")
    assert all(e.label != "Atlantic Orbital Agency" or len(e.mentions) == 1 for e in got.entities.values())


def test_acronym_used_before_its_definition_is_not_taken_back(read):
    got = read("ASA astronaut Daniel Okoro met staff of Solmark Space Systems. The Atlantic Space Agency (ASA) "
               "paid for the flight.")
    agency = next(e for e in got.entities.values() if e.label == "Atlantic Space Agency")
    assert all(m.start > 5 for m in agency.mentions), agency.mentions
