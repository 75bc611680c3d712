"""Whose ministry a minister's title names: "the Spanish Minister of Science", "Peru's Minister of Science",
"the Minister of Science of Peru" — the ministry the portfolio names (``portfolios.py``) is of that country.

The country is read from the title's nationality adjective, its possessor, or an "of" after the portfolio
that names a country (a name the knowledge base or the text types as one); a title with none says nothing.
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..lexicon import PORTFOLIO_TITLES
from ..registry import Stage, rule


def _title_country(ctx: Context, title: int, end: int) -> Entity | None:
    t = ctx.tree
    for c in t.children(title, "amod", "compound", "poss"):
        own = ctx.table.at(c.i)
        if own is not None and C.Country in own.classes:
            return own  # "Peru's Minister of Science"
        entry = ctx.gaz.country_of_word(c.text) if c.dep in ("amod", "compound") else None
        if entry is not None:
            return ctx.table.add_kb(entry)  # "the Spanish Minister of Science"
    if end + 1 < len(t) and t[end].text.lower() == "of":  # "the Minister of Science of Peru"
        after = ctx.table.at(end + 1)
        if after is not None and C.Country in after.classes:
            return after
    return None


@rule("dep:ministry-country", stage=Stage.PHRASES, triggers=("PORTFOLIO_TITLES",), produces=(P.country,),
      confidence=0.8)
def ministry_country(ctx: Context) -> None:
    """"the Spanish Minister of Science, Ana Ruiz": the Ministry of Science is Spain's; so is it for "the Spanish
    Science Minister" (the portfolio before the title)."""
    t = ctx.tree
    for ent in list(ctx.table.entities.values()):
        for m in ent.mentions:
            if m.source != "pattern:portfolio":
                continue
            if m.end < len(t) and t.lemma(m.end) in PORTFOLIO_TITLES and m.start > 0:
                country = _title_country(ctx, m.end, m.end)  # "the Norwegian Finance Minister"
            elif m.start >= 2 and t[m.start - 1].text.lower() == "of":
                country = _title_country(ctx, m.start - 2, m.end)
            else:
                continue
            if country is not None:
                ctx.add(ent, P.country, country, m.start)
