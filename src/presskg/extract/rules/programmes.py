"""What a programme gathers: the money bodies put into its missions and the missions that belong to it.

- "The UK Space Agency announced 5 million pounds of funding for the Vela mission", "will provide funding to X":
  a giving verb (FUNDING_GIVE_VERBS) whose object is money or backing makes its subject contribute to the mission;

- "Italy pledged 900 million euros to the Argonaut programme", "Norway committed 40 million euros to the
  Kestrel mission", "Spain invested in the Orlan lander": a body that pays into a mission or craft
  (PLEDGE_VERBS) contributes to it; passives too ("... were subscribed to Kestrel by Poland").
- "The Orlan lander belongs to the Lunar Gateway programme", "Vigil falls under the Copernicus programme": a
  craft or instrument a verb of belonging (BELONG_VERBS) puts in a mission or craft is part of it;
- "Kelvo-2 was developed under ESA's Earth Watch programme", "within the framework of the Polaris programme": the
  craft a clause tells of done under a programme is part of it.
"""

from __future__ import annotations

from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..frames import Frame
from ..lexicon import WORD_CLASSES
from ..referents import isa, things
from ..registry import Stage, rule

#: What a body pays into or a thing belongs to.
_WHOLES = (C.Mission, C.Spacecraft, C.LaunchVehicle)
#: The prepositions that name what the money goes to ("to", "in", "for", "towards") or the whole.
_PLEDGE_TO = ("to", "in", "for", "towards", "toward", "into")
_BELONG_IN = ("to", "under", "within")
#: What a giving verb gives when it funds: backing ("funding", "a grant") or an amount in a currency (lexicon data).
_BACKING = WORD_CLASSES["BACKING_NOUNS"] | WORD_CLASSES["CURRENCY_NOUNS"]


@rule("frame:pledge", scope="verb", stage=Stage.VERBS, triggers=("PLEDGE_VERBS",), produces=(P.contributesTo,),
      confidence=0.75)
def pledge(ctx: Context, f: Frame, subj: list) -> None:
    """"Italy pledged 900 million euros to the Argonaut programme": the payer contributes to the mission."""
    payers = [e for e in subj if isa(ctx, e, C.Organization, C.Country)]
    to = f.prep(*_PLEDGE_TO) + _phrases(ctx.tree, _sums(ctx.tree, f.obj), _PLEDGE_TO)
    # "will contribute 500 million euros to X": the parser may label the "to" a dative, not a preposition
    to += [o.i for d in f.dative if ctx.tree.lowers[d] in _PLEDGE_TO for o in ctx.tree.children(d, "pobj")]
    goals = [e for i in to for e in things(ctx, i, create=False) if isa(ctx, e, *_WHOLES)]
    for a in payers:
        for g in goals:
            if a.key != g.key:
                ctx.add(a, P.contributesTo, g, f.verb)


@rule("frame:funding-for", scope="verb", stage=Stage.VERBS, triggers=("FUNDING_GIVE_VERBS",),
      produces=(P.contributesTo,), confidence=0.7)
def funding_for(ctx: Context, f: Frame, subj: list) -> None:
    """"The UK Space Agency announced 5 million pounds of funding for the Vela mission", "ESA will provide funding
    to the Kestrel mission": a body that gives money or backing (an amount, lexicon ``BACKING_NOUNS``) for a
    mission or craft contributes to it."""
    t = ctx.tree
    sums = [i for i in _sums(t, f.obj) if t[i].ent_type == "MONEY" or t.lemma(i) in _BACKING]
    if f.passive or not sums:
        return
    to = f.prep("for", "to") + _phrases(t, sums, ("for", "to"))
    for a in [e for e in subj if isa(ctx, e, C.Organization, C.Country)]:
        for g in [e for i in to for e in things(ctx, i, create=False) if isa(ctx, e, *_WHOLES)]:
            ctx.add(a, P.contributesTo, g, f.verb)


def _sums(t, objects: list[int]) -> list[int]:
    """The objects and what each is a sum of: "5 million pounds of funding"."""
    return objects + [o.i for i in objects for p in t.children(i, "prep") if p.text.lower() == "of"
                      for o in t.children(p.i, "pobj")]


