"""Who was present, said with the copula inverted: "Among those present at the signing were A and B", "Also
present at the ceremony were A and B", "Present were A, B and C".

A form of "be" whose "among those <present>" phrase or whose predicate adjective is a :data:`THERE_WORDS` word
(present, attending, on hand) lists the people and bodies of its subject and attribute as participants of the
event its "at" phrase names, or else of the meeting or conference told of in the two sentences before. ("ESA is
present in Kourou" names no event and no list: nothing.) And "A and B were present at the ceremony", "Present at the
meeting were A and B" (dep:present-at, moved here from :mod:`.occurrences`).
"""

from __future__ import annotations

from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..referents import agents, isa, listed_people, things
from ..registry import Stage, rule
from .parties import THERE_WORDS


@rule("dep:present-at", stage=Stage.DISCOURSE, produces=(P.participant,), confidence=0.75)
def present_at(ctx: Context) -> None:
    """"Present at the meeting were A, B and C", "A and B were present at the ceremony"."""
    t = ctx.tree
    for tok in t.tokens:
        if t.lemma(tok.i) != "present" or tok.pos != "ADJ":
            continue
        events = [e for p in t.children(tok.i, "prep") if p.text.lower() in ("at", "for", "during")
                  for o in t.children(p.i, "pobj") for e in things(ctx, o.i) if isa(ctx, e, C.Event)]
        verb = tok.head if tok.dep in ("acomp", "amod", "attr") else tok.i
        who = [e for c in t.children(verb, "nsubj", "attr") if c.i != tok.i
               for e in things(ctx, c.i, create=False) if isa(ctx, e, C.Agent, C.Country)]
        for ev in events:
            for e in who:
                ctx.add(ev, P.participant, e, tok.i)


@rule("dep:present-were", stage=Stage.DISCOURSE, triggers=("PRESENCE_WORDS", "WITNESS_VERBS"),
      produces=(P.participant,), confidence=0.75)
def present_were(ctx: Context) -> None:
    """"Among those present at the signing were A and B", "Also present were A and B": they took part."""
    t = ctx.tree
    for v, f in ctx.frames.items():
        if f.lemma != "be":
            continue
        marks = [a.i for a in t.children(v, "acomp") if t.lemma(a.i) in THERE_WORDS]  # "Also present were"
        marks += [c.i for p in t.children(v, "prep") if p.text.lower() == "among"  # "Among those present were"
                  for o in t.children(p.i, "pobj") if o.text.lower() in ("those", "the")
                  for c in t.children(o.i, "amod", "acl") if t.lemma(c.i) in THERE_WORDS]
        marks += [i for i in f.subj if t[i].text.lower() in THERE_WORDS]  # "Present were A and B" (a subject)
        names = [i for i in f.subj + f.obj if i not in marks]
        if not marks or not names or not all(m < min(names) for m in marks):
            continue  # the list comes after the word: the copula is inverted
        events = [e for m in marks for p in t.children(m, "prep") if p.text.lower() in ("at", "for", "during")
                  for o in t.children(p.i, "pobj") for e in things(ctx, o.i, create=False) if isa(ctx, e, C.Event)]
        events = events or [e for e in ctx.recent(v, C.Event, sentences=2) if isa(ctx, e, C.Meeting, C.Conference)][:1]
        if not events:
            continue
        for i in names:
            for e in dict.fromkeys(listed_people(ctx, i) + agents(things(ctx, i, create=False), ctx)):
                ctx.add(events[0], P.participant, e, v)
