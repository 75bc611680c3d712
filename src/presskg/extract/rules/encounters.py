"""Gatherings told through their talk: a meeting told "during" a gathering told before is that gathering, and
parties who talk ("NASA and ESA discussed X") met. Helpers of ``frame:meet`` and ``frame:topic`` (``gatherings``;
the wordings the discussion verbs miss are read by ``talks``).
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..frames import Frame
from ..lexicon import WORD_CLASSES
from ..referents import agents, clause_locatives, described, isa, things


def during(ctx: Context, f: Frame) -> list[Entity]:
    """The gathering told of before that a clause's "during" phrase takes back ("During the visit, he toured the
    centre and met X": the clause's, or its first verb's in a list of verbs)."""
    t = ctx.tree
    heads = [f.verb] + ([t[f.verb].head] if t[f.verb].dep == "conj" else [])
    found = [e for v in heads for p in t.children(v, "prep") if p.text.lower() == "during"
             for o in t.children(p.i, "pobj") for e in things(ctx, o.i, create=False)]
    return [e for e in found if isa(ctx, e, C.Meeting) and not e.named][:1]


#: Nouns of the edge or the occasion of a larger event: "on the sidelines of X" (lexicon data).
SIDELINE_NOUNS = WORD_CLASSES["SIDELINE_NOUNS"]


def sideline_events(ctx: Context, f: Frame, heads: list[int]) -> list[Entity]:
    """The events a clause's "on the occasion of X", "on the sidelines of X", "at the margins of X" (lexicon
    ``SIDELINE_NOUNS``) names: on the verb, or on its object, where the parser often hangs it ("signed an agreement
    on the sidelines of the congress"). The phrase tells when and where, not what the deal is about."""
    t = ctx.tree
    found = [i for p, i in f.preps if any(w in p for w in SIDELINE_NOUNS)]
    found += [o.i for d in heads for p in t.children(d, "prep") for s in t.children(p.i, "pobj")
              if t.lemma(s.i) in SIDELINE_NOUNS for q in t.children(s.i, "prep") if t.lowers[q.i] == "of"
              for o in t.children(q.i, "pobj")]
    return [e for i in found for e in things(ctx, i, create=False) if isa(ctx, e, C.Event)]


def fronted_occasions(ctx: Context, f: Frame) -> list[Entity]:
    """"During the fourth meeting of X, the committee that ..., a contract ... was signed by A": an event phrase
    that opens the sentence, before the clause's subject, tells when the clause's deed took place, though the
    parser hung it on another verb of the sentence (a participle it took for the root). So does a participle of a
    gathering set before the subject ("Meeting in Vienna on 12 February, the heads of A and B signed X"): the
    gathering another rule made of it."""
    t = ctx.tree
    first = min([*f.subj, *f.obj, f.verb])
    s = t.sentence_of(f.verb)
    found = [o.i for k in range(s.start, first) if t[k].dep == "prep" and t.lowers[k] in ("during", "at")
             and t[k].head != f.verb and t[t[k].head].pos in ("VERB", "AUX") for o in t.children(k, "pobj")]
    met = [ctx.table.entities[k] for c in t.children(f.verb, "advcl") if c.i < first and c.tag == "VBG"
           and (k := ctx.described.get(c.i)) is not None]
    return [e for i in found for e in things(ctx, i, create=False) if isa(ctx, e, C.Event)] + [
        e for e in met if isa(ctx, e, C.Meeting)]


def talk(ctx: Context, f: Frame, subj: list[Entity]) -> Entity | None:
    """"NASA and ESA discussed lunar exploration", "X discussed Y with Z": two parties or more who talk, in a
    release that told of no meeting before, met; the meeting is made, with them as its participants."""
    parties = list(dict.fromkeys(agents(subj, ctx) + agents(  # "discussed X with Y"
        [e for i in f.withs(ctx.tree, f.obj) for e in things(ctx, i, create=False)], ctx)))
    if len(parties) < 2 or ctx.recent(f.verb, C.Meeting, sentences=len(ctx.tree.parse.sentences)):
        return None
    ev = described(ctx, f.verb, C.Meeting)
    for p in parties if ev is not None else ():
        ctx.add(ev, P.participant, p, f.verb, "frame:talk-participant", 0.7)
    # where: a locative anywhere in the clause ("discussed exploration in Paris")
    places = [e for i in clause_locatives(ctx, f.verb) for e in things(ctx, i, create=False)]
    for pl in [e for e in places if isa(ctx, e, C.City, C.Country)]:
        ctx.add(ev, P.locatedIn, pl, f.verb, "frame:talk-in", 0.7)
    return ev


#: Nouns of the edge or the occasion of a larger event: "on the sidelines of X" (lexicon data).
SIDELINE_NOUNS = WORD_CLASSES["SIDELINE_NOUNS"]
_TITLES = frozenset(WORD_CLASSES["TITLE_WORDS"]) | frozenset(WORD_CLASSES["HEAD_TITLES"])


def titled_subject(ctx: Context, f: Frame) -> list[Entity] | None:
    """"The minister met X", "The Japanese Minister of Science met X": a post with no name still met someone;
    the bodies of its "of" phrase or its owner take part (the Ministry of Science; "ESA's Director General and
    the President of CNES signed": ESA and CNES), or no one of its own ([]). None when the subject is no post."""
    t = ctx.tree
    posts = [j for i in f.subj for j in t.conjuncts(i) if (t.lemma(j) in _TITLES or t.lowers[j] in _TITLES)
             and not isa(ctx, ctx.table.at(j), C.Person)]
    if not posts:
        return None
    from .titles import _org_near_title  # (here: importing it above reorders the registry)

    return list(dict.fromkeys(e for i in posts for e in _org_near_title(ctx, i)))  # "ESA's Director General"


def persons_places(ctx: Context, f: Frame) -> list[Entity]:
    """"met Josef Aschbacher in Paris": the place the parser hangs on the person met is the meeting's."""
    t = ctx.tree
    return [e for i in f.obj if isa(ctx, ctx.ref(i), C.Person) for p in t.children(i, "prep")
            if t.lowers[p.i] in ("in", "at") for o in t.children(p.i, "pobj") for e in things(ctx, o.i, create=False)
            if isa(ctx, e, C.Place) and not isa(ctx, e, C.Event)]
