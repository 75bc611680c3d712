"""What an agreement is for: "a contract to build the Vela satellite", "an arrangement for the Lyra
mission", "an accord that aims to bring A and B closer in oceanography", "an agreement under which A and
B will work together on the Vela station".

The clause or "for" phrase hung on an agreement noun names its topics: the things a verb of making or
studying takes (:data:`SUPPLY_VERBS`, :data:`STUDY_VERBS`, :data:`PURPOSE_VERBS`), and the fields of
activity it names (see ``fields``).
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..frames import Frame
from ..lexicon import WORD_CLASSES
from ..mentions import noun_class
from ..referents import described, isa, things
from ..registry import Stage, rule
from .fields import field_topic
from .gatherings import topic_list

PURPOSE_VERBS = WORD_CLASSES["SUPPLY_VERBS"] | WORD_CLASSES["STUDY_VERBS"] | WORD_CLASSES["PURPOSE_VERBS"]


@rule("dep:agreement-purpose", stage=Stage.DISCOURSE, produces=(P.topic,), confidence=0.7)
def agreement_purpose(ctx: Context) -> None:
    """"a contract to build the Vela satellite", "an accord that aims to bring A and B closer in
    oceanography": what the clause hung on an agreement noun builds, or the fields it names, are its topics."""
    t = ctx.tree
    for tok in t.tokens:
        if tok.pos != "NOUN" or not any(c.dep in ("acl", "relcl") or c.dep == "prep" and c.text.lower() == "for"
                                        or c.dep == "amod" and t.children(c.i, "xcomp") for c in t.children(tok.i)) \
                and not _verb_purpose(t, tok.i):
            continue  # (no clause or "for" phrase: no topic to find; most nouns, asked first)
        deals = [e for e in ctx.refs(tok.i) or [ctx.table.entities[k] for k in [ctx.described.get(tok.i)] if k]
                 if isa(ctx, e, C.Agreement)]
        if not deals and noun_class(t, tok.i) != C.Agreement:
            continue
        found: list[Entity] = []
        for p in t.children(tok.i, "prep"):  # "a contract for the development of X", "an arrangement for X"
            if p.text.lower() == "for":
                found += [x for o in t.children(p.i, "pobj") for x in topic_list(ctx, o.i)]
        # (or hung on the noun's amount: "a contract worth 80 million euros to design X")
        worth = [x for a in t.children(tok.i, "amod") for x in t.children(a.i, "xcomp") if x.pos == "VERB"]
        for v in [*t.children(tok.i, "acl", "relcl"), *_verb_purpose(t, tok.i), *worth]:
            clause = [j for j in t.subtree(v.i) if j - v.i < 25]
            for j in clause:
                if t[j].dep in ("dobj", "pobj", "conj") and t.lemma(t[j].head) not in ("sign", "conclude"):
                    found += [e for e in ctx.refs(j) if isa(ctx, e, *_MADE)] if _builds(ctx, j, v.i) else []
                if t[j].dep == "pobj" and t[t[j].head].text.lower() in ("in", "on"):
                    found += [e for k in t.conjuncts(j) for e in [field_topic(ctx, k)] if e is not None]
            if _framing(ctx, v.i):  # "an agreement under which A and B will work together on X"
                found += [x for j in clause if t[j].dep == "pobj" and t[t[j].head].text.lower() in _ON
                          and t[t[j].head].head in (v.i, *(c.i for c in t.children(v.i)))
                          for x in _things_about(ctx, j) if isa(ctx, x, *_MADE, C.Topic)]
                # "under which A will fly X", "under which A and B will make use of X": what the clause's verb takes
                found += [x for j in clause if t[j].dep in ("dobj", "obj") and t[j].head == v.i
                          for x in _things_about(ctx, j) if isa(ctx, x, *_MADE)]
        if found and not deals:  # "awarded Airbus a contract to build X": the contract is a node once it has a topic
            deals = [e for e in [described(ctx, tok.i)] if e is not None]
        for d in deals:
            for x in dict.fromkeys(found):
                ctx.add(d, P.topic, x, tok.i)


_MADE = (C.Mission, C.Spacecraft, C.Instrument, C.LaunchVehicle)


def _verb_purpose(t, i: int) -> list:
    """"NASA has awarded a contract to Orvik to build the Lyra probe": the infinitive the parser hung on the verb
    whose object the agreement noun at ``i`` is (a noun of the agreement class only) says what the contract is for."""
    if t[i].dep not in ("dobj", "obj") or noun_class(t, i) != C.Agreement:
        return []
    return [c for c in t.children(t[i].head, "advcl", "xcomp") if c.i > i and c.pos == "VERB"
            and any(a.text.lower() == "to" for a in t.children(c.i, "aux"))]
_ON = ("on", "for", "in", "to")


def _things_about(ctx: Context, j: int) -> list[Entity]:
    """Topics of a phrase, looking through an event noun to what it is of ("the deployment of X")."""
    t = ctx.tree
    return topic_list(ctx, j) + [x for p in t.children(j, "prep") if p.text.lower() == "of"
                                 for o in t.children(p.i, "pobj") for x in topic_list(ctx, o.i)]


def _framing(ctx: Context, v: int) -> bool:
    """True when a relative clause is the agreement's content: "under which", "by which", "whereby"."""
    t = ctx.tree
    return any(c.text.lower() == "whereby" for c in t.children(v, "advmod")) or any(
        p.text.lower() in ("under", "by", "through") and any(o.text.lower() == "which" for o in t.children(p.i, "pobj"))
        for p in t.children(v, "prep"))


def _builds(ctx: Context, j: int, verb: int) -> bool:
    """True when ``j`` is the object of a verb of making or studying in the clause ("to build X", "study X")."""
    t = ctx.tree
    h = t[j].head
    while t[h].dep == "conj" and h != t[h].head:
        h = t[h].head
    head_verb = t[h].head if t[h].dep == "prep" else h
    return t[head_verb].pos == "VERB" and (t.lemma(head_verb) in PURPOSE_VERBS)


@rule("frame:signed-for", scope="verb", stage=Stage.VERBS, triggers=("SIGN_VERBS",), produces=(P.topic,),
      confidence=0.7)
def signed_for(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"ESA signed a contract with OHB for the Lyra spacecraft", "an agreement was concluded on X": the
    "for"/"on"/"covering" phrase of the signing verb is what the signed agreement is about."""
    deals = [e for i in f.obj for e in things(ctx, i, create=False) if isa(ctx, e, C.Agreement)]
    if not deals:
        return
    t = ctx.tree  # "a contract worth 40 million euros for X": the parser hangs "for" on the amount
    worth = [o.i for i in f.obj for a in t.children(i, "amod", "acl") for p in t.children(a.i, "prep")
             if p.text.lower() == "for" for o in t.children(p.i, "pobj")]
    topics = [x for i in f.prep("for", "on", "concerning", "regarding", "covering") + worth for x in topic_list(ctx, i)
              if not isa(ctx, x, C.Event, C.Place) or isa(ctx, x, C.Launch, C.Facility)]  # not "on Monday in Rome"
    for d in deals:
        for x in topics:
            if x.key != d.key:
                ctx.add(d, P.topic, x, f.verb)
