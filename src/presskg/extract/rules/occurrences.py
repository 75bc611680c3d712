"""Unnamed events the text reports: "NASA's chief visited ISRO", "the launch of X", "JAXA recovered the capsule".

A verb or noun of an occurrence class (:data:`~presskg.extract.lexicon.OCCURRENCE_VERBS`,
:data:`~presskg.extract.lexicon.OCCURRENCE_NOUNS`, data) makes an event node when its clause gives it a
participant. Participants come from the subject, the object and "with"/"by"/"of" phrases (and a possessive on
the noun), places from the clause's locatives, the date from the clause (``dates:attached`` gives it).
The class of the event is the word's, so a new verb or noun of the class needs no code.
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..candidates import noun_class
from ..context import Context
from ..entities import ancestors
from ..event_openings import opened_in, opens
from ..flights import occurrence_class
from ..frames import Frame
from ..launched import before_destination
from ..lexicon import (
    DESCRIBED_THINGS,
    EVENT_LIGHT_VERBS,
    HEAD_CLASSES,
    OCCURRENCE_VERBS,
    PLACE_PREPOSITIONS,
    SCHEDULE_VERBS,
    WORD_CLASSES,
    WORKER_NOUNS,
    in_class,
)
from ..referents import CARRIED_CRAFT_NOUNS, described, isa, places_in, things
from ..registry import Stage, rule
from ..same_events import CRAFT, CRAFT_EVENTS, same_event
from ..tense import clause_tense, from_onwards
from ..told_craft import craft_by_noun
from ..verbless import verb_of_verbless
from .crewed_launches import crew_ride
from .happenings import whose, with_appositions

#: What may take part in an occurrence: who acts and what is moved, launched, landed or shown.
ACTORS = (C.Agent, C.Country, C.Spacecraft, C.Mission, C.LaunchVehicle, C.Instrument, C.Sample)
#: What a housing verb's subject keeps for others when it is the object: a thing or a facility, no gathering.
_HOSTED = (C.Instrument, C.Spacecraft, C.Facility)


def _participants(ctx: Context, cls: str, ents: list[Entity]) -> list[Entity]:
    # craft are launched and land; people and bodies meet and visit ("the satellite hosts a mission" is no meeting)
    want = CRAFT if cls in CRAFT_EVENTS else (C.Agent, C.Country) if cls == C.Meeting else ACTORS
    out = [e for e in ents if isa(ctx, e, *want) and not isa(ctx, e, C.Event)]
    if cls in CRAFT_EVENTS:
        for e in out:  # a mission that is launched or lands is also its spacecraft (the ontology allows both)
            if isa(ctx, e, C.Mission) and not isa(ctx, e, C.Spacecraft, C.LaunchVehicle, C.Instrument):
                e.classes.add(C.Spacecraft)
    return out


def _places(ctx: Context, ents: list[Entity]) -> list[Entity]:
    return [e for e in ents if isa(ctx, e, C.Place) and not isa(ctx, e, C.Event)]


def _verb_class(f: Frame) -> str | None:
    if f.particle and f"{f.lemma} {f.particle}" in OCCURRENCE_VERBS:
        return OCCURRENCE_VERBS[f"{f.lemma} {f.particle}"]
    return OCCURRENCE_VERBS.get(f.lemma)


def _seat_hosts(ctx: Context, tokens: list[int]) -> tuple[list[Entity], list[Entity]]:
    """"visited ISRO headquarters in Bengaluru", "a visit to ESA's premises", "visited ESA's ESTEC centre": the body
    whose seat (SEAT_NOUNS, data) or facility the phrase names takes part, and the seat's place is the visit's."""
    t, hosts, places = ctx.tree, [], []
    for i in tokens:
        if t.lemma(i) not in WORD_CLASSES["SEAT_NOUNS"] and t[i].text.lower() not in WORD_CLASSES["SEAT_NOUNS"] \
                and not isa(ctx, ctx.ref(i), C.Facility):
            continue  # (the word as written too: "premises" is not a plural of "premise" here)
        owners = [e for c in t.children(i, "compound", "poss", "nmod") for e in ctx.refs(c.i)
                  if isa(ctx, e, C.Organization)]
        owners += [e for p in t.children(i, "prep") if p.text.lower() == "of"  # "the laboratories of X"
                   for o in t.children(p.i, "pobj") for e in ctx.refs(o.i) if isa(ctx, e, C.Organization)]
        if owners:
            hosts += owners
            places += _places(ctx, places_in(ctx, i))
    return hosts, places


@rule("frame:occurrence", scope="verb", stage=Stage.VERBS, triggers=("OCCURRENCE_VERBS", "HANDLE_VERBS"),
      produces=(P.participant, P.locatedIn, P.launchSite, C.Event, C.Meeting, C.Launch, C.Landing),
      confidence=0.75)
def occurrence_verb(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"X visited Y in Z on <date>", "JAXA recovered the capsule at Woomera", "the probe landed on <date>".

    The verb's event is made when the clause gives it a participant and a date or a place (or it
    is a visit or a craft's past landing, events by themselves); a rule that already made the verb's event (launch,
    landing) is completed, not repeated.
    """
    cls = _verb_class(f)
    if cls is None or ctx.tree[f.verb].pos != "VERB" and f.noun is None or ctx.tree[f.verb].dep == "acl" \
            and not verb_of_verbless(ctx.tree, f.verb):
        return  # a participle describes its noun ("the instrument delivered to X"): no report of its own
    if not f.particle and in_class("TRAVEL_VERBS", f.lemma) and not ((f.passive or f.obj) and f.prep("to")):
        return  # "the minister flew to Tokyo": a trip (frame:travel); "the samples were flown to Tokyo": a transport
    conveys = cls == C.Event and in_class("CONVEY_VERBS", f.lemma, f.particle or None)
    if (conveys or in_class("HANDLE_VERBS", f.lemma)) and f.passive:
        # "the samples were flown to Tokyo", "the capsule was recovered by the Army": what is carried or handled
        # is a thing told of, or a craft by its noun ("its sample container was opened by a team from X")
        handled = [e for i in f.obj for e in (things(ctx, i) if ctx.tree.lemma(i) in DESCRIBED_THINGS else [
            x for x in [craft_by_noun(ctx, i)] if x is not None])]
        subj = subj + [e for e in handled if e not in subj] if subj and handled else subj or handled
    if cls in CRAFT_EVENTS and not f.passive and not _participants(ctx, cls, subj):
        # "the return capsule of X landed in Y" (a dateline's town, "WOOMERA, 6 Dec -", may be a subject too)
        subj = subj + [e for i in f.subj if ctx.tree.lemma(i) in CARRIED_CRAFT_NOUNS for e in things(ctx, i)]
    launched = before_destination(ctx, f) if cls == C.Launch else []
    if launched:
        subj = launched  # "the X mission to the ISS, scheduled to launch in 2027": the mission, not the station
    objs = [e for i in f.obj for e in things(ctx, i, create=False)]
    handled = handled_pronoun(ctx, f) if cls == C.Event else []
    if handled:  # "... came down in the desert, and JAXA recovered it": the craft, not the nearest name
        objs = [e for i in f.obj if ctx.tree[i].text.lower() != "it" for e in things(ctx, i, create=False)] + handled
    if cls == C.Event and any((k := noun_class(ctx.tree, i)) and C.Agreement in ancestors(k) or (
            e := ctx.ref(i)) is not None and isa(ctx, e, C.Agreement) for i in f.prep("into")):
        return  # "entered into an agreement with X on 3 May": an agreement made (its signing), no occurrence
    withs = [e for i in f.prep("with", "by", "alongside") for e in things(ctx, i, create=False)]
    subj = list(dict.fromkeys(subj + [e for e in ([] if launched else with_appositions(ctx, f.subj)) if e not in subj]))
    t, patients = ctx.tree, objs
    if not f.obj and t[f.verb].dep == "advcl" and t[f.verb].tag == "VBN":  # "X will be held in Y, hosted by Z"
        patients = [e for c in t.children(t[f.verb].head, "nsubjpass", "nsubj") for e in things(ctx, c.i, create=False)]
        # "gathered in Milan for the X Congress, hosted by Y": the event named right before the comma
        patients = ([e for e in things(ctx, f.verb - 2, create=False) if isa(ctx, e, C.Event)]
                    if f.verb >= 2 and t[f.verb - 1].text == "," else []) or patients
    if cls in (C.Meeting, C.Event) and _hosts_event(ctx, f, patients, subj + withs):
        return
    if f.lemma in WORD_CLASSES["HOUSING_VERBS"] and (any(isa(ctx, e, *_HOSTED) for e in objs) or any(
            (k := noun_class(t, i)) and any(c in ancestors(k) for c in _HOSTED)
            or {t.lemma(i), t.lowers[i]} & WORD_CLASSES["HOSTED_THING_NOUNS"] for i in f.obj)):
        return  # "hosted a German instrument on its satellite", "host the data", "will host a tracking station"
    to = [e for i in f.prep("to") for e in things(ctx, i, create=False)]
    who = _participants(ctx, cls, subj + objs + withs)
    if cls in CRAFT_EVENTS:  # "the capsule splashed down, together with astronauts A and B": its crew
        who += [e for e in withs if isa(ctx, e, C.Person) and e not in who]
    if cls == C.Event:  # "delivered to NASA", "berthed to the ISS": the recipient takes part
        who += [e for e in to if isa(ctx, e, C.Agent, C.Spacecraft)]
        # "arrived at the station", "docked at the ISS": the craft met takes part (it is no place)
        who += [e for i in f.prep("at") for e in things(ctx, i, create=False) if isa(ctx, e, C.Spacecraft)]
        if in_class("RIDE_VERBS", f.lemma, f.particle or None):  # "arrived at the station aboard X": X too (or
            who += [e for i in f.aboard(t) for e in things(ctx, i, create=False) if isa(ctx, e, C.Spacecraft)] or [
                e for e in crew_ride(ctx, f) if e not in who]  # the craft "the crew" launched aboard, and its crew)
    if f.lemma in WORD_CLASSES["SEPARATE_VERBS"]:  # "the probe was released from the orbiter": the orbiter takes part
        who += _participants(ctx, C.Launch, [e for i in f.prep("from") for e in things(ctx, i, create=False)])
    if cls == C.Meeting and subj and not _participants(ctx, cls, subj):
        return  # a visit is made by someone: "the site was visited" alone tells of no one
    # "landed in the desert near Woomera": the place the phrase's noun lies in, when it is none itself
    places = _places(ctx, [e for p in PLACE_PREPOSITIONS for i in f.prep(p) + opened_in(ctx, f, p)
                           for e in places_in(ctx, i)])  # ("inaugurated a new station in Arvelle": hung on it)
    if f.where is not None:  # "splashed down in the Bay of Bengal, where it was recovered by X": there
        places += [e for e in _places(ctx, places_in(ctx, f.where)) if e not in places]
    if in_class("HANDLE_VERBS", f.lemma):  # "recovered the capsule from the Atlantic Ocean" (not from a world)
        places += [e for i in f.prep("from") for e in _places(ctx, places_in(ctx, i))
                   if not isa(ctx, e, C.CelestialBody)]
    if conveys:
        places += _places(ctx, to)  # "the capsule was transported to the X campus": where it went
        # "to the curation facility in Sagamihara": the place of the facility it went to
        places += _places(ctx, [e for i in f.prep("to") for p in t.children(i, "prep") if p.text.lower() in ("in", "at")
                                for o in t.children(p.i, "pobj") for e in things(ctx, o.i, create=False)])
    if cls == C.Meeting:  # what is visited is where; what is hosted is not ("hosts the X Centre in Brussels")
        housing = f.lemma in WORD_CLASSES["HOUSING_VERBS"]
        seen = objs if not housing else []  # "visited ESA's technical centre": a facility told by its noun too
        seen = seen or [e for i in f.obj if not housing and (k := noun_class(t, i)) and C.Facility in ancestors(k)
                        and t.lowers[i] not in WORD_CLASSES["SEAT_NOUNS"]  # (a seat places it in its town)
                        and (e := described(ctx, i, k)) is not None]
        places += _places(ctx, seen + to)
        hosts, seats = _seat_hosts(ctx, f.obj + f.prep("to", "at"))
        who, places = who + [h for h in hosts if h not in who], places + seats
        if t[f.verb].tag in ("VBZ", "VBP") and (housing or not places) and not ctx.frame_date(f.verb):
            return  # a state, not an occurrence: "Luxembourg hosts the company (in Betzdorf)" (but "X visits Japan")
    sites = _places(ctx, [e for i in f.prep("from") for e in things(ctx, i, create=False)]) if cls == C.Launch else []
    if not who:
        return
    existing = f.verb in ctx.described
    # a visit is an event by itself, and so is a craft's landing told in the past ("the probe came down
    # safely"): one per craft (_same_event), which a later date or place completes
    landed = cls == C.Landing and ctx.tree[f.verb].tag == "VBD"
    # "the Director General will step down": news by itself, as a visit is
    leaves = in_class("LEAVE_VERBS", f.lemma, f.particle or None) and all(isa(ctx, e, C.Person) for e in who)
    # "the capsule docked with the ISS": a craft joining (or leaving) another, told in the past, is news too
    docked = in_class("DOCK_VERBS", f.lemma, f.particle or None) and clause_tense(ctx.tree, f.verb) == "past" \
        and sum(isa(ctx, e, C.Spacecraft) for e in who) >= 2
    # "recovery teams retrieved the capsule", "flew it to the base": a craft or sample moved, told in the past, is news
    moved = (conveys or in_class("HANDLE_VERBS", f.lemma)) and clause_tense(ctx.tree, f.verb) == "past" and any(
        isa(ctx, e, C.Spacecraft, C.Sample) for e in (subj if f.passive else []) + objs)  # ("it was recovered by X")
    # "the satellite re-entered the atmosphere", "it was deorbited": a craft's end, told in the past, is news too
    ended = in_class("CRAFT_END_VERBS", f.lemma, f.particle or None) and clause_tense(ctx.tree, f.verb) == "past" \
        and any(isa(ctx, e, C.Spacecraft) for e in who)
    dated = ctx.frame_date(f.verb) and not from_onwards(ctx.tree, f.verb, ctx.date_tokens(f))  # ("from 2030")
    planned = conveys and not dated and clause_tense(ctx.tree, f.verb) != "past"  # ("is to be shipped to X": a plan)
    if not (existing or dated or places and not planned or cls == C.Meeting or landed or leaves or docked or moved
            or ended):
        return
    ev = same_event(ctx, f.verb, cls, who) or _visit_going_on(ctx, f, cls, who, places) or described(ctx, f.verb, cls)
    if ev is None:
        return
    if cls == C.Meeting:
        ctx.events_seen.append(ev.key)
        ctx.note_group(f.verb, [e for e in who if isa(ctx, e, C.Agent)])
    for e in who:
        if e.key not in {p.key for p in places}:
            ctx.add(ev, P.participant, e, f.verb)
    for pl in dict.fromkeys(places):
        if pl not in who:
            ctx.add(ev, P.locatedIn, pl, f.verb)
    for s in sites:  # a launch site is a facility; a town or a country launched from is where the launch was
        ctx.add(ev, P.launchSite if isa(ctx, s, C.Facility) else P.locatedIn, s, f.verb)


