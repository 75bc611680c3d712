"""Relations and events read from verbs: who supplies, launches, lands, signs, meets.

Each rule reads :class:`~presskg.extract.frames.Frame` records, so passives,
relative clauses and participles need no rule of their own. Things the text
describes without naming ("a spectrometer", "the meeting", "5.4 grams of
samples") become nodes only when a rule gives them a relation.
"""

from __future__ import annotations

from collections.abc import Callable

from ..model import Entity
from ..vocab import Class as C
from ..vocab import Prop as P
from .context import Context
from .entities import ancestors
from .frames import Frame
from .lexicon import (
    CONTRIBUTE_VERBS,
    COOPERATE_VERBS,
    DELIVER_VERBS,
    DESCRIBED_THINGS,
    DISCUSS_VERBS,
    LAND_VERBS,
    LAUNCH_VERBS,
    MEET_VERBS,
    OPERATE_VERBS,
    ORBIT_VERBS,
    RETURN_VERBS,
    SIGN_VERBS,
    STUDY_VERBS,
    SUPPLY_VERBS,
)
from .mentions import noun_class

CRAFT = (C.Mission, C.Spacecraft)
COOPERATION_NOUNS = frozenset({"cooperation", "collaboration", "partnership", "relationship", "relation",
                               "ties", "tie", "relations", "dialogue", "teamwork"})
PROJECT_NOUNS = frozenset({"project", "programme", "program", "cooperation", "collaboration"})
BUILT = (C.Instrument, C.Spacecraft, C.LaunchVehicle)
WORKERS = frozenset({"team", "scientist", "researcher", "engineer", "staff", "expert", "group", "side"})


# --- finding what the arguments denote ----------------------------------------------


def things(ctx: Context, i: int, *, create: bool = True) -> list[Entity]:
    """Entities an argument denotes, creating described things ("a spectrometer") on demand."""
    out: list[Entity] = []
    for j in ctx.tree.conjuncts(i):
        ents = ctx.refs(j)
        if not ents:
            ents = _worker_org(ctx, j)
        if not ents and create:
            thing = described(ctx, j)
            ents = [thing] if thing else []
        if not ents and ctx.tree.lemma(j) in ("gram", "kilogram", "piece", "amount", "set", "pair", "number"):
            for p in ctx.tree.children(j, "prep"):
                for o in ctx.tree.children(p.i, "pobj"):
                    ents = things(ctx, o.i, create=create)
        for e in ents:
            if e not in out:
                out.append(e)
    return out


def _worker_org(ctx: Context, i: int) -> list[Entity]:
    """"the French team at the IAS institute" acts for the institute."""
    if ctx.tree.lemma(i) not in WORKERS:
        return []
    for p in ctx.tree.children(i, "prep"):
        if p.text.lower() in ("at", "of", "from"):
            for o in ctx.tree.children(p.i, "pobj"):
                ents = [e for e in ctx.refs(o.i) if ctx.table.is_a(e, C.Organization)]
                if ents:
                    return ents
    return []


def described(ctx: Context, i: int, cls: str | None = None) -> Entity | None:
    """The described thing headed by noun ``i``, made once; ``None`` if the noun names no such thing."""
    t = ctx.tree
    tok = t[i]
    if i in ctx.described:
        return ctx.table.entities[ctx.described[i]]
    lemma = t.lemma(i)
    elliptic = _elliptic_head(ctx, i) if tok.text.lower() in ("one", "another") else None
    if elliptic is not None:
        lemma = t.lemma(elliptic)
        cls = cls or noun_class(t, elliptic)
    if tok.pos not in ("NOUN", "VERB", "NUM", "PROPN") or (lemma not in DESCRIBED_THINGS and cls is None):
        return None
    if tok.pos == "PROPN" and cls is None:
        return None
    if tok.pos in ("VERB", "PROPN"):  # the event a verb tells of ("set down in 2019": a landing), a field name
        label = {C.Landing: "landing", C.Launch: "launch", C.SampleReturn: "sample return",
                 C.Meeting: "meeting"}.get(cls, t.lemma(i))
        ent = ctx.table.add_described(f"d:{ctx.release.identifier}:{i}", label, cls, i, i + 1, "described")
        ctx.described[i] = ent.key
        return ent
    if ctx.table.at(i) is not None:
        return None
    cls = cls or noun_class(t, i) or (noun_class(t, elliptic) if elliptic is not None else None)
    if cls is None:
        return None
    prior = ctx.definite(i) if tok.pos == "NOUN" else None
    if prior is None and tok.pos == "NOUN" and lemma in DESCRIBED_THINGS and _is_definite(ctx, i):
        prior = _latest_of(ctx, i, cls)
    if prior is not None:
        ctx.described[i] = prior.key
        return prior
    start, end = _np_span(ctx, i)
    label = t.span_text(start, end)
    ent = ctx.table.add_described(f"d:{ctx.release.identifier}:{i}", label, cls, start, end, "described")
    ctx.described[i] = ent.key
    return ent


