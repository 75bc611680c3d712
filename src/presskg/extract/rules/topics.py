"""What an event or an agreement is about, when it is the subject of a verb of discussion, or when its own name
says so ("the International Conference on Space Debris": dep:named-topic)."""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..frames import Frame
from ..lexicon import DISCUSS_VERBS, WORD_CLASSES, in_class
from ..referents import isa, things
from ..registry import Stage, rule
from ..told_events import participle_deals, pronoun_agreement
from .fields import topic_list

TOPIC_NOUNS = WORD_CLASSES["TOPIC_NOUNS"]
_BESIDE = ("alongside", "besides", "beside")


@rule("frame:covers-topic", scope="verb", stage=Stage.VERBS, triggers=("DISCUSS_VERBS",),
      produces=(P.topic,), confidence=0.75)
def covers(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"The agreement covers X and Y", "the MoU concerns X", "X was discussed at the meeting", "... covered by it",
    "concluded an arrangement concerning X"."""
    holders = [e for i in f.subj for e in things(ctx, i) if isa(ctx, e, C.Event, C.Agreement)]
    holders += [a for i in f.subj if (a := pronoun_agreement(ctx, i)) is not None]  # "It covers X"
    holders += participle_deals(ctx, f.verb)  # "concluded an arrangement concerning X"
    if f.passive:
        holders += [e for i in f.prep("at", "during", "in") for e in things(ctx, i)
                    if isa(ctx, e, C.Event, C.Agreement)]
    if not holders:
        return
    args = f.obj + f.prep("on", "about", "over", "upon")
    topics = [x for i in args for x in topic_list(ctx, i) if x not in holders]
    for h in holders:
        for x in topics:
            ctx.add(h, P.topic, x, f.verb)


@rule("dep:topics-were", stage=Stage.DISCOURSE, triggers=("TOPIC_NOUNS",), produces=(P.topic,), confidence=0.7)
def topics_were(ctx: Context) -> None:
    """"Among the subjects they covered were launchers and the Vela rocket", "the topics discussed included
    the Lyra mission", "the issues addressed were X and Y": a :data:`TOPIC_NOUNS` word that a discussion
    verb qualifies, set equal to a list, makes the list the topics of the event the text is speaking of."""
    t = ctx.tree
    for tok in t.tokens:
        if tok.pos != "NOUN" or t.lemma(tok.i) not in TOPIC_NOUNS:
            continue
        talks = [v.i for v in t.children(tok.i, "relcl", "acl") if t.lemma(v.i) in DISCUSS_VERBS]
        if not talks:
            continue
        talkers = [e for v in talks for s in t.children(v, "nsubj") for e in ctx.refs(s.i)]
        verb = tok.head
        if tok.dep == "pobj" and t[verb].text.lower() == "among":  # "Among the subjects ... were X"
            verb = t[verb].head
        elif tok.dep not in ("nsubj", "attr"):
            continue
        if t.lemma(verb) != "be" and not in_class("COMPOSITION_VERBS", t.lemma(verb), None):
            continue
        items = [c.i for c in t.children(verb, "attr", "nsubj", "dobj") if c.i != tok.i]
        items += [o.i for i in items for p in t.children(i, "prep") if p.text.lower() in _BESIDE
                  for o in t.children(p.i, "pobj")]
        items += [o.i for i in items for c in t.conjuncts(i) for p in t.children(c, "prep")
                  if p.text.lower() in _BESIDE for o in t.children(p.i, "pobj")]
        topics = [x for i in dict.fromkeys(items) for x in topic_list(ctx, i)]
        event = ctx.current_event(tok.i, talkers)  # the meeting of those who covered them, if named
        if event is None or not topics:
            continue
        for x in dict.fromkeys(topics):
            if x.key != event.key:
                ctx.add(event, P.topic, x, tok.i)


@rule("dep:named-topic", stage=Stage.DISCOURSE, triggers=(), produces=(P.topic,), confidence=0.75)
def named_topic(ctx: Context) -> None:
    """"the International Conference on Space Debris", "the Workshop on Space Weather": a named gathering or
    agreement whose name holds "on" and then a topic (a field the knowledge base or the text knows) is about it."""
    t = ctx.tree
    for e in list(ctx.table.entities.values()):
        if not e.named or not isa(ctx, e, C.Event, C.Agreement):
            continue
        for m in e.mentions:
            for k in range(m.start + 1, m.end - 1):
                x = ctx.table.at(k + 1) if t.lowers[k] == "on" else None
                if x is not None and x is not e and isa(ctx, x, C.Topic) and any(
                        n.start == k + 1 and n.end <= m.end for n in x.mentions):
                    ctx.add(e, P.topic, x, k)
