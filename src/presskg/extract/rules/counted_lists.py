"""Names listed after a counted plural noun take its class: "NASA has selected three companies to build the
rovers. Intuitive Machines, Lunar Outpost and Venturi Astrolab will each receive a task order."

A plural class noun counted by a number ("three companies", "two astronauts", "four satellites") announces that
many things of its class; a list of exactly that many names, the subject of its clause, in the same sentence after
the noun or in the next, names them. Names typed only by a default guess (the model's person or organization)
take the noun's class, and so do names typed by their own words as something the noun is not ("Lunar Outpost", a
station by its last word); names the knowledge base knows or a clause typed keep theirs.
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ..candidates import noun_class
from ..classes import ancestors, compatible
from ..context import Context
from ..dates import _NUMBERS
from ..registry import Stage, rule
from .kinds import _retype, _weak


def _count(ctx: Context, i: int) -> int:
    """The number that counts plural noun ``i`` ("three companies", "2 satellites"), else 0."""
    t = ctx.tree
    for c in t.children(i, "nummod"):
        word = t.lowers[c.i]
        n = _NUMBERS.get(word) or (int(word) if word.isdigit() else 0)
        if 2 <= n <= 12:
            return n
    return 0


#: The classes (and those below them) a counted noun gives its list.
_KINDS = (C.Organization, C.Person, C.Spacecraft, C.Instrument, C.Mission)


@rule("type:counted-list", stage=Stage.MENTIONS, produces=_KINDS, confidence=0.75, after=("type:enumerated-kind",))
def counted_list(ctx: Context) -> None:
    """"three companies ... A, B and C will ...": A, B and C are companies (see the module)."""
    t = ctx.tree
    for tok in t.tokens:
        if tok.tag != "NNS" or tok.pos != "NOUN" or (n := _count(ctx, tok.i)) == 0:
            continue
        cls = noun_class(t, tok.i)
        if cls is None or not any(r in ancestors(cls) for r in _KINDS):
            continue
        here = t.sentence_index(tok.i)
        for s in t.parse.sentences[here:here + 2]:
            heads = [k for k in range(max(s.start, tok.i + 1), s.end) if t[k].dep in ("nsubj", "nsubjpass")
                     and t[k].pos in ("PROPN", "NOUN")]
            for h in heads:
                members = [ctx.table.at(k) for k in t.conjuncts(h)]
                if len(members) != n or any(e is None or not e.named for e in members):
                    continue
                for e in members:
                    if _weak(e) or _guessed(e, cls):
                        _retype(e, cls)


def _guessed(e: Entity, cls: str) -> bool:
    """A name typed by its own words alone, as something the counted noun is not ("Lunar Outpost", a station by its
    last word, listed among three companies)."""
    return e.kb is None and e.type_source not in ("predicate", "context") and not any(
        compatible(cls, k) for k in e.classes)
