"""Who provides an instrument, read from a bracket: "the Zephyr camera (JAXA) and the Lyra spectrometer
(DLR)", "a magnetometer (Vela Institute)"; and whom a person works for: "Kari Holm (ESA) presented the results".

Lists of a craft's instruments often give each one's maker in brackets. A bracket after an instrument that
holds nothing but an organization's name says who provides it; a bracket holding the instrument's own
short name ("the Zephyr Camera (ZC)") or a place or date is no provider. Only instruments: "the Vela
mission (ESA)" says who runs a mission, not who built it.
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..referents import described, isa
from ..registry import Stage, rule


@rule("seq:provider-bracket", stage=Stage.PHRASES, triggers=(), produces=(P.providedBy,), confidence=0.7)
def provider_bracket(ctx: Context) -> None:
    """"the Zephyr camera (JAXA)": the organization alone in the bracket after an instrument provides it."""
    t = ctx.tree
    for start, close in t.brackets(8):
        before = start - 1
        part = ctx.ref(before)  # "the Zephyr camera": the name in front of the head noun
        if part is None and t[before].pos == "NOUN":
            part = described(ctx, before)
        if part is None or not isa(ctx, part, C.Instrument) or isa(ctx, part, C.Mission, C.LaunchVehicle):
            continue
        org = _bracketed_org(ctx, start + 1, close)  # only now: a known name becomes a node only if used
        if org is not None and org.key != part.key:
            ctx.add(part, P.providedBy, org, start)


@rule("seq:affiliation-bracket", stage=Stage.PHRASES, triggers=(), produces=(P.memberOf,), confidence=0.7)
def affiliation_bracket(ctx: Context) -> None:
    """"Kari Holm (ESA) and Ola Berg (CNES) presented the results": the organization alone in the bracket after a
    person's name is the body the person works for (a member; a title elsewhere may make the head)."""
    t = ctx.tree
    for start, close in t.brackets(8):
        person = ctx.table.at(start - 1)
        if person is None or C.Person not in person.classes:
            continue
        org = _bracketed_org(ctx, start + 1, close)
        if org is not None and not ctx.has(person, P.headOf, org):
            ctx.add(person, P.memberOf, org, start)


def _bracketed_org(ctx: Context, start: int, end: int) -> Entity | None:
    """The one organization a bracket ``[start, end)`` names: a mention filling it, or, where the mention
    stage took the bracket for an alias and left it unnamed, a known organization of that name."""
    inside = {ctx.table.at(k) for k in range(start, end)}
    if inside != {None}:
        org = inside.pop() if len(inside) == 1 else None
        return org if org is not None and isa(ctx, org, C.Organization) else None
    known = [e for e in ctx.gaz.lookup(ctx.tree.span_text(start, end))
             if any(ctx.table.is_a_class(c, C.Organization) for c in e.classes)]
    return ctx.table.add_kb(known[0]) if len(known) == 1 else None
