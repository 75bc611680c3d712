"""Texts of a common position that parties issue or endorse rather than sign: "A, B and C issued a joint
statement", "NASA and JAXA adopted a joint declaration on lunar exploration", "the declaration was endorsed by
D and E", "Italy also endorsed the declaration".

An object (or, in the passive, a subject) headed by a :data:`DECLARATION_NOUNS` word of a clause whose verb is
in :data:`ISSUE_VERBS` has the clause's agents as signatories, and agents who issue one together are partners.
One body's "statement" is a press statement, no agreement ("ESA issued a statement on the failure"): a
statement is one only when it is joint ("a joint statement"), issued by two agents at least, or told of before
as an agreement ("the declaration", endorsed afterwards by a single party).
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..frames import Frame
from ..lexicon import WORD_CLASSES
from ..referents import agents, isa, things
from ..registry import Stage, rule
from .agreements import parties_of, signed_by
from .encounters import sideline_events

DECLARATION_NOUNS = WORD_CLASSES["DECLARATION_NOUNS"]
JOINT = frozenset({"joint", "common", "shared", *WORD_CLASSES["JOINT_ADVERBS"]})


@rule("frame:issued-declaration", scope="verb", stage=Stage.VERBS, triggers=("ISSUE_VERBS",),
      produces=(P.signatory, P.partnerOf, P.signedAt), confidence=0.75)
def issued_declaration(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"A and B issued a joint statement", "the declaration was endorsed by C": the issuers sign it."""
    t = ctx.tree
    texts = [i for i in f.obj if t.lemma(i) in DECLARATION_NOUNS or t[i].text.lower() in DECLARATION_NOUNS]
    # "the Government of the Federative Republic of Brazil and the Government of India": a government the text
    # names no body for issues it as its state (as it signs: frame:signatory)
    states = [e for i in f.subj for e in parties_of(ctx, i) if C.Country in e.classes]
    issuers = list(dict.fromkeys(e for e in agents(subj, ctx) + states
                                 if isa(ctx, e, C.Organization, C.Country, C.Person)))
    joint = any(t.lemma(c.i) in JOINT for i in texts for c in t.children(i, "amod", "compound")) or any(
        t.lemma(c.i) in JOINT for c in t.children(f.verb, "advmod"))
    if texts and not issuers and joint and not f.passive and any(t[i].tag == "NNS" for i in f.subj):
        _unnamed_issuers(ctx, f, texts)
        return
    if not texts or not issuers:
        return
    bodies = [e for e in issuers if isa(ctx, e, C.Organization, C.Country)]
    told = [e for i in texts for e in things(ctx, i, create=False) if isa(ctx, e, C.Agreement)]
    if not told and any(c.text.lower() in ("the", "this") for i in texts for c in t.children(i, "det")):
        # "A and B issued a joint statement ... The declaration was endorsed by C": the text told of before
        told = [e for e in ctx.recent(f.verb, C.Agreement, sentences=3)
                if e.label.split()[-1].lower() in DECLARATION_NOUNS][:1]
    if told:
        deals = told
    elif joint or len(bodies) >= 2:
        deals = [e for i in texts for e in things(ctx, i) if isa(ctx, e, C.Agreement)]
    else:
        return  # one body's statement: a press statement
    if not deals:
        return
    signed_by(ctx, deals, issuers, f.verb)
    ctx.add_partners(bodies, f.verb, "frame:issued-declaration", 0.7)


def _unnamed_issuers(ctx: Context, f: Frame, texts: list[int]) -> None:
    """"The heads of eleven space agencies adopted a joint statement on climate monitoring on the sidelines of the
    IAC": a joint text of parties the clause does not name is an agreement all the same (what it is about is read
    from its phrase), adopted at the event its occasion phrase names, dated as the clause."""
    deals = [e for i in texts for e in things(ctx, i) if isa(ctx, e, C.Agreement)]
    events = sideline_events(ctx, f, texts) + [e for i in f.prep("at", "during") for e in things(ctx, i, create=False)
                                               if isa(ctx, e, C.Event)]
    signed_by(ctx, deals, [], f.verb)
    for d in deals:
        for ev in dict.fromkeys(events):
            ctx.add(d, P.signedAt, ev, f.verb)


@rule("dep:in-joint-statement", stage=Stage.DISCOURSE, triggers=("DECLARATION_NOUNS",),
      produces=(P.signatory, P.partnerOf), confidence=0.7, after=("frame:issued-declaration",))
def in_joint_statement(ctx: Context) -> None:
    """"In a joint statement (issued on 3 May), A and B said ...": the speakers issued the statement together."""
    t = ctx.tree
    for tok in t.tokens:
        if t.lemma(tok.i) not in DECLARATION_NOUNS or tok.dep != "pobj" or t[tok.head].text.lower() not in _IN:
            continue
        verb = t[tok.head].head
        f = ctx.frames.get(verb)
        if f is None or f.passive or not any(t.lemma(c.i) in JOINT for c in t.children(tok.i, "amod")):
            continue
        bodies = list(dict.fromkeys(e for i in f.subj for j in ctx.table.conjuncts(i)
                                    for e in ctx.refs(j) if isa(ctx, e, C.Organization, C.Country)))
        if len(bodies) < 2:
            continue  # "in a joint statement, ESA said": with whom is not said
        deal = things(ctx, tok.i)
        for d in [e for e in deal if isa(ctx, e, C.Agreement)]:
            for b in bodies:
                ctx.add(d, P.signatory, b, tok.i)
            for c in t.children(tok.i, "acl"):  # "issued on 3 May"
                ctx.date_links.append((d.key, f"verb:{c.i}"))
            ctx.date_links.append((d.key, f"verb:{verb}"))
        ctx.add_partners(bodies, tok.i, "dep:in-joint-statement", 0.7)


_IN = ("in", "through", "via")
