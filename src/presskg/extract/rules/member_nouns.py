"""A name set before a craft's or a mission's noun said of another name: "Sentinel-1D, the fourth Copernicus
satellite", "Tarvos is a Copernicus mission", "the Hayabusa2 lander MASCOT", "HP3, the InSight instrument".

The noun's own name (the compound before it) is the whole the named thing belongs to: a programme, a mission, the
craft that carries it. The noun is one of :data:`~presskg.extract.rules.wholes.PART_NOUNS` or a class noun of a
craft, a mission or an instrument (lexicon ``HEAD_CLASSES``); it is said of a name by apposition, by a copula or
a linking verb, or by standing right before it. A mission is part only of a mission (a programme), not of a
craft ("Artemis II, the first crewed Orion mission": Orion flies it); a launcher is neither part nor whole; an
agency's name before the noun ("the NASA lander") names an operator, not a whole.
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..candidates import noun_class
from ..classes import compatible
from ..context import Context
from ..entities import ancestors
from ..lexicon import WORD_CLASSES
from ..referents import isa, things
from ..registry import Stage, rule
from .wholes import PART_NOUNS, _part, _said_of, _whole

_CLASSES = (C.Spacecraft, C.Mission, C.Instrument)
MEMBER_WORDS = WORD_CLASSES["MEMBER_WORDS"]


def _member_noun(ctx: Context, i: int) -> bool:
    t = ctx.tree
    cls = noun_class(t, i) if t[i].pos == "NOUN" else None
    return t[i].pos == "NOUN" and (t.lemma(i) in PART_NOUNS or cls is not None and any(
        k in ancestors(cls) for k in _CLASSES))


def _named_before(ctx: Context, i: int) -> list[Entity]:
    """The named wholes in the compounds before noun ``i`` ("the fourth Copernicus satellite")."""
    t = ctx.tree
    kids = [c.i for c in t.children(i, "compound", "nmod") if c.i < i and c.pos == "PROPN"]
    return [e for k in kids if (e := ctx.table.at(k)) is not None and e.named and _whole(ctx, e)]


def _said_of_name(ctx: Context, i: int) -> list[int]:
    """What noun ``i`` is said of: an apposition's head, a copula's subject, or the name it stands before ("the
    Copernicus satellite Sentinel-1D", "the Copernicus satellite, Sentinel-1D,")."""
    t = ctx.tree
    tok = t[i]
    out = _said_of(ctx, i)
    if tok.dep == "compound" and tok.head > i and t[tok.head].pos in ("PROPN", "NOUN"):
        out.append(tok.head)  # (the parser takes many a name for a noun: "the lander MASCOT")
    out += [c.i for c in t.children(i, "appos") if c.i > i and c.pos in ("PROPN", "NOUN")]
    return out


def _one_of(ctx: Context, i: int) -> bool:
    """Noun ``i`` picks one of several: "a Copernicus mission", "the fourth Copernicus satellite" (an indefinite
    article or a word of lexicon ``MEMBER_WORDS``), where "the Copernicus mission" could be Copernicus itself."""
    t = ctx.tree
    return any(c.dep == "det" and t.lowers[c.i] in ("a", "an") or t.lowers[c.i] in MEMBER_WORDS
               for c in t.children(i))


@rule("dep:whole-before-noun", stage=Stage.PHRASES, triggers=("PART_NOUNS", "HEAD_CLASSES"), produces=(P.partOf,),
      confidence=0.7)
def whole_before_noun(ctx: Context) -> None:
    """"Sentinel-1D, the fourth Copernicus satellite": Sentinel-1D is part of Copernicus (see the module)."""
    t = ctx.tree
    for tok in t.tokens:
        if not _member_noun(ctx, tok.i):
            continue
        wholes = _named_before(ctx, tok.i)
        if len(wholes) != 1:
            continue
        whole = wholes[0]
        if any(compatible(noun_class(t, tok.i) or C.Mission, k) for k in whole.classes) and not _one_of(ctx, tok.i):
            continue  # "the MBZ-SAT mission, the Emirates Lunar Mission, ...": the noun is MBZ-SAT itself
        for j in _said_of_name(ctx, tok.i):
            for part in things(ctx, j, create=False):
                if not part.named or not _part(ctx, part) or part.key == whole.key or any(
                        m.start <= tok.i < m.end for m in part.mentions):
                    continue
                if isa(ctx, part, C.Mission) and not isa(ctx, part, C.Spacecraft, C.Instrument) and not isa(
                        ctx, whole, C.Mission):
                    continue  # "Artemis II, the first crewed Orion mission": no part of the craft that flies it
                ctx.add(part, P.partOf, whole, tok.i)
