"""A country in brackets after an organization's or a facility's name is its country: "Tessera Aerospace
(Italy)", "the consortium of Lumen Orbital (Portugal) and Kosmoteka (Poland)".

Lists of contractors and members often give each one's country so. Only a bracket that holds nothing but a
country counts, and only after a body or a site: "the Vela mission (Italy)" may say who runs it, and a
person's bracket may give a party or a constituency.
"""

from __future__ import annotations

from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..referents import isa
from ..registry import Stage, rule


@rule("seq:country-bracket", stage=Stage.PHRASES, triggers=(), produces=(P.country,), confidence=0.75)
def country_bracket(ctx: Context) -> None:
    """"Tessera Aerospace (Italy)": the country alone in the bracket after an organization is its country."""
    for start, close in ctx.tree.brackets(6):
        body = ctx.ref(start - 1)
        inside = {ctx.table.at(k) for k in range(start + 1, close)}
        if body is None or len(inside) != 1 or None in inside:
            continue
        country = inside.pop()
        if country is not None and isa(ctx, country, C.Country) and country.key != body.key \
                and isa(ctx, body, C.Organization, C.Facility) and not isa(ctx, body, C.Country):
            ctx.add(body, P.country, country, start)
