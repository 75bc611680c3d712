"""Who a mission or a meeting brings together, worded as a coalition rather than as a deed.

- a cooperation noun whose "of" names the parties, said of a craft: "the Vela constellation is a
  partnership of Italy, Spain and Portugal", "Vela, a collaboration of A and B, ..." (the parties
  contribute to the craft and are partners);
- a gathering verb ("bring together", "gather", "unite"): "the meeting in Paris brought together
  representatives of CNES, DLR and ASI" (participants of the meeting), "the Vela mission brings together
  institutes from Italy and Spain" (they contribute to the mission).

The words are lexicon classes (``COOPERATION_NOUNS``, ``GATHER_VERBS``): a new word joins a class there.
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..candidates import noun_class
from ..context import Context
from ..entities import ancestors
from ..frames import Frame
from ..lexicon import COOPERATION_NOUNS
from ..referents import agents, described, isa, organizations_of, things
from ..registry import Stage, rule

_CRAFT = (C.Mission, C.Spacecraft)


def _craft_described(ctx: Context, noun: int) -> list[Entity]:
    """The craft a noun is said of: the copula's subject ("X is a partnership of ...") or the name it is
    set beside ("X, a collaboration of ...")."""
    t = ctx.tree
    tok = t[noun]
    if tok.dep == "attr":
        heads = [c.i for c in t.children(tok.head, "nsubj")]
    elif tok.dep == "appos":
        heads = [tok.head]
    else:
        return []
    return [e for i in heads for e in things(ctx, i, create=False) if isa(ctx, e, *_CRAFT)]


@rule("dep:partnership-of", stage=Stage.DISCOURSE, triggers=("COOPERATION_NOUNS",),
      produces=(P.contributesTo, P.partnerOf), confidence=0.75)
def partnership_of(ctx: Context) -> None:
    """"the Vela constellation is a partnership of Italy, Spain and Portugal": the parties named after
    "of" (two or more) contribute to the craft and are partners."""
    t = ctx.tree
    for i in range(len(t)):
        if t.lemma(i) not in COOPERATION_NOUNS or t[i].pos != "NOUN":
            continue
        crafts = _craft_described(ctx, i)
        if not crafts:
            continue
        parties = [e for p in t.children(i, "prep") if p.text.lower() in ("of", "among", "involving")
                   for o in t.children(p.i, "pobj") for e in agents(things(ctx, o.i, create=False), ctx)]
        parties = list(dict.fromkeys(parties))
        if len(parties) < 2:
            continue  # "a partnership of long standing", "the cooperation of the mission"
        for m in crafts:
            for a in parties:
                ctx.add(a, P.contributesTo, m, i)
        ctx.add_partners(organizations_of(ctx, parties), i, "dep:partnership-of", 0.75)


@rule("frame:brings-together", scope="verb", stage=Stage.VERBS, triggers=("GATHER_VERBS",),
      produces=(P.participant, P.contributesTo, P.locatedIn), confidence=0.75)
def brings_together(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"the meeting brought together representatives of CNES, DLR and ASI": they took part in the meeting;
    "the Vela mission brings together institutes from Italy and Spain": they contribute to the mission."""
    t = ctx.tree
    if f.lemma == "bring" and f.particle != "together" and not any(
            c.text.lower() == "together" for c in t.children(f.verb, "advmod", "prt")):
        return
    who = [e for i in f.obj for e in agents(things(ctx, i, create=False), ctx)]
    who += [e for i in f.obj for p in t.children(i, "prep") if p.text.lower() in ("from", "of")
            for o in t.children(p.i, "pobj") for e in agents(things(ctx, o.i, create=False), ctx)]
    if f.obj:  # "brought together 200 scientists from A and B": the parser hangs the "from" phrase on the verb
        who += [e for p, i in f.preps if p == "from" for e in agents(things(ctx, i, create=False), ctx)]
    who = list(dict.fromkeys(who))
    if who and not subj:  # "the Meridian consortium brings together institutes, including A and B": the craft
        from .consortia import CONSORTIUM_NOUNS, _team_of  # (here: importing it above reorders the registry)
        subj = [c for i in f.subj if t.lemma(i) in CONSORTIUM_NOUNS for c in _team_of(ctx, i)]  # its team works on
    # "A workshop on space weather gathered 80 experts in Bremen", "attracted 500 participants to Darmstadt": a
    # gathering that names no body it brought still took place there (and then)
    places = [e for i in f.prep("in", "to", "at") + [o.i for j in f.obj for p in t.children(j, "prep")  # (or on
                                                      if t.lowers[p.i] in ("in", "at") for o in t.children(p.i, "pobj")]
              for e in things(ctx, i, create=False) if isa(ctx, e, C.Place) and not isa(ctx, e, C.Event)]  # them)
    if (who or places or ctx.frame_date(f.verb)) and not subj:  # "the meeting in Paris brought together ...": the
        subj = [e for i in f.subj for e in things(ctx, i) if isa(ctx, e, C.Event)]  # meeting the subject describes
        # "the conference brought together ...": a gathering noun the lexicon does not list as a described thing
        subj = subj or [e for i in f.subj if (k := noun_class(ctx.tree, i)) and C.Event in ancestors(k)
                        and k not in (C.Launch, C.Landing) and (e := described(ctx, i, k)) is not None]
    for s in subj:
        for a in who:
            if isa(ctx, s, C.Event):
                ctx.add(s, P.participant, a, f.verb)
            elif isa(ctx, s, *_CRAFT) and not isa(ctx, a, C.Person):
                ctx.add(a, P.contributesTo, s, f.verb)
        for pl in places if isa(ctx, s, C.Event) else ():
            ctx.add(s, P.locatedIn, pl, f.verb, "frame:gathered-in", 0.75)
        if isa(ctx, s, C.Event):
            ctx.date_links.append((s.key, f"verb:{f.verb}"))  # the clause's date is the gathering's
