"""Walking up a parse's heads, for the repairs that mend a parse before the :class:`~presskg.extract.tree.Tree` is
made from it (they see the tokens only)."""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Token


def under(tokens: Sequence[Token], i: int, top: int, *, steps: int = 20) -> bool:
    """Whether token ``top`` is ``i`` or above it, within ``steps`` heads.

    >>> toks = [Token(0, "ESA", 0, "esa", "PROPN", "NNP", "nsubj", 1), Token(1, "signed", 4, "sign", "VERB", "VBD",
    ...         "ROOT", 1)]
    >>> under(toks, 0, 1), under(toks, 1, 0)
    (True, False)
    """
    for _ in range(steps):
        if i == top:
            return True
        if tokens[i].head == i:
            return False
        i = tokens[i].head
    return False
