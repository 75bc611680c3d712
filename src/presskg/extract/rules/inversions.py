"""Inverted clauses: what the clause is about comes after "be", a place or a group before it.

- "On board are a camera from the Orla Institute and a spectrometer from Kestrel Dynamics", "Aboard the Nova
  orbiter is a radar": the things after the verb are parts (``partOf``) of the craft the fronted phrase names,
  or of the craft or mission in view when it names none ("on board" alone); a part's "from" body provides
  it (lexicon ``ABOARD_MARKERS``).
- "Among the partners are A and B", "Among the contributors to the Vela mission are A and B", "Among the
  participants were A and B": the agents after the verb contribute to the mission or craft the noun's
  phrase names, else to the one in view; of an event, they take part in it (lexicon ``PARTNER_NOUNS``,
  ``CONTRIBUTOR_NOUNS``, ``ATTENDEE_NOUNS``).
- "Joining the mission are A and B", "Joining the Vela workshop were A and B": a fronted participle of a
  joining verb (lexicon ``JOIN_VERBS``) with its object: the agents after "be" contribute to (a mission,
  a craft) or take part in (an event) the object.
- "Attending the workshop were A and B", "Taking part (in the course) were A and B": a fronted participle of
  being there (lexicon ``ATTEND_VERBS``): those after "be" take part in the event its object or "in" phrase
  names, else in the event in view.

The small parser makes the fronted phrase the clause's modifier and the things after "be" its subject or
attribute (or, for a participle made the root, more objects); these rules read that shape only.
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..entities import ancestors
from ..lexicon import PARTNER_NOUNS, WORD_CLASSES
from ..mentions import noun_class
from ..referents import agents, described, isa, things
from ..registry import Stage, rule

ABOARD_MARKERS = WORD_CLASSES["ABOARD_MARKERS"]
CONTRIBUTOR_NOUNS = WORD_CLASSES["CONTRIBUTOR_NOUNS"]
ATTENDEE_NOUNS = WORD_CLASSES["ATTENDEE_NOUNS"]
JOIN_VERBS = WORD_CLASSES["JOIN_VERBS"]
ATTEND_VERBS = WORD_CLASSES["ATTEND_VERBS"]
#: What a part is aboard, and what a partner has a stake in.
CRAFTS = (C.Spacecraft, C.Mission)
STAKES = (C.Mission, C.Spacecraft, C.LaunchVehicle, C.Event)
#: Parts: made things a craft carries (not a launcher, not a person).
PARTS = (C.Instrument, C.Spacecraft)


def _after_be(ctx: Context, verb: int) -> list[int]:
    """The heads after an inverted "be" (subject or attribute after the verb), with their conjuncts."""
    t = ctx.tree
    heads = [j for c in t.children(verb, "nsubj", "attr", "nsubjpass") if c.i > verb for j in t.conjuncts(c.i)]
    # "2,400 kg of supplies, a freezer and ...": a list's next item the parser set as an apposition
    return heads + [a.i for j in heads for a in t.children(j, "appos") if a.i > j and a.pos == "NOUN"]


def _fronted(ctx: Context, verb: int) -> list[int]:
    """The prepositions fronted before "be": "On board are ...", "Among the partners are ..."."""
    t = ctx.tree
    return [p.i for p in t.children(verb, "prep") if p.i < verb]


def _in_view(ctx: Context, i: int, classes: tuple[str, ...]) -> Entity | None:
    """The latest thing of ``classes`` (named or described) mentioned before token ``i`` in the last two sentences."""
    found = [e for cls in classes for e in ctx.recent(i, cls)[:1]]
    return max(found, key=lambda e: max(m.start for m in e.mentions if m.start < i), default=None)


@rule("dep:inverted-aboard", stage=Stage.PHRASES, triggers=("ABOARD_MARKERS",), produces=(P.partOf, P.providedBy),
      confidence=0.7)
def inverted_aboard(ctx: Context) -> None:
    """"On board are a camera from X and a spectrometer", "Aboard the Nova orbiter is a radar": parts of the
    craft named after the marker, else of the craft or mission in view."""
    t = ctx.tree
    for tok in t.tokens:
        if t.lemma(tok.i) != "be" or tok.pos not in ("AUX", "VERB"):
            continue
        for p in _fronted(ctx, tok.i):
            objs = [o.i for o in t.children(p, "pobj")]
            word = t.lowers[p]
            bare = word == "on" and [t.lowers[o] for o in objs] == ["board"]
            if not bare and word not in ABOARD_MARKERS:
                continue
            wholes = [] if bare else [e for o in objs for e in things(ctx, o, create=False) if isa(ctx, e, *CRAFTS)]
            if not bare and not wholes:
                continue
            if bare:  # "On board Tarsis are ...": the parser's subject before "be" is the craft
                wholes = [e for c in t.children(tok.i, "nsubj") if c.i < tok.i for e in things(ctx, c.i, create=False)
                          if isa(ctx, e, *CRAFTS)]
                whole = _in_view(ctx, p, CRAFTS) if not wholes else None
                wholes = wholes or ([whole] if whole is not None else [])
            heads = _after_be(ctx, tok.i)
            # "a radar from X and a laser altimeter": the parser may join the next part to the body after "from"
            heads += [k for j in heads for q in t.children(j, "prep") if t.lowers[q.i] == "from"
                      for o in t.children(q.i, "pobj") for k in t.conjuncts(o.i)[1:] if t[k].pos == "NOUN"]
            for j in heads:
                # (the thing at ``j`` alone: its "from" phrase is its own, not its conjuncts')
                for part in [e for e in [ctx.ref(j) or described(ctx, j)] if e is not None]:
                    if not isa(ctx, part, *PARTS) or isa(ctx, part, C.LaunchVehicle):
                        continue
                    for w in wholes:
                        if w is not part:
                            ctx.add(part, P.partOf, w, j)
                    for q in t.children(j, "prep"):
                        if t.lowers[q.i] != "from":
                            continue
                        for o in [k for g in t.children(q.i, "pobj") for k in t.conjuncts(g.i)]:
                            for org in agents([e for e in [ctx.table.at(o)] if e is not None], ctx):
                                if isa(ctx, org, C.Organization):
                                    ctx.add(part, P.providedBy, org, o)


@rule("dep:inverted-among", stage=Stage.PHRASES, triggers=("PARTNER_NOUNS", "CONTRIBUTOR_NOUNS", "ATTENDEE_NOUNS"),
      produces=(P.contributesTo, P.participant), confidence=0.7)
def inverted_among(ctx: Context) -> None:
    """"Among the partners are A and B", "Among the participants were A and B": the agents after "be" have a
    stake in what the noun's phrase names, or in the mission, craft or event in view."""
    t = ctx.tree
    nouns = PARTNER_NOUNS | CONTRIBUTOR_NOUNS | ATTENDEE_NOUNS
    for tok in t.tokens:
        if t.lemma(tok.i) != "be" or tok.pos not in ("AUX", "VERB"):
            continue
        for p in _fronted(ctx, tok.i):
            if t.lowers[p] != "among":
                continue
            for o in t.children(p, "pobj"):
                if t.lemma(o.i) not in nouns:
                    continue
                goals = [e for q in t.children(o.i, "prep") if t.lowers[q.i] in ("in", "on", "of", "to", "for")
                         for g in t.children(q.i, "pobj") for e in things(ctx, g.i, create=False)
                         if isa(ctx, e, *STAKES)]
                if not goals:
                    attending = t.lemma(o.i) in ATTENDEE_NOUNS
                    g = _in_view(ctx, p, (C.Event,) if attending else (C.Mission, C.Spacecraft))
                    goals = [g] if g is not None else []
                _stake(ctx, goals, [e for j in _after_be(ctx, tok.i) for e in things(ctx, j, create=False)], o.i)


