"""Where a person has worked, said in a clause of their own: "Varga previously worked at Airbus", "she served
for ten years at ESA", "he spent a decade at the University of Bern", "before joining ESA, she worked for OHB";
and who is in command: "Berg has been at the helm of the agency since 2019", "she took the helm of X"; and who
joins a body or a crew: "X joined ESA in 2009", "X joined ESA's astronaut corps", "X joined the Kestrel-4 crew".

A :data:`WORK_AT_VERBS` clause whose subject is one person makes the person a member of the organizations of its
"at" and "for" phrases: a time at an organization is membership, whatever post it held (a post's title, with the
rules of :mod:`.titles`, says more). Places and facilities are no organizations ("worked at the Kourou site"),
and "with" names a partner, not an employer ("worked with NASA on X"), unless time is spent with it ("spent ten
years with OHB").
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..classes import ancestors
from ..context import Context
from ..frames import Frame
from ..lexicon import WORD_CLASSES
from ..mentions import noun_class
from ..referents import isa, things
from ..registry import Stage, rule
from ..title_kinds import title_kind
from .becomes import holds_title

HELM_NOUNS = WORD_CLASSES["HELM_NOUNS"]
#: Words before a time spent somewhere ("after 12 years at X", "following a decade with Y": lexicon data).
TENURE_PREPOSITIONS = WORD_CLASSES["TENURE_PREPOSITIONS"]
#: Bodies a person sits on (lexicon data): "the board", "the advisory committee".
SEAT_BODY_NOUNS = WORD_CLASSES["SEAT_BODY_NOUNS"]


@rule("frame:worked-at", scope="verb", stage=Stage.VERBS, triggers=("WORK_AT_VERBS",), produces=(P.memberOf,),
      confidence=0.75)
def worked_at(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"Varga worked at Airbus", "she served for ten years at ESA": the person is a member of the organization."""
    people = [e for e in subj if C.Person in e.classes]
    if len(people) != 1 or f.passive:
        return
    t = ctx.tree
    spans = [o.i for x in f.obj if t[x].ent_type == "DATE" for p in t.children(x, "prep")  # "spent a decade at X"
             if p.text.lower() in ("at", "with") for o in t.children(p.i, "pobj")]
    if any(t[x].ent_type == "DATE" for x in f.obj):  # "spent ten years with OHB": time spent with an employer
        spans += f.prep("with")
    for i in list(f.prep("at", "for")) + spans:
        for org in things(ctx, i, create=False):
            if isa(ctx, org, C.Organization) and not isa(ctx, org, C.Place, C.Facility) \
                    and not ctx.has(people[0], P.headOf, org):
                ctx.add(people[0], P.memberOf, org, f.verb)


