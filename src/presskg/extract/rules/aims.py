"""A craft's target read from what it is for, and from what happens to it at a body.

- "Vela, whose goal is to gather samples from the asteroid Lyra", "the aim of Zephyr is to map Venus",
  "Kestrel is a mission designed to observe the impact of the Nova probe on Lyra": a studying or sampling
  clause (:data:`STUDY_VERBS`, :data:`RETURN_VERBS`) whose subject is no craft, reached from a purpose
  noun (:data:`PURPOSE_NOUNS`: goal, aim, objective) said of a craft, or from a participle hung on a craft
  ("designed to", "built to"), names the craft's targets;
- "the impact of the Nova probe on Lyra", "Zephyr's arrival at Jupiter", "the landing of Vela on Venus",
  "Zephyr's orbit insertion around Venus": an :data:`ENCOUNTER_NOUNS` noun whose "of" or possessor is a
  craft and whose "on"/"at"/"with"/"around" phrase is a body.

Earth is never a target (craft come home to it).
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..frames import Frame
from ..lexicon import WORD_CLASSES
from ..referents import isa
from ..registry import Stage, rule

PURPOSE_NOUNS = WORD_CLASSES["PURPOSE_NOUNS"]
ENCOUNTER_NOUNS = WORD_CLASSES["ENCOUNTER_NOUNS"]
RETURN_VERBS = WORD_CLASSES["RETURN_VERBS"]
_CRAFT = (C.Mission, C.Spacecraft)


def _craft(ctx: Context, e: Entity) -> bool:
    return isa(ctx, e, *_CRAFT) and not isa(ctx, e, C.LaunchVehicle, C.Instrument)


def _body(ctx: Context, e: Entity | None) -> bool:
    return e is not None and isa(ctx, e, C.CelestialBody) and e.label != "Earth"


def _named(ctx: Context, i: int) -> list[Entity]:
    """The crafts the phrase at ``i`` names: itself, the antecedent of "whose", the name it is set beside
    ("Vela, a mission ..."), or the subject of the copula it is the attribute of ("Vela is a mission ...")."""
    t = ctx.tree
    tok = t[i]
    if tok.text.lower() == "whose" or tok.tag == "WP$":
        verb = next((a.i for a in t.ancestors(i) if a.dep == "relcl"), None)
        return _named(ctx, t[verb].head) if verb is not None else []
    found = [e for e in ctx.refs(i) if _craft(ctx, e)]
    if found:
        return found
    if tok.dep == "appos":
        return [e for e in ctx.refs(tok.head) if _craft(ctx, e)]
    if tok.dep == "attr":
        return [e for c in t.children(tok.head, "nsubj") for e in ctx.refs(c.i) if _craft(ctx, e)]
    return []


def _purpose_holder(ctx: Context, f: Frame) -> list[Entity]:
    """The craft whose purpose the clause of ``f`` states, or none."""
    t = ctx.tree
    tok = t[f.verb]
    if tok.dep == "conj":  # "to gather samples ... and bring them back": the first verb's purpose
        tok = t[tok.head]
    if tok.dep != "xcomp":
        return []
    gov = t[tok.head]
    if gov.dep == "acl" and gov.tag == "VBN":  # "a mission designed to observe ..."
        return _named(ctx, gov.head)
    nouns = [c.i for c in t.children(gov.i, "nsubj") if t.lemma(c.i) in PURPOSE_NOUNS]
    for n in nouns:  # "whose goal is to", "its aim is to", "the objective of Vela is to"
        owners = [c.i for c in t.children(n, "poss")]
        owners += [o.i for p in t.children(n, "prep") if p.text.lower() == "of" for o in t.children(p.i, "pobj")]
        found = [e for j in owners for e in _named(ctx, j)]
        if not found and any(t[j].text.lower() in ("its", "their") for j in owners):
            found = [e for e in ctx.refs(owners[0]) if _craft(ctx, e)]
        if found:
            return found
    return []


@rule("frame:purpose-target", scope="verb", stage=Stage.VERBS, triggers=("STUDY_VERBS", "RETURN_VERBS"),
      produces=(P.target,), confidence=0.7)
def purpose_target(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"Vela, whose goal is to gather samples from Lyra", "a mission designed to observe ... on Lyra"."""
    crafts = _purpose_holder(ctx, f)
    if not crafts and f.lemma in RETURN_VERBS and f.prep("from"):  # "Vela will gather samples from Lyra"
        crafts = [e for e in subj if _craft(ctx, e)]
    if not crafts:
        return
    t = ctx.tree
    bodies: list[Entity] = []
    npadvmod = [c.i for c in t.children(f.verb, "npadvmod")]  # "from the asteroid Ryugu" parsed apart
    for i in f.obj + f.prep("on", "to", "at", "around", "of", "from") + npadvmod:
        for j in t.subtree(i)[:40]:
            e = ctx.ref(j) if t[j].pos in ("NOUN", "PROPN") else None
            if _body(ctx, e) and e not in bodies:
                bodies.append(e)
    for c in crafts:
        for b in bodies[:2]:
            ctx.add(c, P.target, b, f.verb)


@rule("dep:encounter-noun", stage=Stage.PHRASES, triggers=("ENCOUNTER_NOUNS",), produces=(P.target,),
      confidence=0.7)
def encounter_noun(ctx: Context) -> None:
    """"the impact of the Nova probe on Lyra", "Zephyr's arrival at Jupiter", "its orbit insertion around Venus"."""
    t = ctx.tree
    for tok in t.tokens:
        if tok.pos != "NOUN" or t.lemma(tok.i) not in ENCOUNTER_NOUNS:
            continue
        crafts = [e for c in t.children(tok.i, "poss") for e in ctx.refs(c.i) if _craft(ctx, e)]
        crafts += [e for p in t.children(tok.i, "prep") if p.text.lower() == "of"
                   for o in t.children(p.i, "pobj") for e in ctx.refs(o.i) if _craft(ctx, e)]
        preps = [p for p in t.children(tok.i, "prep") if p.text.lower() in ("on", "at", "with", "onto", "around")]
        for o in list(t.children(tok.i, "prep")):  # "the impact of X on Y": the parser may hang "on" on X
            if o.text.lower() == "of":
                preps += [p for q in t.children(o.i, "pobj") for p in t.children(q.i, "prep")
                          if p.text.lower() in ("on", "at", "with", "onto", "around")]
        bodies = [e for p in preps for o in t.children(p.i, "pobj") for e in ctx.refs(o.i) if _body(ctx, e)]
        for c in crafts:
            for b in bodies[:1]:
                ctx.add(c, P.target, b, tok.i)