@rule("dep:inverted-joining", stage=Stage.PHRASES, triggers=("JOIN_VERBS",),
      produces=(P.contributesTo, P.participant), confidence=0.7)
def inverted_joining(ctx: Context) -> None:
    """"Joining the mission are A and B": the agents after "be" join the participle's object."""
    t = ctx.tree
    for tok in t.tokens:
        if tok.tag != "VBG" or t.lemma(tok.i) not in JOIN_VERBS:
            continue
        if (fronted := _fronted_participle(ctx, tok.i)) is None:
            continue
        who, be = fronted
        objs = [c.i for c in t.children(tok.i, "dobj") if c.i < be]
        goals = [e for i in objs for e in things(ctx, i, create=False) if isa(ctx, e, *STAKES)]
        for i in objs if not goals else ():  # "Joining the mission are": the mission (or craft, event) in view
            cls = noun_class(t, i) if t[i].pos == "NOUN" and ctx.table.at(i) is None else None
            if cls is not None and any(k in ancestors(cls) for k in STAKES):
                g = _in_view(ctx, i, (C.Event,) if C.Event in ancestors(cls) else (C.Mission, C.Spacecraft))
                goals = [g] if g is not None else []
        _stake(ctx, goals, [e for j in who for e in things(ctx, j, create=False)], tok.i)


