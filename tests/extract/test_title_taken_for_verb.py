"""A person's title between a body's name and the person's, which the tagger takes for a verb ("NASA
astronaut Daniel Reyes": "astronaut" a verb, NASA its subject), is read as the name's title
(clauses._title_noun): the person is the body's member, and the clause keeps its subject and its coordination.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, members", [
    ("NASA astronaut Daniel Reyes will fly to the station.", [("Daniel Reyes", "NASA")]),
    ("ESA astronaut Marta Kowal and NASA astronaut Daniel Reyes completed a spacewalk on 9 June.",
     [("Marta Kowal", "ESA"), ("Daniel Reyes", "NASA")]),
    ("NASA astronaut Amy Cole and JAXA astronaut Koji Mori will fly to the station.",
     [("Amy Cole", "NASA"), ("Koji Mori", "JAXA")]),
])
def test_a_title_taken_for_a_verb_is_the_names(read, text, members):
    got = triples(read(text))
    for person, body in members:
        assert (person, "memberOf", body) in got, sorted(got)


def test_both_walkers_take_part(read):
    got = triples(read("ESA astronaut Marta Kowal and NASA astronaut Daniel Reyes completed a spacewalk on 9 June."))
    walkers = {o for s, p, o in got if p == "participant" and s.startswith("spacewalk")}
    assert walkers == {"Marta Kowal", "Daniel Reyes"}, sorted(got)


def test_a_verb_after_a_pronoun_stays_a_verb():
    from presskg.extract.clauses import clause_roots
    from presskg.model import Parse, Sentence, Token

    words = [("Orbitec", "PROPN", "nsubj", 1), ("said", "VERB", "ROOT", 1), ("it", "PRON", "nsubj", 4),
             ("would", "AUX", "aux", 4), ("pilot", "VERB", "ccomp", 1), ("Kestrel", "PROPN", "dobj", 4)]
    toks = tuple(Token(i, w, 0, w.lower(), pos, "VB" if pos == "VERB" else "NNP", dep, h, "", "O", " ")
                 for i, (w, pos, dep, h) in enumerate(words))
    p = Parse(toks, (Sentence(0, 0, len(toks), 0, 40, ""),), (), "")
    assert clause_roots(p) is p
