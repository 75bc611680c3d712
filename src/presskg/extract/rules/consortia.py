"""A consortium's leader and members, and what it builds: "a consortium led by Helvor Aerospace, with Brastek
and Nordlys Systems, will build the Korvin-2 satellite", "Helvor Aerospace leads a consortium that includes
Brastek and Nordlys Systems to build X".

A consortium noun (lexicon ``CONSORTIUM_NOUNS``: consortium, team) with a leader (the agent of "led by", the subject of
"leads", lexicon ``OPERATE_VERBS``) and members ("with A and B" on the leader or the participle, or the
object of "includes" / "comprises", lexicon ``LISTING_VERBS``): the members work with the leader
(``partnerOf``), and when the consortium builds a craft or a mission (a verb of ``SUPPLY_VERBS`` whose
subject is the consortium, or its infinitive "to build X"), each member contributes to it, and so does the
leader unless the supply rules made it the provider (frame:supply reads "led by" as the builder's). With no
leader named ("the X consortium comprises A, B and C"), the members are partners of each other.
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..lexicon import OPERATE_VERBS, RELATIVE, SUPPLY_VERBS, WORD_CLASSES
from ..referents import agents, isa, things
from ..registry import Stage, rule

CONSORTIUM_NOUNS = WORD_CLASSES["CONSORTIUM_NOUNS"]
LISTING_VERBS = WORD_CLASSES["LISTING_VERBS"]
WORKER_NOUNS = WORD_CLASSES["WORKER_NOUNS"]


def _bodies(ctx: Context, tokens: list[int]) -> list[Entity]:
    t = ctx.tree
    found = [e for i in tokens for j in t.conjuncts(i) for e in ctx.refs(j)]
    # a list the parser took for one name's modifiers: "with Brastek and Nordlys Systems"
    found += [e for i in tokens for c in t.children(i, "nmod", "compound") if any(
        t.lowers[k] == "and" for k in range(c.i, i)) for e in ctx.refs(c.i)]
    return [e for e in agents(found, ctx) if isa(ctx, e, C.Organization)]


def _with(ctx: Context, i: int) -> list[int]:
    t = ctx.tree
    return [o.i for p in t.children(i, "prep") if p.text.lower() == "with" for o in t.children(p.i, "pobj")]


def _including(ctx: Context, i: int) -> list[int]:
    """"..., including A and B": a listing verb's participle the parser hung as a preposition."""
    t = ctx.tree
    return [o.i for p in t.children(i, "prep") if t.lemma(p.i) in LISTING_VERBS for o in t.children(p.i, "pobj")]


def _sides(ctx: Context, k: int) -> tuple[list[Entity], list[Entity]]:
    """The leaders and the members of the consortium noun ``k``."""
    t = ctx.tree
    tok = t[k]
    leaders: list[int] = []
    members: list[int] = []
    for v in t.children(k, "acl", "relcl"):  # "a consortium led by X, with A and B", "which is led by X"
        if t.lemma(v.i) in OPERATE_VERBS:
            by = [o.i for a in t.children(v.i, "agent") for o in t.children(a.i, "pobj")]
            leaders += by
            members += _with(ctx, v.i) + [m for b in by for m in _with(ctx, b) + _including(ctx, b)] \
                + _including(ctx, v.i)  # ("led by X, including A and B": the parser hangs it on X)
    if tok.dep in ("dobj", "obj") and t.lemma(tok.head) in OPERATE_VERBS:  # "X leads a consortium"
        leaders += [c.i for c in t.children(tok.head, "nsubj")]
    members += _with(ctx, k) + _including(ctx, k)
    if tok.dep == "nsubj" and t.lemma(tok.head) in LISTING_VERBS:  # "the X consortium comprises A, B and C"
        members += [o.i for o in t.children(tok.head, "dobj", "obj")]
    # "a consortium that includes A and B", "a team comprising A and B", "which is led by X and includes A"
    for r in [r for c in t.children(k, "relcl", "acl") for r in (c, *t.children(c.i, "conj"))]:
        if t.lemma(r.i) in LISTING_VERBS:
            members += [o.i for o in t.children(r.i, "dobj", "obj")]
    # "the rover's team includes researchers from A and from B": the bodies the people of a craft's team come from
    # (not of any team: "the research team included scientists from A and B" tells of no partnership)
    members += [o.i for m in list(members) for j in t.conjuncts(m) if t.lemma(j) in WORKER_NOUNS
                for p in t.children(j, "prep") for q in (p, *t.children(p.i, "conj"))
                if q.text.lower() in ("from", "at", "of") for o in t.children(q.i, "pobj")] if _team_of(ctx, k) else []
    lead = _bodies(ctx, leaders)
    return lead, [e for e in _bodies(ctx, members) if e not in lead]


