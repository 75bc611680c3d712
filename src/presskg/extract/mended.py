"""The parser's misreadings mended, one repair after another (``PARSE_REPAIRS``), none allowed to break the tree.

Each repair rehangs words on other heads. A repair that rehung a word on its own descendant would leave a cycle in
the tree, and every walk down from a word (a subtree, its phrase) would then run on without end, and the process
with it until memory ran out: one sentence ("The Korean startup Orbix will supply the antenna", session 28) did so.
Such a repair's result is refused here, with a warning that names the repair, and the parse goes on as it was before
it: the release is read with one misreading left, rather than not at all.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence

from ..model import Parse, Token

log = logging.getLogger(__name__)


def mend(parse: Parse, repairs: Iterable[Callable[[Parse], Parse]], *, name: str = "") -> Parse:
    """``parse`` after each of ``repairs`` in turn, but for those whose result is no tree (``name``: the release,
    for the warning)."""
    for repair in repairs:
        mended = repair(parse)
        if mended is not parse and not acyclic(mended.tokens):
            log.warning("%s: the parse repair %s made a cycle of heads; it is left out for this release",
                        name or "a release", getattr(repair, "__name__", repair))
            continue
        parse = mended
    return parse


def acyclic(tokens: Sequence[Token]) -> bool:
    """Whether every word's heads lead up to a root (a word that is its own head), never round in a cycle.

    >>> from presskg.model import Token
    >>> def toks(heads):
    ...     return [Token(i, "w", 0, "w", "NOUN", "NN", "dep", h, "", "O", " ") for i, h in enumerate(heads)]
    >>> acyclic(toks([1, 1, 1])), acyclic(toks([1, 2, 1]))
    (True, False)
    """
    state = [0] * len(tokens)  # 0 not seen, 1 on the current path, 2 leads to a root
    for i in range(len(tokens)):
        path = []
        j = i
        while state[j] == 0:
            state[j] = 1
            path.append(j)
            h = tokens[j].head
            if h == j or not 0 <= h < len(tokens):
                break
            j = h
        else:
            if state[j] == 1:  # came back to a word of this path
                return False
        for k in path:
            state[k] = 2
    return True
