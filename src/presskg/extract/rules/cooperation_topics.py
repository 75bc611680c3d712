"""What an agreement or a meeting is about, read from the cooperation it brings: "the agreement will enable
cooperation on lunar exploration", "the memorandum establishes a framework for cooperation in space
science", "the talks strengthened the partnership on the Vela mission", "an agreement to cooperate on the
Vela mission".

An agreement or a meeting that is the subject of a clause whose object is a :data:`COOPERATION_NOUNS` word
(directly, or through "a framework/basis for" it) has as topics what that cooperation is "on", "in" or
"for": a field ("lunar exploration") or a mission, craft or instrument. An agreement with a clause of a
:data:`COOPERATE_VERBS` verb hung on it ("an agreement to cooperate on X", "a memorandum under which they
will work together in Y") has the verb's "on"/"in" phrase as topics. Places and dates are no topics ("in
Paris", "in 2025"), nor are agents ("cooperation with NASA").
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..lexicon import WORD_CLASSES
from ..mentions import noun_class
from ..referents import isa, organizations_of
from ..registry import Stage, rule
from ..told_events import pronoun_agreement
from .fields import topic_list

COOPERATION_NOUNS = WORD_CLASSES["COOPERATION_NOUNS"]
COOPERATE_VERBS = WORD_CLASSES["COOPERATE_VERBS"]
_ABOUT = ("on", "in", "for", "concerning", "regarding", "about")
_PARTNER_PREPS = ("with", "between", "among")
_TOPICS = (C.Topic, C.Mission, C.Spacecraft, C.Instrument, C.LaunchVehicle)


def _holders(ctx: Context, i: int) -> list[Entity]:
    """The agreements and meetings a subject or a noun at ``i`` stands for."""
    deal = pronoun_agreement(ctx, i)  # "It will enable cooperation in X": the agreement just signed
    refs = [deal] if deal else ctx.refs(i) or ([ctx.table.entities[ctx.described[i]]] if i in ctx.described else [])
    cls = noun_class(ctx.tree, i)
    if not refs and cls in (C.Agreement, C.Meeting) and any(
            c.text.lower() in ("the", "this", "that") for c in ctx.tree.children(i, "det")):
        refs = [next((e for e in ctx.before(i) if ctx.table.is_a(e, cls)), None)]  # "the meeting": the one told of
    return [e for e in refs if e is not None and isa(ctx, e, C.Agreement, C.Meeting)]


def _about(ctx: Context, i: int) -> list[Entity]:
    """The topics of the phrase a preposition of :data:`_ABOUT` hung on token ``i`` governs."""
    t = ctx.tree
    preps = [q for p in t.children(i, "prep") for q in t.conjuncts(p.i)]  # "in X and on Y"
    # "ties between the two countries in X", "cooperation with India on Y": the parser hangs the field on
    # the partner named before it
    preps += [q.i for p in list(preps) if t[p].text.lower() in _PARTNER_PREPS for o in t.children(p, "pobj")
              for c in t.conjuncts(o.i) for q in t.children(c, "prep")]
    out = [x for p in preps if t[p].text.lower() in _ABOUT for o in t.children(p, "pobj") for x in topic_list(ctx, o.i)]
    return [x for x in out if isa(ctx, x, *_TOPICS) and not isa(ctx, x, C.Place, C.Event)]


def _cooperation_topics(ctx: Context, i: int) -> list[Entity]:
    """"cooperation on X", "a framework for cooperation in X": what the cooperation at or below ``i`` is on."""
    t = ctx.tree
    for _ in range(2):
        if t.lemma(i) in COOPERATION_NOUNS or t[i].text.lower() in COOPERATION_NOUNS:
            return _about(ctx, i)
        nxt = [o.i for p in t.children(i, "prep") if p.text.lower() in ("for", "of") for o in t.children(p.i, "pobj")]
        if not nxt:
            return []
        i = nxt[0]
    return []


@rule("dep:cooperation-topic", stage=Stage.DISCOURSE, triggers=("COOPERATION_NOUNS", "COOPERATE_VERBS"),
      produces=(P.topic,), confidence=0.7)
def cooperation_topic(ctx: Context) -> None:
    """"The agreement will enable cooperation on X", "an agreement to cooperate on X": X is its topic."""
    t = ctx.tree
    for v, f in ctx.frames.items():
        coop = any(t.lemma(i) in COOPERATION_NOUNS or t.lemma(c) in COOPERATION_NOUNS for i in f.obj
                   for c in [i, *(o.i for p in t.children(i, "prep") for o in t.children(p.i, "pobj"))])
        if not coop and f.lemma not in COOPERATE_VERBS:
            continue  # the cheap test first: most clauses tell of no cooperation
        holders = [e for i in f.subj for e in _holders(ctx, i)] if coop else []
        if holders:
            found = [x for i in f.obj for x in _cooperation_topics(ctx, i)]
            if any(t.lemma(i) in COOPERATION_NOUNS for i in f.obj):  # the parser hung "in X" on the verb
                found += _about(ctx, v)
        else:
            tok = t[v]
            if f.lemma not in COOPERATE_VERBS or tok.dep not in ("acl", "relcl"):
                continue
            holders = _holders(ctx, tok.head)
            found = _about(ctx, v) if holders else []
        for h in holders:
            for x in dict.fromkeys(found):
                if x.key != h.key:
                    ctx.add(h, P.topic, x, v)


@rule("dep:partnership-stake", stage=Stage.DISCOURSE, triggers=("COOPERATION_NOUNS",),
      produces=(P.contributesTo,), confidence=0.7)
def partnership_stake(ctx: Context) -> None:
    """"CSA and JAXA announced a partnership on the Tundra rover", "ESA formed a partnership with NASA for the
    Vela mission": the partners of a cooperation on a mission or craft contribute to it."""
    t = ctx.tree
    for v, f in ctx.frames.items():
        coop = [i for i in f.obj if t.lemma(i) in COOPERATION_NOUNS or t[i].text.lower() in COOPERATION_NOUNS]
        if not coop or f.passive:
            continue
        partners = [e for i in f.subj for e in ctx.refs(i)]
        partners += [e for i in coop for p in t.children(i, "prep") if p.text.lower() in ("with", "between")
                     for o in t.children(p.i, "pobj") for e in ctx.refs(o.i)]
        # ("the two sides" after "a delegation from ISRO visited CNES": ISRO, the body the delegation acts for)
        partners = organizations_of(ctx, [e for e in dict.fromkeys(partners) if isa(ctx, e, C.Organization, C.Country)])
        if len(partners) < 2:
            continue  # a partnership is of two at least: "ESA announced a partnership on X" says not with whom
        crafts = [x for i in coop for x in _about(ctx, i) if isa(ctx, x, C.Mission, C.Spacecraft)]
        for a in partners:
            for x in dict.fromkeys(crafts):
                ctx.add(a, P.contributesTo, x, v)
