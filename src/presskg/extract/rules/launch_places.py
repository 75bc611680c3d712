"""Where a launch left from, when the launch noun is the subject: "The launch took place from the ELA-4
launch complex", "Liftoff occurred from Tanegashima at 10:15".

The launch verbs' own rule (``frame:launched-from``) reads "X lifted off from Y"; here the event is a
noun that "takes place", "happens" or "occurs" from somewhere. The noun is the launch told of before
(or a new one); a facility or spaceport of its "from" phrase is its launch site, a town where it was.
"""

from __future__ import annotations

from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..flights import occurrence_class
from ..lexicon import WORD_CLASSES
from ..referents import described, isa, things
from ..registry import Stage, rule

HAPPEN_VERBS = WORD_CLASSES["HAPPEN_VERBS"]
#: Classes a launch's site is of, where pk:launchSite ranges.
SITES = (C.Spaceport, C.Facility)


@rule("dep:launch-took-place-from", stage=Stage.DISCOURSE, triggers=("OCCURRENCE_NOUNS", "HAPPEN_VERBS"),
      produces=(P.launchSite, P.locatedIn, C.Launch), confidence=0.75)
def launch_took_place_from(ctx: Context) -> None:
    """"The launch took place from X": X is the launch's site (only verbs are looked at: cheap)."""
    t = ctx.tree
    for v, f in ctx.frames.items():
        if f.lemma not in HAPPEN_VERBS or not f.prep("from"):
            continue
        if f.lemma == "take" and not any(t.lemma(o) == "place" for o in f.obj):
            continue
        for s in f.subj:
            if t[s].pos not in ("NOUN", "PROPN") or occurrence_class(ctx, s) != C.Launch:
                continue
            # "from the ELA-4 complex at Europe's Spaceport": the phrase's own "at"/"in", or the verb's
            at = [x.i for o in f.prep("from") for p in t.children(o, "prep") if p.text.lower() in ("at", "in")
                  for x in t.children(p.i, "pobj")]
            places = [e for k in f.prep("from") + at + f.prep("at", "in") for e in things(ctx, k, create=False)
                      if isa(ctx, e, C.Place) and not isa(ctx, e, C.Event)]
            if not places:
                continue
            # "Liftoff occurred from X", "the launch took place from X": the launch just told of, if any
            bare = not any(c.text.lower() in ("a", "an", "another") for c in t.children(s, "det"))
            recent = ctx.recent(s, C.Launch, sentences=3)[:1] if bare and s not in ctx.described else []
            launch = recent[0] if recent else described(ctx, s, C.Launch)
            if launch is None or not isa(ctx, launch, C.Launch):
                continue
            for pl in dict.fromkeys(places):
                ctx.add(launch, P.launchSite if isa(ctx, pl, *SITES) else P.locatedIn, pl, v)
