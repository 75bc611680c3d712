"""Telescopes on the ground: a named telescope is a satellite by its head noun ("the Lyra Telescope was
launched"), unless the text sets it on the ground: "the ground-based Meridian Telescope", "the Harlan
Large Telescope in Chile", "the Vela Telescope at Cerro Alto, Chile". Such a telescope is a facility; so is
an instrument named by the noun after it that the text sets on the ground ("the Kestrel radar in Cape Verde").

Only a name typed by its head noun alone changes (not a known one, nor one a copula or its deeds typed),
and only a name without "space" in it ("the Orion Space Telescope in orbit" stays a satellite). What sets
it on the ground is a word before the name (lexicon ``GROUND_CUES``) or a place after it: "in", "at",
"near" or "on" a country, a city, a place or an observatory (not a celestial body: "the Nova Telescope at L2").

The other way round, a name typed a research institute only by the "observatory" after it is a satellite when the
text launches it or puts instruments on board it (``type:flown-observatory``).
"""

from __future__ import annotations

from ...model import Entity, Mention
from ...vocab import Class as C
from ..context import Context
from ..lexicon import WORD_CLASSES
from ..referents import isa
from ..registry import Stage, rule

GROUNDED_HEADS = WORD_CLASSES["GROUNDED_HEADS"]
GROUND_SITES = WORD_CLASSES["GROUND_SITE_NOUNS"]
#: The cues with their spaces and hyphens taken out, as the words before a name are compared.
_CUES = frozenset(c.replace(" ", "").replace("-", "") for c in WORD_CLASSES["GROUND_CUES"])
_AT = frozenset({"in", "at", "near", "on"})


@rule("type:ground-telescope", stage=Stage.MENTIONS, triggers=("GROUNDED_HEADS", "GROUND_CUES", "GROUND_SITE_NOUNS"),
      produces=(C.Facility,), confidence=0.75)
def ground_telescopes(ctx: Context) -> None:
    """"The ground-based Meridian Telescope", "the Harlan Large Telescope in Chile": a facility."""
    t = ctx.tree
    for ent in list(ctx.table.entities.values()):
        words = ent.label.lower().split()
        # "the Kestrel radar in Cape Verde": an instrument named by the noun after it, set on the ground too
        after = {m.end for m in ent.mentions if m.end < len(t) and t.lowers[m.end] in GROUNDED_HEADS}
        if (ent.kb is not None or not ent.named or ent.type_source == "context" or not words or "space" in words
                or not (ent.classes == {C.Satellite} and words[-1] in GROUNDED_HEADS
                        or ent.classes == {C.Instrument} and after)):
            continue
        if any(_cued(ctx, m) or _placed(ctx, m.end) or m.end in after and _placed(ctx, m.end + 1)
               for m in ent.mentions):
            ent.classes = {C.Facility}
            ent.type_source = "context"


@rule("type:placed-observatory", stage=Stage.MENTIONS, triggers=("GROUND_SITE_NOUNS",),
      produces=(C.Facility,), confidence=0.7)
def placed_observatories(ctx: Context) -> None:
    """"The Cerro Alto Observatory in Chile", "the Harlan Observatory near Tucson": an observatory named with
    the place it stands in is a site on the ground as well as the institute its head noun makes it (a facility
    the place holds, and a body people head). Without a place after it ("the Space Climate Observatory") it
    stays what it was typed; a known or otherwise typed name is left alone."""
    for ent in list(ctx.table.entities.values()):
        words = ent.label.lower().split()
        if (ent.kb is not None or not ent.named or ent.classes != {C.ResearchInstitute}
                or ent.type_source == "context" or not words or words[-1] not in GROUND_SITES):
            continue
        if any(_placed(ctx, m.end) for m in ent.mentions):
            ent.classes = {C.ResearchInstitute, C.Facility}
            ent.type_source = "context"


def _cued(ctx: Context, m: Mention) -> bool:
    """A ground cue right before the name ("the ground-based X"; the tokenizer splits the hyphen off)."""
    t = ctx.tree
    before = "".join(t[k].text for k in range(max(0, m.start - 3), m.start)).lower().replace("-", "")
    return any(before.endswith(c) for c in _CUES)


def _placed(ctx: Context, end: int) -> bool:
    """"X in Chile", "X at Cerro Alto, Chile": a place after the name ending before ``end`` (the preposition hung
    on the name or, as the parser often hangs it, on the verb right after it)."""
    t = ctx.tree
    if end >= len(t) or t.lowers[end] not in _AT:
        return False
    objects = [c.i for c in t.children(end, "pobj")] or [end + 1]
    return any(_earthly(ctx, e) for k in objects for e in ctx.refs(k))


def _earthly(ctx: Context, e: Entity) -> bool:
    """A place on Earth, or an observatory ("the X Telescope at ESO's Paranal Observatory")."""
    return isa(ctx, e, C.Country, C.City, C.Place) and not isa(ctx, e, C.CelestialBody) \
        or e.label.split()[-1].lower() in GROUND_SITES


_FLOWN = frozenset(WORD_CLASSES["ROCKET_RIDE_VERBS"])
_ABOARD = WORD_CLASSES["ABOARD_MARKERS"]


@rule("type:flown-observatory", stage=Stage.MENTIONS, triggers=("GROUND_SITE_NOUNS", "ROCKET_RIDE_VERBS",
                                                             "ABOARD_MARKERS"),
      produces=(C.Satellite,), confidence=0.7)
def flown_observatories(ctx: Context) -> None:
    """"Astronomers used the Corvane observatory ... Corvane was launched in 2023", "the Lumen spectrometer on
    board Corvane": a name typed a research institute only by the "observatory" after it, which the text launches
    or puts instruments on board, is an observatory in space, a satellite. A known name, one the text types
    otherwise or names with its own noun ("the Corvane Observatory"), is left alone."""
    t = ctx.tree
    for ent in list(ctx.table.entities.values()):
        words = ent.label.lower().split()
        if (ent.kb is not None or not ent.named or ent.classes != {C.ResearchInstitute}
                or ent.type_source == "context" or not words or words[-1] in GROUND_SITES):
            continue
        if not any(m.end < len(t) and t.lowers[m.end] in GROUND_SITES for m in ent.mentions):
            continue  # typed by something else than "observatory" after it
        if any(_launched(ctx, m) or _carries(ctx, m) for m in ent.mentions):
            ent.classes = {C.Satellite}
            ent.type_source = "context"


def _launched(ctx: Context, m: Mention) -> bool:
    """The name is what a launch verb launches: "Corvane was launched in 2023", "launched Corvane"."""
    t = ctx.tree
    h = t.span_head(m.start, m.end)
    return t[h].dep in ("nsubjpass", "dobj") and t.lemma(t[h].head) in _FLOWN


def _carries(ctx: Context, m: Mention) -> bool:
    """Something is on board the name: "the Lumen spectrometer on board Corvane", "aboard Corvane"."""
    t = ctx.tree
    before = " ".join(t.lowers[k] for k in range(max(0, m.start - 2), m.start))
    return any(before.endswith(a) for a in _ABOARD)
