"""What a craft carries, read from the words around "aboard": "the camera carried on the Vela lander",
"the magnetometer mounted on the spacecraft", "payloads aboard Lyra", "the Zephyr spectrometer onboard Nova".

The small parser often hangs these phrases wrongly (a participle made the root, "onboard" made the head
of the clause), so the rule reads the token sequence: a part (an instrument or a craft) right before a
marker, and a craft right after it. A marker is an :data:`ABOARD_MARKERS` word ("aboard", "on board"),
or a :data:`CARRY_VERBS` participle followed by an :data:`ABOARD_PREPOSITIONS` word ("carried on",
"mounted on", "installed inside"); a bare "on" is no marker ("data on Mars"). Launch vehicles are neither
parts nor wholes ("launched aboard a Soyuz" is :mod:`.launchers`' business).

A thing flown "as a (hosted) payload on" a craft is part of it too ("CNES will fly the CLIMA-H sensor as a
hosted payload on the Ardent-7 satellite", "the sensor will fly as a hosted payload on Ardent-7"): the parser
hangs the craft on the "as" noun, not on the verb (dep:as-payload-on).
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..entities import ancestors
from ..frames import Frame
from ..lexicon import ABOARD_PREPOSITIONS, WORD_CLASSES
from ..mentions import noun_class
from ..referents import agents, described, isa, things
from ..registry import Stage, rule

ABOARD_MARKERS = WORD_CLASSES["ABOARD_MARKERS"]
CARRY_VERBS = WORD_CLASSES["CARRY_VERBS"]
_SKIP = frozenset({"the", "a", "an", "its", "their", "his", "her"})


@rule("seq:part-aboard", stage=Stage.PHRASES, triggers=("ABOARD_MARKERS", "CARRY_VERBS"), produces=(P.partOf,),
      confidence=0.7)
def part_aboard(ctx: Context) -> None:
    """"X carried on Y", "X mounted on Y", "X aboard Y", "X on board Y", "X onboard Y": X is part of Y."""
    t = ctx.tree
    n = len(t)
    for tok in t.tokens:
        after = _marker_end(ctx, tok.i)
        if after is None:
            continue
        before = tok.i - 1
        if t.lemma(tok.i) in CARRY_VERBS:
            before = _before_relative(ctx, before)
            if before >= 0 and t[before].text == ",":
                before -= 1  # "the camera, mounted on the lander"
        whole = _whole_after(ctx, after, n)
        part = _part_before(ctx, before)
        if whole is not None and part is not None and part.key != whole.key:
            ctx.add(part, P.partOf, whole, tok.i)


def _before_relative(ctx: Context, i: int) -> int:
    """"the camera, which is mounted on ...", "a drill that will be carried aboard ...": the token before
    the relative pronoun when ``i`` ends its auxiliaries, else ``i``."""
    t = ctx.tree
    k = i
    while k >= 0 and t[k].dep in ("aux", "auxpass"):
        k -= 1
    return k - 1 if k < i and k >= 0 and t[k].text.lower() in ("which", "that") else i


def _marker_end(ctx: Context, i: int) -> int | None:
    """The token after the marker that starts at ``i``, or None when ``i`` starts none."""
    t = ctx.tree
    low = t.lowers
    word = low[i]
    nxt = low[i + 1] if i + 1 < len(low) else ""
    if word in ABOARD_MARKERS:
        return i + 1
    if f"{word} {nxt}" in ABOARD_MARKERS:
        return i + 2
    if t[i].tag in ("VBN", "VBG") and t.lemma(i) in CARRY_VERBS and i > 0:
        if nxt in ABOARD_PREPOSITIONS and nxt not in ("to", "into") or _marker_end(ctx, i + 1):
            return _marker_end(ctx, i + 1) or i + 2
    return None


def _whole_after(ctx: Context, j: int, n: int) -> Entity | None:
    """The craft named right after the marker ("the Vela lander", "Nova")."""
    t = ctx.tree
    while j < n and t[j].text.lower() in _SKIP:
        j += 1
    for k in range(j, min(j + 4, n)):
        e = ctx.table.at(k) or ctx.ref(k)
        if e is None and t[k].pos == "NOUN":
            e = described(ctx, k)
        if e is not None:
            if isa(ctx, e, C.Spacecraft, C.Mission) and not isa(ctx, e, C.LaunchVehicle):
                return e
            return None
        if t[k].pos not in ("PROPN", "NOUN", "ADJ", "PUNCT", "NUM"):
            return None
    return None


def _part_before(ctx: Context, i: int) -> Entity | None:
    """The instrument or craft named right before the marker; a bracketed short name is stepped over
    ("the Multi-Band Camera (MBC) carried on ...")."""
    t = ctx.tree
    if i >= 0 and t[i].text == ")":
        while i >= 0 and t[i].text != "(":
            i -= 1
        i -= 1
    if i < 0:
        return None
    e = ctx.table.at(i) or ctx.ref(i)  # "the Zephyr camera": the name in front of the head noun
    if e is None and t[i].pos == "NOUN":
        e = described(ctx, i)
    if e is None or not isa(ctx, e, C.Instrument, C.Spacecraft) or isa(ctx, e, C.LaunchVehicle, C.SpaceStation):
        return None  # a station is never cargo: "fly to the ISS aboard the X capsule"
    if t[i].dep == "pobj" and t[t[i].head].text.lower() in ("to", "toward", "towards"):
        return None  # where they go, not what is carried
    return e


def _craft_of(ctx: Context, noun: int) -> list[Entity]:
    """The craft a plural part noun belongs to: "Vela's instruments", "the instruments of/on/aboard Vela"."""
    t = ctx.tree
    near = [c.i for c in t.children(noun, "poss")]
    near += [o.i for p in t.children(noun, "prep") if p.text.lower() in ("of", "on", "aboard", "onboard")
             for o in t.children(p.i, "pobj")]
    return [e for j in near for e in ctx.refs(j)
            if isa(ctx, e, C.Spacecraft, C.Mission) and not isa(ctx, e, C.LaunchVehicle)]


@rule("dep:one-of-parts", stage=Stage.PHRASES, triggers=(), produces=(P.partOf,), confidence=0.7)
def one_of_parts(ctx: Context) -> None:
    """"Zephyr, one of the instruments of the Vela orbiter", "the Lyra camera, one of Vela's instruments",
    "Kestrel, one of the six experiments aboard Nova": the thing set beside "one of" a craft's parts is
    one of them."""
    t = ctx.tree
    for tok in t.tokens:
        if tok.text.lower() != "one" or tok.dep != "appos":
            continue
        wholes = [e for p in t.children(tok.i, "prep") if p.text.lower() == "of"
                  for o in t.children(p.i, "pobj") for e in _craft_of(ctx, o.i)]
        if not wholes:
            continue
        parts = [e for e in ctx.refs(tok.head) or [described(ctx, tok.head)] if e is not None
                 and isa(ctx, e, C.Instrument, C.Spacecraft) and not isa(ctx, e, C.LaunchVehicle)]
        for part in parts:
            for whole in wholes[:1]:
                if part.key != whole.key:
                    ctx.add(part, P.partOf, whole, tok.i)


@rule("dep:among-parts", stage=Stage.PHRASES, triggers=(), produces=(P.partOf,), confidence=0.7)
def among_parts(ctx: Context) -> None:
    """"Among the payloads of the Vela probe are the Kestrel camera and the Lumen spectrometer", "Lumen is among
    Vela's instruments": what a copula sets among a craft's parts is one of them."""
    t = ctx.tree
    for tok in t.tokens:
        if tok.text.lower() != "among" or tok.dep != "prep" or t.lemma(tok.head) != "be":
            continue
        wholes = [e for o in t.children(tok.i, "pobj") for e in _craft_of(ctx, o.i)]
        items = [k for c in t.children(tok.head, "attr", "nsubj") for k in t.conjuncts(c.i)] if wholes else []
        parts = [e for k in items for e in ctx.refs(k) or [described(ctx, k)] if e is not None
                 and isa(ctx, e, C.Instrument, C.Spacecraft) and not isa(ctx, e, C.LaunchVehicle)]
        for part in parts:
            if part.key != wholes[0].key:
                ctx.add(part, P.partOf, wholes[0], tok.i)


@rule("frame:contribute-with", scope="verb", stage=Stage.VERBS, triggers=("CONTRIBUTE_VERBS",),
      produces=(P.partOf, P.providedBy), confidence=0.7)
def contribute_with(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"JAXA will contribute to the Vela mission with the Zephyr camera": the camera is part of the mission
    and provided by the contributor. Only the "with" the parser hung on the mission's noun: a "with" on the
    verb is ``frame:contribute-through``'s (:mod:`.cooperation`)."""
    if f.passive:
        return
    goals = [e for i in f.prep("to", "in") for e in ctx.refs(i) or _the_craft(ctx, i)
             if isa(ctx, e, C.Spacecraft, C.Mission) and not isa(ctx, e, C.LaunchVehicle)]
    if not goals:
        return
    t = ctx.tree
    with_ = [o.i for i in f.prep("to", "in") for p in t.children(i, "prep")
             if p.text.lower() == "with" for o in t.children(p.i, "pobj")]
    parts = [e for i in with_ for e in things(ctx, i)
             if isa(ctx, e, C.Instrument, C.Spacecraft) and not isa(ctx, e, C.LaunchVehicle, C.Mission)]
    givers = [e for e in agents(subj, ctx) if isa(ctx, e, C.Organization, C.Country)]
    for part in parts:
        for g in goals:
            if part.key != g.key:
                ctx.add(part, P.partOf, g, f.verb)
        for a in givers:
            ctx.add(part, P.providedBy, a, f.verb)


