"""What is seen through a craft: "the exoplanet Morra-3b was detected with the Vellum Space Telescope",
"astronomers discovered comet Tarsk using the Vellum Space Telescope", "using the Lumen satellite, the team
imaged the asteroid Korrin". The observers are people; the craft in the "with" or "using" phrase is what
looked at the body, and so targets it (as "the Vellum telescope observed Morra-3b" says through
``frame:target``). Verbs of seeing are lexicon ``SIGHTING_VERBS``; Earth is no target (craft look down on it
to study something else).
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..frames import Frame
from ..lexicon import WORD_CLASSES
from ..referents import isa, things
from ..registry import Stage, rule
from ..worlds import bodies_in

#: What a craft sends down ("data", "images", "observations"): what a body was seen in names the craft it came from.
SENT_DOWN = WORD_CLASSES["SENT_DOWN_NOUNS"]


def _means(ctx: Context, f: Frame) -> list[Entity]:
    """Craft a clause sees with: its "with" phrase, the object of a "using" clause on the verb or on its subject
    ("astronomers using the Vela telescope"), or the craft what it was seen in came from ("in images from X",
    "using data from X", "based on observations by X": lexicon ``SENT_DOWN_NOUNS``)."""
    t = ctx.tree
    users = [c.i for c in t.children(f.verb, "advcl", "xcomp", "acl")] + [
        c.i for s in f.subj for c in t.children(s, "acl")]
    heads = f.withs(t, f.obj) + [o.i for c in users if t.lemma(c) == "use" for o in t.children(c, "dobj")]
    heads += [i for p, i in f.preps if p == "in"] + [  # "based on observations by X"
        o.i for c in t.children(f.verb, "prep") if t.lemma(c.i) == "base" for p in t.children(c.i, "prep")
        if p.text.lower() == "on" for o in t.children(p.i, "pobj")]
    heads += [o.i for i in list(heads) if t.lemma(i) in SENT_DOWN for p in t.children(i, "prep")
              if p.text.lower() in ("from", "by", "of") for o in t.children(p.i, "pobj")]
    return [e for i in heads for e in things(ctx, i, create=False) if isa(ctx, e, C.Spacecraft, C.Mission)
            and not isa(ctx, e, C.Agent, C.LaunchVehicle, C.Instrument)]


@rule("frame:seen-with", scope="verb", stage=Stage.VERBS, triggers=("SIGHTING_VERBS",), produces=(P.target,),
      confidence=0.7)
def seen_with(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"X was detected with the Vellum telescope", "the team observed X using the Lumen satellite": the craft
    targets the body X (the verb's object; a passive's patient is its object too)."""
    bodies = [e for i in f.obj for e in things(ctx, i, create=False)
              if isa(ctx, e, C.CelestialBody) and e.label != "Earth"]
    if not bodies:
        return
    for craft in _means(ctx, f):
        for b in bodies:
            ctx.add(craft, P.target, b, f.verb)


#: Prepositions that set what is seen on, in or around a body: "a flare on the Sun", "water in the atmosphere of
#: the exoplanet X", "an Einstein ring around the galaxy NGC 6505", "the remnant of supernova SN 1987A".
_ON_BODY = ("of", "on", "in", "around", "near", "at", "from", "beneath", "below", "under", "underneath", "within")


def _bodies_around(ctx: Context, i: int, depth: int = 2) -> list[Entity]:
    """Bodies named in the "of/on/in/around" phrases of the object at ``i``, through one more such phrase at most
    ("in the atmosphere of the exoplanet X"). Earth is left out: craft look at it to study something else."""
    t = ctx.tree
    out: list[Entity] = []
    for p in t.children(i, "prep"):
        if p.text.lower() not in _ON_BODY:
            continue
        for o in t.children(p.i, "pobj"):
            found = [e for e in things(ctx, o.i, create=False) if isa(ctx, e, C.CelestialBody)]
            out += found or (_bodies_around(ctx, o.i, depth - 1) if depth > 1 else [])
    return [e for e in dict.fromkeys(out) if e.label != "Earth"]


@rule("frame:seen-on-body", scope="verb", stage=Stage.VERBS, triggers=("SIGHTING_VERBS",), produces=(P.target,),
      confidence=0.7)