def _elliptic_head(ctx: Context, i: int) -> int | None:
    """"a pair of agreements ...: one on Hera and one on MMX" — "one" stands for an agreement."""
    for a in ctx.tree.ancestors(i):
        if a.pos == "NOUN" and a.tag == "NNS" and ctx.tree.lemma(a.i) in DESCRIBED_THINGS:
            return a.i
        if a.pos == "NOUN" and a.tag == "NN" and ctx.tree.lemma(a.i) in ("pair", "couple", "number", "set"):
            for p in ctx.tree.children(a.i, "prep"):
                for o in ctx.tree.children(p.i, "pobj"):
                    if ctx.tree.lemma(o.i) in DESCRIBED_THINGS:
                        return o.i
    return None


def _is_definite(ctx: Context, i: int) -> bool:
    kids = ctx.tree.children(i)
    return any(c.text.lower() in ("the", "this", "that") for c in kids if c.dep == "det") and not any(
        c.dep in ("prep", "acl", "relcl", "compound", "amod", "nummod") for c in kids
    )


def _latest_of(ctx: Context, i: int, cls: str) -> Entity | None:
    for ent in ctx.before(i):
        if any(cls in ancestors(k) for k in ent.classes):
            return ent
    return None


def _np_span(ctx: Context, i: int) -> tuple[int, int]:
    """Determiner-free span of a noun and its left modifiers: "videoconference meeting"."""
    t = ctx.tree
    start = i
    for c in sorted(t.children(i), key=lambda c: c.i):
        if c.i < i and c.dep in ("compound", "amod", "nmod", "nummod") and all(
            t[k].dep not in ("punct", "cc") for k in range(c.i, i)
        ):
            start = min(start, min(t.subtree(c.i)))
            break
    return start, i + 1


def agents(ents: list[Entity], ctx: Context) -> list[Entity]:
    return [e for e in ents if ctx.table.is_a(e, C.Agent) or C.Country in e.classes]


def organizations_of(ctx: Context, people: list[Entity]) -> list[Entity]:
    """The organizations people head or belong to (as found so far)."""
    out = []
    for p in people:
        if C.Person in p.classes:
            out.extend(ctx.objects(p, P.headOf) or ctx.objects(p, P.memberOf))
        elif ctx.table.is_a(p, C.Organization) or C.Country in p.classes:
            out.append(p)
    return list(dict.fromkeys(out))


def isa(ctx: Context, e: Entity, *classes: str) -> bool:
    return any(ctx.table.is_a(e, c) for c in classes)


# --- rules ------------------------------------------------------------------------------


def read_actions(ctx: Context, frames: list[Frame]) -> None:
    """Run every verb rule over every frame, in text order."""
    ctx.frames = {f.verb: f for f in frames}
    for f in frames:
        subj = things(ctx, f.subj[0], create=False) if f.subj else []
        for s in f.subj[1:]:
            subj += things(ctx, s, create=False)
        ctx.note_group(f.verb, subj)
        for rule in _rules_for(f):
            rule(ctx, f, subj)


