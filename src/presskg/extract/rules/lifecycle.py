"""Who decides a mission's life: "CNES has extended the Aldora mission until 2029", "JAXA decommissioned the Sela
satellite", "the Vela mission was extended by ESA", "ESA extended the operations of the Vela satellite".

Extending a mission, ending it or switching a craft off (lexicon ``LIFECYCLE_VERBS``), or declaring a craft in service
("EUMETSAT has declared the Metop-SG A1 satellite operational", ``DECLARE_VERBS``), is the operator's decision:
a body that does so to a mission or craft runs it (``operatedBy``). What it acts on may be told through the
craft's operations ("the operations of Vela", lexicon ``OPERATIONS_NOUNS``). People who do it ("controllers
switched it off") name no operator; a body of an agency ("ESA's Science Programme Committee") decides for the
agency, which is the operator; a contract or an agreement extended is no craft (``SIGN_VERBS`` reads it).

The same decisions told by a noun ("CNES approved the extension of the Aldora mission", "the decommissioning of
Sela by JAXA", lexicon ``LIFECYCLE_NOUNS``) name the operator in the noun's "by" phrase or as the subject of a
deciding verb (``LIFECYCLE_DECIDING_VERBS``): who welcomes or reports an end decides nothing.
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..frames import Frame
from ..lexicon import WORD_CLASSES
from ..referents import isa, things
from ..registry import Stage, rule

#: "the operations of X", "the exploitation of X": the craft is what the verb acts on (lexicon data).
OPERATIONS_NOUNS = WORD_CLASSES["OPERATIONS_NOUNS"]
#: "the Aldora mission", "the mission of X": a mission noun is the craft's mission, not a second thing.
_OF_NOUNS = OPERATIONS_NOUNS | {"mission", "life", "lifetime"}


def _acted_on(ctx: Context, i: int) -> list[Entity]:
    """Missions and craft the object at ``i`` names, directly or through "the operations/mission of X"."""
    t = ctx.tree
    found = [e for e in things(ctx, i, create=False) if isa(ctx, e, C.Mission, C.Spacecraft)
             and not isa(ctx, e, C.LaunchVehicle, C.Instrument)]
    if found or t.lemma(i) not in _OF_NOUNS:
        return found
    return [e for p in t.children(i, "prep") if p.text.lower() == "of" for o in t.children(p.i, "pobj")
            for e in things(ctx, o.i, create=False) if isa(ctx, e, C.Mission, C.Spacecraft)
            and not isa(ctx, e, C.LaunchVehicle, C.Instrument)]


@rule("frame:lifecycle-operator", scope="verb", stage=Stage.VERBS, triggers=("LIFECYCLE_VERBS",),
      produces=(P.operatedBy,), confidence=0.75)
def lifecycle_operator(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"CNES has extended the Aldora mission", "JAXA decommissioned the Sela satellite", "the Vela mission was
    extended by ESA": the body that extends or ends a mission (the subject, or the passive's agent) operates it."""
    orgs = [e for e in subj if isa(ctx, e, C.Organization) and not isa(ctx, e, C.Person)]
    # "extended by ESA's Science Programme Committee": a body of an agency decides for the agency, which runs it
    owners = [e for i in f.subj for c in ctx.tree.children(i, "poss") for e in ctx.refs(c.i)
              if isa(ctx, e, C.Organization)]
    orgs = owners or orgs
    if not orgs:
        return
    for i in f.obj:
        for craft in _acted_on(ctx, i):
            for org in orgs:
                if craft.key != org.key:
                    ctx.add(craft, P.operatedBy, org, f.verb)


LIFECYCLE_NOUNS = WORD_CLASSES["LIFECYCLE_NOUNS"]
#: Verbs whose subject takes the decision the noun names ("approved the extension"; not "welcomed the end").
DECIDING = frozenset(WORD_CLASSES["LIFECYCLE_DECIDING_VERBS"])


def _deciders(ctx: Context, i: int) -> list[Entity]:
    """Bodies that take the decision the noun at ``i`` names: its "by" phrase, or the subject of the clause it is
    the object of ("CNES approved the extension"), a body of an agency standing for the agency."""
    t = ctx.tree
    heads = [o.i for p in t.children(i, "prep") if p.text.lower() == "by" for o in t.children(p.i, "pobj")]
    f = ctx.frames.get(t[i].head) if t[i].dep in ("dobj", "obj") and t.lemma(t[i].head) in DECIDING else None
    if not heads and f is not None:
        heads = list(f.subj)
    owners = [e for k in heads for c in t.children(k, "poss") for e in ctx.refs(c.i) if isa(ctx, e, C.Organization)]
    return owners or [e for k in heads for e in things(ctx, k, create=False)
                      if isa(ctx, e, C.Organization) and not isa(ctx, e, C.Person)]


@rule("dep:lifecycle-noun", stage=Stage.PHRASES, triggers=("LIFECYCLE_NOUNS",), produces=(P.operatedBy,),
      confidence=0.7)
def lifecycle_noun(ctx: Context) -> None:
    """"CNES approved the extension of the Aldora mission", "ESA's Science Programme Committee has confirmed the
    extension of the Vela mission", "the decommissioning of the Sela satellite by JAXA": the body that decides a
    mission's extension or end operates the mission."""
    t = ctx.tree
    for tok in t.tokens:
        if tok.pos != "NOUN" or t.lemma(tok.i) not in LIFECYCLE_NOUNS:
            continue
        crafts = [e for p in t.children(tok.i, "prep") if p.text.lower() == "of" for o in t.children(p.i, "pobj")
                  for e in _acted_on(ctx, o.i)]
        if not crafts:
            continue
        for org in _deciders(ctx, tok.i):
            for craft in crafts:
                if craft.key != org.key:
                    ctx.add(craft, P.operatedBy, org, tok.i)


_STATES = frozenset(WORD_CLASSES["SERVICE_STATE_WORDS"])


@rule("frame:declared-operational", scope="verb", stage=Stage.VERBS, triggers=("DECLARE_VERBS",),
      produces=(P.operatedBy,), confidence=0.75)
def declared_operational(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"EUMETSAT has declared the Metop-SG A1 satellite operational", "X was declared operational by ESA": the body
    that declares a craft in service runs it. The parser reads the state word as a noun, an adjective or a clause of
    its own: the craft and the state are read anywhere in the clause past its subject."""
    t = ctx.tree
    agents = subj or [e for i in f.prep("by") for e in things(ctx, i, create=False)] if f.passive else subj
    orgs = [e for e in agents if isa(ctx, e, C.Organization) and not isa(ctx, e, C.Person)]  # ("by" read as a prep)
    said = [k for k in t.subtree(f.verb) if (k > f.verb or f.passive and any(k in t.subtree(o) for o in f.obj))
            and not any(k in t.subtree(s) for s in f.subj)]
    if not orgs or not any(t.lowers[k] in _STATES for k in said):
        return
    craft = {e.key: e for k in said if (e := ctx.table.at(k)) is not None and isa(ctx, e, C.Mission, C.Spacecraft)
             and not isa(ctx, e, C.LaunchVehicle, C.Instrument)}
    for c in craft.values():
        for org in orgs:
            if c.key != org.key:
                ctx.add(c, P.operatedBy, org, f.verb)