def seen_on_body(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"Webb has detected carbon dioxide in the atmosphere of the exoplanet WASP-39b", "Hinode recorded a flare on
    the Sun", "Euclid has spotted an Einstein ring around the galaxy NGC 6505": the craft that sees something on,
    in or around a body studies that body (its ``target``), as "Vela observed X" says through ``frame:target``; so
    does the craft observers use ("astronomers using Webb detected ...": :func:`_means`)."""
    craft = [e for e in subj if isa(ctx, e, C.Mission, C.Spacecraft)
             and not isa(ctx, e, C.Agent, C.LaunchVehicle, C.Instrument)]
    if not craft and not any(isa(ctx, e, C.Mission, C.Spacecraft) for e in subj):
        craft = _means(ctx, f)  # "astronomers using Webb detected carbon dioxide in the atmosphere of X"
    if not craft:
        return
    heads = [i for i in f.obj if not any(isa(ctx, e, C.CelestialBody) for e in things(ctx, i, create=False))]
    bodies = [b for i in heads for b in _bodies_around(ctx, i)]
    if heads:  # "detected carbon dioxide in the atmosphere of X": the parser hangs the phrase on the verb
        bodies += [b for p, i in f.preps if p in _ON_BODY and p not in ("of", "from")
                   for b in [e for e in bodies_in(ctx, i) if e.label != "Earth"] or _bodies_around(ctx, i, 1)]
    for c in craft:
        for b in bodies[:2]:
            ctx.add(c, P.target, b, f.verb)


#: Verbs of taking what a craft sends down: "the image, taken by the Vela telescope": the agent is the craft.
_TAKING = frozenset(WORD_CLASSES["CAPTURE_VERBS"])


def _source_craft(ctx: Context, i: int) -> list[Entity]:
    """The craft what a sent-down noun at ``i`` came from: "images from / by / of Vela", "Vela's images", "the
    image, taken by Vela", "the images were taken by Vela and show ..." (the verb this clause is joined to)."""
    t = ctx.tree
    heads = [o.i for p in t.children(i, "prep") if p.text.lower() in ("from", "by", "of")
             for o in t.children(p.i, "pobj")]
    heads += [c.i for c in t.children(i, "poss")]
    takers = [c.i for c in t.children(i, "acl") if t.lemma(c.i) in _TAKING]
    if t[i].dep in ("nsubj", "nsubjpass") and t.lemma(t[i].head) in _TAKING:
        takers.append(t[i].head)
    heads += [o.i for v in takers for a in t.children(v, "agent") for o in t.children(a.i, "pobj")]
    # "taken by the telescope's Halcyon camera": an instrument's craft, its owner in the phrase or known before
    heads += [c.i for k in heads if any(isa(ctx, e, C.Instrument) for e in things(ctx, k, create=False))
              for c in t.children(k, "poss")]
    found = [w for k in heads for e in things(ctx, k, create=False) if isa(ctx, e, C.Instrument)
             for w in ctx.objects(e, P.partOf)]
    found += [e for k in heads for e in things(ctx, k, create=False)]
    return [e for e in dict.fromkeys(found) if isa(ctx, e, C.Spacecraft, C.Mission)
            and not isa(ctx, e, C.Agent, C.LaunchVehicle, C.Instrument)]


@rule("frame:shown-in-images", scope="verb", stage=Stage.VERBS, triggers=("SHOWING_VERBS",), produces=(P.target,),
      confidence=0.7)
def shown_in_images(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"The first images from the Vela telescope show the galaxy NGC 4411", "the image, taken by Vela, shows the
    Orion Nebula", "observations by the Vela probe reveal that the asteroid Tarsk is rich in water": what a craft's
    images or data show (lexicon ``SHOWING_VERBS``, ``SENT_DOWN_NOUNS``) is a body the craft looked at."""
    t = ctx.tree
    sources = [i for i in f.subj if t.lemma(i) in SENT_DOWN]
    if not sources and t[f.verb].dep == "conj":  # "the images were taken by X and show Y": the first verb's subject
        sources = [c.i for c in t.children(t[f.verb].head, "nsubj", "nsubjpass") if t.lemma(c.i) in SENT_DOWN]
    craft = [c for i in sources for c in _source_craft(ctx, i)]
    if not craft:
        return
    shown = list(f.obj) + [c.i for v in t.children(f.verb, "ccomp") for c in t.children(v.i, "nsubj", "nsubjpass")]
    bodies = [e for i in shown for e in bodies_in(ctx, i) if e.label != "Earth"]
    if f.obj:  # "data from X revealed water ice on Mars": what is shown on, in or beneath a body
        bodies += [b for p, i in f.preps if p in _ON_BODY and p not in ("of", "from")
                   for b in [e for e in bodies_in(ctx, i) if e.label != "Earth"] or _bodies_around(ctx, i, 1)]
    for c in craft[:1]:
        for b in bodies[:2]:
            ctx.add(c, P.target, b, f.verb)