def _rules_for(f: Frame) -> list[Callable[[Context, Frame, list[Entity]], None]]:
    lemma = f.lemma
    rules = []
    if lemma in SUPPLY_VERBS:
        rules.append(supply)
    if lemma in DELIVER_VERBS:
        rules.append(deliver)
    if lemma in LAUNCH_VERBS and (lemma != "lift" or f.particle == "off"):
        rules.append(launch)
    if lemma in LAND_VERBS and (lemma not in ("set", "touch") or f.particle == "down"):
        rules.append(land)
    if lemma in RETURN_VERBS and (lemma != "bring" or f.particle == "back"):
        rules.append(bring_back)
    if lemma in OPERATE_VERBS:
        rules.append(operate)
    if lemma in MEET_VERBS:
        rules.append(meet)
    if lemma in DISCUSS_VERBS or (lemma == "take" and "stock" in {""}):
        rules.append(discuss)
    if lemma in SIGN_VERBS or lemma == "put":
        rules.append(sign)
    rules.append(cooperate)
    if lemma in CONTRIBUTE_VERBS:
        rules.append(contribute)
    if lemma in STUDY_VERBS or lemma in ("make",):
        rules.append(study)
    if lemma in ORBIT_VERBS:
        rules.append(orbit)
    return rules


def supply(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"CNES is supplying a spectrometer for MMX", "developed by DLR", "equip JAXA with X"."""
    providers = agents(subj, ctx)
    objs = [e for i in f.obj for e in things(ctx, i)]
    recipients: list[Entity] = []
    if f.lemma == "equip":
        recipients = agents(objs, ctx)
        objs = [e for i in f.prep("with") for e in things(ctx, i)]
    built = [o for o in objs if isa(ctx, o, *BUILT) or isa(ctx, o, C.Mission)]
    partners = [e for p, i in f.preps if p.endswith("with") and p != "with"
                for e in agents(things(ctx, i, create=False), ctx)]
    for o in built:
        for a in providers + partners:
            ctx.add(o, P.providedBy, a, f.verb, f"frame:{f.lemma}-provider", 0.85)
        for r in recipients:
            ctx.add(o, P.deliveredTo, r, f.verb, f"frame:{f.lemma}-recipient", 0.75)
    for a in providers:
        for b in partners:
            ctx.add(a, P.partnerOf, b, f.verb, "frame:built-in-partnership", 0.75)
    # the mission it is for: "for MMX", "for which" (relative), "to the mission"
    for i in f.prep("for", "to"):
        for m in things(ctx, i, create=False) or _craft_above(ctx, i):
            if not isa(ctx, m, *CRAFT):
                continue
            for o in built:
                if o.key != m.key and not isa(ctx, o, C.Mission):
                    ctx.add(o, P.partOf, m, f.verb, f"frame:{f.lemma}-for", 0.8)
            for a in providers:
                ctx.add(a, P.contributesTo, m, f.verb, f"frame:{f.lemma}-for", 0.8)


def _craft_above(ctx: Context, i: int) -> list[Entity]:
    """For a relative pronoun's antecedent that is not a craft, the nearest craft phrase above it."""
    for a in [ctx.tree[i], *ctx.tree.ancestors(i)][:6]:
        for e in ctx.refs(a.i):
            if isa(ctx, e, *CRAFT):
                return [e]
        if a.dep == "appos":
            e = ctx.ref(a.head)
            if e is not None and isa(ctx, e, *CRAFT):
                return [e]
    return []


def deliver(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"the MicrOmega instrument delivered to JAXA"."""
    objs = [e for i in f.obj for e in things(ctx, i)]
    to = [e for i in f.prep("to") for e in agents(things(ctx, i, create=False), ctx)]
    for o in objs:
        if not isa(ctx, o, *BUILT, C.Sample):
            continue
        for r in to:
            ctx.add(o, P.deliveredTo, r, f.verb, "frame:deliver-to", 0.85)
        for a in agents(subj, ctx):
            ctx.add(o, P.providedBy, a, f.verb, "frame:deliver-by", 0.7)


def launch(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"to be launched from the Guiana Space Centre"."""
    craft = [e for i in (f.obj or f.subj) for e in things(ctx, i, create=False)
             if isa(ctx, e, C.Mission, C.Spacecraft, C.LaunchVehicle)]
    sites = [e for i in f.prep("from", "at") for e in things(ctx, i, create=False) if isa(ctx, e, C.Place)]
    for c in craft:
        for s in sites:
            ctx.add(c, P.launchSite, s, f.verb, "frame:launched-from", 0.85)
    if craft and ctx.frame_date(f.verb):
        ev = described(ctx, f.verb, C.Launch)
        if ev is not None:
            for c in craft:
                ctx.add(ev, P.participant, c, f.verb, "frame:launch-event", 0.75)
            for s in sites:
                ctx.add(ev, P.launchSite, s, f.verb, "frame:launch-event", 0.75)


def land(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"where the MASCOT lander set down in October 2019", "landed on Itokawa"."""
    landers = [e for e in subj if isa(ctx, e, C.Spacecraft, C.Mission)]
    bodies = [e for i in f.prep("on", "onto", "upon") for e in things(ctx, i, create=False)]
    if f.where is not None:
        bodies += ctx.refs(f.where)
    bodies = [b for b in bodies if isa(ctx, b, C.CelestialBody)]
    for x in landers:
        for b in bodies:
            ctx.add(x, P.landedOn, b, f.verb, "frame:land-on", 0.85)
    if landers and (bodies or ctx.frame_date(f.verb)):
        ev = described(ctx, f.verb, C.Landing)
        if ev is not None:
            for x in landers:
                ctx.add(ev, P.participant, x, f.verb, "frame:landing-event", 0.8)


def bring_back(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"bringing back to Earth 5.4 grams of samples from asteroid Ryugu"."""
    craft = [e for e in subj if isa(ctx, e, *CRAFT)]
    samples = [e for i in f.obj for e in things(ctx, i) if isa(ctx, e, C.Sample)]
    if not samples:  # the sample noun may hang anywhere in the clause: "on 6 December 2020 5.4 grams of samples"
        samples = [e for i in _clause_tokens(ctx, f.verb) if ctx.tree.lemma(i) == "sample"
                   for e in things(ctx, i) if isa(ctx, e, C.Sample)]
    if not craft or not samples:
        return
    for i in f.prep("from"):
        for body in things(ctx, i, create=False):
            if isa(ctx, body, C.CelestialBody):
                for smp in samples:
                    ctx.add(smp, P.sampleFrom, body, f.verb, "frame:sample-from", 0.8)
    returning = f.lemma in ("bring", "return", "retrieve", "recover")
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


def _clause_tokens(ctx: Context, v: int) -> list[int]:
    """Tokens of a verb's clause, without the clauses embedded in it."""
    t = ctx.tree
    out, todo = [], [c.i for c in t.children(v) if c.dep not in ("relcl", "advcl", "ccomp", "conj", "acl")]
    while todo:
        j = todo.pop()
        out.append(j)
        todo.extend(c.i for c in t.children(j) if c.dep not in ("relcl", "acl", "advcl", "ccomp"))
    return sorted(out)


def operate(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"JAXA leads Hayabusa2", "Hera, which ESA leads", "operated by each agency"."""
    orgs = [e for e in subj if isa(ctx, e, C.Organization)]
    for i in f.obj:
        for o in things(ctx, i, create=False):
            if isa(ctx, o, C.Mission, C.Spacecraft, C.Facility):
                for a in orgs:
                    ctx.add(o, P.operatedBy, a, f.verb, f"frame:{f.lemma}-operator", 0.85)


def meet(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"X and Y held a videoconference meeting", "X met Y in Oslo"."""
    events = [e for i in f.obj for e in things(ctx, i) if isa(ctx, e, C.Event)]
    if f.lemma in ("join", "attend"):  # "joined the CCFI for its yearly dinner"
        events += [e for i in f.prep("for", "at", "in") for e in things(ctx, i) if isa(ctx, e, C.Event)]
    people = agents(subj, ctx)
    if not events and f.lemma == "meet" and people:
        ev = described(ctx, f.verb, C.Meeting)
        events = [ev] if ev else []
        people += agents([e for i in f.obj + f.prep("with") for e in things(ctx, i, create=False)], ctx)
    places = [e for i in f.prep("in", "at") for e in things(ctx, i, create=False) if isa(ctx, e, C.Place)]
    for ev in events:
        for p in people:
            ctx.add(ev, P.participant, p, f.verb, f"frame:{f.lemma}-participant", 0.85)
        for pl in places:
            ctx.add(ev, P.locatedIn, pl, f.verb, f"frame:{f.lemma}-in", 0.8)
        ctx.note_group(f.verb, people)
        ctx.events_seen.append(ev.key)


def discuss(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"The two heads of agency discussed the COVID-19 situation": topics of their meeting."""
    event = ctx.current_event(f.verb, subj)
    if event is None:
        return
    people = [e for e in ctx.objects(event, P.participant)]
    args = f.obj + f.prep("on", "about", "of", "over")
    topics = [x for i in args for x in topic_list(ctx, i)]
    for topic in topics:
        ctx.add(event, P.topic, topic, f.verb, f"frame:{f.lemma}-topic", 0.75)
    # "reviewed the status of main projects underway, among them X and Y": their joint projects
    if any(ctx.tree.lemma(j) in PROJECT_NOUNS for i in args for j in ctx.tree.subtree(i)[:12]):
        for topic in topics:
            if isa(ctx, topic, C.Mission, C.LaunchVehicle, C.Spacecraft):
                for org in organizations_of(ctx, people):
                    ctx.add(org, P.contributesTo, topic, f.verb, "frame:joint-project", 0.6)


def topic_list(ctx: Context, i: int) -> list[Entity]:
    """Entities an object phrase is about: itself, its list members, its "of" complement.

    "the status of main projects underway, among them Callisto ... and MMX"
    gives Callisto and MMX; "the COVID-19 health situation" gives COVID-19.
    Deeper modifiers ("mission to Phobos") are descriptions, not topics.
    """
    t = ctx.tree
    out: list[Entity] = []
    todo = [i]
    seen = set()
    while todo:
        j = todo.pop(0)
        if j in seen:
            continue
        seen.add(j)
        for k in t.conjuncts(j):
            ent = ctx.ref(k)
            if ent is None:
                for c in t.children(k, "compound", "nmod", "amod"):
                    e = ctx.table.at(c.i)
                    if e is not None and not isa(ctx, e, C.Country):
                        ent = e
            if ent is not None and not isa(ctx, ent, C.Agent, C.Country):
                out.append(ent)
                continue
            for p in t.children(k, "prep"):
                if p.text.lower() in ("of", "among", "including", "on", "in", "for", "about", "regarding"):
                    todo.extend(o.i for o in t.children(p.i, "pobj"))
            for c in t.children(k, "appos"):
                todo.append(c.i)
            for c in t.children(k, "advmod", "amod"):
                for p in t.children(c.i, "prep"):
                    todo.extend(o.i for o in t.children(p.i, "pobj"))
            for c in t.children(k, "acl"):  # "projects underway, among them ..."
                for p in t.children(c.i, "prep"):
                    todo.extend(o.i for o in t.children(p.i, "pobj"))
    return list(dict.fromkeys(out))


def sign(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"X and Y signed the agreement", "put their signatures to X", "with the signature of X"."""
    t = ctx.tree
    if f.lemma == "put":
        if not any(t.lemma(i) == "signature" for i in f.obj):
            return
        targets = f.prep("to", "on")
    else:
        targets = list(f.obj)
    targets += [o.i for i in f.prep("with", "by") if t.lemma(i) in ("signature", "signing")
                for p in t.children(i, "prep") if p.text.lower() in ("of", "to") for o in t.children(p.i, "pobj")]
    deals = [e for i in targets for e in things(ctx, i) if isa(ctx, e, C.Agreement)]
    if not deals and not targets and f.lemma == "sign":
        deals = ctx.recent(f.verb, C.Agreement, sentences=3)[:1]  # "X signed for ESA": the agreement in view
    if not deals:
        return
    signers = agents(subj, ctx)
    # "for ESA", "on behalf of JAXA and ESA" (wherever the parser hung it in the clause)
    behalf_of = [o.i for b in _clause_tokens(ctx, f.verb) if t.lemma(b) == "behalf"
                 for p in t.children(b, "prep") if p.text.lower() == "of" for o in t.children(p.i, "pobj")]
    behalf = [e for p, i in f.preps if "behalf" in p or p == "for" for e in agents(things(ctx, i, create=False), ctx)]
    behalf += [e for i in behalf_of for e in agents(things(ctx, i, create=False), ctx)]
    signers += [e for e in behalf if isa(ctx, e, C.Organization, C.Country)]
    if not signers:
        signers = [e for d in deals for e in ctx.objects(d, P.signatory)] or organizations_of(
            ctx, ctx.latest_group(f.verb))
    everyone = list(dict.fromkeys(signers + organizations_of(ctx, signers)))
    events = [e for i in f.prep("at", "during", "on occasion of", "on the occasion of", "in")
              for e in things(ctx, i, create=False) if isa(ctx, e, C.Event)]
    events += [e for p, i in f.preps if "occasion" in p for e in things(ctx, i, create=False) if isa(ctx, e, C.Event)]
    # where it was signed: a locative anywhere in the clause ("signed an agreement on X in Brasilia")
    locatives = [c.i for i in _clause_tokens(ctx, f.verb) if t[i].dep == "prep" and t[i].text.lower() in ("at", "in")
                 for c in t.children(i, "pobj")]
    places = [e for i in locatives for e in things(ctx, i, create=False)
              if isa(ctx, e, C.Place) and not isa(ctx, e, C.Event)]
    if not events:  # "agreements were concluded at the meeting. X signed the Hera agreement": that meeting
        events = [e for d in ctx.recent(f.verb, C.Agreement, sentences=2) if d not in deals
                  for e in ctx.objects(d, P.signedAt)][:1]
    if not events:  # "The signing took place ... X signed for ESA": the signing in view
        events = [e for e in ctx.recent(f.verb, C.Meeting, sentences=2) if ctx.tree.lemma(
            e.mentions[0].end - 1) in ("signing", "ceremony")][:1] if not places else []
        for ev in events:
            for p in signers:
                if C.Person in p.classes:
                    ctx.add(ev, P.participant, p, f.verb, "frame:signing-participant", 0.8)
    if not events and (places or ctx.frame_date(f.verb)) and signers:
        ev = described(ctx, f.verb, C.Meeting)
        if ev is not None:
            ctx.table.entities[ev.key].label = "signing"
            events = [ev]
            for p in signers:
                if C.Person in p.classes:
                    ctx.add(ev, P.participant, p, f.verb, "frame:signing-participant", 0.8)
            for pl in places:
                ctx.add(ev, P.locatedIn, pl, f.verb, "frame:signed-at-place", 0.8)
    for d in deals:
        for s in everyone:
            ctx.add(d, P.signatory, s, f.verb, "frame:signatory", 0.85 if s in signers else 0.7)
        for ev in events:
            ctx.add(d, P.signedAt, ev, f.verb, "frame:signed-at", 0.8)
            ctx.date_links.append((ev.key, d.key))
        ctx.date_links.append((d.key, f"verb:{f.verb}"))
    orgs = [s for s in everyone if isa(ctx, s, C.Organization)]
    ctx.add_partners(orgs, f.verb, "frame:co-signatories", 0.7)


def cooperate(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"DLR, working hand in hand with CNES", "cooperate with", "relationship with DLR"."""
    t = ctx.tree
    parties = agents(subj, ctx)
    withs = [i for p, i in f.preps if p == "with" or p.endswith(" with")]
    coop_obj = [i for i in f.obj if t.lemma(i) in COOPERATION_NOUNS]
    if f.lemma not in COOPERATE_VERBS:
        if not coop_obj:
            return
        withs = [o.i for i in coop_obj for p in t.children(i, "prep") if p.text.lower() == "with"
                 for o in t.children(p.i, "pobj")]
        if not withs:  # "X and Y step up their cooperation"
            orgs = organizations_of(ctx, parties)
            ctx.add_partners(orgs, f.verb, "frame:their-cooperation", 0.75)
            return
    elif f.lemma == "work" and not withs:
        return
    others = [e for i in withs for e in agents(things(ctx, i, create=False), ctx)]
    for a in organizations_of(ctx, parties) or parties:
        for b in organizations_of(ctx, others) or others:
            if isa(ctx, a, C.Organization, C.Country) and isa(ctx, b, C.Organization, C.Country):
                ctx.add(a, P.partnerOf, b, f.verb, f"frame:{f.lemma}-with", 0.8)
    for i in f.prep("on", "in"):
        for x in things(ctx, i, create=False):
            if isa(ctx, x, C.Mission, C.Spacecraft, C.LaunchVehicle):
                for a in parties + others:
                    if isa(ctx, a, C.Organization, C.Country):
                        ctx.add(a, P.contributesTo, x, f.verb, f"frame:{f.lemma}-on", 0.75)
    if not others and f.lemma in ("cooperate", "collaborate", "partner", "team") and len(parties) >= 2:
        orgs = organizations_of(ctx, parties)
        ctx.add_partners(orgs, f.verb, f"frame:{f.lemma}-together", 0.8)


def contribute(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"JAXA will contribute to the mission with a camera", "take part in the campaign"."""
    parties = agents(subj, ctx)
    if f.lemma == "take" and not any(ctx.tree.lemma(i) == "part" for i in f.obj):
        return
    if f.lemma == "join" and not f.prep("in"):
        return
    goals = [e for i in f.prep("to", "in") for e in things(ctx, i, create=False)]
    means = [e for i in f.prep("with", "through", "by") for e in things(ctx, i)]
    for g in goals:
        for a in parties:
            if isa(ctx, g, C.Event):
                ctx.add(g, P.participant, a, f.verb, f"frame:{f.lemma}-participant", 0.75)
            elif isa(ctx, g, C.Mission, C.Spacecraft, C.LaunchVehicle):
                ctx.add(a, P.contributesTo, g, f.verb, f"frame:{f.lemma}-to", 0.8)
    for m in means:
        if isa(ctx, m, *BUILT):
            for a in parties:
                ctx.add(m, P.providedBy, a, f.verb, f"frame:{f.lemma}-through", 0.75)
            for g in goals:
                if isa(ctx, g, *CRAFT) and not isa(ctx, m, C.Mission):
                    ctx.add(m, P.partOf, g, f.verb, f"frame:{f.lemma}-through", 0.7)


def study(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"Hera is to study the impact ... on the asteroid Didymos": craft and their targets."""
    craft = [e for e in subj if isa(ctx, e, *CRAFT)]
    gov = ctx.frames.get(ctx.tree[f.verb].head)
    if not craft and gov is not None and ctx.tree[f.verb].dep in ("xcomp", "advcl"):
        # "a mission run jointly by ESA and JAXA to explore Mercury": the mission explores
        craft = [e for i in gov.obj for e in things(ctx, i, create=False) if isa(ctx, e, *CRAFT)]
    if not craft:
        return
    bodies = []
    for i in f.obj + f.prep("on", "to", "at", "around", "of"):
        for j in ctx.tree.subtree(i)[:40]:
            if ctx.tree[j].pos not in ("NOUN", "PROPN"):
                continue
            e = ctx.ref(j)
            if e is not None and isa(ctx, e, C.CelestialBody) and e not in bodies:
                bodies.append(e)
    for c in craft:
        for b in bodies[:2]:
            ctx.add(c, P.target, b, f.verb, f"frame:{f.lemma}-target", 0.75)


def orbit(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    for s in subj:
        for i in f.obj + f.prep("around"):
            for o in things(ctx, i, create=False):
                if isa(ctx, o, C.CelestialBody):
                    ctx.add(s, P.orbits, o, f.verb, "frame:orbit", 0.8)
