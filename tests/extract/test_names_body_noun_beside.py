"""A name the model calls a person, set beside a body's class noun ("the Portuguese company Atlantis Launch"),
is of the noun's class, not of its own last word's (here an event's); written sentences."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


@pytest.mark.parametrize("text, name, cls", [
    ("The Corvo-2 rocket was built by the Portuguese company Atlantis Launch.", "Atlantis Launch", "Company"),
    ("The satellite was built by the German company Orbital Landing.", "Orbital Landing", "Company"),
])
def test_body_noun_beside_the_name_types_it(read, text, name, cls):
    result = read(text)
    assert cls in classes_of(result, name), triples(result)
    assert "Launch" not in classes_of(result, name) and "Landing" not in classes_of(result, name)


def test_a_name_with_no_body_noun_keeps_its_last_words_class(read):
    result = read("The Kestrel Launch took place in May.")
    assert "Company" not in classes_of(result, "Kestrel Launch"), triples(result)
