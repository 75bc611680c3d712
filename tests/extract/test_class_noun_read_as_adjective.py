"""A class noun ending a noun phrase that the tagger reads as an adjective ("the Nubis cloud imager") heads its
phrase (adjective_heads.py): the named instrument is found and takes part in the clause. Adjectives that are no
class nouns ("clearer", "bigger") are left as they are. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import labels, triples


@pytest.mark.parametrize("text, triple", [
    ("Velka-2 carries the Nubis cloud imager.", ("Nubis", "partOf", "Velka-2")),
    ("A second instrument, the Nubis cloud imager, was provided by the Norwegian Space Agency.",
     ("Nubis", "providedBy", "Norwegian Space Agency")),
])
def test_the_imager_heads_its_phrase(read, text, triple):
    got = read(text)
    assert triple in triples(got), (sorted(triples(got)), sorted(labels(got)))


def test_comparative_adjectives_stay_adjectives(read):
    got = read("The new satellite is bigger and lighter than the Nubis cloud imager.")
    assert not any(label in ("bigger", "lighter") for label in labels(got)), sorted(labels(got))
