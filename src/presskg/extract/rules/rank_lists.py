"""A body's people listed after one plural title: "NASA astronauts Rachel Okafor and Daniel Whitcombe".

"NASA astronauts A and B", "Roscosmos cosmonauts C, D and E", "two ESA astronauts, F and G,": an
organization's name, a plural title of its staff (lexicon MEMBER_TITLES, RANK_TITLES) and the names it lists
make every listed person the body's member, not only the first (the parser hangs the title on one name,
and the small model often tags the plural title as a verb). Read from the words, not from the parse.
A head's title in the plural ("the agencies' directors A and B") gives nothing here: :mod:`.titles` reads it.
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..lexicon import WORD_CLASSES
from ..registry import Stage, rule
from .kinds import _retype, _weak

#: Titles of a body's staff that a list of names may follow in the plural (one word).
_STAFF_TITLES = frozenset(w for k in ("MEMBER_TITLES", "RANK_TITLES") for w in WORD_CLASSES[k] if " " not in w)


def _listed_people(ctx: Context, k: int) -> list[Entity]:
    """People named from token ``k`` on, joined by "," and "and" ("A, B and C"); the list stops at anything else.
    A later name only the model's guess typed is a person too ("A, B and [Ren Sato]": the model's place)."""
    t = ctx.tree
    found: list[Entity] = []
    while k < len(t):
        e = ctx.table.at(k)
        if e is not None and found and not ctx.table.is_a(e, C.Person) and _weak(e) and e.type_source == "model":
            _retype(e, C.Person)
        if e is None or not ctx.table.is_a(e, C.Person) or e in found:
            break
        found.append(e)
        while k < len(t) and ctx.table.at(k) is e:
            k += 1
        if k < len(t) and t[k].text == ",":
            k += 1
        if k < len(t) and t[k].text.lower() == "and":
            k += 1
    return found


@rule("pattern:body-rank-list", stage=Stage.MENTIONS, triggers=("MEMBER_TITLES", "RANK_TITLES"),
      produces=(P.memberOf, C.Person), confidence=0.8)
def body_rank_list(ctx: Context) -> None:
    """"NASA astronauts A and B", "Roscosmos cosmonauts C, D and E": each listed person is the body's member."""
    t = ctx.tree
    for tok in t.tokens:
        i = tok.i
        if i < 1 or not tok.text.islower() or not tok.text.endswith("s") or t.lemma(i) == tok.text \
                or t.lemma(i) not in _STAFF_TITLES:
            continue  # a plural title ("astronauts"), lowercase: not "Systems", not a singular title
        body = ctx.table.at(i - 1)
        if not ctx.table.is_a(body, C.Organization) or ctx.table.is_a(body, C.Person):
            continue
        start = i + 2 if i + 1 < len(t) and t[i + 1].text == "," else i + 1  # "two ESA astronauts, A and B,"
        people = _listed_people(ctx, start)
        if len(people) < 2:
            continue  # one name after a plural title is no list (the singular is dep:title's)
        for person in people:
            ctx.add(person, P.memberOf, body, i)
