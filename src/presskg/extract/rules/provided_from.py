"""A built thing "from" an organization: its provider.

"The cargo includes a plant growth experiment from the University of Leeds", "among the payloads is a camera
from Tamura Optics": a noun of a built class (an instrument, a craft, a launcher; lexicon ``HEAD_CLASSES``) with
an ``ORIGIN_PREPOSITIONS`` phrase that names an organization is a thing that organization provides, whatever
verb holds the noun (``frame:carried`` reads only a carrying verb's object). A country it comes "from" is a
state's contribution (``infer:part-from-country``); a place or a body of the sky provides nothing ("samples from
the Moon"); a mission is flown, not made ("a mission from ESA" is ``operatedBy`` at most). A noun a name
modifies ("ordered the Kelpra-3 satellite from X") is the named thing's, not a second, unnamed one. A thing whose
control or operations pass "from" a body ("took over control of the satellite from ESA", lexicon
``OPERATIONS_NOUNS``) names its former operator, no maker.
"""

from __future__ import annotations

from ...vocab import Class as C
from ...vocab import Prop as P
from ..candidates import noun_class
from ..classes import ancestors
from ..context import Context
from ..lexicon import WORD_CLASSES
from ..referents import described, things
from ..registry import Stage, rule

_BUILT = (C.Instrument, C.Spacecraft, C.LaunchVehicle)
_FROM = frozenset(WORD_CLASSES["ORIGIN_PREPOSITIONS"])
_OPERATIONS = frozenset(WORD_CLASSES["OPERATIONS_NOUNS"])


@rule("dep:built-thing-from-org", stage=Stage.PHRASES,
      triggers=("ORIGIN_PREPOSITIONS", "HEAD_CLASSES", "OPERATIONS_NOUNS"),
      produces=(P.providedBy,), confidence=0.7)
def built_thing_from_org(ctx: Context) -> None:
    t = ctx.tree
    for p in t.tokens:
        if p.text.lower() not in _FROM or p.dep != "prep" or t[p.head].pos != "NOUN" or ctx.table.at(p.head):
            continue
        cls = noun_class(t, p.head)
        if cls is None or C.Mission in ancestors(cls) or not any(b in ancestors(cls) for b in _BUILT):
            continue
        of = t[p.head].head  # "control of [the satellite] from ESA": who ran it before
        if t[p.head].dep == "pobj" and t.lowers[of] == "of" and t.lowers[t[of].head] in _OPERATIONS:
            continue
        orgs = [e for o in t.children(p.i, "pobj") for k in ctx.table.conjuncts(o.i)
                if (e := ctx.table.at(k)) is not None and ctx.table.is_a(e, C.Organization)]
        if not orgs:
            continue
        # "ordered the Kelpra-3 satellite from X": the noun a name modifies is that name's thing, no new one
        named = [e for e in things(ctx, p.head, create=False) if e.named and any(ctx.table.is_a(e, b) for b in _BUILT)]
        for thing in named or [described(ctx, p.head, cls)]:
            if thing is None:
                continue
            for org in orgs:
                ctx.add(thing, P.providedBy, org, p.i)
