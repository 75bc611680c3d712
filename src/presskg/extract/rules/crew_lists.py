"""Who a flight's crew is: "the Aurora-3 crew includes X", "the crew of Kestrel-4 comprises A, B and C",
"X is a member of the Aurora-3 crew", "the crew, which includes A and B".

A crew noun (lexicon CREW_NOUNS' "crew") names the flight it flies: its compound ("the Aurora-3 crew") or its
"of" phrase ("the crew of Kestrel-4"; :func:`.crews._missions`). The people a listing verb (lexicon
COMPOSITION_VERBS: "includes", "comprises", "consists of", "is made up of") gives it, and a person said to be a
member of it, fly on that flight: ``pk:contributesTo`` (and the names it lists are people, whatever the model
guessed) (as "assigned to the crew of X" reads in :mod:`.crews`). "The crew", naming no flight, is the crew of
the flight told of in the two sentences before, if one is; else it gives nothing ("a crew includes two
astronauts").
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..lexicon import WORD_CLASSES
from ..referents import isa, things
from ..registry import Stage, rule
from .crews import _missions
from .kinds import _retype, _weak

COMPOSITION_VERBS = WORD_CLASSES["COMPOSITION_VERBS"]
#: Nouns of membership of a crew ("a member of the X crew", "part of the crew of X").
_MEMBER_NOUNS = ("member", "part")


def _people(ctx: Context, ids: list[int], *, listed: bool = False) -> list[Entity]:
    """People the phrases at ``ids`` name; names a crew lists (``listed``) are people whatever the model guessed
    ("the crew consists of [Marcus Hale], ...": its organization)."""
    found = [e for i in ids for e in things(ctx, i, create=False)]
    if listed:
        for e in found:
            if _weak(e) and e.type_source == "model" and not isa(ctx, e, C.Person):
                _retype(e, C.Person)
    return [e for e in found if isa(ctx, e, C.Person)]


def _listed(ctx: Context, verb: int) -> list[int]:
    """What a listing verb lists: "includes A and B", "consists of A, B and C", "is made up of A and B"."""
    t = ctx.tree
    ids = [c.i for c in t.children(verb, "dobj", "attr")]
    ids += [o.i for p in t.children(verb, "prep") if p.text.lower() == "of" for o in t.children(p.i, "pobj")]
    for c in t.children(verb, "prt"):  # "made up of"
        ids += [o.i for p in t.children(c.i, "prep") if p.text.lower() == "of" for o in t.children(p.i, "pobj")]
    return ids


def _is_listing(ctx: Context, verb: int) -> bool:
    t = ctx.tree
    prt = [c.text.lower() for c in t.children(verb, "prt")]
    return t.lemma(verb) in COMPOSITION_VERBS or any(f"{t.lemma(verb)} {p}" in COMPOSITION_VERBS for p in prt)


@rule("dep:crew-list", stage=Stage.PHRASES, triggers=("CREW_NOUNS", "COMPOSITION_VERBS"), produces=(P.contributesTo,),
      confidence=0.75)
def crew_list(ctx: Context) -> None:
    """"The Aurora-3 crew includes X and Y", "X is a member of the crew of Kestrel-4": X flies on the flight."""
    t = ctx.tree
    for tok in t.tokens:
        if tok.pos != "NOUN" or t.lemma(tok.i) != "crew":
            continue
        flights = [m for m in _missions(ctx, tok.i) if not isa(ctx, m, C.Person, C.Organization)]
        if not flights and any(c.text.lower() == "the" for c in t.children(tok.i, "det")):
            # "X was assigned to the Artemis III mission ... The prime crew includes A": the flight in view
            flights = ctx.recent(tok.i, C.Mission, sentences=2)[:1]
        if not flights:
            continue
        people: list[Entity] = []
        if tok.dep in ("nsubj", "nsubjpass") and _is_listing(ctx, tok.head):  # "the X crew includes A and B"
            people = _people(ctx, _listed(ctx, tok.head), listed=True)
        elif tok.dep == "pobj" and t[tok.head].text.lower() == "of":  # "a member of the X crew"
            member = t[tok.head].head
            if t.lemma(member) in _MEMBER_NOUNS:
                if t[member].dep == "attr" and t.lemma(t[member].head) == "be":
                    people = _people(ctx, [c.i for c in t.children(t[member].head, "nsubj")])
                elif t[member].dep == "appos":
                    people = _people(ctx, [t[member].head])
        for rc in t.children(tok.i, "relcl"):  # "the crew, which includes A and B"
            if _is_listing(ctx, rc.i) and any(t.lowers[c.i] in ("which", "that") for c in t.children(rc.i, "nsubj")):
                people += _people(ctx, _listed(ctx, rc.i), listed=True)
        for person in people:
            for flight in dict.fromkeys(flights):
                ctx.add(person, P.contributesTo, flight, tok.i)
