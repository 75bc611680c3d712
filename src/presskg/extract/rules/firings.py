"""Engine and stage firings: "The Vardena engine was fired for 620 seconds at the Tollmark test centre on 12
March", "Orvane Propulsion test-fired the Vardena engine at the Tollmark test centre", "the Zephra-1 first
stage completed a hot-fire test at the Esrange Space Centre in January 2026".

A firing of a launcher's part (lexicon LAUNCHER_PART_NOUNS) or of a rocket is a test, an event, which its date
or its place makes worth a node though the engine itself is none (no class of the ontology names it): the
event is where the clause says, and whoever fires it (the subject or the "by" agent) takes part; a craft that
fires its own engine or thrusters in flight, on a date (a burn: "Veyra fired its main engine for 52 minutes on 12
March"), takes part in that event. A test noun
that such a part "completes" or "undergoes" is the same kind of event: placed and dated, it needs no
participant. The verbs are lexicon data (``FIRE_VERBS``, ``EVENT_LIGHT_VERBS``).
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..frames import Frame
from ..lexicon import OCCURRENCE_NOUNS, WORD_CLASSES
from ..referents import agents, described, flown_craft, isa, places_in, things
from ..registry import Stage, rule
from .launcher_parts import launcher_part

FIRE_VERBS = WORD_CLASSES["FIRE_VERBS"]
LIGHT_VERBS = WORD_CLASSES["EVENT_LIGHT_VERBS"]
BURN_PART_NOUNS = frozenset(WORD_CLASSES["BURN_PART_NOUNS"])
MANOEUVRE_NOUNS = frozenset(WORD_CLASSES["MANOEUVRE_NOUNS"])


def _fired(ctx: Context, i: int) -> bool:
    """The phrase at ``i`` names a launcher's part or a launcher, or a craft's engine or thrusters
    (``BURN_PART_NOUNS``): what is fired or tested."""
    return launcher_part(ctx, i) or ctx.tree.lemma(i) in BURN_PART_NOUNS and ctx.tree[i].pos == "NOUN" or any(
        isa(ctx, e, C.LaunchVehicle) for e in things(ctx, i, create=False))


def _fired_nouns(f: Frame) -> list[int]:
    """What the clause fires: its object (the passive's subject: "the engine was fired"), or the subject of an
    engine that fires by itself ("the orbiter's engines fired for 27 minutes on 17 February")."""
    return f.obj or ([] if f.passive else f.subj)


def _burning(ctx: Context, f: Frame, subj: list[Entity]) -> list[Entity]:
    """The craft that fires its own engine: the subject ("Veyra fired its main engine"), else the owner of the part
    fired ("the main engine of Veyra was fired", "Veyra's thrusters were fired", "the orbiter's engines fired"); no
    launcher (its engines are tested, not flown by it here)."""
    def craft(es: list[Entity]) -> list[Entity]:
        return [e for e in es if flown_craft(ctx, e)]
    found = craft(subj)
    if found:
        return found
    owners = [j for i in _fired_nouns(f) for j in ctx.tree.owner_words(i)]
    found = craft([e for j in owners for e in things(ctx, j, create=False)])
    if not found and any(ctx.tree[j].tag == "PRP$" for j in owners):  # "its thrusters fired": a craft's, whatever
        found = craft(ctx.recent(f.verb, C.Spacecraft))[:1]  # nearer body the pronoun would take
    return found


def _places(ctx: Context, f: Frame, nouns: list[int]) -> list[Entity]:
    """Where the clause is: its "at"/"in" phrase, or one the parser hung on a noun of it ("fired for 620 seconds
    at X", "completed a test at X")."""
    t = ctx.tree
    heads = [*nouns, *f.prep("for")]
    at = [o.i for h in heads for p in t.children(h, "prep") if t.lowers[p.i] in ("at", "in")
          for o in t.children(p.i, "pobj")]
    return [pl for i in f.prep("at", "in") + at for pl in places_in(ctx, i)]


@rule("frame:firing", scope="verb", stage=Stage.VERBS, triggers=("FIRE_VERBS",),
      produces=(C.Event, P.participant, P.locatedIn), confidence=0.75)
def firing(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """An engine or stage fired (or tested) somewhere or sometime is a test event there and then."""
    if f.verb in ctx.described or not any(_fired(ctx, i) for i in _fired_nouns(f)):
        return
    places = _places(ctx, f, [])
    if not places and not ctx.frame_date(f.verb):
        return
    ev = described(ctx, f.verb, C.Event)
    if ev is None:
        return
    for a in agents([e for i in f.subj for e in things(ctx, i, create=False)], ctx) + _burning(ctx, f, subj):
        ctx.add(ev, P.participant, a, f.verb)
    for pl in dict.fromkeys(places):
        ctx.add(ev, P.locatedIn, pl, f.verb)


@rule("frame:part-completes-test", scope="verb", stage=Stage.VERBS, triggers=("EVENT_LIGHT_VERBS",),
      produces=(C.Event, P.locatedIn), confidence=0.75)
def part_completes_test(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"The Vardena engine completed a hot-fire test at X on <date>": the engine's test, placed and dated."""
    t = ctx.tree
    if f.lemma not in LIGHT_VERBS or not any(_fired(ctx, i) for i in f.subj):
        return
    tests = [i for i in f.obj if t[i].pos == "NOUN" and OCCURRENCE_NOUNS.get(t.lemma(i)) in (C.Event, C.Campaign)
             and (i in ctx.described or ctx.table.at(i) is None)]
    places = _places(ctx, f, tests)
    if not tests or not places or not ctx.frame_date(f.verb):
        return
    for i in tests:
        ev = described(ctx, i, OCCURRENCE_NOUNS[t.lemma(i)])
        if ev is None or not isa(ctx, ev, C.Event):
            continue
        ctx.date_at.setdefault(i, list(ctx.date_at.get(f.verb, [])))  # the clause's date is the test's
        for pl in dict.fromkeys(places):
            ctx.add(ev, P.locatedIn, pl, f.verb)


@rule("dep:manoeuvre-acts-on", stage=Stage.EVENT_NOUNS, triggers=("MANOEUVRE_NOUNS",),
      produces=(C.Event, P.participant), confidence=0.7, after=("dep:occurrence-noun",))
def manoeuvre_acts_on(ctx: Context) -> None:
    """"A trajectory correction manoeuvre on 3 January refined its approach to Venus", "a 20-minute burn on 3 May
    raised the orbit of Veyra", "a short manoeuvre put Veyra on course": a manoeuvre told as the subject of a clause
    is made by the craft the clause acts on (its object, or whose object it is; "its" there is the latest craft's,
    whatever nearer noun a pronoun would take): the craft takes part in it, dated as the noun is."""
    t = ctx.tree
    for tok in t.tokens:
        if tok.pos != "NOUN" or t.lemma(tok.i) not in MANOEUVRE_NOUNS or tok.dep != "nsubj" \
                or tok.head not in ctx.frames:
            continue
        objs = ctx.frames[tok.head].obj
        owners = [j for o in objs for j in [o, *t.owner_words(o)]]
        craft = [e for j in owners for e in things(ctx, j, create=False) if flown_craft(ctx, e)]
        if not craft and any(t[j].tag == "PRP$" for j in owners):  # "refined its approach to Venus": a manoeuvre's
            craft = [e for e in ctx.recent(tok.i, C.Spacecraft) if flown_craft(ctx, e)][:1]  # "its" is a craft's
        if not craft:
            continue
        ev = described(ctx, tok.i, C.Event)
        for c in dict.fromkeys(craft) if ev is not None and isa(ctx, ev, C.Event) else ():
            ctx.add(ev, P.participant, c, tok.i)
