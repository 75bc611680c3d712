"""What a reader infers from what was read, and what a craft's modifiers say of it.

- "ESA-led mission", "a DLR-built lander": an organization hyphened to a verb of the operate or
  supply class runs or provides the thing the phrase names.
- "Korea's first lunar orbiter", "a Mars lander": a body's adjective or name on a craft noun is the
  craft's target; a craft that orbits or lands on a body targets it.
- "carried out jointly by A, B and C": agents acting together contribute to the craft they act on
  and are partners (a verb rule: any clause with a :data:`JOINT_ADVERBS` word).
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..entities import ancestors
from ..frames import Frame
from ..lexicon import JOINT_ADVERBS, OPERATE_VERBS, PLANET_ADJECTIVES, SUPPLY_VERBS
from ..mentions import noun_class
from ..referents import agents, described, isa, organizations_of, things
from ..registry import Stage, rule

CRAFT = (C.Mission, C.Spacecraft)


def _craft_of(ctx: Context, i: int) -> list[Entity]:
    """The craft a noun phrase headed at ``i`` denotes: a name, or for "this ESA-led mission" the
    latest craft of the noun's class in this sentence or the one before (no new node)."""
    ents = ctx.refs(i)
    if not ents and {c.text.lower() for c in ctx.tree.children(i, "det")} & {"this", "the", "that"}:
        cls = noun_class(ctx.tree, i)
        if cls is not None and isa_class(cls, *CRAFT):
            ents = ctx.recent(i, cls, sentences=1)[:1]
    return [e for e in ents if isa(ctx, e, *CRAFT) and not isa(ctx, e, C.LaunchVehicle)]


def isa_class(cls: str, *classes: str) -> bool:
    return any(c in ancestors(cls) for c in classes)


@rule("dep:hyphened-agent", stage=Stage.PHRASES, triggers=("OPERATE_VERBS", "SUPPLY_VERBS"),
      produces=(P.operatedBy, P.providedBy), confidence=0.8)
def hyphened_agent(ctx: Context) -> None:
    """"this ESA-led mission" (operated by ESA), "a DLR-built lander" (provided by DLR)."""
    t = ctx.tree
    for tok in t.tokens:
        if tok.dep != "amod" or tok.tag != "VBN" or tok.i < 2 or t[tok.i - 1].text not in ("-", "‐", "–"):
            continue
        org = ctx.table.at(tok.i - 2)
        if not isa(ctx, org, C.Organization):
            continue
        lemma = t.lemma(tok.i)
        for thing in _craft_of(ctx, tok.head) or [e for e in [described(ctx, tok.head)] if e is not None]:
            if lemma in OPERATE_VERBS and isa(ctx, thing, C.Mission, C.Spacecraft, C.Facility):
                ctx.add(thing, P.operatedBy, org, tok.i)
            elif lemma in SUPPLY_VERBS and isa(ctx, thing, C.Instrument, C.Spacecraft, C.LaunchVehicle):
                ctx.add(thing, P.providedBy, org, tok.i)


@rule("dep:body-on-craft", stage=Stage.PHRASES, triggers=("PLANET_ADJECTIVES",), produces=(P.target,),
      confidence=0.75)
def body_on_craft(ctx: Context) -> None:
    """"Korea's first lunar orbiter", "the Mars lander InSight": the body a craft noun names is its target."""
    t = ctx.tree
    for tok in t.tokens:
        if tok.dep not in ("amod", "compound") or t[tok.head].pos != "NOUN":
            continue
        planet = PLANET_ADJECTIVES.get(tok.text.lower())
        body = None
        if planet:
            entries = ctx.gaz.lookup(planet)
            body = ctx.table.add_kb(entries[0]) if entries else None
        elif tok.pos == "PROPN":
            body = ctx.table.at(tok.i)
        if body is None or not isa(ctx, body, C.CelestialBody) or body.label == "Earth":
            continue
        for craft in _craft_of(ctx, tok.head):
            ctx.add(craft, P.target, body, tok.i)


@rule("infer:destination-target", stage=Stage.INFERENCE, produces=(P.target,), confidence=0.75,
      after=("frame:orbit", "frame:land-on"))
def destination_target(ctx: Context) -> None:
    """A craft that orbits or lands on a body (other than Earth) targets it."""
    for (s, p, o), r in list(ctx.relations.items()):
        if p not in (P.orbits, P.landedOn):
            continue
        craft, body = ctx.table.entities[s], ctx.table.entities[o]
        if isa(ctx, craft, *CRAFT) and body.label != "Earth":
            ctx.add(craft, P.target, body, _token_of(ctx, r.evidence.start_char))


def _token_of(ctx: Context, char: int) -> int:
    for tok in ctx.tree.tokens:
        if tok.idx >= char:
            return tok.i
    return 0


@rule("frame:jointly", scope="verb", stage=Stage.VERBS, triggers=(), produces=(P.contributesTo, P.partnerOf),
      confidence=0.75)
def jointly(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"Webb is being carried out jointly by CSA, NASA and ESA", "A and B developed X together"."""
    t = ctx.tree
    if not any(t.lemma(c.i) in JOINT_ADVERBS for c in t.children(f.verb, "advmod")):
        return
    parties = organizations_of(ctx, agents(subj, ctx))
    parties = [p for p in parties if isa(ctx, p, C.Organization, C.Country)]
    if not parties:
        return
    for i in f.obj + f.prep("on", "in"):  # "carried out jointly", "work together on the Gateway"
        for craft in things(ctx, i, create=False):
            if isa(ctx, craft, *CRAFT, C.LaunchVehicle):
                for a in parties:
                    ctx.add(a, P.contributesTo, craft, f.verb)
    if len(parties) >= 2:
        ctx.add_partners(parties, f.verb, "frame:jointly", 0.75)
