"""The rocket a craft is launched on (``pk:launchVehicle``)."""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..classes import ancestors
from ..context import Context
from ..enumerations import opens_list
from ..flights import flight_rockets, occurrence_class
from ..frames import Frame
from ..lexicon import ENUMERATOR_WORDS, OCCURRENCE_VERBS, WORD_CLASSES, in_class
from ..mentions import noun_class
from ..placing import into_orbit
from ..referents import described, isa, things
from ..registry import Stage, rule


@rule("frame:launch-vehicle", scope="verb", stage=Stage.VERBS, triggers=("LAUNCH_VERBS",),
      produces=(P.launchVehicle, P.participant), confidence=0.8, after=("frame:launched-from",))
def launch_vehicle(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"X was launched on an H-IIA", "lifted off aboard a Soyuz", "a Falcon 9 launched X": craft and rocket; "the
    H3 rocket with X on board was launched": X too, which the launch carried."""
    named = [e for i in f.obj for e in things(ctx, i, create=False)] or subj
    craft = [e for e in named if isa(ctx, e, C.Mission, C.Spacecraft) and not isa(ctx, e, C.LaunchVehicle)]
    preps = WORD_CLASSES["LAUNCH_VEHICLE_PREPOSITIONS"]
    rockets = [e for p, i in f.preps if p in preps for e in things(ctx, i, create=False)]
    t = ctx.tree  # "launched the X satellite on its Zephra-1 rocket": the parser may hang the phrase on the object
    rockets += [e for i in f.obj for p in t.children(i, "prep") if t.lowers[p.i] in preps
                for o in t.children(p.i, "pobj") for e in things(ctx, o.i, create=False)]
    # "launched as a secondary payload on a Falcon 9": or on the noun of the clause's "as" phrase; "will launch from
    # Kennedy Space Center on the SLS rocket": or on the site's (no site is "on" a rocket)
    rockets += [e for i in f.prep("as", "from") for p in t.children(i, "prep") if t.lowers[p.i] in preps
                for o in t.children(p.i, "pobj") for e in things(ctx, o.i, create=False)]
    rockets += subj if f.obj else []  # the active subject or the passive's agent: "a Vega launched X"
    rockets = [r for r in rockets if isa(ctx, r, C.LaunchVehicle)]
    launch = ctx.described.get(f.verb)  # the launch event, when the clause described one
    # "the H3 rocket with X on board was launched", "the Vega-C rocket with the Kite satellite aboard lifted off"
    carriers = {i: [r for r in things(ctx, i, create=False) if isa(ctx, r, C.LaunchVehicle)] for i in f.subj + f.obj}
    riders = [e for i, rs in carriers.items() if rs for e in _riders(ctx, i) if e not in craft]
    for r in rockets + [r for rs in (carriers.values() if riders else ()) for r in rs if r not in rockets]:
        for c in craft + riders:
            ctx.add(c, P.launchVehicle, r, f.verb)
        if launch is not None:
            ctx.add(ctx.table.entities[launch], P.launchVehicle, r, f.verb)
    for c in riders if launch is not None else ():
        ctx.add(ctx.table.entities[launch], P.participant, c, f.verb)


def _riders(ctx: Context, i: int) -> list[Entity]:
    """The craft a launcher at ``i`` has on board: its "with" phrase said to be on board or aboard ("with X on
    board", "with X aboard")."""
    t = ctx.tree
    out = []
    for o in (o for p in t.children(i, "prep") if t.lowers[p.i] == "with" for o in t.children(p.i, "pobj")):
        board = [q.i for q in t.children(o.i, "prep") if t.lowers[q.i] == "on"]
        if any(t.lowers[c.i] == "aboard" for k in (o.i, i) for c in t.children(k, "advmod", "prep")) or any(
                t.lemma(b.i) == "board" for q in board for b in t.children(q, "pobj")):
            out += [e for j in t.conjuncts(o.i) for e in things(ctx, j, create=False)
                    if isa(ctx, e, C.Mission, C.Spacecraft) and not isa(ctx, e, C.LaunchVehicle)]
    return out


ORBIT_PLACING_VERBS = WORD_CLASSES["ORBIT_PLACING_VERBS"]
SEPARATE_VERBS = WORD_CLASSES["SEPARATE_VERBS"]
#: What can carry a payload: a hung participle's noun of another class only tells when or where.
_CARRIERS = (C.LaunchVehicle, C.Spacecraft, C.Mission)


@rule("frame:carry-payload", scope="verb", stage=Stage.VERBS, triggers=("LIFT_VERBS",),
      produces=(P.launchVehicle, P.participant, P.launchSite, P.locatedIn), confidence=0.75,
      after=("frame:launched-from",))
def carry_payload(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"A Vega-C rocket lifted off carrying the Sentinel-1D satellite", "the Falcon 9 carried Vela into
    orbit", "the Vega-C rocket carrying Vela lifted off": the craft a launcher carries went up on it, and
    the launch the clause tells of carried it; a dated "placed X into orbit" tells of that launch itself."""
    t = ctx.tree
    orbit = into_orbit(t, f.verb)
    if f.lemma in ORBIT_PLACING_VERBS and not orbit:
        return
    for x in t.children(f.verb, "advcl", "xcomp"):  # "delivered X to orbit on 4 May": the parser took "to orbit"
        if orbit and t.lemma(x.i) == "orbit" and ctx.date_at.get(x.i) and not ctx.frame_date(f.verb):
            ctx.date_at[f.verb] = ctx.date_at.pop(x.i)  # for an infinitive and hung the date on it
    head = t[f.verb].head
    if t[f.verb].dep == "pcomp" and t[head].dep == "prep" and t[t[head].head].pos == "VERB":
        head = t[head].head  # "lifted off on 4 May carrying X": the parser hangs the participle on the date's "on"
    gov = ctx.frames.get(t[t[head].head].head) if t[head].dep == "pobj" else None
    hung = t[f.verb].dep == "acl" and gov is not None and t[t[head].head].dep == "prep" and _carries_nothing(
        ctx, head) and in_class("LAUNCH_VERBS", gov.lemma, gov.particle or None)
    if hung:  # "lifted off from the X Centre (at 21:24 local time) carrying Y": the parser hangs the participle on
        # the site it left from, or on the hour
        head = t[t[head].head].head
    launch_verb = head if t[f.verb].dep in ("advcl", "pcomp") or hung else None
    if t[f.verb].dep == "acl" and t[head].pos in ("NOUN", "PROPN") and not hung:
        # "the Vega-C rocket carrying X lifted off": the participle's rocket, and the verb it is subject of
        # ("launched the PSLV-C61 mission carrying X": a launcher's flight, told by the name before its noun)
        subj = subj or things(ctx, head, create=False) or flight_rockets(ctx, head)
        if t[head].dep in ("nsubj", "nsubjpass") and t[head].head != head:
            launch_verb = t[head].head
        elif t[head].dep == "dobj" and (g := ctx.frames.get(t[head].head)) is not None and in_class(
                "LAUNCH_VERBS", g.lemma, g.particle or None):
            launch_verb = t[head].head  # "ISRO launched PSLV-C61 carrying X": the launch of the rocket it launched
    elif hung or not subj and t[f.verb].dep in ("advcl", "xcomp", "conj", "pcomp"):  # "lifted off carrying X"
        subj = [e for c in t.children(head, "nsubj", "nsubjpass") for e in things(ctx, c.i, create=False)]
    if t[f.verb].dep == "advcl" and not any(isa(ctx, e, C.LaunchVehicle) for e in subj):
        # "ISRO launched PSLV-C63 carrying X": the launcher the clause launched (the parser hangs the participle on
        # the verb, whose subject the participle shares)
        subj = subj + [e for c in t.children(head, "dobj") for e in things(ctx, c.i, create=False)
                       if isa(ctx, e, C.LaunchVehicle)]
    if launch_verb is None and orbit:  # "placed X into orbit after lifting off from Y on 9 January": the lift-off's
        launch_verb = next((c.i for p in t.children(f.verb, "prep") if t.lowers[p.i] in ("after", "following")
                            for c in t.children(p.i, "pcomp") if (g := ctx.frames.get(c.i)) is not None
                            and in_class("LAUNCH_VERBS", g.lemma, g.particle or None)), None)
    rockets = [e for e in subj if isa(ctx, e, C.LaunchVehicle)]
    # "the next Orsa flight will carry X": a launch that carries a craft, on its launcher (flights.py)
    flights = [i for i in f.subj if t[i].pos == "NOUN" and occurrence_class(ctx, i) == C.Launch] if not rockets else []
    rockets += [r for i in flights for r in flight_rockets(ctx, i) if r not in rockets]
    craft = [e for i in f.obj for j in t.conjuncts(i) for e in _carried(ctx, j)
             if isa(ctx, e, C.Mission, C.Spacecraft) and not isa(ctx, e, C.LaunchVehicle)]
    if any(t[i].pos == "NOUN" and t[i].tag == "NNS" for i in f.obj):  # "placed 12 satellites into orbit, including
        craft += [e for p, i in f.preps if p in ENUMERATOR_WORDS for j in t.conjuncts(i)  # Lumo-2 and Lumo-3"
                  for e in things(ctx, j, create=False) if e.named and isa(ctx, e, C.Mission, C.Spacecraft)
                  and not isa(ctx, e, C.LaunchVehicle) and e not in craft]
    if not rockets or not craft:
        return
    launch = ctx.described.get(f.verb, ctx.described.get(launch_verb) if launch_verb is not None else None)
    if flights and launch is None:
        ev = described(ctx, flights[0], C.Launch)
        launch = ev.key if ev is not None and isa(ctx, ev, C.Launch) else None
    if f.lemma in SEPARATE_VERBS:  # "the rocket deployed X into orbit": a deployment of its own, no launch
        launch = ctx.described.get(launch_verb) if launch_verb is not None else None
    if launch is not None and orbit and ctx.described.get(f.verb) == launch:
        told = ctx.table.entities[launch]  # "delivered X to orbit": the delivery the verb told of is a launch
        if told.classes == {C.Event}:
            told.classes, told.label = {C.Launch}, "launch"
    lf = ctx.frames.get(launch_verb) if launch_verb is not None else None
    is_launch = lf is not None and in_class("LAUNCH_VERBS", lf.lemma, lf.particle or None)
    if is_launch and not ctx.frame_date(launch_verb) and ctx.date_at.get(f.verb):
        # "lifted off carrying X on 9 July", "launched PSLV-C61 carrying X on 18 May": the parser hangs the launch's
        # date on the participle
        ctx.date_at[launch_verb] = ctx.date_at.pop(f.verb)
    if launch is None and is_launch and ctx.frame_date(launch_verb):
        # the participle comes before its launch verb, whose rule has not described the launch yet
        ev = described(ctx, launch_verb, C.Launch)
        launch = ev.key if ev is not None else None
    if launch is None and orbit and launch_verb is None and f.lemma not in SEPARATE_VERBS and (
            ctx.frame_date(f.verb) or f.lemma in OCCURRENCE_VERBS):
        # "Zephra-1 placed Lumo-2 into orbit on 4 May": a rocket's putting a craft into orbit is its launch, which
        # the date makes an event (undated, the rocket and its craft are enough, unless the verb tells of an
        # event anyway: "delivered X to orbit" is then a launch, no delivery)
        ev = described(ctx, f.verb, C.Launch)
        launch = ev.key if ev is not None else None
    for r in rockets:
        for c in craft:
            ctx.add(c, P.launchVehicle, r, f.verb)
            if launch is not None:
                ctx.add(ctx.table.entities[launch], P.participant, c, f.verb)
        if launch is not None:
            ctx.add(ctx.table.entities[launch], P.launchVehicle, r, f.verb)
    # "ISRO launched PSLV-C62 carrying X from the First Launch Pad of SDSC": the parser hangs the site on the carrying
    sites = [e for i in f.prep("from") for e in things(ctx, i, create=False) if isa(ctx, e, C.Place)]
    for s in sites if launch is not None and not f.passive else ():
        ctx.add(ctx.table.entities[launch], P.launchSite if isa(ctx, s, C.Facility) else P.locatedIn, s, f.verb)


def _carries_nothing(ctx: Context, i: int) -> bool:
    """The noun at ``i`` is a place, a time or a thing no craft or rocket: it carries no payload."""
    ents = things(ctx, i, create=False)
    if ents:
        return any(isa(ctx, e, C.Place) for e in ents) or not any(isa(ctx, e, *_CARRIERS) for e in ents)
    cls = noun_class(ctx.tree, i)
    return cls is None or not any(k in ancestors(cls) for k in _CARRIERS)


def _carried(ctx: Context, j: int) -> list[Entity]:
    """What the phrase at ``j`` names; for "the spacecraft of the BepiColombo mission", the mission's."""
    t = ctx.tree
    named = [e for e in things(ctx, j, create=False) if e.named]
    if t[j].pos == "NOUN":  # "two rideshare payloads, Tessa-1 and Orn-3", "12 satellites, including A and B": the
        listed = [a.i for a in t.children(j, "appos")] + [  # names set beside the noun, or listed after it
            o.i for p in t.children(j, "prep") if opens_list(t, p.i) for o in t.children(p.i, "pobj")]
        named += [e for a in listed for k in t.conjuncts(a) for e in things(ctx, k, create=False)
                  if e.named and e not in named]
    if named or t[j].pos != "NOUN":
        return named
    return [e for p in t.children(j, "prep") if p.text.lower() == "of" for o in t.children(p.i, "pobj")
            for e in things(ctx, o.i, create=False) if e.named]


@rule("infer:launch-noun-vehicle", stage=Stage.INFERENCE, produces=(P.launchVehicle,), confidence=0.75,
      after=("dep:occurrence-noun",))
def launch_noun_vehicle(ctx: Context) -> None:
    """"the launch of TRISHNA on its PSLV rocket", "provide the launch aboard a Soyuz": a launch told of by
    its noun went up on the rocket its preposition (LAUNCH_VEHICLE_PREPOSITIONS) names, and so did what
    it launched."""
    t = ctx.tree
    preps = WORD_CLASSES["LAUNCH_VEHICLE_PREPOSITIONS"]
    for i, key in list(ctx.described.items()):
        ev = ctx.table.entities.get(key)
        if ev is None or not isa(ctx, ev, C.Launch) or t[i].pos != "NOUN":
            continue
        # the parser may hang the rocket on what is launched: "the launch of [TRISHNA on its PSLV rocket]"
        heads = [i, *(o.i for p in t.children(i, "prep") if p.text.lower() == "of" for o in t.children(p.i, "pobj"))]
        rockets = [e for h in heads for p in t.children(h, "prep") if p.text.lower() in preps
                   for o in t.children(p.i, "pobj") for e in things(ctx, o.i, create=False)
                   if isa(ctx, e, C.LaunchVehicle)]
        for r in rockets:
            ctx.add(ev, P.launchVehicle, r, i)
            for c in ctx.objects(ev, P.participant):
                if isa(ctx, c, C.Mission, C.Spacecraft) and not isa(ctx, c, C.LaunchVehicle):
                    ctx.add(c, P.launchVehicle, r, i)


@rule("infer:launch-site-shared", stage=Stage.INFERENCE, produces=(P.launchSite,), confidence=0.7)
def launch_site_shared(ctx: Context) -> None:
    """A launch's site is the site of what it launched: "Liftoff of Vela is set for May, from Kourou"
    (the launch event holds the site, the craft is its participant), and of the rocket that carried it
    ("Lyra was launched from Tanegashima aboard an H-IIB": the H-IIB left from Tanegashima too)."""
    for ent in list(ctx.table.entities.values()):
        if not isa(ctx, ent, C.Launch):
            continue
        sites = ctx.objects(ent, P.launchSite)
        if not sites:
            continue
        aboard = [e for e in ctx.objects(ent, P.participant)
                  if isa(ctx, e, C.Mission, C.Spacecraft, C.LaunchVehicle)]
        aboard += ctx.objects(ent, P.launchVehicle)
        for x in dict.fromkeys(aboard):
            for s in sites:
                ctx.add(x, P.launchSite, s, _at(ctx, ent, s))
    for ent in list(ctx.table.entities.values()):  # "X was launched from S aboard R": R left from S
        if isa(ctx, ent, C.LaunchVehicle):
            continue
        for rocket in ctx.objects(ent, P.launchVehicle):
            for s in ctx.objects(ent, P.launchSite):
                ctx.add(rocket, P.launchSite, s, _at(ctx, ent, s))


def _at(ctx: Context, s: Entity, o: Entity) -> int:
    """The token of the sentence that said where ``s`` left from (the first token of the evidence)."""
    rel = ctx.relations[(s.key, P.launchSite, o.key)]
    return next(t.i for t in ctx.tree.tokens if t.idx >= rel.evidence.start_char)
