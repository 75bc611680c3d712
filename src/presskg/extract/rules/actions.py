"""Relations and events read from verbs: which rules a verb calls, and what craft do.

Each rule reads :class:`~presskg.extract.frames.Frame` records, so passives, relative clauses and participles
need no rule of their own. The rules about craft (supply, deliver, launch, land, bring back, operate, study,
orbit) are here; those about people and agencies together are in ``gatherings``.
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..candidates import noun_class
from ..context import Context
from ..craft_parts import craft_above
from ..frames import Frame
from ..launched import before_destination, craft_noun, launched_above
from ..lexicon import CALENDAR_WORDS, HEAD_CLASSES, PLANET_ADJECTIVES, WORD_CLASSES, in_class
from ..placed_holders import facility_between, holder_of_place
from ..referents import _clause_tokens, agents, described, isa, things
from ..registry import Stage, rule
from ..sites import port_of_pad, site_of_town, site_operators, told_launch_site
from ..tense import done_once, from_onwards
from ..worlds import bodies_aimed_at, bodies_in, site_bodies
from .aircraft_flights import aircraft_flight
from .flybys import passed
from .gatherings import BUILT, CRAFT
from .sample_returns import RETURNING, agentless_return, returned_by_collector, samples_taken_back
from .suppliers import _said_of, patients, suppliers, told_apart

HELP_VERBS = WORD_CLASSES["HELP_VERBS"]
STUDY_WITH_VERBS = WORD_CLASSES["STUDY_WITH_VERBS"]
#: Nouns of what a craft sends down ("data", "images"): supplying them supplies no craft (lexicon data).
SENT_DOWN = WORD_CLASSES["SENT_DOWN_NOUNS"]
#: Matter a craft brings back, named by its stuff ("grains", "dust", "regolith": lexicon data).
SAMPLE_MATTER = WORD_CLASSES["SAMPLE_MATTER_NOUNS"]


def _middle(ctx: Context, f: Frame, phrase: str, i: int) -> int:
    """The noun between the two prepositions of ``phrase`` ("in partnership with" -> partnership), found as the
    head of the inner preposition of object ``i``; ``i`` itself when there is none."""
    t = ctx.tree
    inner = t[i].head
    return t[inner].head if t[inner].dep == "prep" and t[inner].head != inner else i


#: Nouns of work on a thing ("the development of X", lexicon ACTIVITY_NOUNS): funding it funds the thing.
_ACTIVITIES = frozenset(WORD_CLASSES["ACTIVITY_NOUNS"])
#: Verbs of making a thing by hand (lexicon data): a mission so made is a craft too.
_HANDS_ON = frozenset(WORD_CLASSES["HANDS_ON_MAKING_VERBS"])
#: Nouns of a launcher's parts (lexicon LAUNCHER_PART_NOUNS).
LAUNCHER_PARTS = frozenset(WORD_CLASSES["LAUNCHER_PART_NOUNS"])


@rule("frame:supply", scope="verb", stage=Stage.VERBS, triggers=("SUPPLY_VERBS",),
      produces=(P.providedBy, P.deliveredTo, P.partnerOf, P.partOf, P.contributesTo), confidence=0.85)
def supply(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"CNES is supplying a spectrometer for MMX", "developed by DLR", "equip JAXA with X"."""
    providers = suppliers(ctx, f, subj)  # "Because it built X, ESA ...": ESA; "will be developed": nobody
    providers = _bodies_of_people(ctx, f, providers)  # "developed by Dr A at the University of X": X
    if not providers and f.passive:  # "built at the Toulouse Space Centre": a facility is no agent; its operator,
        # as for "developed by the Space Applications Centre" (the knowledge base says ISRO runs it); a body itself
        sites = f.prep("at") + [i for i in f.subj if i in ctx.tree.subtree(f.verb)]
        providers = [o for i in sites for fac in things(ctx, i, create=False)  # ("developed at KASI": the body)
                     for o in site_operators(ctx, fac) or ([fac] if isa(ctx, fac, C.Organization) else [])]
    # "the Zephra-1 upper stage was built by X": a launcher's part (no class of its own) is not the launcher, whose
    # name it carries; its maker contributes to the launcher (rules/launcher_parts.py); "JAXA will provide ALOS-2
    # images": what is given is what the craft sends down (SENT_DOWN_NOUNS), not the craft
    objs = [e for i in patients(ctx, f) if not _launcher_part_word(ctx, i) and ctx.tree.lemma(i) not in SENT_DOWN
            for e in things(ctx, i)]
    if ctx.tree[f.verb].dep == "acl" and f.obj:  # "the X spectrometer, developed by LAM, and a camera": the
        head = ctx.tree[f.verb].head  # participle tells of its own noun only, not of the nouns joined to it
        first = min(ctx.tree.subtree(head))  # (and of the names in its phrase: "the A and B satellites, built by")
        # (and of the names its noun lists: "two cameras, A and B, built by X")
        listed = {k for c in ctx.tree.children(head, "appos") for j in ctx.tree.conjuncts(c.i)
                  for k in ctx.tree.subtree(j)} if ctx.tree[head].tag == "NNS" else set()
        joined = [j for j in ctx.tree.conjuncts(head) if j != head]  # ("A and B, built by X": set after both)
        if joined and max(joined) < f.verb and ctx.tree[f.verb - 1].text == ",":
            listed |= {k for j in joined for k in ctx.tree.subtree(j) if k < f.verb}
        objs = [e for e in objs if any(m.start <= head < m.end or first <= m.start < head and m.end <= head
                                       or m.start in listed for m in e.mentions)] or [
            e for e in objs[:1] if not told_apart(ctx, e, f)]
    recipients: list[Entity] = []
    if f.lemma == "equip":
        recipients = agents(objs, ctx)
        objs = [e for i in f.prep("with") for e in things(ctx, i)]
    funds = f.lemma in WORD_CLASSES["FUND_VERBS"]
    if funds:  # "Spain will fund the development of X": who pays for the work on a thing contributes to it
        objs += [e for i in f.obj if ctx.tree.lemma(i) in _ACTIVITIES for p in ctx.tree.children(i, "prep")
                 if ctx.tree.lowers[p.i] == "of" for o in ctx.tree.children(p.i, "pobj")
                 for e in things(ctx, o.i, create=False) if e not in objs]
        # "is funding Astroscale to develop ELSA-M": what the body paid is to make is the funder's stake too
        objs += [
            e for c in ctx.tree.children(f.verb, "xcomp", "advcl") if c.i in ctx.frames and any(
                a.dep == "aux" and a.text.lower() == "to" for a in ctx.tree.children(c.i))
            for i in ctx.frames[c.i].obj for e in things(ctx, i, create=False) if e not in objs]
    # ("the CubeSat Challenge is co-funded by the ministry": who pays for an event contributes to it)
    built = [o for o in objs if isa(ctx, o, *BUILT) or isa(ctx, o, C.Mission) or funds and isa(ctx, o, C.Event)]
    led = ctx.tree.lemma(f.verb) != f.lemma  # the work told by its noun ("led the development of X": frames.py)
    # "in partnership with X" (not "under contract with X": the customer, who builds nothing)
    partners = [e for p, i in f.preps if p.endswith("with") and p != "with"
                and ctx.tree.lemma(_middle(ctx, f, p, i)) not in WORD_CLASSES["CONTRACT_NOUNS"]
                for e in agents(things(ctx, i, create=False), ctx)]
    if providers or f.passive and not f.subj and not funds:  # "developed (by CNES) with the X Institute": it too
        partners += [e for e in agents(_with_bodies(ctx, f), ctx) if isa(ctx, e, C.Organization)]
    for o in built:
        if f.lemma in _HANDS_ON and providers and o.kb is None and isa(ctx, o, C.Mission) and not isa(ctx, o, *BUILT):
            o.classes.add(C.Spacecraft)  # "Sentinel-9, a joint mission of ESA and EUMETSAT, built by X": its craft too
        for a in providers + partners:
            if isa(ctx, o, *BUILT) and not funds and not isa(ctx, a, C.Country):  # (a state takes part: below)
                if led and isa(ctx, a, C.Person):
                    continue  # "Varga led the development of X": she worked on it; a body provides it
                ctx.add(o, P.providedBy, a, f.verb, f"frame:{f.lemma}-provider", 0.85)
            else:  # "ASI and DLR will develop the Aquila mission" (a mission is no thing supplied), "financed by
                ctx.add(a, P.contributesTo, o, f.verb, f"frame:{f.lemma}-mission", 0.8)  # the EU": they take part
        for r in recipients:
            ctx.add(o, P.deliveredTo, r, f.verb, f"frame:{f.lemma}-recipient", 0.75)
    for a in providers:
        for b in partners:
            ctx.add(a, P.partnerOf, b, f.verb, "frame:built-in-partnership", 0.75)
    # the mission it is for: "for MMX", "for which" (relative), "to the mission"; "provide the launch for X",
    # "contribute a camera to ESA's X mission" (the parser hangs the "for" or "to" phrase on the object)
    given = [k for j in f.obj for k in ctx.tree.conjuncts(j)]  # ("solar arrays and an infrared camera to X")
    for i in f.prep("for", "to") + [o.i for j in given + f.prep("with") for p in ctx.tree.children(j, "prep")
                                    if ctx.tree.lowers[p.i] == "for" or ctx.tree.lowers[p.i] == "to" and j in given
                                    for o in ctx.tree.children(p.i, "pobj")]:
        for m in things(ctx, i, create=False) or craft_above(ctx, i):
            if not isa(ctx, m, *CRAFT):
                continue
            for o in built:
                if o.key != m.key and not isa(ctx, o, C.Mission):
                    ctx.add(o, P.partOf, m, f.verb, f"frame:{f.lemma}-for", 0.8)
            for a in providers:
                ctx.add(a, P.contributesTo, m, f.verb, f"frame:{f.lemma}-for", 0.8)


