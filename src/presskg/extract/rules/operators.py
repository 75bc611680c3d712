"""Who runs a mission or craft, read from the agency named in front of it."""

from __future__ import annotations

from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..lexicon import OPERATOR_CLASSES
from ..referents import described, isa
from ..registry import Stage, rule


@rule("dep:operator-modifier", stage=Stage.PHRASES, triggers=("OPERATOR_CLASSES",),
      produces=(P.operatedBy,), confidence=0.75)
def operator_modifiers(ctx: Context) -> None:
    """"the NASA InSight mission", "the ESA Juice spacecraft", "a JAXA satellite", "Lyra is an ESA mission": the
    agency in front runs it."""
    t = ctx.tree
    for tok in t.tokens:
        if tok.dep not in ("compound", "nmod") or tok.head == tok.i or tok.i in t.gapped:  # gapped: a subject
            continue
        org = ctx.table.at(tok.i)
        if org is None or not any(ctx.table.is_a(org, c) for c in OPERATOR_CLASSES):
            continue
        chain, h = [tok.head], tok.head  # up the chain of compounds to the phrase's head noun
        while t[h].dep == "compound" and t[h].head != h and len(chain) < 4:
            h = t[h].head
            chain.append(h)
        v = t[h].head
        named = [e for c in t.children(v, "nsubj", "nsubjpass") for e in ctx.refs(c.i)] \
            if t[h].dep == "attr" and t.lemma(v) in ("be", "become", "remain") and not ctx.refs(h) else []
        inside = {k for m in org.mentions if m.start <= tok.i < m.end for k in range(m.start, m.end)}
        for j in chain:
            if j in inside:
                continue  # ("the Max Planck Institute": a craft's name inside the body's is no craft it runs)
            # "Lyra is an ESA mission": the copula's named subject is the mission
            others = ctx.owned_apart(j)  # "the NASA/ESA Webb telescope and ESA's Euclid": Euclid is not NASA's
            crafts = [e for e in ctx.refs(j) if e.key not in others] or (named if j == h else []) or [
                e for e in [described(ctx, j)] if e is not None and j == h]
            for craft in crafts:
                if craft.key != org.key and isa(ctx, craft, C.Mission, C.Spacecraft):
                    ctx.add(craft, P.operatedBy, org, tok.i)
