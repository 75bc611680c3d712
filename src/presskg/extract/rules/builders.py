"""Who builds a craft, what a craft includes, where it goes.

- "Airbus, the prime contractor for the Vela satellite", "OHB was selected as the builder of Lyra",
  "Kestrel's manufacturer, Thales": a :data:`BUILDER_NOUNS` word with "of"/"for" a craft or instrument,
  set beside an agent (apposition, copula, "as", possessive), says who provides it.
- "The Vela orbiter includes a magnetometer", "the robotics system of the Gateway, which includes the
  Zephyr arm": what a craft (or a system "of" a craft) includes (:data:`COMPOSITION_VERBS`) is part of it;
  so are the names listed after a counted noun it includes ("NavIC consists of seven satellites, including
  IRNSS-1I and NVS-01"), which are members of what the noun counts.
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..enumerations import opens_list
from ..frames import Frame
from ..lexicon import WORD_CLASSES, in_class
from ..referents import agents, isa, things
from ..registry import Stage, rule

BUILDER_NOUNS = WORD_CLASSES["BUILDER_NOUNS"]
DESTINATION_NOUNS = WORD_CLASSES["DESTINATION_NOUNS"]
#: Nouns of a launcher's parts ("engine", "stage"): a builder noun of one names who builds a part only.
LAUNCHER_PARTS = WORD_CLASSES["LAUNCHER_PART_NOUNS"]
BUILT = (C.Spacecraft, C.Instrument, C.LaunchVehicle)
WHOLES = (C.Spacecraft, C.Mission)
#: Classes of the bodies that order work rather than doing it (lexicon data, as in rules/suppliers.py).
CUSTOMERS = WORD_CLASSES["CUSTOMER_CLASSES"]


@rule("dep:builder-of", stage=Stage.PHRASES, triggers=("BUILDER_NOUNS",), produces=(P.providedBy, P.contributesTo),
      confidence=0.75)
def builder_of(ctx: Context) -> None:
    """"Airbus, the prime contractor for Vela", "OHB was selected as the builder of the Lyra satellite"; of a
    mission that is no craft ("the prime contractor for the LISA mission"), the builder contributes to it
    (``providedBy`` is of crafts, instruments and launchers only)."""
    t = ctx.tree
    for tok in t.tokens:
        if tok.pos != "NOUN" or t.lemma(tok.i) not in BUILDER_NOUNS:
            continue
        named = [e for p in t.children(tok.i, "prep") if p.text.lower() in ("of", "for")
                 for o in t.children(p.i, "pobj") for e in things(ctx, o.i, create=False)]
        # "the Tavi satellite's prime contractor": a made thing or a mission in the possessive is what is built
        named += [e for c in t.children(tok.i, "poss") for e in things(ctx, c.i, create=False)
                  if isa(ctx, e, *BUILT, C.Mission)]
        if not named and not t.children(tok.i, "prep") and _as_or_the(t, tok.i):
            # "OHB will act as prime contractor", "Airbus is the prime contractor": of the craft just told of
            named = [e for cls in WHOLES for e in ctx.recent(tok.i, cls, sentences=1)][:1]
        built = [e for e in named if isa(ctx, e, *BUILT)]
        missions = [e for e in named if isa(ctx, e, C.Mission) and not isa(ctx, e, *BUILT)]
        if not built and not missions:
            continue
        # "Orvane, the engine supplier for Kestrel-2": who supplies a part only helps build the whole
        part = any(t.lemma(c.i) in LAUNCHER_PARTS for c in t.children(tok.i, "compound", "amod") if c.i < tok.i)
        for who in _builders(ctx, tok.i):
            for x in built:
                if x.key != who.key and part:
                    ctx.add(who, P.contributesTo, x, tok.i)
                elif x.key != who.key:
                    ctx.add(x, P.providedBy, who, tok.i)
            for m in missions:
                ctx.add(who, P.contributesTo, m, tok.i)


def _as_or_the(t, i: int) -> bool:
    """A builder noun said of one role: "as (the) prime contractor", "the manufacturer" (not "a supplier")."""
    return t[i].dep == "pobj" and t[t[i].head].text.lower() == "as" or any(
        c.text.lower() == "the" for c in t.children(i, "det"))


def _builders(ctx: Context, i: int) -> list[Entity]:
    """The agent a builder noun is said of: its apposition's head or own apposition, its copula subject (or
    the copula's attribute when the noun is the subject), the patient of "selected as", or its possessor
    (an organization: a craft in the possessive is what is built; an agency there is the customer when
    the builder is named too)."""
    t = ctx.tree
    tok = t[i]
    idx: list[int] = [c.i for c in t.children(i, "appos", "poss")]
    if tok.dep == "appos":
        idx.append(tok.head)
    elif tok.dep == "attr":
        idx += [c.i for c in t.children(tok.head, "nsubj")]
    elif tok.dep == "nsubj" and t.lemma(tok.head) == "be":  # "the prime contractor for X is OHB"
        idx += [c.i for c in t.children(tok.head, "attr")]
    elif tok.dep == "pobj" and t[tok.head].text.lower() == "as":
        verb = t[tok.head].head
        idx += [c.i for c in t.children(verb, "nsubjpass", "dobj")]
        if not idx:  # "OHB will act as prime contractor", "serves as the builder"
            idx += [c.i for c in t.children(verb, "nsubj")]
    found = [e for j in idx for e in things(ctx, j, create=False)]
    out = [e for e in agents(found, ctx) if isa(ctx, e, C.Organization)]
    # "ESA's prime contractor for X is OHB": an agency in the possessive is the customer, once a builder is named
    owners = {e.key for c in t.children(i, "poss") for e in things(ctx, c.i, create=False)}
    named = [e for e in out if e.key not in owners]
    return named + [e for e in out if e.key in owners and not any(isa(ctx, e, k) for k in CUSTOMERS)] if named else out


@rule("frame:includes", scope="verb", stage=Stage.VERBS, triggers=("COMPOSITION_VERBS",),
      produces=(P.partOf,), confidence=0.7)
def includes(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"The Vela orbiter includes a magnetometer", "the robotics system of the Gateway, which includes
    the Zephyr arm", "the payload consists of a camera and a radar"."""
    if not in_class("COMPOSITION_VERBS", f.lemma, f.particle or None) or f.passive and f.lemma not in _MADE_OF:
        return
    t = ctx.tree
    # "The mission, made up of an orbiter and a lander,", "X is composed of A and B": what is so made is the whole;
    # "A and B make up the mission": the parts are the subject
    up = f.lemma == "make" and not f.passive
    wholes = [e for i in f.obj for e in things(ctx, i, create=False)] if f.passive or up else subj
    wholes = [e for e in wholes if isa(ctx, e, *WHOLES) and not isa(ctx, e, C.LaunchVehicle)]
    if not wholes:  # "the robotics system of the Gateway", "Vela's instruments", "the Vela payload": the craft
        owners = [o.i for i in f.subj for p in t.children(i, "prep") if p.text.lower() == "of"
                  for o in t.children(p.i, "pobj")] + [c.i for i in f.subj for c in t.children(i, "poss")] + [
            c.i for i in f.subj for c in t.children(i, "compound") if c.pos == "PROPN"]
        wholes = [e for j in owners for e in things(ctx, j, create=False)
                  if isa(ctx, e, *WHOLES) and not isa(ctx, e, C.LaunchVehicle)]
    if not wholes:
        return
    args = (f.subj if up else [] if f.passive else f.obj) + f.prep("of")  # "consists of"
    args += [k for i in args for k in _listed(ctx, f.verb, i)]
    parts = [e for i in args for e in things(ctx, i) if isa(ctx, e, *BUILT) and not isa(ctx, e, C.LaunchVehicle)]
    for part in parts:
        for whole in wholes:
            if part.key != whole.key and not isa(ctx, part, C.Mission):
                ctx.add(part, P.partOf, whole, f.verb)