def _bodies_of_people(ctx: Context, f: Frame, providers: list[Entity]) -> list[Entity]:
    """"designed by Dr Ana Ruiz at the University of Lorvik", "by Jon Berg and his colleagues at the X Institute":
    people who made a thing "at" a body made it for that body, which provides it (a person is no supplier when the
    clause names the body; one it does not stays)."""
    t = ctx.tree
    if not any(isa(ctx, p, C.Person) for p in providers):
        return providers
    at = [o.i for i in f.subj for k in t.subtree(i) if t[k].dep == "prep" and t.lowers[k] == "at"
          for o in t.children(k, "pobj")]
    bodies = [e for i in at for e in things(ctx, i, create=False) if isa(ctx, e, C.Organization)]
    if not bodies:
        return providers
    return list(dict.fromkeys([p for p in providers if not isa(ctx, p, C.Person)] + bodies))


def _with_bodies(ctx: Context, f: Frame) -> list[Entity]:
    """What "with" names beside a maker: on the verb ("built X with Y") or on its agent ("by X with Y")."""
    t = ctx.tree
    withs = list(f.prep("with"))
    withs += [o.i for i in f.prep("by") for p in t.children(i, "prep") if p.text.lower() == "with"
              for o in t.children(p.i, "pobj")]
    return [e for i in withs for e in things(ctx, i, create=False)]


