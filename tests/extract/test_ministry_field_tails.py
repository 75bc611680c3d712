""""the Federal Ministry for Economic Affairs and Energy": a body's name "X for/of <fields>" whose last field,
after "and", the model took for a body of its own is one name (field_lists.coordinated_tail: a field's word, lexicon
FIELD_NOUNS, PORTFOLIO_FIELDS, after "and"). A body named after "and" stays a body. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from ..helpers import labels, triples


@pytest.mark.parametrize("text, name", [
    ("The call is run on behalf of the Federal Ministry for Economic Affairs and Energy.",
     "Federal Ministry for Economic Affairs and Energy"),
    ("The Federal Ministry for Economic Affairs and Climate Action funds the programme.",
     "Federal Ministry for Economic Affairs and Climate Action"),
    ("The grants are paid by the Ministry for Transport and Infrastructure.",
     "Ministry for Transport and Infrastructure"),
])
def test_a_field_after_and_ends_the_name(read, text, name):
    got = read(text)
    assert name in labels(got), labels(got)


@pytest.mark.parametrize("text, body", [
    ("The Ministry of Science and ISRO signed the agreement.", "ISRO"),
    ("The Institute for Astronomy and ESA signed a letter of intent.", "ESA"),
])
def test_a_body_after_and_stays_a_body(read, text, body):
    got = read(text)
    assert body in labels(got), labels(got)
    assert any(p == "signatory" and o == body for s, p, o in triples(got)), triples(got)
