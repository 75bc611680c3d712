"""What a bare definite phrase stands for when it has no noun of a thing: "the two" or "both" after a clause of two
things of one kind (:func:`the_two`), "the minister" after a person so titled, "the NASA Administrator" for whoever
the text says heads NASA (:func:`titled_person`). Read by :func:`~presskg.extract.referents.things`.
"""

from __future__ import annotations

from ..model import Entity
from ..vocab import Class as C
from ..vocab import Prop as P
from .context import Context
from .lexicon import WORD_CLASSES


def _isa(ctx: Context, e: Entity, classes: tuple[str, ...]) -> bool:
    return any(ctx.table.is_a(e, c) for c in classes)


def the_two(ctx: Context, i: int) -> list[Entity]:
    """"X released its lander, and the two plunged into the atmosphere": a bare "the two" or "both"
    (no noun of its own) that is a subject stands for the subject and object of the clause just before
    it, when these are two different things of one kind (two craft, two agents); else for nothing.

    The clause is the nearest verb before ``i`` in this or the previous sentence whose subject and
    object both denote something.
    """
    t = ctx.tree
    tok = t[i]
    if tok.dep not in ("nsubj", "nsubjpass") or t.children(i, "prep") or (
            t.lemma(i) == "two" and not any(c.text.lower() == "the" for c in t.children(i, "det"))):
        return []
    here = t.sentence_index(i)
    for v in sorted((v for v in ctx.frames if v < i and here - t.sentence_index(v) <= 1), reverse=True):
        if v == tok.head:
            continue
        f = ctx.frames[v]
        subj = [e for k in f.subj for e in ctx.refs(k)]
        obj = [e for k in f.obj for e in ctx.refs(k)]
        if len(subj) != 1 or len(obj) != 1:
            continue
        a, b = subj[0], obj[0]
        kinds = ((C.Spacecraft, C.Mission, C.LaunchVehicle, C.Instrument), (C.Agent, C.Country))
        same = any(_isa(ctx, a, k) and _isa(ctx, b, k) for k in kinds)
        return [a, b] if same and a.key != b.key else []
    return []


#: Title nouns a definite description of a person may use: "the minister", "the Administrator".
_TITLES = WORD_CLASSES["HEAD_TITLES"] | WORD_CLASSES["MEMBER_TITLES"]
#: How many sentences back "the minister" looks for the person so titled.
_TITLE_WINDOW = 2


def titled_person(ctx: Context, i: int) -> list[Entity]:
    """"Anna Vela, the French minister for research, ... The minister met B": a bare definite title
    noun stands for the one person of this or the last two sentences written with that title beside
    their name (just before it, or in the words after it); none or two such people, no antecedent."""
    t = ctx.tree
    tok = t[i]
    title = t.lemma(i)
    if tok.pos not in ("NOUN", "PROPN") or title not in _TITLES or tok.tag in ("NNS", "NNPS"):
        return []
    kids = t.children(i)
    if not any(c.dep == "det" and c.text.lower() in ("the", "this", "that") for c in kids):
        return []
    if any(c.dep in ("prep", "poss", "compound", "appos") for c in kids):
        return _head_titled(ctx, i, kids)  # "the NASA Administrator": whoever heads NASA
    here = t.sentence_index(i)
    found: list[Entity] = []
    for ent, start in ctx._before(i):
        if here - t.sentence_index(start) > _TITLE_WINDOW:
            break
        if C.Person not in ent.classes:
            continue
        for m in ent.mentions:
            if m.end > i:
                continue
            sent = t.sentence_of(m.start)
            near = range(max(sent.start, m.start - 3), min(sent.end, m.end + 8, i))
            if any(t.lemma(k) == title for k in near):
                found.append(ent)
                break
    return found if len(found) == 1 else []  # two ministers in view: ambiguous, leave it


def _head_titled(ctx: Context, i: int, kids: list) -> list[Entity]:
    """"the NASA Administrator", "the agency's President": a title that names its organization (a
    name in front of it, not "of X", which describes) stands for the one person the text has said
    heads that organization, however far back."""
    if any(c.dep in ("prep", "appos") for c in kids):
        return []
    orgs = {e.key for c in kids if c.dep in ("poss", "compound") and (e := ctx.ref(c.i)) is not None
            and ctx.table.is_a(e, C.Organization)}
    if not orgs:
        return []
    found = [ent for ent, _ in ctx._before(i) if ctx.table.is_a(ent, C.Person)
             and orgs & {o.key for o in ctx.objects(ent, P.headOf)}]
    found = list(dict.fromkeys(found))
    return found if len(found) == 1 else []