def _visit_going_on(ctx: Context, f: Frame, cls: str, who: list[Entity], places: list[Entity]) -> Entity | None:
    """"A welcomed B to the X centre on 3 June. The two sides ... toured its test halls": a tour or visit told
    with no day and no place of its own, by people who all took part in the meeting told in this sentence or the
    one before, is part of that meeting, not another."""
    if cls != C.Meeting or places or ctx.frame_date(f.verb) or not who:
        return None
    ev = ctx.current_event(f.verb, who)
    if ev is None or not isa(ctx, ev, C.Meeting) or ctx.tree.sentence_index(f.verb) - min(
            (ctx.tree.sentence_index(m.start) for m in ev.mentions), default=-9) > 1:
        return None
    took_part = {p.key for p in ctx.objects(ev, P.participant)}
    took_part |= {o.key for k in list(took_part) for prop in (P.headOf, P.memberOf)  # (and their bodies)
                  for o in ctx.objects(ctx.table.entities[k], prop)}
    return ev if all(e.key in took_part for e in who) else None


def handled_pronoun(ctx: Context, f: Frame) -> list[Entity]:
    """"The capsule came down in the desert, and KASA recovered it", "the cargo craft approached the
    station; the crew captured it": an object "it" of a verb that handles a thing (an occurrence of
    class Event) is the craft the text was speaking of, the latest craft subject of this sentence or
    the one before, named or described, or the object of the verb this one is joined to ("retrieved the
    capsule and flew it to Tokyo"). (A pronoun otherwise means a named thing only, and the
    nearest: here that is the place it came down in.)"""
    t = ctx.tree
    its = [i for i in f.obj if t[i].text.lower() == "it"]
    if not its:
        return []
    first = t.parse.sentences[max(t.sentence_of(f.verb).index - 1, 0)].start
    # "retrieved the capsule in the desert and flew it to Tokyo": the object of the verb this one is joined to
    joined = t.conj_root(f.verb) if t[f.verb].dep == "conj" else None
    for j in range(its[0] - 1, first - 1, -1):
        if t[j].dep in ("nsubj", "nsubjpass") and t[j].pos in ("NOUN", "PROPN") and t[j].head != f.verb \
                or joined is not None and t[j].dep == "dobj" and t[j].head == joined:
            found = [e for e in things(ctx, j, create=False) if isa(ctx, e, *CRAFT, C.Sample)]
            if found:
                return found[:1]
    return []


