"""The body a person leaves: "Marta Velez retired from ESA after 30 years", "he resigned from the board of
the Vela Space Agency", "she stepped down as head of X on 1 June"; and who comes after: "She will be succeeded
by Jonas Pereira" (frame:succession, SUCCEED_VERBS: the successor heads what the one succeeded heads).

A :data:`LEAVE_VERBS` clause (lexicon data) whose subject is one person tells of two things a reader keeps:
the person worked for the body left (``pk:memberOf``, unless the release makes the person its head: the
graph does not date posts, as frame:leaves-title says for a title), and the body takes part in the
departure, the event frame:occurrence made of the clause (the person alone was its participant before).
The body is the organization of a "from" phrase ("from ESA", "from the board of X": the body whose board
it is too) or the one whose post an "as" phrase names ("as head of X", read by frame:leaves-title).
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..frames import Frame
from ..lexicon import WORD_CLASSES, in_class
from ..referents import isa, things
from ..registry import Stage, rule

LEAVE_VERBS = WORD_CLASSES["LEAVE_VERBS"]


def _bodies_from(ctx: Context, i: int) -> list[Entity]:
    """Organizations a "from" phrase names: "from ESA", "from the board of X" (the board, if a name, and X)."""
    t = ctx.tree
    out = [e for e in things(ctx, i, create=False) if isa(ctx, e, C.Organization) and not isa(ctx, e, C.Place)]
    out += [e for p in t.children(i, "prep") if p.text.lower() == "of" for o in t.children(p.i, "pobj")
            for e in things(ctx, o.i, create=False) if isa(ctx, e, C.Organization) and not isa(ctx, e, C.Place)]
    return out


@rule("frame:leaves-body", scope="verb", stage=Stage.VERBS, triggers=("LEAVE_VERBS",),
      produces=(P.memberOf, P.participant), confidence=0.7, after=("frame:occurrence", "frame:leaves-title"))
def leaves_body(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"X retired from ESA", "X stepped down as head of Y": X worked for the body, which takes part in the event."""
    people = [e for e in subj if C.Person in e.classes]
    if len(people) != 1 or f.passive:
        return
    person = people[0]
    left = [e for i in f.prep("from") for e in _bodies_from(ctx, i)]
    for org in left:
        if not ctx.has(person, P.headOf, org):
            ctx.add(person, P.memberOf, org, f.verb)
    posts = [o for p in (P.headOf, P.memberOf) for o in ctx.objects(person, p)
             if ctx.relations[(person.key, p, o.key)].evidence.sentence == ctx.tree.sentence_of(f.verb).index
             and ctx.relations[(person.key, p, o.key)].evidence.method == "frame:leaves-title"]
    key = ctx.described.get(f.verb)
    if key is None:
        return
    ev = ctx.table.entities[key]
    if not isa(ctx, ev, C.Event) or not ctx.has(ev, P.participant, person):
        return
    for org in dict.fromkeys(left + posts):
        ctx.add(ev, P.participant, org, f.verb)


@rule("frame:succession", scope="verb", stage=Stage.VERBS, triggers=("SUCCEED_VERBS",),
      produces=(P.headOf, P.memberOf), confidence=0.65)
