"""A sentence that opens a paragraph and that the parser reads as a headline ("The spacecraft launched in ...":
one noun phrase) is read as a clause: on sentences written for it."""

from __future__ import annotations

import pytest

from presskg.extract.clauses import clause_roots

from ..helpers import triples


@pytest.mark.parametrize("text, fact", [
    ("Lumen is a NASA spacecraft.\n\nThe spacecraft launched in October 2024 aboard a Falcon Heavy rocket.\n",
     ("Lumen", "launchVehicle", "Falcon Heavy")),
    ("Kestrel is an ESA satellite.\n\nThe satellite launched in March 2025 aboard a Vega-C rocket.\n",
     ("Kestrel", "launchVehicle", "Vega-C")),
])
def test_rules_paragraph_opening_launch_is_read(read, text, fact):
    assert fact in triples(read(text))


def test_clause_roots_makes_the_participle_the_root(nlp):
    from presskg.nlp import to_parse

    p = to_parse(nlp("Lumen is a NASA spacecraft.\n\nThe spacecraft launched in October 2024 aboard a rocket.\n"))
    fixed = clause_roots(p)
    launched = next(t for t in fixed.tokens if t.text == "launched")
    craft = next(t for t in fixed.tokens if t.text == "spacecraft" and t.i > 5)
    assert (launched.dep, launched.head, craft.dep, craft.head) == ("ROOT", launched.i, "nsubj", launched.i)


@pytest.mark.parametrize("text", [
    "Launch of the Lumen spacecraft aboard a Falcon Heavy rocket",      # a heading: no full stop
    "The spacecraft launched in 2024 carries a camera.",                 # the clause has its verb
    "Lumen is a NASA spacecraft.\n\nThe instrument built by Malin Space Science Systems.\n",  # a caption
])
def test_clause_roots_leaves_other_parses(nlp, text):
    from presskg.nlp import to_parse

    p = to_parse(nlp(text))
    assert clause_roots(p) is p