#: Composition verbs whose passive names the whole ("made up of", "composed of").
_MADE_OF = ("make", "compose")


def _listed(ctx: Context, verb: int, i: int) -> list[int]:
    """"seven satellites, including IRNSS-1I and NVS-01", "two payloads: Zephyr and Lyra": the names listed
    after a plural noun (an apposition, or the object of an enumerator the parser hung on the noun or on the
    verb), which are some of what it counts; a singular noun lists nothing ("a camera, including its lens")."""
    t = ctx.tree
    if t[i].pos != "NOUN" or t[i].tag != "NNS":
        return []
    heads = [a.i for a in t.children(i, "appos")]
    for p in (p for h in (i, verb) for p in t.children(h, "prep") if opens_list(t, p.i)):
        # a designation the tagger took for punctuation ("including IRNSS-1I and ...") is no "pobj": the word
        # right after the enumerator, when it hangs on it, opens the list all the same
        heads += [o.i for o in t.children(p.i, "pobj")] or [o.i for o in t.children(p.i) if o.i == p.i + 1]
    return [k for h in heads for k in t.conjuncts(h) if any(e.named for e in things(ctx, k, create=False))]


@rule("dep:destination-of", stage=Stage.PHRASES, triggers=("DESTINATION_NOUNS",), produces=(P.target,),
      confidence=0.75)
def destination_of(ctx: Context) -> None:
    """"Ganymede is a particular focus of the Vela mission", "Vela's destination, Mars", "the target of
    Kestrel is the asteroid Lyra": the body set beside a destination noun of a craft is its target."""
    t = ctx.tree
    for tok in t.tokens:
        if tok.pos != "NOUN" or t.lemma(tok.i) not in DESTINATION_NOUNS:
            continue
        owners = [c.i for c in t.children(tok.i, "poss")] + [o.i for p in t.children(tok.i, "prep")
                                                             if p.text.lower() in ("of", "for")
                                                             for o in t.children(p.i, "pobj")]
        crafts = [e for j in owners for e in things(ctx, j, create=False)
                  if isa(ctx, e, *WHOLES) and not isa(ctx, e, C.LaunchVehicle)]
        if not crafts:
            continue
        beside = [c.i for c in t.children(tok.i, "appos")]
        if tok.dep in ("attr", "nsubj"):  # "Ganymede is a focus of X", "the target of X is Lyra"
            beside += [c.i for c in t.children(tok.head, "nsubj", "attr") if c.i != tok.i]
        elif tok.dep == "appos":
            beside.append(tok.head)
        bodies = [e for j in beside for e in things(ctx, j, create=False)
                  if isa(ctx, e, C.CelestialBody) and e.label != "Earth"]
        for craft in crafts:
            for body in bodies:
                ctx.add(craft, P.target, body, tok.i)
