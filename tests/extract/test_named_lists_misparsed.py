"""A list of names the parser reads as an apposition and its conjuncts ("signed by Ivo Brandt, the Vela Space
Agency, the Tamar Institute and Orbitec": the second name hung as an apposition of the first, the rest as its
conjuncts) is one list, for every rule that reads coordination (Tree.conjuncts, Tree.named_list); an
apposition that says what the first name is (a title, a possessive) is no list item. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _objects(got, prop: str, subject_prefix: str = "") -> set[str]:
    return {o for s, p, o in triples(got) if p == prop and s.startswith(subject_prefix)}


@pytest.mark.parametrize("text, signers", [
    ("The accord was signed on 12 May by Ivo Brandt, the Vela Space Agency, the Tamar Institute and Orbitec.",
     {"Vela Space Agency", "Tamar Institute", "Orbitec"}),
    ("Ivo Brandt, the Vela Space Agency, Kelmar Aerospace and Orbitec signed the accord.",
     {"Vela Space Agency", "Kelmar Aerospace", "Orbitec"}),
    ("The accord was signed by Sven Olsen, the Norland Space Agency, the Tarsia Space Agency and Orbivex.",
     {"Norland Space Agency", "Tarsia Space Agency", "Orbivex"}),
])
def test_every_listed_name_signs(read, text, signers):
    got = read(text)
    assert signers <= _objects(got, "signatory"), sorted(triples(got))


def test_every_listed_name_takes_part(read):
    got = read("The forum in Oslo brought together Ivo Brandt, the Vela Space Agency, the Tamar Institute and "
               "Orbitec.")
    assert {"Vela Space Agency", "Tamar Institute", "Orbitec"} <= _objects(got, "participant"), sorted(triples(got))


def test_every_listed_maker_provides(read):
    got = read("The Corvid satellite was built by Ivo Brandt, the Vela Space Agency, Kelmar Aerospace and Orbitec.")
    assert {"Kelmar Aerospace", "Orbitec"} <= _objects(got, "providedBy", "Corvid"), sorted(triples(got))


def _conjunct_words(text: str, word: str) -> list[str]:
    from presskg.extract.tree import Tree
    from presskg.nlp import load_model, parse

    tree = Tree(next(parse([text], nlp=load_model())), text)
    i = next(t.i for t in tree.tokens if t.text == word)
    return [tree[j].text for j in tree.conjuncts(i)]


@pytest.mark.parametrize("text, first, items", [
    ("The accord was signed on 12 May by Ivo Brandt, the Vela Space Agency, the Tamar Institute and Orbitec.",
     "Brandt", ["Brandt", "Agency", "Institute", "Orbitec"]),
    ("The conference gathered Ana Ruiz, the Vela Space Agency, the Tamar Institute and the Norland Space Agency.",
     "Ruiz", ["Ruiz", "Agency", "Institute", "Agency"]),
])
def test_the_list_is_one_coordination(text, first, items):
    assert _conjunct_words(text, first) == items


@pytest.mark.parametrize("text", [
    "The accord was signed by Ivo Brandt, Director of the Vela Space Agency, and Ana Ruiz.",
    "The accord was signed by Ivo Brandt, the Vela Space Agency's Director, and Ana Ruiz, President of Orbitec.",
    "Lena Varga, the Tarsia Space Agency's Director General, signed the accord.",
])
def test_a_title_apposition_is_no_list_item(text):
    words = _conjunct_words(text, "Brandt" if "Brandt" in text else "Varga")
    assert "Director" not in words and "General" not in words, words
