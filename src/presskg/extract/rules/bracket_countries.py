"""A country in brackets after an organization's or a facility's name is its country: "Tessera Aerospace
(Italy)", "the consortium of Lumen Orbital (Portugal) and Kosmoteka (Poland)"; so is a country "of" which a
company is said to be: "Nordlys Systems of Norway" (the name stops before "of": extract/trade_names.py).

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


@rule("seq:company-of-country", stage=Stage.PHRASES, triggers=(), produces=(P.country,), confidence=0.75)
def company_of_country(ctx: Context) -> None:
    """"Nordlys Systems of Norway", "Halden GmbH of Germany": a country right after a company's name and
    "of" is its country. Only a company: a body whose name holds "of" keeps its country inside the name."""
    t = ctx.tree
    for tok in t.tokens:
        if tok.i == 0 or tok.i + 1 >= len(t) or t.lowers[tok.i] != "of":
            continue
        body, country = ctx.table.at(tok.i - 1), ctx.table.at(tok.i + 1)
        if body is None or country is None or body.key == country.key:
            continue
        if isa(ctx, body, C.Company) and isa(ctx, country, C.Country) and not isa(ctx, body, C.Country):
            ctx.add(body, P.country, country, tok.i)