def _hosts_event(ctx: Context, f: Frame, objs: list[Entity], who: list[Entity]) -> bool:
    """"ASI hosted a workshop in Rome", "the minister opened the conference": the object is the event
    the clause tells of, not a second one; its hosts take part in it and the clause's place is its."""
    events = [e for e in objs if isa(ctx, e, C.Event) and not isa(ctx, e, C.Launch, C.Landing)]
    if not objs:  # "hosted a three-day conference": the event noun is the event, named by its clause
        kinds = [(i, noun_class(ctx.tree, i)) for i in f.obj]
        events = [e for i, k in kinds if k and C.Event in ancestors(k) and k not in (C.Launch, C.Landing)
                  for e in [described(ctx, i, k)] if e is not None]
    if not events:
        return False
    agents = [e for e in who if isa(ctx, e, C.Agent)]
    # "at its headquarters in Rome": the place of the site the clause names, when the site is no entity
    places = _places(ctx, [e for p in PLACE_PREPOSITIONS for i in f.prep(p) for e in places_in(ctx, i)])
    for ev in events:
        for e in agents:
            ctx.add(ev, P.participant, e, f.verb)
        for pl in dict.fromkeys(places):
            ctx.add(ev, P.locatedIn, pl, f.verb)
        ctx.date_links.append((ev.key, f"verb:{f.verb}"))  # ("the X Congress, hosted by Y from 14 to 18 October")
    return True


