"""The ontology's class tree as the rules walk it (read from the generated vocabulary)."""

from __future__ import annotations

from functools import cache

from ..vocab import PARENT
from ..vocab import Class as C


@cache
def ancestors(cls: str) -> tuple[str, ...]:
    """``cls`` and its superclasses, most specific first (made once per class: the rules ask
    about a hundred thousand times per hundred releases, for a few dozen classes)."""
    out = [cls]
    while out[-1] in PARENT:
        out.append(PARENT[out[-1]])
    return tuple(out)


#: Kinds of craft a text names one thing with: a mission and its spacecraft, a probe, a satellite.
_CRAFT = frozenset({C.Mission, C.Spacecraft, C.Probe, C.Satellite})


def kin(a: str, b: str) -> bool:
    """Whether classes ``a`` and ``b`` may name one thing: one is the other or under it, or both are craft
    (a mission and its spacecraft: "her mission, named X" may be the knowledge base's probe X).

    >>> kin("Probe", "Mission"), kin("Mission", "LaunchVehicle"), kin("Lander", "Satellite")
    (True, False, True)
    """
    craft = (a in _CRAFT or C.Spacecraft in ancestors(a)) and (b in _CRAFT or C.Spacecraft in ancestors(b))
    return a in ancestors(b) or b in ancestors(a) or craft


def root_of(cls: str) -> str:
    return ancestors(cls)[-1]


def category(cls: str) -> str:
    """The class below Agent when there is one (Organization/Person), else the root."""
    chain = ancestors(cls)
    return chain[-2] if chain[-1] == C.Agent and len(chain) > 1 else chain[-1]


def compatible(a: str, b: str) -> bool:
    """True when one class is the other or below it."""
    return a in ancestors(b) or b in ancestors(a)


def craft_or_mission(cls: str) -> bool:
    """A mission and its spacecraft share their name ("the Hayabusa2 mission", "the Hayabusa2 probe")."""
    return ancestors(cls)[-1] in (C.Mission, C.Spacecraft)


def same_root(a: str, b: str) -> bool:
    """The two classes descend from the same root class of the ontology."""
    return ancestors(a)[-1] == ancestors(b)[-1]
