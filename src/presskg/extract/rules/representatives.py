"""A person who represents an organization works for it: "NASA was represented by Deputy Administrator Julia
Horne", "Julia Horne represented NASA at the meeting", "the agency was represented by Director General A".

The verb is lexicon REPRESENT_VERBS, read in both voices (the frame's subject is the one who represents, its
object the body represented). A person a head's title is set before ("Director General A", "Administrator B")
heads the body the title names no other of; anyone else is a member. A country represented ("A represented
France") is no organization: nothing is said. A body represented by a body ("the agency represents Norway in
ESA") is rules/memberships.py's.

Who stood for a body at a gathering (:func:`represented_at`): "The conference opened in Lisbon on 20 September. NASA
was represented by Associate Administrator Daniel Ortega", "ESA was represented at the signing by its Director
General, X": the person and the body both took part in the gathering the clause names ("at the signing") or else the
one the last two sentences told of (a launch or a landing is watched, not attended by a delegation: left out); "the
agency represents Norway in ESA" is a membership (rules/memberships.py), "represented in ESA by X" a seat.
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..frames import Frame
from ..lexicon import WORD_CLASSES
from ..referents import agents, isa, things
from ..registry import Stage, rule
from ..title_kinds import title_kind
from .titles import _org_near_title


def _title_before(ctx: Context, person: Entity, tokens: list[int]) -> str | None:
    """``headOf`` or ``memberOf`` for a title set right before the person's name in the clause ("Deputy
    Administrator Julia Horne") that names no body of its own; None for none."""
    t = ctx.tree
    for m in person.mentions:
        if not any(m.start <= k < m.end for k in tokens):
            continue
        for k in range(m.start, m.end):
            for c in t.children(k, "compound", "nmod", "amod"):
                if c.i < m.start and (kind := title_kind(ctx, c.i)) and not _org_near_title(ctx, c.i):
                    return kind
    return None


@rule("frame:represented-by", scope="verb", stage=Stage.VERBS, triggers=("REPRESENT_VERBS",),
      produces=(P.headOf, P.memberOf), confidence=0.75)
def represented_by(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"NASA was represented by Deputy Administrator Julia Horne": the person is NASA's member (head, by a
    head's title)."""
    people = [e for e in subj if C.Person in e.classes]
    if not people:
        return
    bodies = [e for i in f.obj for e in things(ctx, i, create=False)
              if isa(ctx, e, C.Organization) and C.Country not in e.classes and C.Person not in e.classes]
    for body in dict.fromkeys(bodies):
        for person in people:
            if ctx.has(person, P.headOf, body) or ctx.has(person, P.memberOf, body):
                continue
            kind = _title_before(ctx, person, f.subj) if len(people) == 1 else None
            ctx.add(person, P.headOf if kind == P.headOf else P.memberOf, body, f.verb)


REPRESENT_VERBS = WORD_CLASSES["REPRESENT_VERBS"]
#: Events no delegation attends: a body is not "represented" at a launch or a landing as at a meeting.
_UNATTENDED = (C.Launch, C.Landing, C.SampleReturn, C.Campaign)


@rule("frame:represented-at", scope="verb", stage=Stage.DISCOURSE, triggers=("REPRESENT_VERBS",),
      produces=(P.participant,), confidence=0.7)
def represented_at(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"NASA was represented by Associate Administrator Daniel Ortega": Ortega and NASA took part in the gathering
    the clause names ("at the ceremony") or the one just told of."""
    if not f.passive or f.prep("in", "within", "on"):
        return  # "Norway is represented in ESA by X": a seat, no gathering
    people = [e for e in agents(subj, ctx) if isa(ctx, e, C.Person)]
    bodies = [e for i in f.obj for e in things(ctx, i, create=False) if isa(ctx, e, C.Organization, C.Country)]
    if not people or not bodies:
        return
    t = ctx.tree  # "represented by X at the conference": the parser may hang "at" on the agent
    at = f.prep("at", "during") + [o.i for i in f.subj for p in t.children(i, "prep")
                                   if p.text.lower() in ("at", "during") for o in t.children(p.i, "pobj")]
    events = [e for i in at for e in things(ctx, i, create=False)
              if isa(ctx, e, C.Event) and not isa(ctx, e, *_UNATTENDED)]
    if not events:
        events = [e for e in ctx.recent(f.verb, C.Event, sentences=2) if not isa(ctx, e, *_UNATTENDED)][:1]
    for ev in events:
        for e in people + bodies:
            ctx.add(ev, P.participant, e, f.verb)
