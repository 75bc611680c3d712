"""A body's officer named in brackets after it: "Japan Aerospace Exploration Agency (JAXA) (President: Hiroshi
Yamakawa)", "the National Centre for Space Studies (CNES) (President: Philippe Baptiste)", "NASDA (President: A)".

Agencies write their heads so in the opening sentence of a release: a title, a colon and the person's name, in
brackets right after the body's name (or after the bracketed short name that follows it). The title says which
post (``title_kind``: a head's title makes ``headOf``, another ``memberOf``), the body is the name before the
brackets. Sentences of the tests are invented.
"""

from __future__ import annotations

from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..registry import Stage, rule
from ..title_kinds import title_kind

#: Words at most between the opening bracket and the colon ("Director General", "Executive Vice President").
_TITLE_WORDS = 4


@rule("dep:bracketed-title", stage=Stage.PHRASES, triggers=("HEAD_TITLES", "MEMBER_TITLES"),
      produces=(P.headOf, P.memberOf), confidence=0.85)
def bracketed_titles(ctx: Context) -> None:
    """"X (President: A)": A heads X."""
    t = ctx.tree
    for tok in t.tokens:
        i = tok.i
        colon = next((k for k in range(i + 2, min(i + 2 + _TITLE_WORDS, len(t))) if t[k].text == ":"), None)
        if tok.text != "(" or i < 1 or colon is None or any(t[k].pos == "PUNCT" for k in range(i + 1, colon)):
            continue
        person = ctx.table.at(colon + 1)
        end = next((m.end for m in person.mentions if m.start == colon + 1), None) if person is not None else None
        if person is None or C.Person not in person.classes or end is None or end >= len(t) or t[end].text != ")":
            continue
        kind = title_kind(ctx, colon - 1)
        # the body right before the brackets, or before the bracketed short name that follows it ("X (JAXA) (...)")
        before = i - 1 if t[i - 1].text != ")" else next((k - 1 for k in range(i - 2, 0, -1) if t[k].text == "("), 0)
        body = ctx.table.at(before) if before > 0 else None
        if kind is not None and body is not None and ctx.table.is_a(body, C.Organization):
            ctx.add(person, kind, body, colon - 1)
