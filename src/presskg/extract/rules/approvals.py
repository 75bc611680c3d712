"""Agreements a governing body approves: "the EUMETSAT Council approved an agreement with the China Meteorological
Administration", "the Council of the Vela Space Agency approved a framework agreement with CNES", "Also approved
was a fresh agreement with X", "the board approved an arrangement under which cooperation with ESA will continue".

A verb of :data:`APPROVE_VERBS` (lexicon data) whose object (or passive subject) is an agreement, with another party
in a "with" phrase of the agreement's own words (or of the verb), makes the agreement a node that the approver's
body and that party sign, and the two partners. A council or board acts for the body its name holds ("the
EUMETSAT Council", "the Board of [KSA]"); with no approver named ("Also approved was ..."), the council or board
told of in the last sentences. A declaration endorsed is read by :mod:`.declarations`.
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..frames import Frame
from ..lexicon import WORD_CLASSES
from ..referents import agents, isa, organizations_of, things
from ..registry import Stage, rule
from .agreements import signed_by

_DECLARATIONS = frozenset(WORD_CLASSES["DECLARATION_NOUNS"])
#: Nouns of a body's governing council or board ("the Council", "the Executive Board"): lexicon GOVERNING_NOUNS.
_GOVERNING = frozenset(WORD_CLASSES["GOVERNING_NOUNS"])


@rule("frame:approved-agreement", scope="verb", stage=Stage.VERBS, triggers=("APPROVE_VERBS",),
      produces=(P.signatory, P.partnerOf, C.Agreement), confidence=0.7)
def approved_agreement(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"the Council approved an agreement with X": the council's body and X sign it and are partners."""
    t = ctx.tree
    # ("Also approved was a new agreement": the parser makes the agreement the attribute of "was")
    told = f.obj + [a.i for c in t.children(f.verb, "auxpass") for a in t.children(c.i, "attr")]
    heads = [i for i in told if t.lemma(i) not in _DECLARATIONS]
    deals = [e for i in heads for e in things(ctx, i) if isa(ctx, e, C.Agreement)]
    if not deals:
        return
    # the other party: a "with" phrase among the agreement's words ("an arrangement under which cooperation with
    # ESA will continue") or on the verb
    # (or on a participle set after it, "a fresh agreement, running for five years, with X", hung on the verb)
    said = heads + [c.i for a in [f.verb, *(c.i for c in t.children(f.verb, "auxpass"))]
                    for c in t.children(a, "advcl") if t[c.i].tag == "VBG"]
    withs = [o.i for i in said for k in t.subtree(i) if t[k].dep == "prep" and t.lowers[k] == "with"
             for o in t.children(k, "pobj")] + f.prep("with")
    others = [e for e in agents([e for i in withs for k in t.conjuncts(i) for e in things(ctx, k, create=False)], ctx)
              if isa(ctx, e, C.Organization, C.Country)]
    bodies = [b for i in f.subj for b in _governed(ctx, i)] or [
        b for a in agents(subj, ctx) or _council_in_view(ctx, f) for b in _acting_for(ctx, a)]
    parties = [e for e in dict.fromkeys(bodies + others)]
    if not others or not bodies or len(parties) < 2:
        return
    signed_by(ctx, deals, parties, f.verb)
    ctx.add_partners(parties, f.verb, "frame:approved-agreement", 0.7)


def _governed(ctx: Context, i: int) -> list[Entity]:
    """"The board of KSA", "ESA's Council": the body a governing noun's owner names."""
    t = ctx.tree
    if t.lemma(i) not in _GOVERNING:
        return []
    owners = [c.i for c in t.children(i, "poss")] + [o.i for p in t.children(i, "prep") if t.lowers[p.i] == "of"
                                                     for o in t.children(p.i, "pobj")]
    return [e for k in owners for e in things(ctx, k, create=False) if isa(ctx, e, C.Organization, C.Country)]


def _acting_for(ctx: Context, approver: Entity) -> list[Entity]:
    """The body a council or board acts for: an organization its name holds ("the EUMETSAT Council"); none for a
    council whose body is not read ("the Vela Agency Council" alone); any other body itself."""
    if not isa(ctx, approver, C.Organization, C.Country):
        return organizations_of(ctx, [approver])
    inner = [e for e in ctx.table.entities.values() if e is not approver and isa(ctx, e, C.Organization)
             and any(m.start <= n.start and n.end <= m.end and (m.start, m.end) != (n.start, n.end)
                     for m in approver.mentions for n in e.mentions)]
    governing = any(ctx.tree.lemma(ctx.tree.span_head(m.start, m.end)) in _GOVERNING for m in approver.mentions)
    return inner[:1] or ([] if governing else [approver])


def _council_in_view(ctx: Context, f: Frame) -> list[Entity]:
    """"Also approved was a fresh agreement with X": a passive with no agent is the council's or board's just told
    of (in its sentence or the two before), whose name's head is a governing noun."""
    if not f.passive or f.subj:
        return []
    t = ctx.tree
    return [e for e in ctx.recent(f.verb, C.GovernmentBody, sentences=2)
            if any(t.lemma(m.end - 1) in _GOVERNING for m in e.mentions)][:1]