@rule("dep:inverted-attending", stage=Stage.DISCOURSE, triggers=("ATTEND_VERBS",), produces=(P.participant,),
      confidence=0.7)
def inverted_attending(ctx: Context) -> None:
    """"Attending the workshop were A and B", "Taking part were A and B": those after "be" were at the event."""
    t = ctx.tree
    for tok in t.tokens:
        if tok.tag != "VBG" or t.lemma(tok.i) not in ATTEND_VERBS:
            continue
        kids = {c.dep: c.i for c in t.children(tok.i)}
        if t.lemma(tok.i) == "take" and t.lemma(kids.get("dobj", tok.i)) != "part":
            continue
        if (fronted := _fronted_participle(ctx, tok.i)) is None:
            continue
        who, _ = fronted
        objs = [kids["dobj"]] if t.lemma(tok.i) == "attend" and "dobj" in kids else [
            o.i for p in t.children(tok.i, "prep") if t.lowers[p.i] == "in" for o in t.children(p.i, "pobj")]
        goals = [e for i in objs for e in things(ctx, i) if isa(ctx, e, C.Event)]
        if not goals:  # "Taking part were A and B", "Taking part in the course were": the event in view
            goals = [g for g in [_in_view(ctx, tok.i, (C.Event,))] if g is not None]
        _stake(ctx, goals, [e for j in who for e in things(ctx, j, create=False)], tok.i)


def _fronted_participle(ctx: Context, i: int) -> tuple[list[int], int] | None:
    """The heads after "be" of a participle at ``i`` fronted before it ("Joining the mission are A and B"), and
    where "be" is; None when the participle is not so fronted. The parser reads it either way: the participle the
    root with "be" its auxiliary ("Joining[ROOT] the mission are[aux] A and B"), or the clause subject of "be"."""
    t, tok = ctx.tree, ctx.tree[i]
    be = [c.i for c in t.children(i, "aux") if t.lemma(c.i) == "be" and c.i > i]
    if tok.dep == "ROOT" and be:
        return [j for c in t.children(i, "dobj", "nsubj", "nsubjpass", "attr") if c.i > be[0]
                for j in t.conjuncts(c.i)], be[0]
    if tok.dep in ("csubj", "advcl") and t.lemma(tok.head) == "be" and i < tok.head:
        return _after_be(ctx, tok.head), tok.head
    return None


def _stake(ctx: Context, goals: list[Entity], ents: list[Entity], at: int) -> None:
    """Each agent takes part in an event, or contributes to a mission, a craft or a launcher."""
    for who in agents(ents, ctx):
        if not isa(ctx, who, C.Organization, C.Country, C.Person):
            continue
        for g in goals:
            if g is who:
                continue
            if isa(ctx, g, C.Event):
                ctx.add(g, P.participant, who, at)
            elif not isa(ctx, who, C.Person):
                ctx.add(who, P.contributesTo, g, at)
