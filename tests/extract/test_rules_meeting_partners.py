"""infer:meeting-partners on sentences written for it: the two sides of a bilateral meeting or signing
are partners; someone who only looks on, is present or chairs is no party."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _partners(facts, a, b):
    return (a, "partnerOf", b) in facts or (b, "partnerOf", a) in facts


@pytest.mark.parametrize("text, a, b", [
    ("Anna Vela, President of CNES, met Marco Zephyr, Director General of ASI, in Rome on 3 May 2022.",
     "CNES", "ASI"),
    ("Anna Vela, President of CNES, held a meeting with Marco Zephyr, Director General of ASI.", "CNES", "ASI"),
    ("On 4 June 2022 Ola Lyra, Director General of DLR, and Kenji Amano, President of JAXA, met in Tokyo.",
     "DLR", "JAXA"),
])
def test_rules_meeting_partners_two_sides(read, text, a, b):
    facts = triples(read(text))
    assert _partners(facts, a, b), facts


@pytest.mark.parametrize("text, onlooker_org", [
    ("Anna Vela, President of CNES, and Kenji Amano, President of JAXA, signed the agreement, "
     "with Lena Corvus, Director General of DLR, looking on.", "DLR"),
    ("A cooperation agreement between CNES and JAXA was signed on 3 May 2022. The signing took place in "
     "Paris. Anna Vela, President of CNES, signed for CNES, and Kenji Amano, "
     "President of JAXA, signed for JAXA. Lena Corvus, Director General of DLR, was present at the ceremony.",
     "DLR"),
    ("Anna Vela, President of CNES, and Kenji Amano, President of JAXA, signed the agreement in Paris "
     "in the presence of Lena Corvus, Director General of DLR.", "DLR"),
])
def test_rules_meeting_partners_not_an_onlooker(read, text, onlooker_org):
    facts = triples(read(text))
    assert _partners(facts, "CNES", "JAXA"), facts
    assert not any(p == "partnerOf" and onlooker_org in (s, o) for s, p, o in facts), facts


def test_rules_meeting_partners_not_a_crowd(read):
    """A council of many delegations makes no pairs of partners."""
    facts = triples(read("Anna Vela of CNES, Ola Lyra of DLR, Marco Zephyr of ASI and Kenji Amano of JAXA "
                         "met in Geneva on 3 May 2022."))
    assert not any(p == "partnerOf" for _, p, _ in facts), facts


def test_rules_meeting_partners_every_listed_person_takes_part(read):
    """"A of X, B of Y, C of Z and D of W met": the parser chains the list; each person is a participant."""
    result = read("Anna Vela of CNES, Ola Lyra of DLR, Marco Zephyr of ASI and Kenji Amano of JAXA "
                  "met in Geneva on 3 May 2022.")
    facts = triples(result)
    people = {o for s, p, o in facts if p == "participant"}
    assert {"Anna Vela", "Ola Lyra", "Marco Zephyr", "Kenji Amano"} <= people, facts


def test_rules_meeting_partners_witnesses_do_not_sign(read):
    facts = triples(read("The agreement was signed by Anna Vela, President of CNES, and by Kenji Amano, "
                         "President of JAXA, with Lena Corvus and Ola Lyra as witnesses."))
    assert not any(p == "signatory" and o in ("Lena Corvus", "Ola Lyra") for s, p, o in facts), facts
