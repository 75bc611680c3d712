"""Who has a stake in a craft or an event, read from the nouns that say so: contributesTo.

- "NASA is a partner in the Vela mission", "ESA, a partner on Vela": a partner noun with an "in"/"on"
  complement naming a craft, a mission or an event: the partner contributes to it;
- "the Vela mission, led by ESA with the participation of JAXA", "built with support from DLR": a
  :data:`BACKING_NOUNS` noun in a "with" phrase; who backs it (its "of"/"from" complement, or its
  possessor) contributes to the craft the phrase is on (the noun it modifies, or its clause's subject
  or object, or what work on it or its making is said of: "work on Vela began in 2024 with the support of
  CNES", lexicon ``WORK_NOUNS`` and ``MAKING_NOUNS``).
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..frames import Frame
from ..groups import listed_members
from ..lexicon import PARTICIPATION_NOUNS, PARTNER_NOUNS, WORD_CLASSES
from ..nominal import worked_on
from ..referents import agents, described, isa, things
from ..registry import Stage, rule
from ..tree import Tree
from .partners import _partner_side

BACKING_NOUNS = WORD_CLASSES["BACKING_NOUNS"]
HAVING_VERBS = WORD_CLASSES["HAVING_VERBS"]
_COMPOSITION = frozenset(WORD_CLASSES["COMPOSITION_VERBS"])
CONTRIBUTOR_NOUNS = WORD_CLASSES["CONTRIBUTOR_NOUNS"]
LISTING_VERBS = WORD_CLASSES["LISTING_VERBS"]
STAKES = (C.Mission, C.Spacecraft, C.LaunchVehicle, C.Event)


def _stakes(ctx: Context, i: int) -> list[Entity]:
    """The crafts, missions or events the phrase at ``i`` names (no new node)."""
    return [e for e in things(ctx, i, create=False) if isa(ctx, e, *STAKES)]


def _backers(ctx: Context, ents: list[Entity]) -> list[Entity]:
    return [e for e in agents(ents, ctx) if isa(ctx, e, C.Organization, C.Country)]


@rule("dep:partner-in", stage=Stage.PHRASES,
      triggers=("PARTNER_NOUNS", "CONTRIBUTOR_NOUNS", "HAVING_VERBS", "LISTING_VERBS"),
      produces=(P.contributesTo,), confidence=0.75)
def partner_in(ctx: Context) -> None:
    """"NASA is a partner in the Vela mission", "CSA became a partner on the Vela station", "a partner of the
    Vela mission" (only crafts, missions and events: a partner of an agency is ``partnerOf``); "the Vela
    mission has three partners: A, B and C", "partners in Vela include A and B", "Italy is the largest
    contributor to the Vela mission", "the consortium behind the Vela lander includes A and B"
    (``CONTRIBUTOR_NOUNS``)."""
    t = ctx.tree
    for tok in t.tokens:
        if tok.pos != "NOUN" or t.lemma(tok.i) not in PARTNER_NOUNS and t.lemma(tok.i) not in CONTRIBUTOR_NOUNS:
            continue
        named_only = t.lemma(tok.i) in CONTRIBUTOR_NOUNS  # "a contributor to the mission": which one is not sure
        goals = [e for p in t.children(tok.i, "prep") if p.text.lower() in ("in", "on", "for", "of", "to", "behind")
                 for o in t.children(p.i, "pobj") if not named_only or ctx.named_child(o.i) or ctx.table.at(o.i)
                 for e in _stakes(ctx, o.i)]
        verb = tok.head
        if not goals and tok.dep in ("dobj", "obj") and t.lemma(verb) in HAVING_VERBS:
            # "the Vela mission has three partners: A, B and C": the partners are the subject's
            goals = [e for s in t.children(verb, "nsubj") for e in _stakes(ctx, s.i)]
        if not goals:
            continue
        side = _partner_side(ctx, tok.i) or listed_members(ctx, tok.i)
        if not side and tok.dep == "appos":  # "ISRO, a partner in the Vela mission, ..."
            side = ctx.refs(tok.head)
        if not side and tok.dep == "pobj" and t.lowers[verb] == "as":  # "welcomed Norway as a partner of X", "joined
            v = t[verb].head  # as a partner of X": the one the clause takes so, its object, else its subject
            first = [o.i for k in ("dobj", "nsubj") for o in t.children(v, k)][:1]
            side = [e for j in first for c in t.conjuncts(j) for e in things(ctx, c, create=False)]
        if not side and tok.dep == "nsubj" and t.lemma(verb) in LISTING_VERBS:
            # "partners in the Vela mission include A, B and C"
            side = [e for o in t.children(verb, "dobj", "obj", "attr") for e in things(ctx, o.i, create=False)]
        for who in _backers(ctx, side):
            for g in goals:
                ctx.add(who, P.contributesTo, g, tok.i)


@rule("dep:with-participation", stage=Stage.PHRASES, triggers=("BACKING_NOUNS",),
      produces=(P.contributesTo, P.participant), confidence=0.7)
def with_participation(ctx: Context) -> None:
    """"the Vela mission, led by ESA with the participation of JAXA", "built with support from DLR"; "the Juice
    mission includes contributions from NASA and JAXA" (a backing the craft has, lexicon HAVING_VERBS and
    COMPOSITION_VERBS: its backers contribute to it)."""
    t = ctx.tree
    for tok in t.tokens:
        if tok.dep == "dobj" and t.lemma(tok.i) in BACKING_NOUNS and (f := ctx.frames.get(tok.head)) is not None \
                and (f.lemma in HAVING_VERBS or f.lemma in _COMPOSITION) and not f.passive:
            who = [o.i for p in t.children(tok.i, "prep") if t.lowers[p.i] in ("of", "from", "by")
                   for o in t.children(p.i, "pobj")]
            for g in [g for i in f.subj for g in _stakes(ctx, i) if not isa(ctx, g, C.Event)]:
                for b in _backers(ctx, [e for i in who for e in things(ctx, i, create=False)]):
                    ctx.add(b, P.contributesTo, g, tok.i)
            continue
        if tok.dep != "pobj" or t.lemma(tok.i) not in BACKING_NOUNS or t[tok.head].text.lower() != "with":
            continue
        who = [o.i for p in t.children(tok.i, "prep") if p.text.lower() in ("of", "from", "by")
               for o in t.children(p.i, "pobj")] + [c.i for c in t.children(tok.i, "poss")]
        backers = _backers(ctx, [e for i in who for e in things(ctx, i, create=False)])
        if not backers:
            continue
        host = _past_the_agent(t, t[tok.head].head)
        goals = _stakes(ctx, host) if t[host].pos in ("NOUN", "PROPN") else []
        if not goals and t[host].pos == "NOUN" and t[host].dep in ("attr", "appos"):
            # "Aldora is a CNES mission with contributions from DLR", "Aldora, a CNES mission with ...": the
            # class noun describes the name it is said of, which is what the backers contribute to
            said_of = t[host].head if t[host].dep == "appos" else None
            if said_of is None and (f := ctx.frames.get(t[host].head)) is not None:
                said_of = next(iter(f.subj), None)
            goals = _stakes(ctx, said_of)[:1] if said_of is not None else []
        made = ctx.described.get(host) if not goals and t[host].pos == "VERB" else None
        if made is not None and isa(ctx, ev := ctx.table.entities[made], C.Event) and not isa(ctx, ev, C.Launch):
            for b in backers:  # "retrieved the capsule with the support of X": X took part in the retrieval
                ctx.add(ev, P.participant, b, tok.i, "dep:event-with-participation", 0.7)
            continue
        if not goals and t[host].pos in ("VERB", "AUX"):
            f = ctx.frames.get(host)
            args = (f.obj + f.subj) if f is not None else []
            if t[host].dep == "acl":  # "the mission, led by ESA with ...": the noun the participle is on
                args = [t[host].head] + args
            args += worked_on(t, args)  # "work on X began in 2024 with the support of CNES"
            goals = [g for i in args for g in _stakes(ctx, i)][:1]
        taking_part = t.lemma(tok.i) in PARTICIPATION_NOUNS
        for g in goals:
            for b in backers:
                if taking_part and isa(ctx, g, C.Event):  # one takes part in a workshop, not contributes to it
                    ctx.add(g, P.participant, b, tok.i, "dep:event-with-participation", 0.7)
                else:
                    ctx.add(b, P.contributesTo, g, tok.i)
        if not goals and taking_part:
            # "a workshop was held in Tokyo (on 5 May) with the participation of ESA and NASA": they took part
            verb = host
            for _ in range(3):  # up from where the parser hung it ("on 5 May with ...") to the clause's verb
                if t[verb].pos in ("VERB", "AUX") or t[verb].head == verb:
                    break
                verb = t[verb].head
            f = ctx.frames.get(verb)
            for ev in [e for i in (f.obj + f.subj if f else []) for e in things(ctx, i, create=False)
                       if isa(ctx, e, C.Event)][:1]:
                for b in backers:
                    ctx.add(ev, P.participant, b, tok.i, "dep:event-with-participation", 0.7)


def _past_the_agent(t: Tree, i: int) -> int:
    """The verb whose "by" phrase holds the noun at ``i`` ("developed by [a team of] students with the support of
    X": the parser hangs the "with" phrase on the nearest noun, but the support is for the developing), else
    ``i``. Who worked (the agent) is no goal the backers contribute to."""
    j = i
    for _ in range(4):
        if t[j].dep != "pobj" or t[j].head == j:
            return i
        prep = t[j].head
        if t[prep].dep == "agent":
            return t[prep].head
        if t[prep].text.lower() != "of" or t[prep].head == prep:
            return i
        j = t[prep].head
    return i


CHARGE_WORDS = WORD_CLASSES["CHARGE_WORDS"]
OPERATIONS_NOUNS = WORD_CLASSES["OPERATIONS_NOUNS"]


def _charged(ctx: Context, i: int) -> tuple[list[int], list[int]]:
    """(who, what) token lists of a charge word at ``i``: "X is responsible for Y", "X takes charge of Y",
    "X is in charge of Y", "X has responsibility for Y", "Y will be X's responsibility"."""
    t = ctx.tree
    tok = t[i]
    what = [o.i for p in t.children(i, "prep") if p.text.lower() in ("for", "of") for o in t.children(p.i, "pobj")]
    who = [c.i for c in t.children(i, "poss")]
    verb = tok.head if tok.dep in ("acomp", "dobj", "attr") else t[tok.head].head if tok.dep == "pobj" and \
        t[tok.head].text.lower() == "in" else None
    f = ctx.frames.get(verb) if verb is not None else None
    if f is not None and not who:
        who = list(f.subj)
    elif f is not None and tok.dep == "attr":  # "Y will be X's responsibility": the subject is the thing
        what += list(f.subj)
    return who, what


@rule("dep:in-charge-of", stage=Stage.PHRASES, triggers=("CHARGE_WORDS",), produces=(P.contributesTo,),
      confidence=0.7)
def in_charge_of(ctx: Context) -> None:
    """"ESA is responsible for the launch of Vela", "China will take charge of the Vela mission": the agent in
    charge of a craft, mission or event contributes to it (a person in charge says nothing of an agency;
    who runs a craft's operations is ``frame:runs-operations``' business)."""
    t = ctx.tree
    for tok in t.tokens:
        if t.lemma(tok.i) not in CHARGE_WORDS and tok.text.lower() not in CHARGE_WORDS:
            continue
        who, what = _charged(ctx, tok.i)
        agents_ = [e for i in who for e in things(ctx, i, create=False)
                   if isa(ctx, e, C.Organization, C.Country) and not isa(ctx, e, C.Person)]
        goals = [e for i in what if t.lemma(i) not in OPERATIONS_NOUNS for e in _stakes(ctx, i)]
        for a in agents_:
            for g in goals:
                ctx.add(a, P.contributesTo, g, tok.i)


JOIN_VERBS = WORD_CLASSES["JOIN_VERBS"]
INVOLVED_WORDS = WORD_CLASSES["INVOLVED_WORDS"]


@rule("frame:joins-mission", scope="verb", stage=Stage.VERBS, triggers=("JOIN_VERBS",),
      produces=(P.contributesTo, P.participant), confidence=0.7)
def joins_mission(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"ISRO joined the Vela mission", "NASA supports the Zephyr probe", "JAXA backs the Vela mission": an agency
    that joins or backs a craft or mission (the verb's object) contributes to it; so does the agent of a
    passive ("the Helion-25 satellite will be tracked by Nordlink Systems": the patient is the object). One that
    backs an event told of ("CNES supported the launch", "engineers at DLR supported the launch") contributes to it
    too; one that joins it takes part ("ISRO joined the workshop")."""
    goals = [e for i in f.obj for e in things(ctx, i, create=False) or _told_event(ctx, i)
             if isa(ctx, e, C.Mission, C.Spacecraft, C.LaunchVehicle, C.Event)]
    joined = f.lemma in ("join", "rejoin")
    for who in _backers(ctx, subj):
        for g in goals:
            if joined and isa(ctx, g, C.Event):
                ctx.add(g, P.participant, who, f.verb)
            else:
                ctx.add(who, P.contributesTo, g, f.verb)


def _told_event(ctx: Context, i: int) -> list[Entity]:
    """"the launch", "the spacewalk": the event a definite noun takes back, told of before it (none is made)."""
    t = ctx.tree
    if t[i].pos != "NOUN" or not any(t.lowers[c.i] in ("the", "this") for c in t.children(i, "det")):
        return []
    e = described(ctx, i)
    return [e] if e is not None and isa(ctx, e, C.Event) and e.mentions and e.mentions[0].start < i else []


@rule("dep:involved-in", stage=Stage.PHRASES, triggers=("INVOLVED_WORDS",), produces=(P.contributesTo,),
      confidence=0.7)
def involved_in(ctx: Context) -> None:
    """"CNES is involved in the Vela mission", "DLR, engaged in the Zephyr programme, ...": the agency the word
    is said of (copula subject, or the noun it is hung on) contributes to the craft, mission or event."""
    t = ctx.tree
    for tok in t.tokens:
        if tok.text.lower() not in INVOLVED_WORDS or tok.dep not in ("acomp", "amod", "acl", "ROOT", "relcl"):
            continue
        goals = [e for p in t.children(tok.i, "prep") if p.text.lower() == "in"
                 for o in t.children(p.i, "pobj") for e in _stakes(ctx, o.i)]
        if not goals:
            continue
        if tok.dep in ("acl", "amod"):  # "the agencies involved in Vela"
            who = ctx.refs(tok.head)
        else:  # "CNES is involved in Vela" (a passive: CNES is the patient), "CNES is engaged in Vela"
            f = ctx.frames.get(tok.i) or ctx.frames.get(tok.head)
            args = (f.obj if f.passive else f.subj) if f is not None else []
            who = [e for i in args for e in things(ctx, i, create=False)]
        for a in _backers(ctx, who):
            for g in goals:
                ctx.add(a, P.contributesTo, g, tok.i)
