"""An instrument described by a class noun after the name of a craft the release names ("the Vantor-1 altimeter"
after "the Vantor-1 satellite") is part of that craft (dep:craft-named-part); a name that is only the
instrument's own ("the Corax spectrometer") makes no part of anything. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, craft", [
    ("The Vantor-1 satellite was launched in 2020. The Vantor-1 altimeter, provided by the Danish Technical "
     "University, was not affected.", "Vantor-1"),
    ("The Vela probe was launched in 2020. The Vela camera was built by OHB.", "Vela"),
    ("The Kestrel satellite was launched in 2021. CNES provided the Kestrel radar.", "Kestrel"),
])
def test_an_instrument_named_after_its_craft_is_part_of_it(read, text, craft):
    got = triples(read(text))
    assert any(p == "partOf" and o == craft for _, p, o in got), got


def test_an_instruments_own_name_makes_no_part(read):
    got = triples(read("The Corax spectrometer was built by OHB."))
    assert not any(p == "partOf" for _, p, _ in got), got
