"""VERB_IDIOMS (lexicon/pronouns.toml) and frames._idiom on sentences written for them: who takes over a craft's
operations or control runs it, who takes office as a title holds the post; the idiom's preposition may hang on
the verb ("took office as President of X")."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, expected", [
    ("EUMETSAT took over operations of the Kestrel satellite in June.", ("Kestrel", "operatedBy", "EUMETSAT")),
    ("EUMETSAT took control of the Kestrel satellite after launch.", ("Kestrel", "operatedBy", "EUMETSAT")),
    ("ESA assumed responsibility for the Vela mission in 2020.", ("Vela", "operatedBy", "ESA")),
    ("Anna Berg took office as President of CNES on 1 April.", ("Anna Berg", "headOf", "CNES")),
])
def test_taking_over_operations_or_office(read, text, expected):
    got = triples(read(text))
    assert expected in got, got


@pytest.mark.parametrize("text", [
    "NASA took control of the situation.",  # no craft
    "Anna Berg took office in Paris.",  # no title
])
def test_taking_over_nothing(read, text):
    got = triples(read(text))
    assert not any(p in ("operatedBy", "headOf", "memberOf") for _, p, _ in got), got
