"""The ontology's class tree as the rules walk it (read from the generated vocabulary)."""

from __future__ import annotations

from ..vocab import PARENT


def ancestors(cls: str) -> list[str]:
    """``cls`` and its superclasses, most specific first."""
    out = [cls]
    while out[-1] in PARENT:
        out.append(PARENT[out[-1]])
    return out
