"""Crew posts: a person named as a flight's commander, pilot or flight engineer flies on that flight.

- "Expedition 73 commander Sergei Volkonsky", "Crew-14 pilot Ivo Stark": a :data:`CREW_POSTS` noun written
  between a mission's name and a person's is the person's post on that mission (and, in "Expedition 73
  commander A and flight engineer B", the post of the name coordinated with it);
- "X served as commander of Expedition 68", "she will serve as flight engineer during Expedition 74": a post
  after "as", with the mission after "of"/"on"/"for"/"aboard" (on the post) or "during"/"on" (on the verb);
- "Marta Lind, commander of Expedition 75,", "the commander of Expedition 75, Marta Lind", "X will be the
  commander of Expedition 75": a post set beside a person or said of one.

A crew member takes part in running the mission: ``pk:contributesTo`` (as :mod:`.crews` reads "assigned to
Expedition 78"). A post on a station ("commander of the station") names no mission and gives nothing; a post
of an organization ("NASA astronaut X") is :mod:`.titles`'s. The posts are lexicon data (``crews.toml``).
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..lexicon import WORD_CLASSES
from ..referents import isa, things
from ..registry import Stage, rule

CREW_POSTS = WORD_CLASSES["CREW_POSTS"]
#: Prepositions on a post that name the flight it is held on ("commander of X", "pilot on X").
_POST_OF = ("of", "on", "for", "aboard")
#: Prepositions on the verb that name the flight a post is held during ("served as engineer during X").
_VERB_DURING = ("during", "on", "aboard")


def _is_post(ctx: Context, i: int) -> bool:
    return ctx.tree[i].pos == "NOUN" and ctx.tree.lemma(i) in CREW_POSTS


def _flights(ctx: Context, ids: list[int]) -> list[Entity]:
    """Missions (or crewed craft) the phrases at ``ids`` name."""
    return [e for i in ids for e in things(ctx, i, create=False)
            if isa(ctx, e, C.Mission, C.Spacecraft) and not isa(ctx, e, C.Person, C.Organization)]


def _post_flights(ctx: Context, post: int) -> list[Entity]:
    """The flights a post noun names: "commander of Expedition 68", "the Expedition 74 commander"."""
    t = ctx.tree
    ids = [c.i for c in t.children(post, "compound", "nmod", "poss") if ctx.table.at(c.i) is not None]
    ids += [o.i for p in t.children(post, "prep") if p.text.lower() in _POST_OF for o in t.children(p.i, "pobj")]
    return _flights(ctx, ids)


def _before_name(ctx: Context, start: int, head: int) -> list[Entity]:
    """"Expedition 73 commander [Sergei Volkonsky]": the flight named before the post written before the name
    (the parser hangs the flight on the post or on the name)."""
    t = ctx.tree
    post = start - 1
    if post < 1 or not _is_post(ctx, post) or t[post].head not in (head, post + 1):
        return []
    found: list[Entity] = []
    k = post - 1  # (the words right before the post, however parsed: the name may be the expedition's apposition)
    while k >= 0 and t[k].pos in ("PROPN", "NOUN", "NUM", "PUNCT", "ADJ") and t[k].text not in (",", ";", ":", "("):
        e = ctx.table.at(k)
        if e is not None and e not in found:
            found.append(e)
        k -= 1
    return [e for e in found if isa(ctx, e, C.Mission, C.Spacecraft) and not isa(ctx, e, C.Person, C.Organization)]


def _listed_after(ctx: Context, post: int) -> int:
    """The name right before "and"/"," that opens the post at ``post`` ("A and flight engineer B"), or -1."""
    t = ctx.tree
    k = post
    while k > 0 and t[k - 1].pos == "NOUN" and t[k - 1].dep == "compound":  # "flight engineer"
        k -= 1
    return k - 2 if k >= 2 and t[k - 1].text.lower() in ("and", ",") else -1


@rule("dep:crew-post", stage=Stage.PHRASES, triggers=("CREW_POSTS",), produces=(P.contributesTo,), confidence=0.75)
def crew_post(ctx: Context) -> None:
    """"Expedition 73 commander X", "X served as commander of Expedition 68", "X, pilot of Crew-14": X flies
    on the flight (contributesTo)."""
    t = ctx.tree
    pairs: list[tuple[Entity, Entity, int]] = []
    titled: dict[int, tuple[Entity, int]] = {}  # a name's head → the person and where the post is
    by_head: dict[int, list[Entity]] = {}
    for ent in list(ctx.table.entities.values()):
        if C.Person not in ent.classes:
            continue
        for m in ent.mentions:
            if m.end > len(t) or m.start < 1 or not _is_post(ctx, m.start - 1):
                continue
            head = next((i for i in range(m.end - 1, m.start - 1, -1)
                         if not m.start <= t[i].head < m.end or t[i].head == i), m.end - 1)
            titled[head] = (ent, m.start - 1)
            by_head[head] = _before_name(ctx, m.start, head)
    for head, (ent, post) in titled.items():
        # "Expedition 73 commander A and flight engineer B": the flight before the first post is the next's too
        flights = by_head[head] or by_head.get(_listed_after(ctx, post), [])
        pairs += [(ent, f, post) for f in flights]
    for tok in t.tokens:
        if not _is_post(ctx, tok.i):
            continue
        people: list[Entity] = []
        verb_ids: list[int] = []
        if tok.dep == "pobj" and t[tok.head].text.lower() == "as":  # "X served as commander of Y"
            verb = t[tok.head].head
            if t[verb].pos in ("VERB", "AUX"):
                people = [e for c in t.children(verb, "nsubj") for e in things(ctx, c.i, create=False)]
                if t[verb].dep == "relcl" and any(c.text.lower() in ("who", "that") for c in t.children(verb, "nsubj")):
                    people += [e for e in [ctx.table.at(t[verb].head)] if e is not None]  # "X, who served as ..."
                verb_ids = [o.i for p in t.children(verb, "prep") if p.text.lower() in _VERB_DURING
                            for o in t.children(p.i, "pobj")]
        elif tok.dep == "appos":  # "Marta Lind, commander of Expedition 75"
            people = [e for e in [ctx.table.at(tok.head)] if e is not None]
        elif tok.dep == "attr" and t.lemma(tok.head) == "be":  # "X will be the commander of Expedition 75"
            people = [e for c in t.children(tok.head, "nsubj") for e in things(ctx, c.i, create=False)]
        # "the commander of Expedition 75, Marta Lind"
        people += [e for c in t.children(tok.i, "appos") for e in [ctx.table.at(c.i)] if e is not None]
        people = [e for e in people if isa(ctx, e, C.Person)]
        if not people:
            continue
        flights = _post_flights(ctx, tok.i) + _flights(ctx, verb_ids)
        pairs += [(p, f, tok.i) for p in people for f in flights]
    for person, flight, at in pairs:
        if person.key != flight.key:
            ctx.add(person, P.contributesTo, flight, at)
