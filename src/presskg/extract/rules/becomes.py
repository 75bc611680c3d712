"""Posts a person comes into, said of the person with no one appointing: "Maria Rossi became Director
General of ESA", "she will take over as Chair of the Council", "Rossi succeeds Lind as President of X",
"he serves as its Treasurer"; and posts a person leaves, which the person held ("resigned as Director
General of X", LEAVE_VERBS).

The one succeeded gets nothing: "Rossi succeeds Lind as President" says Lind holds the post no more.

A :data:`BECOME_VERBS` clause whose subject is one person and whose predicate noun (or "as" phrase) is a
title makes that person head or member of the organization the title names (as an appointment does,
:mod:`.posts`), or of the organization in view for "its". A title that names no organization gives nothing:
"she became an astronaut" is no post.
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..frames import Frame
from ..post_takers import post_phrases
from ..referents import isa
from ..registry import Stage, rule
from ..title_kinds import director_kind, title_kind
from .post_owners import _owner_of_title, head_of_unit


@rule("frame:becomes-title", scope="verb", stage=Stage.VERBS, triggers=("BECOME_VERBS",),
      produces=(P.headOf, P.memberOf), confidence=0.75)
def becomes_title(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"Maria Rossi became Director General of ESA": the subject holds the title's post."""
    holds_title(ctx, f, subj)


@rule("frame:leaves-title", scope="verb", stage=Stage.VERBS, triggers=("LEAVE_VERBS",),
      produces=(P.headOf, P.memberOf), confidence=0.7)
def leaves_title(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"Lena Orsi resigned as Director General of X", "he will step down as Chair of the Y board": the post
    the subject leaves is one the release says the subject holds (the graph does not date posts)."""
    holds_title(ctx, f, subj)


def holds_title(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """The one person of ``subj`` holds the post of the title in the clause's predicate or "as" phrase."""
    people = [e for e in subj if C.Person in e.classes]
    if len(people) != 1 or f.passive:
        return
    t = ctx.tree
    for i in post_phrases(t, f.verb, f.obj):  # ("succeeds Z as T", "assumed the role of President of X")
        kind = title_kind(ctx, i)
        if kind is None:
            continue
        if kind == P.headOf and head_of_unit(ctx, i, f.verb):
            kind = P.memberOf  # "became head of ESA's Earth observation directorate": the body's member
        for org in _owner_of_title(ctx, i, []):
            if isa(ctx, org, C.Organization) and not (kind == P.memberOf and ctx.has(people[0], P.headOf, org)):
                # "became Director of the X Institute": a director of the body itself heads it
                ctx.add(people[0], director_kind(ctx, i, org, owner=False) or kind, org, f.verb)

