"""A designation that ends a sentence on one letter ("... will be Kestrel-A.") keeps no stop in its name and
ends its sentence (nlp/designations.py); an initial ("Lena K. Varga") keeps its stop. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from ..helpers import labels, triples


@pytest.mark.parametrize("text, name", [
    ("The first satellite of the series will be Kestrel-A. The satellite was built by Orbix.", "Kestrel-A"),
    ("ISRO launched Vela-B. The launch took place from Sriharikota.", "Vela-B"),
    ("The agency confirmed the orbit of Lumo-C.", "Lumo-C"),
])
def test_the_name_keeps_no_stop(read, text, name):
    got = read(text)
    assert name in labels(got) and name + "." not in labels(got), labels(got)


def test_the_sentence_ends_with_the_designation(read, nlp):
    from presskg.nlp import parse

    p = next(parse(["ESA launched Vela-B. It was built by Orbix."], nlp=nlp))
    assert [s.text for s in p.sentences] == ["ESA launched Vela-B.", "It was built by Orbix."]


def test_what_the_next_sentence_says_is_read(read):
    got = read("The first satellite of the series will be Kestrel-A. The satellite was built by Orbix.")
    assert ("Kestrel-A", "providedBy", "Orbix") in triples(got), triples(got)


def test_an_initial_keeps_its_stop(nlp):
    from presskg.nlp import parse

    p = next(parse(["The agreement was signed by Lena K. Varga in Paris."], nlp=nlp))
    assert "K." in [t.text for t in p.tokens] and len(p.sentences) == 1
