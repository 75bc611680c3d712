"""A subject "it" continues an unnamed agreement or event that was the subject before it (session 24,
salience.described_subjects with antecedents._told): "The agreement, first signed in 2015, covers X. It was signed
by A and B", "The workshop gathered forty experts. It was opened by A". Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from ..helpers import triples

_DAY = dt.date(2026, 3, 14)


def test_it_after_the_agreement_is_the_agreement(read):
    got = triples(read("The Orvik Space Agency and the Vela Space Agency renewed their cooperation agreement on 8 "
                       "October. The agreement, first signed in 2015, covers Earth observation and space medicine. It "
                       "was signed by OSA President Ana Lind and VSA President Jon Berg.", date=_DAY))
    signers = {o for s, p, o in got if p == "signatory"}
    assert {"Ana Lind", "Jon Berg"} <= signers, got
    assert not any(s == "Earth observation" for s, p, o in got), got


def test_it_after_the_workshop_is_the_workshop(read):
    got = triples(read("The Orvik Space Agency held a workshop on lunar science in Lund on 3 March. The workshop "
                       "gathered forty experts from six countries. It was opened by OSA President Ana Lind.",
                       date=_DAY))
    assert any(s.startswith("workshop") and p == "participant" and o == "Ana Lind" for s, p, o in got), got


def test_it_after_a_named_subject_is_still_the_name(read):
    got = triples(read("The Orvik Space Agency held a workshop in Lund on 3 March. Vela-2 carries a camera. It was "
                       "launched on 2 March from Kourou.", date=_DAY))
    assert any(p == "participant" and o == "Vela-2" for s, p, o in got if s.startswith("launch")), got


def test_its_in_a_phrase_of_the_clause_is_the_subjects(read):
    """(antecedents._own_subject) "Vela-5 arrived at ESTEC in Noordwijk, the Netherlands, for its test campaign": the
    campaign is Vela-5's, not the country's told of just before."""
    got = triples(read("Vela-5 has arrived at ESTEC in Noordwijk, the Netherlands, for its final test campaign.",
                       date=_DAY))
    assert not any(p == "participant" and o == "Netherlands" for s, p, o in got), got
