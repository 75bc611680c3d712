"""Possessive pronouns that introduce a part: "the probe ... its re-entry capsule".

"its capsule" names a new thing whose owner is what "its" refers back to (the
nearest craft or mission, found by :meth:`Context.antecedents`). Making that
thing early, as a part of its owner, lets later definite descriptions ("the
capsule came down") resolve to it through :meth:`Context.definite` instead of
landing on no node.
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..entities import ancestors
from ..lexicon import NEUTER, WORD_CLASSES
from ..mentions import noun_class
from ..referents import described, isa
from ..registry import Stage, rule

_OWNERS = (C.Mission, C.Spacecraft)
_PARTS = (C.Spacecraft, C.Instrument)
#: How many sentences back "its" may look for its craft.
_WINDOW = 2


@rule("phrase:its-part", stage=Stage.EVENT_NOUNS, produces=(P.partOf,), confidence=0.7)
def its_part(ctx: Context) -> None:
    """"its re-entry capsule", "its landing module", "its instruments", "the orbiter's radar", "Vela's capsule",
    "the capsule of Vela": a part of the craft "its" (or the craft's class noun, told of before, or its name)
    refers to."""
    t = ctx.tree
    for i in range(len(t)):
        tok = t[i]
        if tok.pos != "NOUN" or tok.tag not in ("NN", "NNS") or ctx.table.at(i) is not None:
            continue
        if tok.dep == "compound" and tok.head > i and t[tok.head].pos == "NOUN":
            continue  # "the Vela mission's laser altimeter": the part is the altimeter, "laser" only says which
        # "its re-entry capsule": parsers often hang "its" on a compound of the noun
        poss = [t[k] for k in t.subtree(i) if k < i and t[k].dep == "poss" and t[k].text.lower() in NEUTER]
        # "the orbiter's radar": a craft told of before, by its class noun; "Vela's capsule": a named one
        # (the parser may hang the owner on a compound: "the orbiter's laser altimeter")
        described_owner = [c for k in [i] + [m.i for m in t.children(i, "compound") if m.i < i]
                           for c in t.children(k, "poss") if c.pos == "NOUN" and t.children(c.i, "det")
                           or c.pos == "PROPN"]
        # "the capsule of (the asteroid explorer) Vela": a named craft "of" a carried craft or an instrument
        # ("the spacecraft of the X mission" is the mission's craft, not a part of it)
        named_of = [] if poss or described_owner or not _carried_or_instrument(t, i) else [
            o.i for p in t.children(i, "prep") if p.text.lower() == "of" for o in t.children(p.i, "pobj")
            if (e := ctx.named_child(o.i) or ctx.table.at(o.i)) is not None and isa(ctx, e, *_OWNERS)
            and not t.children(o.i, "conj")]  # "the arms of both Kibo and the ISS": two arms, not one part of both
        if not (poss or described_owner or named_of) or t.children(i, "det") and not named_of:
            continue  # "on its own a lunar orbiter": a misparse
        cls = noun_class(t, i)
        if cls is None or not any(k in ancestors(cls) for k in _PARTS) or ctx.named_child(i) is not None:
            continue  # "Vela's MASCOT lander": a named part (wholes.owned_part)
        owner = _owner(ctx, poss[0].i) if poss else ctx.ref(described_owner[0].i) if described_owner else (
            ctx.named_child(named_of[0]) or ctx.table.at(named_of[0]))
        if owner is not None and not isa(ctx, owner, *_OWNERS):
            continue
        if owner is None:
            continue
        known = set(ctx.table.entities)
        part = described(ctx, i, cls)
        # "its payload" taken for a thing already known (another craft): not a new part
        if part is not None and part.key not in known:
            ctx.add(part, P.partOf, owner, i)


def _carried_or_instrument(t, i: int) -> bool:
    """A craft another carries ("capsule", "lander": CARRIED_CRAFT_NOUNS) or an instrument noun."""
    cls = noun_class(t, i)
    return t.lemma(i) in WORD_CLASSES["CARRIED_CRAFT_NOUNS"] or cls is not None and C.Instrument in ancestors(cls)


def _owner(ctx: Context, i: int) -> Entity | None:
    """The craft "its" at ``i`` stands for: the plain antecedent when it is a craft; when that is
    something no craft could be (an asteroid just named), the nearest craft of this or the last two
    sentences; never when "its" reads as an agent's ("the agency ... its capsule")."""
    plain = ctx.antecedents(i)
    if len(plain) == 1 and isa(ctx, plain[0], *_OWNERS):
        return plain[0]
    if any(isa(ctx, e, C.Agent) for e in plain):
        return None
    near = [e for cls in _OWNERS for e in ctx.recent(i, cls, sentences=_WINDOW)]
    if not near:
        return None
    order = {e.key: n for n, e in enumerate(ctx.before(i))}
    return min(near, key=lambda e: order.get(e.key, len(order)))


#: How many sentences back "the meeting" may look for the verb that told of it.
_EVENT_WINDOW = 3


@rule("dep:verb-antecedent", stage=Stage.MENTIONS, produces=(C.Event,), confidence=0.75,
      after=("dep:event-antecedent",))
def verb_antecedents(ctx: Context) -> None:
    """"A met B in Oslo. C also took part in the meeting": a bare definite event noun ("the meeting",
    "the visit", "the landing") refers back to the latest verb it nominalizes (meet/meeting,
    visit/visit, land/landing) in this or the last sentences, when no earlier noun told of it; the
    event is made on that verb, so the verb's rules and the noun's find the same one."""
    t = ctx.tree
    for tok in t.tokens:
        i = tok.i
        if tok.pos != "NOUN" or tok.tag != "NN" or i in ctx.described or ctx.table.at(i) is not None:
            continue
        kids = t.children(i)
        if not any(c.dep == "det" and c.text.lower() in ("the", "this", "that") for c in kids) or any(
                c.dep in ("prep", "acl", "relcl", "compound", "amod", "poss", "nummod") for c in kids):
            continue
        cls = noun_class(t, i)
        if cls is None or C.Event not in ancestors(cls):
            continue
        noun = t.lemma(i)
        here = t.sentence_index(i)
        for j in range(i - 1, -1, -1):
            if here - t.sentence_index(j) > _EVENT_WINDOW:
                break
            if t[j].pos == "NOUN" and t.lemma(j) == noun:
                break  # an earlier noun: dep:event-antecedent's case
            if t[j].pos != "VERB" or noun not in (t.lemma(j), f"{t.lemma(j)}ing", f"{t.lemma(j)[:-1]}ing"):
                continue
            doers = [e for c in t.children(j, "nsubj", "nsubjpass") for e in ctx.refs(c.i)]
            if not any(isa(ctx, e, C.Agent, C.Spacecraft, C.Mission) for e in doers):
                break  # "will meet the requirements": no one met anyone
            ev = described(ctx, j, cls)
            if ev is not None:
                ctx.described[i] = ev.key
            break
