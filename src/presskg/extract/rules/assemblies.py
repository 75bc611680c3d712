"""Gatherings worded as people coming together: "experts from A and B gathered in Paris for a workshop".

An assembling verb (``ASSEMBLE_VERBS``, data: gather, convene, assemble, meet) said of its subjects,
without an object, tells who took part in the event noun of its clause ("for a workshop on X", "at the
symposium", "during the conference"; ``ASSEMBLE_PREPOSITIONS``), or, when the clause names none, in a
meeting the clause dates or places ("the delegations convened in Vienna on 3 May"). The event is bound
to the verb, so that the verb rules after this one (``frame:meet``) add to it rather than make a second.
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..candidates import noun_class
from ..context import Context
from ..entities import ancestors
from ..frames import Frame
from ..lexicon import PLACE_PREPOSITIONS, WORD_CLASSES
from ..referents import agents, described, isa, listed_people, places_in, things
from ..registry import Stage, rule

_FOR = WORD_CLASSES["ASSEMBLE_PREPOSITIONS"]


def _event_of(ctx: Context, i: int) -> Entity | None:
    """The gathering a noun names: a named event ("the Vela Symposium") or an event noun ("a workshop");
    not a launch or a landing (people do not come together for those in this sense)."""
    named = [e for e in things(ctx, i, create=False) if isa(ctx, e, C.Event)]
    if named:
        return named[0]
    cls = noun_class(ctx.tree, i)
    if cls is None or C.Event not in ancestors(cls) or cls in (C.Launch, C.Landing):
        return None
    return described(ctx, i, cls)


def _own_clause(ctx: Context, v: int) -> list[int]:
    """The verb's own clause, without the clauses in it: "met on Monday to prepare for the conference"
    is no meeting at the conference."""
    t, out = ctx.tree, []
    todo = [c.i for c in t.children(v) if c.dep not in _OTHER_CLAUSES]
    while todo:
        j = todo.pop()
        out.append(j)
        todo.extend(c.i for c in t.children(j) if c.dep not in _OTHER_CLAUSES)
    return sorted(out)


_OTHER_CLAUSES = ("relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "pcomp")


@rule("frame:gathered-for", scope="verb", stage=Stage.VERBS, triggers=("ASSEMBLE_VERBS",),
      produces=(P.participant, P.locatedIn, C.Meeting, C.Conference, C.Event), confidence=0.8)
def gathered_for(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"Experts from A and B met in Tokyo for a workshop on X", "the delegations of A and B convened at
    the symposium", "representatives of A and B gathered in Paris on <date>"; "400 experts met in Bonn for
    the X Symposium" (no one named: the symposium's place and date)."""
    t = ctx.tree
    if f.passive or any(not agents(things(ctx, i, create=False), ctx) for i in f.obj):
        return  # "the probe gathered data", "samples were gathered": no gathering of people
    who = list(dict.fromkeys(agents(subj, ctx) + [p for i in f.subj for p in listed_people(ctx, i)]))
    clause = _own_clause(ctx, f.verb)
    # the parser may hang "for a workshop" on the date or the place before it: the whole clause is read
    events = [e for j in clause if t[j].dep == "pobj" and t[t[j].head].text.lower() in _FOR
              and (e := _event_of(ctx, j)) is not None]
    if not who and not events:
        return  # (with no agent named, "400 experts met in Bonn for the X Symposium": the event's place and date)
    places = [e for j in clause if t[j].dep == "pobj" and t[t[j].head].text.lower() in PLACE_PREPOSITIONS
              for e in places_in(ctx, j) if e not in events]
    if not events:
        if f.lemma == "meet" or f.obj or not (places or ctx.frame_date(f.verb)):
            return  # "A met B" is frame:meet's; "they gathered" alone tells of no occasion
        ev = described(ctx, f.verb, C.Meeting)
        events = [ev] if ev is not None else []
    for ev in events[:1]:
        ctx.described.setdefault(f.verb, ev.key)
        for e in who:
            ctx.add(ev, P.participant, e, f.verb)
        for pl in dict.fromkeys(places):
            ctx.add(ev, P.locatedIn, pl, f.verb)
        ctx.note_group(f.verb, who)
        ctx.events_seen.append(ev.key)
