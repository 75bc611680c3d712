"""seq:org-title-name with an acronym the release defined before: "the Vela Space Agency (VSA) ... VSA
Director General Ana Ruiz" makes Ana Ruiz head of the agency, though the parser hangs the acronym on the
title's first word and the candidates leave it out of any mention."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, person, kind, org", [
    ("The Vela Space Agency (VSA) opened a centre in Quito. VSA Director General Elena Castro visited it on 4 May.",
     "Elena Castro", "headOf", "Vela Space Agency"),
    ("The Kestrel Launch Company (KLC) is based in Lisbon. KLC Chief Executive Officer Rui Matos spoke in Porto.",
     "Rui Matos", "headOf", "Kestrel Launch Company"),
    ("The Kestrel Launch Company (KLC) is based in Lisbon. KLC Vice President Ines Lopes spoke in Porto.",
     "Ines Lopes", "memberOf", "Kestrel Launch Company"),
    ("The Tamar Space Institute (TSI) was founded in 1998. TSI Director General Omar Nadav met students in Haifa.",
     "Omar Nadav", "headOf", "Tamar Space Institute"),
])
def test_defined_acronym_before_a_title_is_the_persons_organization(read, text, person, kind, org):
    got = triples(read(text))
    assert (person, kind, org) in got, got


def test_undefined_capitalized_word_before_a_title_is_no_organization(read):
    """An acronym the release never defined names nothing here: no title is given to an unknown body."""
    got = triples(read("The Vela Space Agency opened a centre in Quito. XQZ Director General Ana Ruiz visited it."))
    assert not any(s == "Ana Ruiz" and p in ("headOf", "memberOf") and o != "Vela Space Agency"
                   for s, p, o in got), got
