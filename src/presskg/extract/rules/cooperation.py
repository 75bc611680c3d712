"""Rules for agencies working together: cooperating ("DLR, working hand in hand with CNES", "A and B cooperate")
and contributing ("JAXA will contribute to the mission with a camera", "took part in the campaign").

Split out of ``gatherings`` (meetings, talks and signings), registered right after it, as they ran there.
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..frames import Frame
from ..lexicon import COOPERATE_VERBS, COOPERATION_NOUNS, WORD_CLASSES
from ..mentions import noun_class
from ..referents import agents, described, isa, organizations_of, things
from ..registry import Stage, rule
from .gatherings import BUILT, CRAFT

_TAKEN_PART_IN_NOUNS = WORD_CLASSES["TAKEN_PART_IN_NOUNS"]
#: Verbs of making, supplying or running a craft: "teamed up with X to build (operate) Y" (lexicon data).
_MAKE_OR_RUN = WORD_CLASSES["MAKER_VERBS"] | WORD_CLASSES["SUPPLY_VERBS"] | WORD_CLASSES["OPERATE_VERBS"]


@rule("frame:cooperate", scope="verb", stage=Stage.VERBS, produces=(P.partnerOf, P.contributesTo), confidence=0.8)
def cooperate(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"DLR, working hand in hand with CNES", "cooperate with", "relationship with DLR"."""
    t = ctx.tree
    parties = agents(subj, ctx)
    withs = [i for p, i in f.preps if p == "with" or p.endswith(" with")]
    coop_obj = [i for i in f.obj if t.lemma(i) in COOPERATION_NOUNS] + [  # ("have a long history of cooperation")
        o.i for i in f.obj for p in t.children(i, "prep") if t.lowers[p.i] == "of" for o in t.children(p.i, "pobj")
        if t.lemma(o.i) in COOPERATION_NOUNS]
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
    # ("teamed up with X to build Y": what the purpose clause makes or runs, both do)
    purposes = [o.i for x in t.children(f.verb, "xcomp", "advcl") if x.pos == "VERB" and t.lemma(x.i) in _MAKE_OR_RUN
                for o in t.children(x.i, "dobj")] if others else []
    for i in f.prep("on", "in") + purposes + [o.i for w in withs for p in t.children(w, "prep")
                                              if p.text.lower() in ("on", "in")
                                              for o in t.children(p.i, "pobj")]:  # ("partner with X on Y": Y hung on X)
        for x in things(ctx, i, create=False):
            if isa(ctx, x, C.Mission, C.Spacecraft, C.LaunchVehicle):
                for a in parties + others:
                    if isa(ctx, a, C.Organization, C.Country):
                        ctx.add(a, P.contributesTo, x, f.verb, f"frame:{f.lemma}-on", 0.75)
    if not withs and f.lemma in WORD_CLASSES["MUTUAL_VERBS"] and len(parties) >= 2:
        # "A and B cooperate" (with each other); "A and B cooperated with us" is with someone else
        orgs = organizations_of(ctx, parties)
        ctx.add_partners(orgs, f.verb, f"frame:{f.lemma}-together", 0.8)


@rule("frame:contribute", scope="verb", stage=Stage.VERBS, triggers=("CONTRIBUTE_VERBS",),
      produces=(P.contributesTo, P.participant, P.providedBy, P.partOf), confidence=0.8)
def contribute(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"JAXA will contribute to the mission with a camera", "take part in the campaign"."""
    if f.lemma == "take" and not any(ctx.tree.lemma(i) == "part" for i in f.obj):
        return
    parties = agents(subj, ctx)  # (with who does it beside them: "took part together with NASA", frames)
    if f.lemma == "join" and not f.prep("in"):
        return
    t = ctx.tree
    ins = f.prep("in") + [o.i for i in f.obj if t.lemma(i) == "part" for p in t.children(i, "prep")
                          if p.text.lower() == "in" for o in t.children(p.i, "pobj")]  # "took part in X"
    goals = [e for i in f.prep("to") + ins for e in things(ctx, i, create=False)]
    if not goals and parties:  # "took part in the workshop held in Oslo": the event told of here
        goals = [e for i in ins for e in [described(ctx, i, C.Meeting if t.lemma(i) in _TAKEN_PART_IN_NOUNS
                                                     else noun_class(t, i))] if e is not None and isa(ctx, e, C.Event)]
    if not goals and not ins and not f.prep("to") and f.lemma in ("take", "participate"):
        # "NASA and ESA took part": in the gathering the sentence before told of
        goals = [e for e in ctx.recent(f.verb, C.Event, sentences=1) if isa(ctx, e, C.Meeting, C.Conference)][:1]
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