def _the_craft(ctx: Context, i: int) -> list[Entity]:
    """"contribute to the mission with the camera": a definite craft noun whose only complement is the "with"
    phrase the parser hung on it stands for the latest craft of its kind (the reading a bare "the mission" gets)."""
    t = ctx.tree
    tok = t[i]
    if tok.pos != "NOUN" or tok.tag == "NNS" or not any(c.text.lower() == "the" for c in t.children(i, "det")):
        return []
    if any(c.dep != "det" and not (c.dep == "prep" and c.text.lower() == "with") for c in t.children(i)):
        return []
    cls = noun_class(t, i)
    if cls is None or not any(cls == k or k in ancestors(cls) for k in (C.Mission, C.Spacecraft)):
        return []
    here = t.sentence_index(i)
    found = [(e, at) for e, at in ctx._before(i) if here - t.sentence_index(at) <= 2
             and isa(ctx, e, C.Mission, C.Spacecraft) and not isa(ctx, e, C.LaunchVehicle, C.Instrument)]
    for e, at in found:  # the topic: the latest such craft that was a main clause's subject, else the latest
        m = next((m for m in e.mentions if m.start == at), None)
        heads = [t[k].head if t[k].dep == "compound" else k for k in range(m.start, m.end)] if m else []
        if any(t[k].dep in ("nsubj", "nsubjpass") and t[t[k].head].dep in ("ROOT", "conj") for k in heads):
            return [e]
    return [found[0][0]] if found else []