def succession(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"Marta Velez, Director General of X, will retire. She will be succeeded by Jonas Pereira", "Pereira
    replaces Velez", "Pereira takes over from Velez": the successor heads what the release says the one
    succeeded heads, or the one body the succeeded is a member of when heading none (a post the clause names
    itself, "as head of Y", is frame:becomes-title's)."""
    t = ctx.tree
    if f.prep("as"):
        return
    before = [i for i in f.obj] + (f.prep("from") if f.particle == "over" else [])
    successors = [e for e in subj if C.Person in e.classes]
    succeeded = [e for i in before for e in things(ctx, i, create=False) if C.Person in e.classes]
    if len(successors) != 1 or len(succeeded) != 1 or successors[0].key == succeeded[0].key:
        return
    if any(c.text.lower() == "at" for c in t.children(f.verb, "prep")):
        return  # "at the helm of X": dep:at-the-helm
    for org in ctx.objects(succeeded[0], P.headOf):
        ctx.add(successors[0], P.headOf, org, f.verb)
    members = ctx.objects(succeeded[0], P.memberOf)
    if not ctx.objects(succeeded[0], P.headOf) and len(members) == 1:
        # "its Director of Launchers, A, will retire. He will be succeeded by B": B holds the post at the body
        ctx.add(successors[0], P.memberOf, members[0], f.verb)



@rule("infer:succeeded-held-post", stage=Stage.INFERENCE, triggers=("SUCCEED_VERBS",), produces=(P.headOf, P.memberOf),
      confidence=0.6)
def succeeded_held_post(ctx: Context) -> None:
    """"The Council appointed Ingrid Vasseur as ESA's Director of Exploration. ... She succeeds Daniel Lindqvist",
    "B replaces A as head of X", "B takes over from A": the one succeeded held the post the release gives the
    successor, when it gives the one succeeded none (frame:succession reads the other way round). The post is the
    one told first of the successor, up to the succession's sentence: the heads, else the bodies it is a member
    of, in the first sentence that gives it any (a post told later is an earlier one: "she previously led the
    propulsion division at X", "He was formerly President of X"). The graph does not date posts: the one
    succeeded held it, as one who steps down as Director General of X does (frame:leaves-title)."""
    for v, f in ctx.frames.items():
        if not in_class("SUCCEED_VERBS", f.lemma, f.particle or None):
            continue
        successors = [e for i in f.subj for e in things(ctx, i, create=False) if C.Person in e.classes]
        before = list(f.obj) + (f.prep("from") if f.particle == "over" else [])
        succeeded = [e for i in before for e in things(ctx, i, create=False) if C.Person in e.classes]
        if len(successors) != 1 or len(succeeded) != 1 or successors[0].key == succeeded[0].key:
            continue
        old = succeeded[0]
        if ctx.objects(old, P.headOf) or ctx.objects(old, P.memberOf):
            continue
        for prop, org in _post_told_first(ctx, successors[0], ctx.tree.sentence_index(v)):
            ctx.add(old, prop, org, v)


def _post_told_first(ctx: Context, person: Entity, until: int) -> list[tuple[str, Entity]]:
    """The bodies ``person`` heads, else those it is a member of, as the first sentence that gives it a post says,
    up to sentence ``until`` (the succession's: a post told after it is one held before, "He was formerly
    President of X")."""
    held = [(s, p, o) for p in (P.headOf, P.memberOf) for o in ctx.objects(person, p)
            if (s := ctx.relations[person.key, p, o.key].evidence.sentence) <= until]
    if not held:
        return []
    first = min(s for s, _, _ in held)
    heads = [(p, o) for s, p, o in held if s == first and p == P.headOf]
    return heads or [(p, o) for s, p, o in held if s == first]


@rule("infer:departure-body", stage=Stage.INFERENCE, triggers=("LEAVE_VERBS",), produces=(P.participant,),
      confidence=0.6)
def departure_body(ctx: Context) -> None:
    """"Marta Velez, who has led the agency since 2021, will step down in December", "X heads the agency. She
    will retire": a departure (a :data:`LEAVE_VERBS` clause's event) that names no body left is one from the
    post the release gives its person; the one organization the person heads takes part in it."""
    t = ctx.tree
    for v, key in list(ctx.described.items()):
        if _leave_lemma(ctx, v) is None:
            continue
        ev = ctx.table.entities[key]
        if not isa(ctx, ev, C.Event):
            continue
        parts = ctx.objects(ev, P.participant)
        people = [e for e in parts if C.Person in e.classes]
        if len(people) != 1 or any(isa(ctx, e, C.Organization) for e in parts):
            continue
        heads = [o for o in ctx.objects(people[0], P.headOf) if isa(ctx, o, C.Organization)]
        if len(heads) == 1 and t[v].pos == "VERB":
            ctx.add(ev, P.participant, heads[0], v)


def _leave_lemma(ctx: Context, v: int) -> str | None:
    """The departure verb at ``v`` ("retire", "step down"), if it is one."""
    t = ctx.tree
    lemma = t.lemma(v)
    words = {lemma, *(f"{lemma} {c.text.lower()}" for c in t.children(v, "prt", "advmod"))}
    return next((w for w in words if w in LEAVE_VERBS), None)
