"""Work done "in collaboration with" a body: "the observation campaign was carried out in collaboration with NASA
and CSA", "the Kelva mission is run in cooperation with JAXA", "the workshop was organised in partnership with
DLR".

A cooperation noun (lexicon ``COOPERATION_NOUNS``) in an "in" phrase on a verb, with a "with" complement, names
bodies that share the clause's work: an event the clause tells of (its subject or object) has them as
participants; a mission or craft has them as contributors. Only organizations and countries share the work; a
clause about neither an event nor a craft gives nothing here (``partnerOf`` between bodies is read elsewhere),
nor a verb of building or supplying ("a rover built in partnership with DLR": ``frame:supply`` reads it).
"""

from __future__ import annotations

from ...vocab import Class as C
from ...vocab import Prop as P
from ..classes import ancestors
from ..context import Context
from ..lexicon import WORD_CLASSES
from ..mentions import noun_class
from ..nominal import worked_on
from ..referents import agents, described, isa, things
from ..registry import Stage, rule

COOPERATION_NOUNS = WORD_CLASSES["COOPERATION_NOUNS"]
#: Verbs of building and supplying: who builds "in partnership with" whom is frame:supply's (lexicon data).
SUPPLY_VERBS = WORD_CLASSES["SUPPLY_VERBS"]


@rule("dep:in-cooperation-with", stage=Stage.PHRASES, triggers=("COOPERATION_NOUNS",),
      produces=(P.participant, P.contributesTo), confidence=0.7)
def in_cooperation_with(ctx: Context) -> None:
    """"The campaign was carried out in collaboration with NASA": NASA took part in the campaign; "the Vela probe
    will be built in cooperation with JAXA", "work on Vela will begin in partnership with JAXA": JAXA contributes
    to Vela."""
    t = ctx.tree
    for tok in t.tokens:
        if tok.dep != "pobj" or t.lemma(tok.i) not in COOPERATION_NOUNS or t.lowers[tok.head] != "in":
            continue
        verb = t[tok.head].head
        f = ctx.frames.get(verb)
        if f is None or t[verb].pos not in ("VERB", "AUX") or t.lemma(verb) in SUPPLY_VERBS:
            continue  # "a rover built in partnership with DLR": frame:supply reads who builds with whom
        partners = [e for p in t.children(tok.i, "prep") if p.text.lower() == "with" for o in t.children(p.i, "pobj")
                    for e in agents(things(ctx, o.i, create=False), ctx) if isa(ctx, e, C.Organization, C.Country)]
        if not partners:
            continue
        for i in f.obj + f.subj + worked_on(t, f.obj + f.subj):  # ("work on X will begin in partnership with Y")
            found = things(ctx, i, create=False)
            if not found and C.Event in ancestors(cls := noun_class(t, i) or ""):  # "the observation campaign was"
                found = [e for e in [described(ctx, i, cls)] if e is not None]
            for g in found:
                if isa(ctx, g, C.Event):
                    for b in partners:
                        ctx.add(g, P.participant, b, tok.i)
                elif isa(ctx, g, C.Mission, C.Spacecraft) and not isa(ctx, g, C.Instrument, C.LaunchVehicle):
                    for b in partners:
                        if b.key != g.key:
                            ctx.add(b, P.contributesTo, g, tok.i)