@rule("dep:as-payload-on", stage=Stage.PHRASES, triggers=("ABOARD_PREPOSITIONS",), produces=(P.partOf,),
      confidence=0.7)
def as_payload_on(ctx: Context) -> None:
    """"fly the CLIMA-H sensor as a hosted payload on Ardent-7": the sensor is part of Ardent-7."""
    t = ctx.tree
    for tok in t.tokens:
        if tok.pos != "NOUN" or tok.dep != "pobj" or t.lowers[tok.head] != "as":
            continue
        cls = noun_class(t, tok.i)
        if cls is None or C.Instrument not in ancestors(cls):
            continue  # "as a partner on the mission": no payload
        wholes = [e for p in t.children(tok.i, "prep") if t.lowers[p.i] in ABOARD_PREPOSITIONS | {"aboard"}
                  for o in t.children(p.i, "pobj") for e in things(ctx, o.i, create=False)
                  if isa(ctx, e, C.Spacecraft, C.Mission) and not isa(ctx, e, C.LaunchVehicle)]
        verb = t[tok.head].head
        f = ctx.frames.get(verb)
        said = (f.obj or ([] if f.passive else f.subj)) if f is not None else [verb]
        parts = [e for i in said for e in things(ctx, i, create=False)
                 if isa(ctx, e, C.Instrument, C.Spacecraft) and not isa(ctx, e, C.LaunchVehicle, C.Mission)]
        for part in parts:
            for whole in wholes[:1]:
                if part.key != whole.key:
                    ctx.add(part, P.partOf, whole, tok.i)