@rule("frame:years-at", scope="verb", stage=Stage.VERBS, produces=(P.memberOf,), confidence=0.7)
def years_at(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"Berg, who is retiring after 12 years at the agency", "After a decade with OHB, Ruiz joined ESA", "Berg leaves
    following 20 years at NASA": a time at (or with) an organization, whatever the clause's verb, after a word of
    tenure (lexicon TENURE_PREPOSITIONS), makes the clause's one person its member."""
    people = [e for e in subj if C.Person in e.classes]
    t = ctx.tree
    if len(people) != 1:
        return
    for x in f.prep(*TENURE_PREPOSITIONS):
        if t[x].ent_type != "DATE":
            continue
        at = [o.i for p in t.children(x, "prep") if p.text.lower() in ("at", "with") for o in t.children(p.i, "pobj")]
        for o in at:
            for org in things(ctx, o, create=False):
                if isa(ctx, org, C.Organization) and not isa(ctx, org, C.Place, C.Facility) \
                        and not ctx.has(people[0], P.headOf, org):
                    ctx.add(people[0], P.memberOf, org, x)


@rule("dep:at-the-helm", stage=Stage.PHRASES, triggers=("HELM_NOUNS",), produces=(P.headOf,), confidence=0.75)
def at_the_helm(ctx: Context) -> None:
    """"Berg has been at the helm of the agency since 2019", "Berg, at the helm of X since 2019,", "she took the
    helm of X": the person heads X (:data:`HELM_NOUNS`)."""
    t = ctx.tree
    for tok in t.tokens:
        if tok.pos != "NOUN" or t.lemma(tok.i) not in HELM_NOUNS:
            continue
        orgs = [e for p in t.children(tok.i, "prep") if p.text.lower() == "of" for o in t.children(p.i, "pobj")
                for e in things(ctx, o.i, create=False) if isa(ctx, e, C.Organization)]
        up = t[tok.head]
        if tok.dep == "pobj" and up.text.lower() == "at":
            holder = up.head  # "is at the helm of", "X, at the helm of Y,"
        elif tok.dep == "dobj" and t.lemma(up.i) in ("take", "assume"):
            holder = up.i  # "took the helm of X"
        else:
            continue
        subject = holder if t.children(holder, "nsubj") or t[holder].dep != "conj" else t.conj_root(holder)
        # ("who is Director of X and is also at the head of Y": the first verb's subject, and a relative's noun)
        who = [e for c in t.children(subject, "nsubj") for e in things(ctx, c.i, create=False)]
        if t[subject].dep == "relcl" and any(c.tag in ("WP", "WDT") for c in t.children(subject, "nsubj")):
            who = [e for e in [ctx.table.at(t[subject].head)] if e is not None]
        if t[holder].pos in ("PROPN", "NOUN"):  # an apposition: the name the phrase is set beside
            who = [e for e in [ctx.table.at(holder)] if e is not None]
        people = [e for e in who if C.Person in e.classes]
        if len(people) == 1:
            for org in orgs:
                ctx.add(people[0], P.headOf, org, tok.i)


STAFF_NOUNS = WORD_CLASSES["STAFF_NOUNS"]


def _joined(ctx: Context, i: int) -> list[Entity]:
    """What a person joins: a body ("ESA", "the European Astronaut Corps"), or the body or mission whose group
    the noun is ("ESA's astronaut corps", "the crew of Kestrel-4"). The name before a class noun is of its class:
    "the Vela mission team" is no team of a body "Vela", whatever the model took the name for."""
    t = ctx.tree
    owners = [c.i for c in t.children(i, "poss", "compound", "nmod")]
    owners += [o.i for p in t.children(i, "prep") if p.text.lower() == "of" for o in t.children(p.i, "pobj")]
    kinds = [c for k in owners if t[k].pos == "NOUN" and (c := noun_class(t, k)) is not None]

    def fit(e: Entity) -> bool:
        return isa(ctx, e, C.Organization, C.Mission) and not isa(ctx, e, C.Place, C.Facility, C.Spacecraft) \
            and all(isa(ctx, e, c) for c in kinds)

    found = [e for e in things(ctx, i, create=False) if fit(e)]
    if found or t.lemma(i) not in STAFF_NOUNS:
        return found
    return [e for k in owners for e in things(ctx, k, create=False) if fit(e)]


@rule("frame:person-joins", scope="verb", stage=Stage.VERBS, triggers=("PERSON_JOIN_VERBS",),
      produces=(P.memberOf, P.headOf, P.contributesTo), confidence=0.75)
def person_joins(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"X joined ESA in 2009", "X joined ESA's astronaut corps", "X will join the Orbis Institute as its Director",
    "X joined the Kestrel-4 crew": a member of the body (its head, with a head's title), or on the mission."""
    people = [e for e in subj if C.Person in e.classes]
    if len(people) != 1 or f.passive or _for_an_occasion(ctx, f):
        return
    person = people[0]
    holds_title(ctx, f, people)  # "as Director of X"
    heads = [i for i in f.prep("as") if title_kind(ctx, i) == P.headOf]  # "joins X as its Director": X's head
    for x in dict.fromkeys(e for i in f.obj for e in _joined(ctx, i)):
        if isa(ctx, x, C.Mission):
            ctx.add(person, P.contributesTo, x, f.verb)
        elif heads:
            ctx.add(person, P.headOf, x, f.verb)
        elif not ctx.has(person, P.headOf, x):
            ctx.add(person, P.memberOf, x, f.verb)


def _for_an_occasion(ctx: Context, f: Frame) -> bool:
    """"X joined the Chamber of Commerce for its yearly dinner", "joined ESA at the ceremony", "joined JAXA to
    celebrate": joining others for an occasion is taking part, not membership."""
    t = ctx.tree
    events = [i for i in f.prep("for", "at", "in", "during") if (c := noun_class(t, i)) and C.Event in ancestors(c)]
    return bool(events) or any(c.dep in ("advcl", "xcomp") and any(a.text.lower() == "to" for a in
                                                                 t.children(c.i, "aux")) for c in t.children(f.verb))


@rule("frame:sits-on", scope="verb", stage=Stage.VERBS, triggers=("SEAT_VERBS", "SEAT_BODY_NOUNS"),
      produces=(P.memberOf,), confidence=0.75)
def sits_on(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"Tom Hale sits on the board of Orvion Industries", "she serves on the advisory committee of the Kelso
    Institute", "he sat on the ESA Council": one person is a member of the body sat on when it is named, and of
    the organization whose body it is (its "of" phrase or possessive); a board of no one named gives nothing."""
    people = [e for e in subj if C.Person in e.classes]
    if len(people) != 1 or f.passive or f.lemma not in WORD_CLASSES["SEAT_VERBS"]:
        return
    t = ctx.tree
    for i in f.prep("on"):
        if t.lemma(i) not in SEAT_BODY_NOUNS and not any(f"{t.lemma(c.i)} {t.lemma(i)}" in SEAT_BODY_NOUNS
                                                          for c in t.children(i, "compound")):
            continue
        owners = [c.i for c in t.children(i, "poss")]
        owners += [o.i for p in t.children(i, "prep") if p.text.lower() == "of" for o in t.children(p.i, "pobj")]
        bodies = [e for k in [i, *owners] for e in things(ctx, k, create=False)]
        for body in dict.fromkeys(bodies):
            if isa(ctx, body, C.Organization) and not isa(ctx, body, C.Place) \
                    and not ctx.has(people[0], P.headOf, body):
                ctx.add(people[0], P.memberOf, body, f.verb)