@rule("frame:deliver", scope="verb", stage=Stage.VERBS, triggers=("DELIVER_VERBS",),
      produces=(P.deliveredTo, P.providedBy), confidence=0.85)
def deliver(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"the MicrOmega instrument delivered to JAXA"; "will deliver the first terminal to X in 2028", where the
    parser hangs "to X" on the thing delivered (nothing is a terminal "to" someone: it is the verb's)."""
    objs = [e for i in f.obj for e in things(ctx, i)]
    t = ctx.tree
    tos = list(f.prep("to")) + [o.i for i in f.obj for p in t.children(i, "prep") if p.text.lower() == "to"
                                for o in t.children(p.i, "pobj")]
    to = [e for i in tos for e in agents(things(ctx, i, create=False), ctx)]
    # "selected X to deliver the instruments to the lunar surface": a carrier to a world, no maker
    carried = any(bodies_in(ctx, i) or any(t.lowers[c.i] in PLANET_ADJECTIVES for c in t.children(i, "amod"))
                  for i in tos)
    for o in objs:
        if not isa(ctx, o, *BUILT, C.Sample):
            continue
        for r in to:
            ctx.add(o, P.deliveredTo, r, f.verb, "frame:deliver-to", 0.85)
        # "He said the satellite will be handed over to X": a passive without an agent of its own has no giver
        for a in [] if carried else suppliers(ctx, f, subj):
            ctx.add(o, P.providedBy, a, f.verb, "frame:deliver-by", 0.7)


@rule("frame:launched-from", scope="verb", stage=Stage.VERBS, triggers=("LAUNCH_VERBS",),
      produces=(P.launchSite, P.locatedIn, P.participant, P.launchVehicle, C.Launch), confidence=0.85)
def launch(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"to be launched from the Guiana Space Centre"; "flew past the asteroid" (PASSING_WORDS) is no launch, nor
    "the Kesko helicopter flew on 30 July" (a flight, rules/aircraft_flights.py)."""
    if f.particle in WORD_CLASSES["PASSING_WORDS"] or passed(ctx, f) or aircraft_flight(ctx, f):
        return
    if in_class("CONVEY_VERBS", f.lemma, f.particle or None) and any(
            isa(ctx, e, C.Place, C.Agent) and not isa(ctx, e, C.CelestialBody)
            for i in f.prep("to") for e in things(ctx, i, create=False)):
        return  # "a helicopter flew the capsule to the base": a transport on Earth (frame:occurrence), no launch
    # "the satellites will be launched on a Vega-C rocket": a craft told by its noun is launched as a named one
    craft = before_destination(ctx, f) or [e for i in (f.obj or f.subj) for e in things(
        ctx, i, create=craft_noun(ctx, i)) if isa(ctx, e, C.Mission, C.Spacecraft, C.LaunchVehicle)] \
        or launched_above(ctx, f)
    # "launched on a Vega-C rocket from Kourou": the parser hangs the site on the rocket (also where the rocket's
    # phrase hangs on a date: "lifted off on 3 May aboard a Vega-C rocket from X")
    t = ctx.tree  # "launched by a Long March 5 rocket from Wenchang": the site hung on the passive's agent
    froms = f.prep("from", "at") + [q.i for p, i in f.preps if p in ("on", "aboard", "atop")
                                    for pp in t.children(i, "prep") if pp.text.lower() == "from"
                                    for q in t.children(pp.i, "pobj")]
    froms += [q.i for a in t.children(f.verb, "agent") for r in t.children(a.i, "pobj")
              for pp in t.children(r.i, "prep") if pp.text.lower() == "from" for q in t.children(pp.i, "pobj")]
    # "launched as a secondary payload on a Falcon 9 rocket from X": the rocket hung on the "as" noun
    froms += [q.i for a in f.prep("as") for p in t.children(a, "prep") if t.lowers[p.i] in ("on", "aboard")
              for r in t.children(p.i, "pobj") for pp in t.children(r.i, "prep") if t.lowers[pp.i] == "from"
              for q in t.children(pp.i, "pobj")]
    # "launched on the night of 4 to 5 May from Kourou": the site hung on the date, however deep in its phrase
    froms += [q.i for p in t.children(f.verb, "prep") if t.lowers[p.i] in ("on", "in") for k in t.subtree(p.i)
              if t.lowers[k] == "from" and (t[t[k].head].ent_type in ("DATE", "TIME") or t.lowers[t[k].head] in
                                            CALENDAR_WORDS) for q in t.children(k, "pobj")]
    if f.noun is not None:  # "scheduled for launch on a Vireo rocket from X": the phrases are the launch noun's
        for p in t.children(f.noun, "prep"):
            for o in t.children(p.i, "pobj"):
                if p.text.lower() in ("from", "at"):
                    froms.append(o.i)
                elif p.text.lower() in ("on", "aboard", "atop"):
                    froms += [q.i for pp in t.children(o.i, "prep") if pp.text.lower() == "from"
                              for q in t.children(pp.i, "pobj")]
    # "launched X along with 18 satellites from the First Launch Pad": a site hung on an object's noun (a spaceport
    # or a pad only: "the satellite from Germany" is where the craft comes from)
    held = f.obj + [i for _, i in f.preps] + [o.i for p in t.children(f.verb, "prep") for pp in t.children(
        p.i, "prep") for o in t.children(pp.i, "pobj")]  # ("along with")
    sites = [e for i in froms for e in port_of_pad(ctx, i) or things(ctx, i, create=False) or [
        s for s in [told_launch_site(ctx, i)] if s] if isa(ctx, e, C.Place)] + [  # ("from the spaceport in Kourou")
        e for o in held for p in t.children(o, "prep") if t.lowers[p.i] == "from" for q in t.children(p.i, "pobj")
        for e in things(ctx, q.i, create=False) or [s for s in [told_launch_site(ctx, q.i)] if s]
        if isa(ctx, e, C.Facility)]
    for c in craft:
        for s in sites:
            ctx.add(c, P.launchSite, s, f.verb, "frame:launched-from", 0.85)
    # "the second Copernicus satellite launched in 2026": a rank among launches; "will be launched from 2027":
    # launches to come; neither is a launch of its own
    no_launch = t[f.verb].dep == "acl" and any(t.lowers[c.i] in WORD_CLASSES["MEMBER_WORDS"]
                                               for c in t.children(t[f.verb].head)) \
        or from_onwards(t, f.verb, ctx.date_tokens(f))
    # a launch is an event when dated, or told as done ("X lifted off from Y", "ESA launched the X satellite", "X was
    # launched aboard a Vega rocket"; not "will lift off", nor "has lifted off three times"); a verb that also conveys
    # ("a helicopter flew it to a clean room") launches only from a site; undated and from no site, only named craft
    # ("the 30 satellites launched by ESA", "spacecraft launched in the 1990s": no launch of their own)
    past = done_once(t, f.verb) and (bool(sites) or not in_class("CONVEY_VERBS", f.lemma, f.particle or None))
    if not ctx.frame_date(f.verb):
        craft = [c for c in craft if c.named or sites] if past else []
    if craft and not no_launch:
        ev = described(ctx, f.verb, C.Launch)
        v = t[f.verb].head if t[f.verb].dep == "xcomp" else f.verb  # ("the X mission, scheduled to launch in 2027")
        if ev is not None:
            for c in craft:  # "the Zephra-1 rocket lifted off from X": a launcher is the launch's vehicle
                if t[v].dep in ("acl", "relcl") and c.kb is None and isa(ctx, c, C.Mission) and not isa(
                        ctx, c, C.Spacecraft, C.LaunchVehicle, C.Instrument):
                    c.classes.add(C.Spacecraft)  # "the Ondra mission, launched in 2019": a mission launched is its
                    # craft too, as frame:occurrence reads a launch told as a clause (which this participle is not)
                prop = P.launchVehicle if isa(ctx, c, C.LaunchVehicle) else P.participant
                ctx.add(ev, prop, c, f.verb, "frame:launch-event", 0.75)
            for s in sites:  # a spaceport is the site; a town or a region ("from Kourou") is where it was
                prop = P.launchSite if isa(ctx, s, C.Facility) else P.locatedIn
                ctx.add(ev, prop, s, f.verb, "frame:launch-event", 0.75)


@rule("frame:bring-back", scope="verb", stage=Stage.VERBS, triggers=("RETURN_VERBS",),
      produces=(P.returned, P.sampleFrom, P.participant, C.SampleReturn), confidence=0.85)
def bring_back(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"bringing back to Earth 5.4 grams of samples from asteroid Ryugu"."""
    craft = [e for e in subj if isa(ctx, e, *CRAFT)]
    samples = [e for i in f.obj for e in things(ctx, i) if isa(ctx, e, C.Sample)]
    if not samples:  # the sample noun may hang anywhere in the clause: "on 6 December 2020 5.4 grams of samples"
        samples = [e for i in _clause_tokens(ctx, f.verb) if ctx.tree.lemma(i) == "sample"
                   for e in things(ctx, i) if isa(ctx, e, C.Sample)] or samples_taken_back(ctx, f)
    craft, samples = returned_by_collector(ctx, f, craft, samples)  # ("were collected by X and returned": X's)
    if not craft or not samples:
        agentless_return(ctx, f, samples)  # "The samples were delivered to Earth in December 2020"
        return
    for i in f.prep("from"):
        # "from asteroid Ryugu", "from the far side of the Moon", "from Halden Crater on Mars" (the site's world)
        for body in bodies_in(ctx, i) or site_bodies(ctx, i):
            if isa(ctx, body, C.CelestialBody):
                for smp in samples:
                    ctx.add(smp, P.sampleFrom, body, f.verb, "frame:sample-from", 0.8)
    returning = f.lemma in RETURNING
    for c in craft:
        for s in samples:
            if returning:
                ctx.add(c, P.returned, s, f.verb, "frame:bring-back", 0.85)
            ctx.pending_targets.append((c, s, f.verb))
    if returning and ctx.frame_date(f.verb):
        ev = described(ctx, f.verb, C.SampleReturn)
        if ev is not None:
            for c in craft:
                ctx.add(ev, P.participant, c, f.verb, "frame:sample-return-event", 0.8)


@rule("frame:operator", scope="verb", stage=Stage.VERBS, triggers=("OPERATE_VERBS",),
      produces=(P.operatedBy, P.contributesTo), confidence=0.85)
def operate(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"JAXA leads Hayabusa2", "Hera, which ESA leads", "operated by each agency", "NASA's Goddard centre manages
    X" (the centre's operator); "ESA will help with
    controlling the probe" (a :data:`HELP_VERBS` governor): ESA contributes, it does not run it."""
    orgs = [e for e in subj if isa(ctx, e, C.Organization)]  # (with who runs it beside them, "together with ESA")
    # "Luxembourg and Belgium will lead the programme": a state runs no mission (operatedBy is a body's); it takes part
    states = [e for e in subj if C.Country in e.classes]
    # "NASA's Goddard Space Flight Center manages the mission": a centre runs it for the body that runs the centre
    orgs += [o for e in subj if isa(ctx, e, C.Facility) and not isa(ctx, e, C.Organization)
             for o in site_operators(ctx, e) if o not in orgs]
    if not orgs:  # "operated by ESA's European Space Operations Centre": a body's centre runs it for the body
        orgs = [o for i in f.subj if any(isa(ctx, e, C.Facility) for e in things(ctx, i, create=False))
                for c in ctx.tree.children(i, "poss") for o in ctx.refs(c.i) if isa(ctx, o, C.Organization)]
    helping = any(ctx.tree.lemma(a.i) in HELP_VERBS for a in list(ctx.tree.ancestors(f.verb))[:3])
    # "the station in Sweden, which is operated by X": the clause hung on the place speaks of the station
    # "Vela is a mission operated by ESA": a described noun a copula says of a name stands for the name
    # "a mission at the LUNA facility in Cologne, operated by X": the facility, nearer, is what is operated
    nearer = [k for i in f.obj if (k := facility_between(ctx, i, f.verb)) is not None]
    for i in nearer or [h if ctx.tree[f.verb].dep in ("relcl", "acl") and (h := holder_of_place(ctx, i)) is not None
                        else _said_of(ctx, i) for i in f.obj]:
        for o in things(ctx, i, create=bool(nearer)) + site_of_town(ctx, f, i):
            for a in states if isa(ctx, o, C.Mission, C.Spacecraft) else ():
                ctx.add(a, P.contributesTo, o, f.verb, "frame:state-leads", 0.75)
            if isa(ctx, o, C.Mission, C.Spacecraft, C.Facility):
                for a in orgs:
                    if helping:
                        ctx.add(a, P.contributesTo, o, f.verb, "frame:helps-operate", 0.7)
                    else:
                        ctx.add(o, P.operatedBy, a, f.verb, f"frame:{f.lemma}-operator", 0.85)


def _launcher_part_word(ctx: Context, i: int) -> bool:
    lemma = ctx.tree.lemma(i)
    return ctx.tree[i].pos == "NOUN" and lemma in LAUNCHER_PARTS and lemma not in HEAD_CLASSES


@rule("frame:target", scope="verb", stage=Stage.VERBS, triggers=("STUDY_VERBS",), produces=(P.target,), confidence=0.75)
def study(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"Hera is to study the impact ... on the asteroid Didymos": craft and their targets."""
    craft = [e for e in subj if isa(ctx, e, *CRAFT)]
    gov = ctx.frames.get(ctx.tree[f.verb].head)
    if not craft and gov is not None and ctx.tree[f.verb].dep in ("xcomp", "advcl"):
        # "a mission run jointly by ESA and JAXA to explore Mercury": the mission explores
        craft = [e for i in gov.obj for e in things(ctx, i, create=False) if isa(ctx, e, *CRAFT)]
        if not craft:  # "the probe used a gravity assist from Venus to reach Mercury": the probe reaches
            craft = [e for i in gov.subj for e in things(ctx, i, create=False) if isa(ctx, e, *CRAFT)]
    if not craft:
        return
    meets = f.prep("with") if f.lemma in STUDY_WITH_VERBS else []  # "rendezvous with the asteroid X"
    told = bodies_aimed_at(ctx, f.obj + f.prep("on", "to", "at", "around", "of") + meets)
    for c in craft:
        for b in told:
            ctx.add(c, P.target, b, f.verb, f"frame:{f.lemma}-target", 0.75)


@rule("frame:orbit", scope="verb", stage=Stage.VERBS, triggers=("ORBIT_VERBS",), produces=(P.orbits,), confidence=0.8)
def orbit(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    for s in subj:
        for i in f.obj + f.prep("around"):
            for o in things(ctx, i, create=False):
                if isa(ctx, o, C.CelestialBody):
                    ctx.add(s, P.orbits, o, f.verb, "frame:orbit", 0.8)


@rule("dep:sample-source", stage=Stage.PHRASES, produces=(P.sampleFrom,), confidence=0.8)
def sample_source(ctx: Context) -> None:
    """"the samples from asteroid Ryugu", "the samples collected from Bennu", "samples of the Moon": a sample
    noun (its class: Sample) with a body after "from"/"of", on the noun or on the participle that follows it,
    is a sample from that body, though no verb in the text brings it back; so is matter (lexicon
    SAMPLE_MATTER_NOUNS) a participle brings back ("grains of asteroid Orvo returned by Hikari-3")."""
    t = ctx.tree
    returns = WORD_CLASSES["RETURN_VERBS"]
    for tok in t.tokens:
        # (or matter a clause brings back: "grains of asteroid Orvo returned by X", "dust of the comet collected")
        if tok.pos != "NOUN" or noun_class(t, tok.i) != C.Sample and not (
                t.lemma(tok.i) in SAMPLE_MATTER and any(t.lemma(c.i) in returns for c in t.children(tok.i, "acl"))):
            continue
        heads = [tok.i, *(c.i for c in t.children(tok.i, "acl") if t[c.i].tag == "VBN")]
        if tok.dep == "nsubj" and t.lemma(tok.head) in WORD_CLASSES["RETURN_VERBS"]:
            heads.append(tok.head)  # "Samples collected from X arrived ...", parsed as the samples collecting
        # "from asteroid Vesta" may be parsed as a clause ("asteroid" a pcomp verb, "Vesta" its object)
        objs = [o.i for h in heads for p in t.children(h, "prep") if p.text.lower() in ("from", "of")
                for o in t.children(p.i, "pobj", "pcomp")]
        top = t[tok.head].head if tok.dep == "pobj" and t.lowers[tok.head] == "of" and t.lemma(
            t[tok.head].head) in WORD_CLASSES["QUANTITY_NOUNS"] else tok.i  # ("handed over 10 milligrams of samples")
        if t[top].dep == "dobj":  # "studied samples from the asteroid Ryugu": the parser hung "from" on the verb
            objs += [o.i for p in t.children(t[top].head, "prep") if p.i == max(t.subtree(top)) + 1
                     and p.text.lower() == "from" for o in t.children(p.i, "pobj")]
        objs += [d.i for o in objs if t[o].dep == "pcomp" for d in t.children(o, "dobj", "npadvmod")]
        bodies = [e for o in objs for e in bodies_in(ctx, o)  # "from the far side of X"
                  if e.label != "Earth"]
        if not bodies:  # "from Halden Crater on Mars", "from the floor of Veyra Crater on Mars": the site's world
            bodies = [e for o in objs for e in site_bodies(ctx, o)]  # ("on Mars" may hang on the sample noun)
            bodies += [e for h in heads[:1] if objs and not bodies for e in site_bodies(ctx, h, 1)]
        if not bodies and objs and t[top].dep == "dobj":  # "collected its sample from the rim of Jezero Crater on
            # Mars": the world hung on the verb, beside the site's "from"
            bodies = [e for p in t.children(t[top].head, "prep") if t.lowers[p.i] == "on"
                      for o in t.children(p.i, "pobj") for e in bodies_in(ctx, o.i) if e.label != "Earth"]
        if bodies:
            sample = ctx.ref(tok.i) or described(ctx, tok.i, C.Sample)
            for b in bodies if sample is not None and isa(ctx, sample, C.Sample) else ():
                ctx.add(sample, P.sampleFrom, b, tok.i)
