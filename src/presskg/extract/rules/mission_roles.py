"""People who hold a post in a mission's team take part in the mission: "Dr Tomas Ekvall, the mission's principal
investigator", "Dr Ingrid Solvang, Solstra project scientist at ESA", "The mission's project scientist is Dr Yuki
Hamada", "Its principal investigator, Dr Tomas Ekvall, leads ...", "The mission is led by principal investigator
Lukas Brunner".

The post (lexicon ``MISSION_ROLE_TITLES``, matched whole: "scientist" alone is any scientist) says whose team it is
by its possessor ("the mission's", "its"), a name before it ("Solstra project scientist") or its "of" phrase ("the
principal investigator of the Vela mission"); a mission or a craft so named is the one the person contributes to
(pk:contributesTo). The person is the name the post is set beside, the subject or attribute of the copula it is
the other of, or the name it is written before; "led by principal investigator X" on a mission's clause is the
mission's. Whose member the person is (a body "at" or "of") is read by the title rules, as for any title.
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..lexicon import WORD_CLASSES
from ..referents import flown_craft, isa
from ..registry import Stage, rule

MISSION_ROLE_TITLES = frozenset(WORD_CLASSES["MISSION_ROLE_TITLES"])


def _role(ctx: Context, i: int) -> int | None:
    """The first word of the mission post the noun at ``i`` ends ("principal" of "principal investigator"), if any."""
    t = ctx.tree
    if t[i].pos not in ("NOUN", "PROPN"):
        return None
    if i > 1 and t[i - 1].text == "-" and f"{t.lowers[i - 2]}-{t.lowers[i]}" in MISSION_ROLE_TITLES:
        return i - 2  # "co-investigator"
    return next((i - n for n in (2, 1, 0) if i >= n and " ".join(t.lowers[i - n:i + 1]) in MISSION_ROLE_TITLES), None)


def _whose(ctx: Context, i: int, start: int) -> list[Entity]:
    """The mission or craft whose post the noun at ``i`` (its first word at ``start``) is: its possessor or "of"
    phrase, a name written right before the post ("Solstra project scientist"; not "JUICE-JAPAN Project Manager",
    a team's), or the subject of the clause a "led by" post is the agent of."""
    t = ctx.tree
    owners = t.owner_words(i)
    found = [e for k in owners for e in ctx.refs(k) if flown_craft(ctx, e)]
    if owners and all(t[k].pos == "NOUN" for k in owners):  # "said X, the mission's lead scientist": a craft the
        sent = t.sentence_of(i)  # sentence names (in the quote) is the mission meant, before one told further back
        here = [e for e in ctx.table.entities.values() if e.named and flown_craft(ctx, e)
                and any(sent.start <= m.start < sent.end for m in e.mentions)]
        found = here if len(here) == 1 else found
    named = ctx.table.at(start - 1) if start > 0 and t[start - 1].pos == "PROPN" else None
    if named is not None and flown_craft(ctx, named) and any(m.end == start for m in named.mentions):
        found.append(named)
    head = t[i].head
    if not found and t[i].dep == "compound" and t[head].dep == "pobj" and t.lowers[t[head].head] == "by":
        gov = t[t[head].head].head  # "The mission is led by principal investigator X"
        found = [e for c in t.children(gov, "nsubjpass", "nsubj") for e in ctx.refs(c.i) if flown_craft(ctx, e)]
    return found


def _holders(ctx: Context, i: int) -> list[Entity]:
    """The people who hold the post at ``i``."""
    t = ctx.tree
    tok = t[i]
    spots = [c.i for c in t.children(i, "appos")]
    if tok.dep in ("appos", "compound"):
        spots.append(tok.head)  # "X, the mission's principal investigator"; "principal investigator X"
    if tok.dep in ("nsubj", "attr"):  # "The mission's project scientist is X", "X is its principal investigator"
        spots += [c.i for c in t.children(tok.head, "attr" if tok.dep == "nsubj" else "nsubj")]
    return [e for k in spots for e in ctx.refs(k) if isa(ctx, e, C.Person)]


@rule("dep:mission-role", stage=Stage.PHRASES, triggers=("MISSION_ROLE_TITLES",), produces=(P.contributesTo,),
      confidence=0.7)
def mission_roles(ctx: Context) -> None:
    """"Dr Ingrid Solvang, Solstra project scientist at ESA": the holder of a mission post contributes to the
    mission."""
    t = ctx.tree
    for tok in t.tokens:
        start = _role(ctx, tok.i)
        if start is None:
            continue
        crafts = _whose(ctx, tok.i, start)
        for person in _holders(ctx, tok.i) if crafts else ():
            for c in crafts:
                ctx.add(person, P.contributesTo, c, tok.i)
