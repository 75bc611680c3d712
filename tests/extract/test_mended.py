"""Parse repairs never break the tree (extract/mended.py): a repair whose result has a cycle of heads is left out
with a warning, and the release is read all the same; "The Korean startup Orbix will supply the antenna" once made
such a cycle (class_noun_names) and ran the process out of memory. Sentences written for these tests."""

from __future__ import annotations

import logging
from dataclasses import replace

from presskg.extract.mended import acyclic, mend
from presskg.model import Parse, Token

from ..helpers import triples


def _parse(heads: list[int]) -> Parse:
    return Parse(tuple(Token(i, f"w{i}", 0, "w", "NOUN", "NN", "dep", h, "", "O", " ") for i, h in enumerate(heads)),
                 (), (), "")


def test_a_repair_that_makes_a_cycle_is_left_out(caplog):
    def cyclic(p: Parse) -> Parse:  # hangs the root on its own dependent
        toks = list(p.tokens)
        toks[1] = replace(toks[1], head=0)
        return replace(p, tokens=tuple(toks))

    def fine(p: Parse) -> Parse:
        toks = list(p.tokens)
        toks[2] = replace(toks[2], head=0)
        return replace(p, tokens=tuple(toks))

    before = _parse([1, 1, 1])
    with caplog.at_level(logging.WARNING, logger="presskg.extract.mended"):
        after = mend(before, [cyclic, fine], name="r1")
    assert acyclic(after.tokens) and [t.head for t in after.tokens] == [1, 1, 0]
    assert "r1" in caplog.text and "cyclic" in caplog.text


def test_a_class_noun_run_before_its_verb_reads_without_a_cycle(read):
    got = triples(read("The Korean startup Orbix will supply the antenna."))
    assert any(p == "providedBy" and o == "Orbix" for _, p, o in got), got
    assert ("Orbix", "country", "South Korea") in got, got