@rule("dep:event-took-place", stage=Stage.EVENT_NOUNS, triggers=("DESCRIBED_THINGS", "OCCURRENCE_NOUNS"),
      produces=(C.Event, C.Meeting, C.Launch, C.Landing, P.locatedIn), confidence=0.75)
def took_place(ctx: Context) -> None:
    """"The signing took place in Mexico City", "the ceremony was held at X on <date>": an event noun
    that takes place somewhere or sometime is an event (its place and date are added by the
    discourse rules, its participants by the clauses that follow)."""
    t = ctx.tree
    for tok in t.tokens:
        if tok.pos != "NOUN" or tok.dep not in ("nsubj", "nsubjpass") or ctx.table.at(tok.i) is not None:
            continue
        cls = occurrence_class(ctx, tok.i) or HEAD_CLASSES.get(t.lemma(tok.i))
        if cls is None or C.Event not in ancestors(cls):
            continue
        verb = tok.head
        happens = t.lemma(verb) in ("happen", "occur") or (t.lemma(verb) == "take" and any(
            t.lemma(c.i) == "place" for c in t.children(verb, "dobj"))) or (  # "a reception followed at X":
            t.lemma(verb) == "follow" and tok.dep == "nsubj" and not t.children(verb, "dobj")) or (  # there, after
            t.lemma(verb) == "hold" and tok.dep == "nsubjpass") or (
            t.lemma(verb) in SCHEDULE_VERBS and tok.dep == "nsubjpass") or (  # "the launch is set for <date>"
            opens(ctx, tok.i, verb))  # "the test campaign began at the X centre in January"
        if not happens:
            continue
        # ("is scheduled to take place in Rome in May": the place and date of its "to" clause are its own)
        verbs = [verb, *(c.i for c in t.children(verb, "xcomp"))] if t.lemma(verb) in SCHEDULE_VERBS else [verb]
        where = [e for v in verbs for p in t.children(v, "prep") if p.text.lower() in PLACE_PREPOSITIONS
                 for o in t.children(p.i, "pobj") for e in places_in(ctx, o.i)]  # "on X's premises in Y"
        ev = described(ctx, tok.i, cls) if where or any(ctx.frame_date(v) for v in verbs) else None
        if ev is not None:
            ctx.date_links.extend((ev.key, f"verb:{v}") for v in verbs[1:])
        for pl in where if ev is not None and (opens(ctx, tok.i, verb) or t.lemma(verb) == "follow") else []:
            ctx.add(ev, P.locatedIn, pl, tok.i)  # "was conducted at X": no discourse rule reads that verb's place


