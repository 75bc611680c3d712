"""Facilities told of without a name, by whom they belong to and where they are: "VSA's mission control
centre in Tarsa", "the VSA control centre in Tarsa", "the ground station at Kelmar, operated by Polarnet", "the new
test facility at DLR's site in Lampoldshausen".

A noun whose class is a facility (lexicon ``HEAD_CLASSES``: centre, station, facility, campus, ...) and that
is no part of a name becomes a described facility only when its own phrase says whose it is or where it is:
an organization's possessive or "of" phrase ("the ground station of Polarnet"), an "operated by" / "run by"
participle (lexicon ``OPERATE_VERBS``), or a place after "in" / "at" (lexicon ``PLACE_PREPOSITIONS``) or a
city before the noun when an owner is said too ("SSC's Kiruna ground station"). A place reached through a
place noun ("at DLR's site in Lampoldshausen") is the facility's too, and so is the site's owner. A facility
noun alone ("the station") makes nothing: it is most often a station named before.
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..candidates import noun_class
from ..classes import ancestors
from ..context import Context
from ..frames import Frame
from ..lexicon import OPERATE_VERBS, PLACE_PREPOSITIONS
from ..referents import described, isa, places_in, things
from ..registry import Stage, rule
from ..sites import site_operators

#: Prepositions that set a facility in a place ("the station at Kelmar", "the centre in Tarsa").
_WHERE = PLACE_PREPOSITIONS & {"at", "in", "near"}


def _is_facility_noun(ctx: Context, i: int) -> bool:
    cls = noun_class(ctx.tree, i) if ctx.tree[i].pos == "NOUN" else None
    return cls is not None and C.Facility in ancestors(cls)


def _owners(ctx: Context, i: int) -> list[Entity]:
    """"VSA's centre": organizations in the possessive of noun ``i``; "the VSA mission control centre": an
    organization's name that opens the noun's compounds; "the ground station of Polarnet": one after "of"."""
    t = ctx.tree
    heads = t.owner_words(i)
    first = min(t.subtree(i))
    while first < i and t[first].dep in ("det", "amod") and t[first].pos in ("DET", "ADJ"):
        first += 1  # past "the", "new"
    if first < i and t[first].dep == "compound" and t[first].pos == "PROPN":
        heads.append(first)  # (a facility's own name, "the Kelmar ground station", is typed a facility: no body)
    return [e for k in heads for e in ctx.refs(k) if isa(ctx, e, C.Organization) and not isa(ctx, e, C.Country)]


def _operators(ctx: Context, i: int) -> list[Entity]:
    """"operated by Polarnet", "run by the Vela Space Agency", "the station ... is operated by Polarnet": the
    agent of an operating participle (also one the parser hung on the clause right after the facility's
    phrase) or passive; "Polarnet operates the station": the subject."""
    t = ctx.tree
    tok = t[i]
    verbs = [v.i for v in t.children(i, "acl")] + ([tok.head] if tok.dep == "nsubjpass" else [])
    end = max(t.subtree(i))  # "a centre in Harwell, run by X": a participle the parser hung on the clause
    if end + 2 < len(t) and t.lowers[end + 1] == "," and t[end + 2].tag == "VBN" and t[end + 2].dep == "advcl":
        verbs.append(end + 2)
    agents = [o.i for v in verbs if t.lemma(v) in OPERATE_VERBS
              for a in t.children(v, "agent") for o in t.children(a.i, "pobj")]
    if tok.dep == "dobj" and t.lemma(tok.head) in OPERATE_VERBS:  # "X, which operates the station": X
        agents += [t[tok.head].head if c.tag in ("WDT", "WP") and t[tok.head].dep == "relcl" else c.i
                   for c in t.children(tok.head, "nsubj")]
    return [e for k in agents for e in ctx.refs(k) if isa(ctx, e, C.Organization) and not isa(ctx, e, C.Country)]


def _where(ctx: Context, i: int, depth: int = 0) -> tuple[list[Entity], list[Entity], list[int]]:
    """Places "in" / "at" noun ``i``, the owners of a place noun on the way, and the tokens of the places."""
    t = ctx.tree
    places: list[Entity] = []
    owners: list[Entity] = []
    tokens: list[int] = []
    for p in t.children(i, "prep"):
        if p.text.lower() not in _WHERE:
            continue
        for o in t.children(p.i, "pobj"):
            found = [e for e in ctx.refs(o.i) if isa(ctx, e, C.Place) and not isa(ctx, e, C.Facility)]
            if found:
                places += found
                tokens.append(o.i)
            elif depth == 0 and o.pos == "NOUN" and noun_class(t, o.i) == C.Place and ctx.ref(o.i) is None:
                more, who, toks = _where(ctx, o.i, 1)  # "at DLR's site in Lampoldshausen"
                places, owners, tokens = places + more, owners + who + _owners(ctx, o.i), tokens + toks
    return places, owners, tokens


@rule("pattern:described-facility", stage=Stage.PHRASES, triggers=("OPERATE_VERBS", "PLACE_PREPOSITIONS"),
      produces=(P.operatedBy, P.locatedIn, C.Facility), confidence=0.7)
def described_facilities(ctx: Context) -> None:
    """"VSA's mission control centre in Tarsa", "the ground station at Kelmar, operated by Polarnet"."""
    t = ctx.tree
    for tok in t.tokens:
        i = tok.i
        if tok.pos != "NOUN" or ctx.table.at(i) is not None or not _is_facility_noun(ctx, i):
            continue
        # "SSC's Kiruna ground station": a city or a country before the noun is where the facility is
        town = [e for c in t.children(i, "compound") if c.i == i - 1 or t[c.i + 1].dep == "compound"
                for e in [ctx.table.at(c.i)] if e is not None and isa(ctx, e, C.City, C.Country)]
        ref = ctx.ref(i)
        if i not in ctx.described and ref is not None and not town and ref not in _owners(ctx, i):
            continue  # a name's noun ("the Kelmar ground station") or a facility told of before
        places, site_owners, place_tokens = _where(ctx, i)
        places += town
        # "the ground station at Kelmar, operated by Polarnet": the participle may hang on the place
        operators = _operators(ctx, i) + [e for k in place_tokens for e in _operators(ctx, k)]
        owners = _owners(ctx, i) + operators + site_owners
        if not places and not owners or town and not owners:
            continue  # (a city before the noun alone, "the Kourou spaceport", makes no node: it may be a name)
        fac = described(ctx, i, C.Facility)
        if fac is None or not isa(ctx, fac, C.Facility):
            continue
        for o in dict.fromkeys(owners):
            if o.key != fac.key:
                ctx.add(fac, P.operatedBy, o, i)
        for p in dict.fromkeys(places):
            if p.key != fac.key:
                ctx.add(fac, P.locatedIn, p, i)


@rule("frame:opened-facility", scope="verb", stage=Stage.VERBS, triggers=("OPEN_VERBS", "SERVICE_START_VERBS"),
      produces=(C.Facility, P.operatedBy, P.locatedIn), confidence=0.7)
def opened_facility(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"CSA opened a new ground station in Inuvik", "SANSA commissioned a new antenna at Hartebeesthoek": a new
    facility (an indefinite noun, or one said to be new) is where the clause puts it, run by the body opening it."""
    t = ctx.tree
    if f.passive:
        return
    bodies = [e for e in subj if ctx.table.is_a(e, C.Organization)]
    places = [e for p in ("in", "at") for k in f.prep(p) for e in places_in(ctx, k)]
    for i in f.obj:
        if t[i].pos != "NOUN" or ctx.table.at(i) is not None or not _is_facility_noun(ctx, i) or not any(
                c.dep == "det" and c.text.lower() in ("a", "an") or c.dep == "amod" and t.lemma(c.i) == "new"
                for c in t.children(i)):
            continue
        fac = described(ctx, i, C.Facility) if bodies or places else None
        if fac is None or not isa(ctx, fac, C.Facility):
            continue
        for b in bodies:
            ctx.add(fac, P.operatedBy, b, i, "frame:opened-facility", 0.7)
        for p in places:
            ctx.add(fac, P.locatedIn, p, i, "frame:opened-facility", 0.7)


@rule("infer:operated-from", stage=Stage.INFERENCE, triggers=("OPERATE_VERBS",), produces=(P.operatedBy,),
      confidence=0.7)
def operated_from(ctx: Context) -> None:
    """"The satellite will be operated from ACE's control centre in Santiago": a craft run from a facility, no
    operator named, is run by whoever runs the facility (read in the text, as this module's facilities are, or
    known: "operated from ESOC")."""
    for v, f in ctx.frames.items():
        if f.lemma not in OPERATE_VERBS or not f.passive or f.subj:
            continue
        sites = [e for i in f.prep("from") for e in things(ctx, i, create=False) if isa(ctx, e, C.Facility)]
        runners = [o for s in sites for o in site_operators(ctx, s)]
        for craft in (e for i in f.obj for e in things(ctx, i, create=False) if isa(ctx, e, C.Mission, C.Spacecraft)):
            for o in dict.fromkeys(runners):
                ctx.add(craft, P.operatedBy, o, v)
