"""Written for these tests (a prize awarded to an astronomer): a long name in another language whose initials
spell the acronym after it is one name ("Institut de Recherche en Astrophysique de Lyonne (IRAL)": acronyms
skip the small words of lexicon NAME_INNER, which gains other languages' ones); "the society's president" heads
the society; who heads a group at a body is a member of the body (frame:head-verb)."""

from __future__ import annotations

import pytest

from ..helpers import labels, triples


def test_a_long_name_in_another_language_spelled_by_its_acronym_is_one_name(read):
    got = read("Haddad heads a group at the Institut de Recherche en Astrophysique de Lyonne (IRAL), a joint "
               "laboratory of CNRS.")
    assert "Institut de Recherche en Astrophysique de Lyonne" in labels(got), labels(got)
    assert "Institut de Recherche" not in labels(got)


def test_the_society_s_president_heads_it(read):
    found = triples(read("Leila Haddad was awarded the Orvane Prize by the European Astronomical Society. The prize "
                         "was presented by the society's president, Professor Henrik Dahl."))
    assert ("Henrik Dahl", "headOf", "European Astronomical Society") in found, found


@pytest.mark.parametrize("text, member", [
    ("Dr Leila Haddad heads the high-energy astrophysics group at the Kelmar Institute of Astronomy.", True),
    ("Dr Leila Haddad leads the ESA delegation at the conference.", False),
])
def test_who_heads_a_group_at_a_body_is_its_member(read, text, member):
    found = triples(read(text))
    assert (("Leila Haddad", "memberOf", "Kelmar Institute of Astronomy") in found) is member, found
    assert not any(p == "memberOf" and o == "conference" for _, p, o in found)
