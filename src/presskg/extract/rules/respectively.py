"""Two lists a clause pairs in order: "ESA and JAXA built the Vela and Orla orbiters, respectively", "Vela and Orla
were built by ESA and JAXA, respectively", "the two landers will be provided by CNES and DLR respectively".

The clause's rules relate every name of one list to every name of the other. A word of lexicon
``RESPECTIVE_ADVERBS`` pairs them in order: of each property the clause's sentence gives between the two lists (in
one direction), only the pairs at the same place in both are true, and each of them is (the rules may have missed
some: a passive's later subjects). The lists are the clause's two coordinations of names of the same length, two or
more (its subject or agent, its objects, the objects of its prepositions); with any other count of them nothing is
changed.
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..lexicon import WORD_CLASSES
from ..referents import isa, things
from ..registry import Stage, rule

_RESPECTIVE = frozenset(WORD_CLASSES["RESPECTIVE_ADVERBS"])
_HEAD_VERBS = frozenset(WORD_CLASSES["HEAD_VERBS"])
#: The properties a pairing may redistribute: every core relation but the symmetric one.
_PAIRED = (P.providedBy, P.operatedBy, P.contributesTo, P.partOf, P.target, P.headOf, P.memberOf, P.deliveredTo,
           P.launchSite, P.launchVehicle, P.landedOn, P.country, P.locatedIn, P.signatory, P.participant, P.topic,
           P.returned, P.sampleFrom, P.orbits)


@rule("dep:respectively", stage=Stage.FINISH, triggers=("RESPECTIVE_ADVERBS", "HEAD_VERBS"), produces=_PAIRED,
      confidence=0.75)
def respectively(ctx: Context) -> None:
    """"A and B built X and Y, respectively": A built X and B built Y, not Y and X."""
    t = ctx.tree
    for tok in t.tokens:
        if t.lowers[tok.i] not in _RESPECTIVE:
            continue
        verb = next((a.i for a in (tok, *t.ancestors(tok.i)) if a.pos in ("VERB", "AUX")), None)
        lists = _lists(ctx, verb) if verb is not None else []
        if len(lists) == 2 and len(lists[0]) == len(lists[1]) >= 2:
            if not _pair(ctx, *lists, t.sentence_index(tok.i), tok.i) and t.lemma(verb) in _HEAD_VERBS:
                _heads(ctx, *lists, tok.i)


def _lists(ctx: Context, verb: int) -> list[list[Entity]]:
    """The coordinations of names among the clause's arguments (each in text order, one entity per name)."""
    t = ctx.tree
    heads = [c.i for c in t.children(verb, "nsubj", "nsubjpass", "dobj", "attr")]
    heads += [o.i for p in t.children(verb, "prep", "agent") for o in t.children(p.i, "pobj")]
    out = []
    for h in heads:
        names = sorted(t.conjuncts(h))
        # "the Vela and Orla orbiters" (names hung on the noun), "the two landers, Vela and Orla," (set beside it)
        for deps in (("compound", "nmod"), ("appos",)):
            if len(names) < 2:
                names = sorted({k for c in t.children(h, *deps) for k in t.conjuncts(c.i)})
        ents = [next(iter(things(ctx, k, create=False)), None) for k in names]
        if len(ents) >= 2 and all(e is not None for e in ents) and len({e.key for e in ents}) == len(ents):
            out.append(ents)
    return out


def _pair(ctx: Context, first: list[Entity], second: list[Entity], sentence: int, at: int) -> bool:
    """Keep, of each property between the lists told in ``sentence``, the pairs in order, and give them all; whether
    there was any."""
    keys = {e.key: i for i, e in enumerate(first)}, {e.key: i for i, e in enumerate(second)}
    found: dict[tuple[str, bool], list[tuple[str, str, str]]] = {}
    for key, rel in list(ctx.relations.items()):
        s, p, o = key
        if p not in _PAIRED or rel.evidence.sentence != sentence:
            continue
        if s in keys[0] and o in keys[1]:
            found.setdefault((p, True), []).append(key)
        elif s in keys[1] and o in keys[0]:
            found.setdefault((p, False), []).append(key)
    for (p, forward), held in found.items():
        for key in held:
            ctx.retract(key)
        for a, b in zip(first, second, strict=True):
            ctx.add(a, p, b, at) if forward else ctx.add(b, p, a, at)
    return bool(found)


def _heads(ctx: Context, first: list[Entity], second: list[Entity], at: int) -> None:
    """"A and B head X and Y, respectively" (lexicon ``HEAD_VERBS``): A heads X and B heads Y (the clause's rule
    reads one person's heading only: who heads what is not said without "respectively")."""
    people, bodies = (first, second) if all(C.Person in e.classes for e in first) else (second, first)
    if all(C.Person in e.classes for e in people) and all(isa(ctx, e, C.Organization) for e in bodies):
        for person, body in zip(people, bodies, strict=True):
            ctx.add(person, P.headOf, body, at)
