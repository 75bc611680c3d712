"""One event told twice: "the launch of X" said twice is one launch, "X was berthed to the ISS" told again one
berthing; a clause that gives another written date tells of another event ("arrived at the station on 3 May ...
arrived at the station on 9 June"). People and agencies meet many times, so only craft events are merged (read by
rules/occurrences.py).
"""

from __future__ import annotations

from ..model import Entity
from ..vocab import Class as C
from ..vocab import Prop as P
from .context import Context
from .flights import launch_keys, vehicle_flight
from .lexicon import WORD_CLASSES
from .referents import isa

DEICTIC_DAYS = WORD_CLASSES["DEICTIC_DAYS"]
#: Classes whose events only craft take part in (a launch's participant is what is launched).
CRAFT_EVENTS = (C.Launch, C.Landing)
CRAFT = (C.Spacecraft, C.Mission, C.LaunchVehicle, C.Instrument)


def same_event(ctx: Context, i: int, cls: str, who: list[Entity]) -> Entity | None:
    """An earlier event of the same class with the same craft taking part: "the launch of X" said
    twice is one launch (people and agencies meet many times, so only craft events are merged)."""
    if not who:
        return None
    if cls not in CRAFT_EVENTS:  # "X was berthed to the ISS" told twice: one berthing (craft only, same verb)
        if cls != C.Event or not all(isa(ctx, e, *CRAFT) for e in who) or ctx.tree[i].pos != "VERB":
            return None
        same = [ev for ev in ctx.recent(i, cls, sentences=1000) if not ev.named
                and ev.label == ctx.tree.lemma(i) and not _dated_apart(ctx, i, ev)
                and {e.key for e in who} <= {o.key for o in ctx.objects(ev, P.participant)}]
        if same:
            ctx.described[i] = same[0].key
        return same[0] if same else None
    keys = {e.key for e in who}
    bare = None  # "the launch has been shifted ... ESA is responsible for the launch of X": one launch
    for ev in ctx.recent(i, cls, sentences=1000):
        if ev.named:
            continue
        parts = {o for (s, p, o) in ctx.relations if s == ev.key and p == P.participant}
        if keys <= (launch_keys(ctx, i, ev) if cls == C.Launch else parts):  # craft, or a launcher's flight
            ctx.described[i] = ev.key
            return ev
        if not parts and bare is None and not vehicle_flight(ctx, ev) and not _on_other_rockets(ctx, ev, who) \
                and not _dated_apart(ctx, i, ev):
            bare = ev
    if bare is not None:
        ctx.described[i] = bare.key
    return bare


def _on_other_rockets(ctx: Context, ev: Entity, who: list[Entity]) -> bool:
    """A launch told of rockets none of which carried the launch ``ev``: another launch ("the Zephra-1 rocket
    lifted off from Esrange ... the Kestrel-2 rocket lifted off from Andoya")."""
    rockets = {o.key for o in ctx.objects(ev, P.launchVehicle)}
    told = {e.key for e in who if isa(ctx, e, C.LaunchVehicle)}
    return bool(rockets) and bool(told) and not rockets & told


def _dated_apart(ctx: Context, i: int, ev: Entity) -> bool:
    """The clause at ``i`` and the one that told of ``ev`` give it different written dates: two events ("arrived
    at the station on 3 May ... arrived at the station on 9 June")."""
    here = _written_dates(ctx, i)
    return bool(here) and any(k != i and v == ev.key and (there := _written_dates(ctx, k)) and not here & there
                              for k, v in ctx.described.items())


def _written_dates(ctx: Context, verb: int) -> set[str]:
    """Dates of a verb's clause as written, not told from the day of writing ("today": lexicon DEICTIC_DAYS)."""
    f = ctx.frames.get(verb)
    ats = [at for at in (verb, f.noun if f is not None else None) if at is not None]
    return {v for at in ats for v, head in ctx.date_at.get(at, []) if ctx.tree.lowers[head] not in DEICTIC_DAYS}
