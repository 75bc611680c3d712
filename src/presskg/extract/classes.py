"""The ontology's class tree as the rules walk it (read from the generated vocabulary)."""

from __future__ import annotations

from functools import cache

from ..vocab import PARENT


@cache
def ancestors(cls: str) -> tuple[str, ...]:
    """``cls`` and its superclasses, most specific first (made once per class: the rules ask
    about a hundred thousand times per hundred releases, for a few dozen classes)."""
    out = [cls]
    while out[-1] in PARENT:
        out.append(PARENT[out[-1]])
    return tuple(out)
