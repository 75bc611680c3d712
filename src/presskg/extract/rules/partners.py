"""Partners a reader infers from how a partnership is worded, not from a meeting or a signature.

- a partner noun: "X has been a partner of Y", "X, which was among the first partners of Y", "Y and its
  partner X", "Y's long-standing partner X";
- the verb: "X will be partnered by Y and by Z", "X partners with Y";
- a phrase of the verb: "X, acting in close partnership with Y", "made public by X, together with Y and Z",
  "X, in cooperation with Y, built ...".

Only organizations and countries are partners here (people are members, not partners).
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..lexicon import COOPERATION_NOUNS, JOINT_ADVERBS, PARTNER_NOUNS
from ..registry import Stage, rule

_AGENTS = (C.Organization, C.Country)


def _agents(ctx: Context, i: int) -> list[Entity]:
    """The organizations or countries the phrase at ``i`` names, over its coordination."""
    out = []
    for e in ctx.refs(i):
        if e is not None and any(ctx.table.is_a(e, c) for c in _AGENTS):
            out.append(e)
    return out


def _of_owner(ctx: Context, noun: int) -> list[Entity]:
    """"partner of Y", "Y's partner", "its partner": whose partner the noun names."""
    t = ctx.tree
    owners = [e for p in t.children(noun, "prep") if p.text.lower() == "of"
              for o in t.children(p.i, "pobj") for e in _agents(ctx, o.i)]
    for c in t.children(noun, "poss"):
        owners += _agents(ctx, c.i)
    return owners


def _partner_side(ctx: Context, noun: int) -> list[Entity]:
    """Who the partner noun says is the partner: the copula's subject ("X has been a partner of Y", "X
    becomes a partner"), a relative clause's antecedent ("X, which was among the partners of Y"), or the
    name set beside the noun ("its partner NASA")."""
    t = ctx.tree
    tok = t[noun]
    named = [e for c in t.children(noun, "appos", "compound") if c.i > noun or c.dep == "appos"
             for e in _agents(ctx, c.i)]
    if not named and tok.dep == "compound" and tok.head > noun:  # "its partner NASA" parsed as a compound
        named = _agents(ctx, tok.head)
    if named:
        return named
    verb = tok.head
    if tok.dep == "pobj" and t[verb].text.lower() in ("among", "as"):
        verb = t[verb].head
    elif tok.dep not in ("attr", "oprd"):
        return []
    if t.lemma(verb) not in ("be", "become", "remain", "stay", "join", "serve", "act"):
        return []
    subj = [c.i for c in t.children(verb, "nsubj")]
    if t[verb].dep == "relcl" and (not subj or t[subj[0]].pos == "PRON"):
        # "CNRS, which was among the first partners of CNES": the name before ", which" (parsers often
        # hang the clause on an earlier noun)
        k = min(t.subtree(verb)) - 1
        if k > 0 and t[k].text == ",":
            before = [e for e in [ctx.table.at(k - 1)] if e is not None and any(
                ctx.table.is_a(e, c) for c in _AGENTS)]
            if before:
                return before
        return _agents(ctx, t[verb].head)
    return [e for s in subj for e in _agents(ctx, s)]


@rule("dep:partner-noun", stage=Stage.PHRASES, triggers=("PARTNER_NOUNS",), produces=(P.partnerOf,),
      confidence=0.8)
def partner_nouns(ctx: Context) -> None:
    """"X has been a partner of Y", "X, which was among the first partners of Y", "Y and its partner X"."""
    t = ctx.tree
    for tok in t.tokens:
        if tok.pos != "NOUN" or t.lemma(tok.i) not in PARTNER_NOUNS:
            continue
        owners = _of_owner(ctx, tok.i)
        if not owners:
            continue
        for a in _partner_side(ctx, tok.i):
            for b in owners:
                if a.key != b.key:
                    ctx.add(a, P.partnerOf, b, tok.i)


@rule("dep:partnered-with", stage=Stage.PHRASES, triggers=("PARTNER_NOUNS", "COOPERATION_NOUNS", "JOINT_ADVERBS"),
      produces=(P.partnerOf,), confidence=0.75)
def partnered_with(ctx: Context) -> None:
    """"X will be partnered by Y and by Z", "X partners with Y", "X, acting in close partnership with Y",
    "made public by X, together with Y and Z", "X leads the mission in partnership with Y": the verb's doer
    and the others are partners."""
    t = ctx.tree
    for tok in t.tokens:
        if tok.pos != "VERB":
            continue
        doers = _doers(ctx, tok.i)
        if not doers:
            continue
        others: list[Entity] = []
        if t.lemma(tok.i) in PARTNER_NOUNS:  # the verb "partner": "partnered by Y", "partners with Y"
            for p in _phrases(ctx, tok.i, ("by", "with")):
                others += [e for o in t.children(p, "pobj") for e in _agents(ctx, o.i)]
            if any(c.dep == "nsubjpass" for c in t.children(tok.i)):
                doers = [e for c in t.children(tok.i, "nsubjpass") for e in _agents(ctx, c.i)]
        for p in _phrases(ctx, tok.i, ("with",)):
            if any(t.lemma(c.i) in JOINT_ADVERBS for c in t.children(p, "advmod")):
                others += [e for o in t.children(p, "pobj") for e in _agents(ctx, o.i)]
        # "in (close) partnership with Y"; the parser often hangs it on the object ("leads the mission in
        # partnership with Y"), yet a mission is not in partnership: the doer is
        objects = [c.i for c in t.children(tok.i, "dobj")]
        for p in _phrases(ctx, tok.i, ("in",)) + [c.i for o in objects for c in t.children(o, "prep")
                                                  if c.text.lower() == "in"]:
            for o in t.children(p, "pobj"):
                if t.lemma(o.i) in COOPERATION_NOUNS:
                    others += [e for w in t.children(o.i, "prep") if w.text.lower() == "with"
                               for oo in t.children(w.i, "pobj") for e in _agents(ctx, oo.i)]
        for a in doers:
            for b in others:
                if a.key != b.key:
                    ctx.add(a, P.partnerOf, b, tok.i)


def _phrases(ctx: Context, v: int, preps: tuple[str, ...]) -> list[int]:
    """Prepositions of verb ``v`` (and their coordinated repeats: "by Y and by Z")."""
    t = ctx.tree
    out = []
    for c in t.children(v, "prep", "agent"):
        if c.text.lower() in preps:
            out += [j for j in t.conjuncts(c.i) if t[j].text.lower() in preps]
    return out


def _doers(ctx: Context, v: int) -> list[Entity]:
    """Who does verb ``v``: its subject, the agent of a passive ("made public by X"), or the name a
    participle modifies ("X, acting in partnership with Y")."""
    t = ctx.tree
    for c in t.children(v, "nsubj"):
        found = _agents(ctx, c.i)
        if found:
            return found
    for c in t.children(v, "agent"):
        found = [e for o in t.children(c.i, "pobj") for e in _agents(ctx, o.i)]
        if found:
            return found
    if t[v].dep == "acl" and t[v].head != v:
        return _agents(ctx, t[v].head)
    return []
