"""A body's officer named in brackets after it: "Japan Aerospace Exploration Agency (JAXA) (President: Hiroshi
Yamakawa)", "the National Centre for Space Studies (CNES) (President: Philippe Baptiste)", "the Ministry of
Science and ICT (Minister Bae Kyung-hoon)", "the Korea AeroSpace Administration (KASA, Administrator Yoon Young-bin)".

Agencies write their heads so in the opening sentence of a release: a title, a colon (or none) and the person's
name, in brackets right after the body's name (or after the bracketed short name that follows it). The title says which
post (a head's title makes ``headOf``, another, a deputy's among them, ``memberOf``: :func:`_kind`), the body is
the name before the brackets. Sentences of the tests are invented.
"""

from __future__ import annotations

from ...vocab import Class as C
from ...vocab import Prop as P
from ..candidates import is_acronym
from ..context import Context
from ..lexicon import HEAD_TITLES, MEMBER_TITLES
from ..registry import Stage, rule
from ..title_kinds import SECOND_POST_WORDS

#: Words at most between the opening bracket and the colon ("Director General", "Executive Vice President").
_TITLE_WORDS = 4


@rule("dep:bracketed-title", stage=Stage.PHRASES, triggers=("HEAD_TITLES", "MEMBER_TITLES"),
      produces=(P.headOf, P.memberOf), confidence=0.85)
def bracketed_titles(ctx: Context) -> None:
    """"X (President: A)": A heads X."""
    t = ctx.tree
    for opening in (tok.i for tok in t.tokens if tok.text == "(" and tok.i > 0):
        # "(KASA, Administrator Yoon Young-bin)": the body's short name first, a comma, then its officer
        inner = ctx.table.at(opening + 1)
        short = opening + 2 < len(t) and t[opening + 2].text == "," and is_acronym(t[opening + 1].text)
        i = opening + 2 if short else opening
        # the title's last word: before a colon ("(President: A)"), else before the person ("(Minister A)")
        colon = next((k for k in range(i + 2, min(i + 2 + _TITLE_WORDS, len(t))) if t[k].text == ":"), None)
        named = colon if colon is not None else next((k for k in range(i + 2, min(i + 2 + _TITLE_WORDS, len(t)))
                                                      if getattr(ctx.table.at(k), "named", False)), None)
        if named is None or any(t[k].pos == "PUNCT" for k in range(i + 1, named)):
            continue
        first = named + 1 if colon is not None else named
        person = ctx.table.at(first)
        end = next((m.end for m in person.mentions if m.start == first), None) if person is not None else None
        if person is None or C.Person not in person.classes or end is None or end >= len(t) or t[end].text != ")":
            continue
        kind = _kind(" ".join(t.lowers[k] for k in range(i + 1, named if colon is not None else first)))
        # the body right before the brackets, or before the bracketed short name that follows it ("X (JAXA) (...)")
        before = opening - 1 if t[opening - 1].text != ")" else next(
            (k - 1 for k in range(opening - 2, 0, -1) if t[k].text == "("), 0)
        body = ctx.table.at(before) if before > 0 else None
        if short and (body is None or not ctx.table.is_a(body, C.Organization)):
            body = inner  # ("(KASA, Administrator A)" with no long form before it: the short name's body)
        if kind is not None and body is not None and ctx.table.is_a(body, C.Organization):
            ctx.add(person, kind, body, i)


def _kind(title: str) -> P | None:
    """``headOf`` for a head's title ("director general", "president"), ``memberOf`` for another's (its whole words
    or its last one: "chief engineer"; a deputy's, "deputy director general", as title_kinds reads one), None for
    words that are no title ("launch").

    >>> [str(_kind(w)) for w in ("director general", "deputy director general", "chief engineer", "launch")]
    ['headOf', 'memberOf', 'memberOf', 'None']
    """
    rest = " ".join(w for w in title.split() if w not in SECOND_POST_WORDS)
    if rest != title and rest and _kind(rest) is not None:
        return P.memberOf
    for words in (title, title.split()[-1] if title else ""):
        if words in HEAD_TITLES:
            return P.headOf
        if words in MEMBER_TITLES:
            return P.memberOf
    return None
