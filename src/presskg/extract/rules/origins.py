"""Where things and agents come from.

- A part that comes from a body: "The camera comes from DLR", "a plasma probe, Skadi, comes from the
  University of Bergen": the body it comes from is its provider, as "provided by" would say. An
  ``ORIGIN_VERBS`` clause (lexicon) whose subject is a thing that is built (an instrument, a craft, a
  launcher) and whose "from" phrase names an organization. A place or a country it comes from ("samples
  that come from the Moon", "the rocket came from French Guiana") provides nothing.
- A part "from" a country ("six payloads from Egypt, Bahrain and Thailand", "a camera from Italy") is that
  state's contribution to the craft that carries it: the contract's providers are agents, and a country
  acting as a state contributes (``infer:part-from-country``).
- A named agent, by the noun set beside its name: "Tartu Robotics, a start-up from Estonia", "Clara
  Benedek, a test pilot from Hungary". An apposition of a company, a person or any agent, whose own "from"
  phrase names a country, gives that country to the agent (``pk:country``): a reader takes "a firm from
  Estonia" for an Estonian firm. A city ("a start-up from Tartu") says nothing of the country, nor does a
  "from" hung on a verb ("X came from Estonia").
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

_BUILT = (C.Instrument, C.Spacecraft, C.LaunchVehicle)
#: A craft carrying a part (lexicon verbs.toml).
CARRY_VERBS = WORD_CLASSES["CARRY_VERBS"]


@rule("frame:comes-from", scope="verb", stage=Stage.VERBS, triggers=("ORIGIN_VERBS",),
      produces=(P.providedBy,), confidence=0.8)
def comes_from(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"The Lumen camera comes from DLR": DLR provides the camera."""
    parts = [e for e in subj if isa(ctx, e, *_BUILT)]
    if not parts:
        return
    sources = [e for i in f.prep("from") for e in things(ctx, i, create=False) if isa(ctx, e, C.Organization)]
    for part in parts:
        for source in sources:
            ctx.add(part, P.providedBy, source, f.verb)


@rule("infer:part-from-country", stage=Stage.INFERENCE, produces=(P.contributesTo,), confidence=0.7)
def part_from_country(ctx: Context) -> None:
    """"The Tessa satellite carries payloads from Egypt and Thailand": both contribute to Tessa."""
    t = ctx.tree
    for part in list(ctx.table.entities.values()):
        if not isa(ctx, part, *_BUILT) or isa(ctx, part, C.Mission):
            continue
        wholes = [w for w in ctx.objects(part, P.partOf) if isa(ctx, w, C.Mission, C.Spacecraft)]
        for m in part.mentions if wholes else ():
            head = t.span_head(m.start, m.end)
            preps = t.children(head, "prep")
            if t[head].dep == "dobj" and t.lemma(t[head].head) in CARRY_VERBS:  # "carries two cameras from
                preps = [*preps, *t.children(t[head].head, "prep")]  # Norway": the parser hangs it on the verb
            for p in preps:
                if p.text.lower() != "from":
                    continue
                for o in t.children(p.i, "pobj"):
                    for country in (e for e in ctx.refs(o.i) if C.Country in e.classes):
                        for w in wholes:
                            ctx.add(country, P.contributesTo, w, p.i)


@rule("dep:apposed-origin", stage=Stage.PHRASES, triggers=("HEAD_CLASSES",), produces=(P.country,), confidence=0.75)
def apposed_origin(ctx: Context) -> None:
    """"X, a start-up from Estonia": X's country is Estonia."""
    t = ctx.tree
    for p in t.tokens:
        if p.text.lower() != "from" or p.dep != "prep" or t[p.head].pos != "NOUN" or ctx.table.at(p.head):
            continue
        noun = t[p.head]
        countries = [e for o in t.children(p.i, "pobj") for k in ctx.table.conjuncts(o.i)[:1]
                     if (e := ctx.table.at(k)) is not None and C.Country in e.classes]
        if not countries:
            continue
        named = [noun.head] if noun.dep == "appos" else []  # "X, a firm from Y"
        named += [c.i for c in t.children(noun.i, "appos")]  # "a firm from Y, X"
        agents = [e for i in named if (e := ctx.table.at(i)) is not None and isa(ctx, e, C.Organization, C.Person)]
        for a in agents:
            for c in countries:
                ctx.add(a, P.country, c, p.i)
