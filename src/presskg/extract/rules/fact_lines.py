"""What a fact sheet's lines say of its craft: "Key facts about Orla-5 / - Launcher: Vega-C / - Operator: EUMETSAT
/ - Prime contractor: OHB System AG".

A line's label (extract/field_labels.py) that lexicon ``FACT_FIELDS`` knows gives a property of the craft the sheet
is about (the latest craft named before the line, else the latest mission: "flight VV28" names no craft of the
sheet's), toward the first name after the colon of the
property's kind: a launcher for ``launchVehicle``, a body for ``operatedBy`` and ``providedBy``, a celestial body
for ``target``. "Launch: 3 May 2026" and "Launch site: X" are read by pattern:field-line (rules/events.py);
the launch such a line tells of is the craft's, on the launcher a line names.
Sentences of the tests are invented.
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..field_labels import field_label
from ..lexicon import FACT_FIELDS
from ..referents import isa
from ..registry import Stage, rule

#: The kinds of name each property takes after the colon.
_RANGES = {P.launchVehicle: (C.LaunchVehicle,), P.operatedBy: (C.Organization,),
           P.providedBy: (C.Organization,), P.target: (C.CelestialBody,)}
#: Properties a line gives from each of its names to the craft ("- Partners: ESA (lead), NASA, JAXA": each partner
#: contributes; "- Instruments: a coronagraph (CORA) and a magnetometer (HMAG)": each is part of it), and their kinds.
_TOWARD = {P.contributesTo: (C.Organization,), P.partOf: (C.Instrument,)}
#: Sentences back a sheet's lines look for its craft.
REACH = 20


@rule("pattern:fact-line", stage=Stage.DISCOURSE, triggers=("FACT_FIELDS",),
      produces=(P.launchVehicle, P.operatedBy, P.providedBy, P.target, P.participant, P.contributesTo, P.partOf),
      confidence=0.75)
def fact_lines(ctx: Context) -> None:
    """"- Launcher: Vega-C" after "Key facts about Orla-5": Orla-5's launch vehicle is Vega-C; "- Partners: ESA,
    NASA": ESA and NASA contribute to Orla-5."""
    t = ctx.tree
    for s in t.parse.sentences:
        found = field_label(t, s.start, s.end)
        prop = FACT_FIELDS.get(found[0]) if found is not None else None
        if prop is None:
            continue
        craft = _sheet_craft(ctx, s.start)
        if prop in _TOWARD:
            named = {e.key: e for k in range(found[2] + 1, s.end) if (e := ctx.table.at(k)) is not None
                     and isa(ctx, e, *_TOWARD[prop]) and craft is not None and e.key != craft.key}
            for e in named.values():
                ctx.add(e, prop, craft, found[2])
            continue
        kinds = _RANGES.get(prop, ())
        value = next((e for k in range(found[2] + 1, s.end) if (e := ctx.table.at(k)) is not None
                      and isa(ctx, e, *kinds)), None)
        if craft is None or value is None or value.key == craft.key:
            continue
        ctx.add(craft, prop, value, found[2])
        # the sheet's launch ("- Launch: 3 May 2026", pattern:field-line) is the craft's, on its launcher
        for ev in [e for e in ctx.recent(s.start, C.Launch, sentences=REACH) if not e.named
                   and field_label(t, *_sentence_span(ctx, e.mentions[0].start)) is not None][:1]:
            ctx.add(ev, P.participant, craft, found[2])
            if prop == P.launchVehicle:
                ctx.add(ev, P.launchVehicle, value, found[2])


def _sentence_span(ctx: Context, i: int) -> tuple[int, int]:
    """``[start, end)`` of the sentence of token ``i``."""
    s = ctx.tree.sentence_of(i)
    return s.start, s.end


def _sheet_craft(ctx: Context, i: int) -> Entity | None:
    """The craft a line at token ``i`` is about: the latest craft named before it, else the latest mission (no
    launcher, no instrument)."""
    return next((e for e in ctx.recent(i, C.Spacecraft, sentences=REACH) + ctx.recent(i, C.Mission, sentences=REACH)
                 if e.named and not isa(ctx, e, C.LaunchVehicle, C.Instrument)), None)