@rule("dep:occurrence-noun", stage=Stage.EVENT_NOUNS, triggers=("OCCURRENCE_NOUNS",),
      produces=(P.participant, P.locatedIn, P.launchSite, C.Event, C.Meeting, C.Launch, C.Landing, C.Campaign),
      confidence=0.75)
def occurrence_nouns(ctx: Context) -> None:
    """"the launch of X from Y", "her visit to the Z centre", "JAXA's recovery of the capsule",
    "the state visit the President made to China", "the X descent"."""
    t = ctx.tree
    for tok in t.tokens:
        if not _event_noun(ctx, tok.i) or (ctx.table.at(tok.i) is not None and tok.i not in ctx.described):
            continue
        cls = occurrence_class(ctx, tok.i)  # a launcher's flight is a launch (flights.py)
        if cls is None or tok.dep == "compound" and t.lemma(tok.head) in WORKER_NOUNS:
            continue  # "the recovery team", "a launch crew": the team's job, no event
        preps: dict[str, list[int]] = {}
        for p in t.children(tok.i, "prep"):
            preps.setdefault(p.text.lower(), []).extend(o.i for o in t.children(p.i, "pobj"))
        if cls == C.Launch:  # "the launch of the X satellite from Kazakhstan": the parser hangs "from" on the craft
            preps.setdefault("from", []).extend(o.i for x in preps.get("of", []) for p in t.children(x, "prep")
                                                if p.text.lower() == "from" for o in t.children(p.i, "pobj"))
        # "the visit X made to Y": the relative clause's subject and its preposition
        for v in t.children(tok.i, "relcl", "acl"):
            if t.lemma(v.i) in EVENT_LIGHT_VERBS:
                preps.setdefault("by", []).extend(c.i for c in t.children(v.i, "nsubj"))
                for p in t.children(v.i, "prep", "dative"):  # "made to Brazil" ("to" parsed as a dative)
                    preps.setdefault(p.text.lower(), []).extend(o.i for o in t.children(p.i, "pobj"))
        # "the launch of X is set for <date> from Kourou": the schedule verb's places are the event's
        if tok.dep in ("nsubj", "nsubjpass") and t.lemma(tok.head) in SCHEDULE_VERBS and tok.head in ctx.frames:
            for p, o in ctx.frames[tok.head].preps:
                if p in PLACE_PREPOSITIONS or p == "from":
                    preps.setdefault(p, []).append(o)
        # "the probe made a descent", "she paid a visit to X", "a delegation paid a visit": the light verb's subject
        light: list[Entity] = []
        if tok.dep in ("dobj", "obj") and t.lemma(tok.head) in EVENT_LIGHT_VERBS and tok.head in ctx.frames:
            f = ctx.frames[tok.head]
            preps.setdefault("by", []).extend(f.subj)
            light = [e for i in f.subj if t[i].pos == "NOUN" and (k := noun_class(t, i)) is not None
                     and C.Organization in ancestors(k) and (e := ctx.ref(i) or described(ctx, i, k)) is not None]
            for p, o in f.preps:
                preps.setdefault(p, []).append(o)

        def arg(*words: str, preps: dict[str, list[int]] = preps) -> list[Entity]:
            return [e for w in words for i in preps.get(w, []) for e in things(ctx, i, create=False)]

        named = [e for c in t.children(tok.i, "compound", "poss", "nmod") if (e := ctx.ref(c.i)) is not None]
        named += whose(ctx, tok.i)  # "the Zephyr satellite, whose launch is set for 2030"
        who = _participants(ctx, cls, arg("of", "by") + named + light)
        to = arg("to")
        places = _places(ctx, arg(*PLACE_PREPOSITIONS))
        if cls == C.Meeting:
            places += _places(ctx, to) + _places(ctx, arg("of"))  # "a tour of the X Centre": the place toured
            who += [e for e in _participants(ctx, cls, to) if isa(ctx, e, C.Organization)]
            hosts, seats = _seat_hosts(ctx, preps.get("to", []) + preps.get("at", []))
            who, places = who + hosts, places + seats
        elif cls == C.Event:  # "delivered to X"; "performed two spacewalks with astronaut Y": Y walked too
            who += [e for e in to if isa(ctx, e, C.Agent)]
            # "the recovery of the capsule", "the transport of the sample canister": a craft told by its noun
            # (one thing, no name in its phrase: "the deployment of the Sentinel-3C and -3D satellites" is the names')
            who += [e for i in preps.get("of", []) if (e := craft_by_noun(ctx, i)) is not None]
            who += [e for e in arg("with", "alongside") if isa(ctx, e, C.Person)]
        sites = _places(ctx, arg("from")) if cls == C.Launch else []
        if cls == C.Meeting and not any(isa(ctx, e, C.Agent) for e in who):
            continue
        who = [e for e in dict.fromkeys(who) if e not in places]
        if not who and not (sites and tok.i in ctx.described):  # "the first launch from X will take place in 2025"
            continue
        ev = same_event(ctx, tok.i, cls, who) or described(ctx, tok.i, cls)
        if ev is None or not isa(ctx, ev, C.Event):
            continue
        if cls == C.Meeting:
            ctx.events_seen.append(ev.key)
        for e in who:
            ctx.add(ev, P.participant, e, tok.i)
        for pl in dict.fromkeys(places):
            ctx.add(ev, P.locatedIn, pl, tok.i)
        for s in sites:  # "the launch of X from Sriharikota": not a facility, the place the launch was
            ctx.add(ev, P.launchSite if isa(ctx, s, C.Facility) else P.locatedIn, s, tok.i)


def _event_noun(ctx: Context, i: int) -> bool:
    """A common noun, or one the tagger took for a name because it opens the sentence ("Liftoff of X is set for
    <date>", "Landing is expected in May"): capitalized only there, and no part of a name read."""
    tok = ctx.tree[i]
    return tok.pos == "NOUN" or tok.pos == "PROPN" and i == ctx.tree.sentence_of(i).start \
        and ctx.table.at(i) is None and tok.ent_type == ""

