"""A release's publisher runs the missions of its own it reports on: a JAXA release on "the asteroid explorer
HAYABUSA", an EUMETSAT one on its satellites.

A named mission or craft the release tells of, which the knowledge base says the publisher operates
(``pk:operatedBy``, with its sources), is operated by the publisher in what the release says: an agency writing
about its own mission need not say whose it is. Only the publisher's own (a mission the knowledge base gives to
another body, or to partners abroad with it, gets nothing), only when nothing in the text already names an
operator for it, and only for a thing told of at least twice or as a clause's subject or object (not one named
in passing in a list of past missions).
"""

from __future__ import annotations

from ...model import KBEntry
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..referents import isa
from ..registry import Stage, rule


def _own(ctx: Context, entry: KBEntry, publisher: KBEntry) -> bool:
    """The knowledge base gives the thing to the publisher alone, or with bodies of its own country (JAXA with its
    institute ISAS), not to partners abroad (a station or an observatory several agencies run)."""
    operators = {o for p, o in entry.facts if p == P.operatedBy}
    home = _countries(publisher)
    return publisher.iri in operators and all(
        home and _countries(ctx.gaz.entries.get(o)) == home for o in operators - {publisher.iri})


def _countries(entry: KBEntry | None) -> set[str]:
    return {o for p, o in entry.facts if p == P.country} if entry is not None else set()


@rule("kb:publisher-operates", stage=Stage.FINISH, produces=(P.operatedBy,), confidence=0.6)
def publisher_operates(ctx: Context) -> None:
    """The publisher operates each named mission or craft of its own the release tells of (see the module)."""
    publisher = ctx.table.entities.get(ctx.publisher_key or "")
    if publisher is None or publisher.kb is None:
        return
    t = ctx.tree
    for e in list(ctx.table.entities.values()):
        if e.kb is None or not e.mentions or not isa(ctx, e, C.Mission, C.Spacecraft) or isa(ctx, e, C.LaunchVehicle):
            continue
        if not _own(ctx, e.kb, publisher.kb) or ctx.objects(e, P.operatedBy):
            continue
        heads = [t.span_head(m.start, m.end) for m in e.mentions]
        if len(e.mentions) < 2 and not any(t[h].dep in ("nsubj", "nsubjpass", "dobj") for h in heads):
            continue
        ctx.add(e, P.operatedBy, publisher, e.mentions[0].start)