def _phrases(t, heads: list[int], words: tuple[str, ...]) -> list[int]:
    """Objects of the ``words`` prepositions on ``heads``: "invested [120 million euros in the lander]"."""
    return [o.i for i in heads for p in t.children(i, "prep") if p.text.lower() in words
            for o in t.children(p.i, "pobj")]


@rule("frame:belong-to", scope="verb", stage=Stage.VERBS, triggers=("BELONG_VERBS",), produces=(P.partOf,),
      confidence=0.75)
def belong_to(ctx: Context, f: Frame, subj: list) -> None:
    """"The Orlan lander belongs to the Lunar Gateway programme": the craft is part of the mission."""
    if f.passive:
        return
    parts = [e for e in subj if isa(ctx, e, C.Spacecraft, C.Instrument, C.Mission)]
    wholes = [e for i in f.prep(*_BELONG_IN) for e in things(ctx, i, create=False) if isa(ctx, e, *_WHOLES)]
    for p in parts:
        for w in wholes:
            if p.key != w.key:
                ctx.add(p, P.partOf, w, f.verb)


_PROGRAMME_NOUNS = frozenset(WORD_CLASSES["PROGRAMME_NOUNS"])
#: Nouns of a frame a deed is done in: "within the framework of the X programme" (its "of" phrase is the whole).
_FRAME_NOUNS = ("framework", "auspices", "umbrella", "scope")


@rule("dep:under-programme", stage=Stage.PHRASES, triggers=("PROGRAMME_NOUNS",), produces=(P.partOf,),
      confidence=0.7)
def under_programme(ctx: Context) -> None:
    """"Kelvo-2 was developed under ESA's Earth Watch programme", "built within the framework of the Polaris
    programme": the craft a clause makes, launches or runs "under" or "within" a programme is part of it."""
    t = ctx.tree
    for p in t.tokens:
        if t.lowers[p.i] not in ("under", "within") or p.dep != "prep" or t[p.head].pos != "VERB":
            continue
        heads = [o.i for o in t.children(p.i, "pobj")]
        heads += [o.i for h in heads if t.lowers[h] in _FRAME_NOUNS for q in t.children(h, "prep")
                  if t.lowers[q.i] == "of" for o in t.children(q.i, "pobj")]
        wholes = [e for h in heads if t.lemma(h) in _PROGRAMME_NOUNS or ctx.table.at(h) is not None
                  for e in things(ctx, h, create=False) if isa(ctx, e, C.Mission) and _programme(ctx, e)]
        verb = p.head
        parts = [e for c in t.children(verb, "nsubjpass", "dobj", "nsubj") for e in things(ctx, c.i, create=False)
                 if isa(ctx, e, C.Spacecraft, C.Instrument, C.Mission)]
        for part in parts:
            for whole in wholes:
                if part.key != whole.key:
                    ctx.add(part, P.partOf, whole, verb)


def _programme(ctx: Context, e) -> bool:
    """``e`` is told of as a programme: a mention followed by a programme noun, or holding one."""
    t = ctx.tree
    return any(m.end < len(t) and t.lemma(m.end) in _PROGRAMME_NOUNS or any(
        t.lemma(k) in _PROGRAMME_NOUNS for k in range(m.start, m.end)) for m in e.mentions) or e.kb is not None


@rule("dep:programme-before-name", stage=Stage.PHRASES, produces=(P.partOf,), confidence=0.7)
def programme_before_name(ctx: Context) -> None:
    """"the Copernicus Sentinel-1D satellite": a programme's name written right before a craft's name in one phrase
    (a mission the knowledge base knows, no craft itself: series.past_programme) is the whole the craft is part of."""
    t = ctx.tree
    for e in list(ctx.table.entities.values()):
        if e.kb is None or C.Mission not in e.classes or isa(ctx, e, C.Spacecraft):
            continue
        for m in e.mentions:
            craft = ctx.table.at(m.end) if m.end < len(t) and t[m.end - 1].whitespace else None
            if craft is not None and craft is not e and isa(ctx, craft, C.Spacecraft) \
                    and t[m.end - 1].head in (m.end, t[m.end].head) and any(k.start == m.end for k in craft.mentions):
                ctx.add(craft, P.partOf, e, m.end)
