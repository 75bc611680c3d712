"""Competitions as events their competitors take part in: "A team from the University of Bergen won the CanSat
Challenge", "the Rover Challenge was won by students of the Technical University of Lisbon", "teams from twelve
universities competed in the Moon Camp Competition".

A :data:`COMPETE_VERBS` verb (data: compete, win) whose object ("won X"; "X was won by" in the passive) or "in"
phrase ("competed in X") is an event whose head noun is a :data:`COMPETITION_NOUNS` word (data) gives that
event its competitors as participants: the subject's people and bodies, and the bodies a team or a group of
students comes from (resolved by ``things``). Winning a contract, a prize or an election is no competition
here: the head noun must say so, which keeps "won a contract from ESA" to ``frame:award``.
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..frames import Frame
from ..lexicon import WORD_CLASSES
from ..mentions import noun_class
from ..referents import agents, described, isa, places_in, things
from ..registry import Stage, rule

COMPETITION_NOUNS = WORD_CLASSES["COMPETITION_NOUNS"]


def _competitions(ctx: Context, tokens: list[int]) -> list[Entity]:
    """Events the phrases at ``tokens`` denote whose head noun is a competition's ("the CanSat Challenge", "the
    competition"); a competition told of by its noun alone becomes a described event."""
    t = ctx.tree
    out: list[Entity] = []
    for i in tokens:
        for j in t.conjuncts(i):
            if t.lemma(j) not in COMPETITION_NOUNS and t.lowers[j] not in COMPETITION_NOUNS:
                continue
            found = [e for e in things(ctx, j, create=False) if isa(ctx, e, C.Event)]
            if not found and t[j].pos == "NOUN":
                ev = described(ctx, j, noun_class(t, j) or C.Event)
                found = [ev] if ev is not None and isa(ctx, ev, C.Event) else []
            out += [e for e in found if e not in out]
    return out


@rule("frame:competition", scope="verb", stage=Stage.VERBS, triggers=("COMPETE_VERBS",),
      produces=(P.participant, P.locatedIn, C.Event), confidence=0.7)
def competition(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"A team from X won the Y Challenge", "Y was won by a team from X", "teams competed in Y": X took part in
    Y, held where the clause's "in"/"at" phrase says when that is a place."""
    who = agents(subj, ctx)
    if not who:
        return
    events = _competitions(ctx, f.obj if f.lemma == "win" else f.prep("in"))
    if not events:
        return
    places = [pl for i in f.prep("in", "at") for pl in places_in(ctx, i) if not isa(ctx, pl, C.Event)]
    for ev in events:
        for e in who:
            if e.key != ev.key:
                ctx.add(ev, P.participant, e, f.verb)
        for pl in places[:1]:
            ctx.add(ev, P.locatedIn, pl, f.verb)
        ctx.date_links.append((ev.key, f"verb:{f.verb}"))