def _team_of(ctx: Context, k: int) -> list[Entity]:
    """"the rover's science team", "the science team of the Tessera mission": the craft a team works on."""
    t = ctx.tree
    owners = [c.i for c in t.children(k, "poss")] + [o.i for p in t.children(k, "prep") if p.text.lower() == "of"
                                                     for o in t.children(p.i, "pobj")]
    # "the Meridian consortium", "the Vela science team": a craft's name in front (through a field noun)
    owners += [c.i for c in t.children(k, "compound", "amod", "nmod") if t[c.i].text[:1].isupper()] + [
        g.i for c in t.children(k, "compound") if t[c.i].pos == "NOUN" for g in t.children(c.i, "compound")
        if t[g.i].pos == "PROPN"]
    return [e for i in owners for e in things(ctx, i, create=False) if isa(ctx, e, C.Mission, C.Spacecraft)]


def _work(ctx: Context, k: int) -> list[Entity]:
    """What the consortium builds: the object of its supply verb, or of an infinitive on it or its verb."""
    t = ctx.tree
    tok = t[k]
    crafts = _team_of(ctx, k)
    if crafts:
        return crafts
    verbs = [tok.head] if tok.dep == "nsubj" else []
    if tok.dep == "pobj" and t[tok.head].dep == "agent":  # "X will be built by a consortium led by ..."
        v = t[tok.head].head
        if t.lemma(v) in SUPPLY_VERBS:  # ("the lander, which will be built by ...": the relative's antecedent)
            made = [t[v].head if c.text.lower() in RELATIVE and t[v].dep == "relcl" else c.i
                    for c in t.children(v, "nsubjpass")]
            return [e for i in made for j in t.conjuncts(i)
                    for e in things(ctx, j, create=False) if isa(ctx, e, C.Mission, C.Spacecraft, C.LaunchVehicle)]
    verbs += [v.i for h in (k, tok.head) for v in t.children(h, "acl", "relcl", "advcl", "xcomp")
              if v.tag == "VB"]
    # "a consortium led by X to build Y": the infinitive hung on the participle
    verbs += [v.i for a in t.children(k, "acl", "relcl") for v in t.children(a.i, "advcl", "xcomp") if v.tag == "VB"]
    objs = [o.i for v in verbs if t.lemma(v) in SUPPLY_VERBS for o in t.children(v, "dobj", "obj")]
    return [e for i in objs for j in t.conjuncts(i) for e in things(ctx, j, create=False)
            if isa(ctx, e, C.Mission, C.Spacecraft, C.LaunchVehicle)]


def _told_before(ctx: Context, k: int) -> int | None:
    """The consortium noun of the sentence or the two before that the definite one at ``k`` ("the consortium
    includes A and B") takes back: the latest with the same word."""
    t = ctx.tree
    if not any(c.dep == "det" and c.text.lower() == "the" for c in t.children(k)):
        return None
    first = t.parse.sentences[max(0, t.sentence_index(k) - 2)].start
    return next((j for j in range(k - 1, first - 1, -1) if t.lemma(j) == t.lemma(k) and t[j].pos == "NOUN"), None)


@rule("dep:consortium-members", stage=Stage.PHRASES, triggers=("CONSORTIUM_NOUNS", "OPERATE_VERBS", "LISTING_VERBS"),
      produces=(P.partnerOf, P.contributesTo), confidence=0.7)
def consortium_members(ctx: Context) -> None:
    """"a consortium led by X, with A and B, will build Y": A and B partners of X, contributing to Y."""
    t = ctx.tree
    for tok in t.tokens:
        if tok.pos != "NOUN" or t.lemma(tok.i) not in CONSORTIUM_NOUNS:
            continue
        leaders, members = _sides(ctx, tok.i)
        work = _work(ctx, tok.i)
        if not leaders and members and (before := _told_before(ctx, tok.i)) is not None:
            leaders = [e for e in _sides(ctx, before)[0] if e not in members]  # "a consortium led by X to build
            work = work or _work(ctx, before)  # Y ... The consortium includes A and B": X's, working on Y
        # "the X consortium comprises A, B and C": the members work together; "the rover's team includes
        # researchers from A": a craft's team, one member or more, works on it
        if not leaders and (len(members) >= 2 or members and _team_of(ctx, tok.i)):
            ctx.add_partners(members, tok.i, "dep:consortium-members", 0.7)
            for m in members:
                for w in _work(ctx, tok.i):
                    ctx.add(m, P.contributesTo, w, tok.i)
        if not leaders or not members:
            continue
        for m in members:
            for lead in leaders:
                ctx.add(m, P.partnerOf, lead, tok.i)
            for w in work:
                ctx.add(m, P.contributesTo, w, tok.i)
        for lead in leaders:  # "the Orbivex consortium, led by X, will build Y": the consortium provides Y, X
            for w in work:  # takes part in it as the members do (unless the supply rules made X the provider)
                if lead not in ctx.objects(w, P.providedBy):
                    ctx.add(lead, P.contributesTo, w, tok.i)
