"""A delegation led somewhere is a visit: "ESA Director General X led a delegation to Tokyo on 3 May", "X headed
a JAXA delegation at the Farnborough Airshow", "X led a delegation of ten engineers from Solvara to Kiruna".

A :data:`DELEGATION_LEAD_VERBS` verb (data: lead, head) whose object is a :data:`DELEGATION_NOUNS` noun (data:
delegation), with a place ("to", "at", "in" on the verb or the noun) or a day: a meeting whose participants are
the leader and the body the delegation is of ("a JAXA delegation", "a delegation from JAXA"), located at the
place. No place and no day ("X leads the delegation to the COPUOS talks"... reads the talks' own rules), nothing.

Wherever a delegation told by its noun takes part, the body or state its phrase names takes part too ("A delegation
from MBRSC visited KARI": MBRSC; infer:delegation-body).
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..frames import Frame
from ..groups import DELEGATION_NOUNS
from ..lexicon import WORD_CLASSES
from ..referents import agents, described, isa, places_in, things
from ..registry import Stage, rule

DELEGATION_LEAD_VERBS = WORD_CLASSES["DELEGATION_LEAD_VERBS"]
#: Prepositions that put the delegation's trip somewhere.
_WHERE = ("to", "at", "in")
#: Prepositions of the noun that name the body the delegation is of.
_OF = ("from", "of")


@rule("frame:led-delegation", scope="verb", stage=Stage.VERBS, triggers=("DELEGATION_LEAD_VERBS",),
      produces=(P.participant, P.locatedIn, C.Meeting), confidence=0.7)
def led_delegation(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"X led a delegation from JAXA to Tokyo on 3 May": a visit of X and JAXA, located in Tokyo."""
    t = ctx.tree
    groups = [i for i in f.obj if t.lemma(i) in DELEGATION_NOUNS]
    leaders = [e for e in agents(subj, ctx) if isa(ctx, e, C.Person)]
    if f.passive or not groups or not leaders:
        return
    # "a delegation of ten engineers from X to Kiruna": the parser may hang "to" anywhere in the noun's phrase
    where = f.prep(*_WHERE) + [o.i for g in groups for j in t.subtree(g) if t[j].dep == "prep"
                               and t[j].text.lower() in _WHERE for o in t.children(j, "pobj")]
    places = [pl for i in where for pl in places_in(ctx, i)]
    if not places and not ctx.frame_date(f.verb):
        return  # a visit has a place or a day
    bodies = [e for g in groups for e in things(ctx, g, create=False) if isa(ctx, e, C.Organization, C.Country)
              and e.named]
    bodies += [e for g in groups for c in t.children(g, "compound", "poss") if (e := ctx.ref(c.i)) is not None
               and isa(ctx, e, C.Organization, C.Country)]  # "an ESA delegation", "JAXA's delegation"
    bodies += [e for g in groups for j in t.subtree(g) if t[j].dep == "prep" and t[j].text.lower() in _OF
               for o in t.children(j, "pobj") for e in things(ctx, o.i, create=False)
               if isa(ctx, e, C.Organization, C.Country) and e.named]
    bodies += [e for i in f.prep("from") for e in things(ctx, i, create=False)
               if isa(ctx, e, C.Organization, C.Country) and e.named]
    ev = described(ctx, f.verb, C.Meeting)
    if ev is None:
        return
    for e in dict.fromkeys(leaders + bodies):
        ctx.add(ev, P.participant, e, f.verb)
    for pl in dict.fromkeys(places):
        ctx.add(ev, P.locatedIn, pl, f.verb)
    ctx.events_seen.append(ev.key)


@rule("infer:delegation-body", stage=Stage.INFERENCE, triggers=("DELEGATION_NOUNS",), produces=(P.participant,),
      confidence=0.7)
def delegation_body(ctx: Context) -> None:
    """"A delegation from MBRSC visited KARI": MBRSC takes part in the visit the delegation takes part in."""
    t = ctx.tree
    for s, p, o in list(ctx.relations):
        if p != P.participant:
            continue
        group = ctx.table.entities[o]
        head = group.mentions[0].end - 1 if not group.named and group.mentions else None
        if head is not None and t.lemma(head) in DELEGATION_NOUNS and (body := ctx.group_body(group)) is not None:
            ctx.add(ctx.table.entities[s], P.participant, body, head)
