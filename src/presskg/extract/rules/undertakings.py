"""Partners told by an undertaking started "with" them: "CNES announced a new doctoral programme with Toulouse
III University and the University of Montpellier", "DLR will set up a research laboratory with the Technical
University of Breden", "the scheme was launched by ESA with three institutes".

A verb of starting or running (lexicon UNDERTAKING_VERBS: announce, launch, set up, establish...) whose object
is a noun of shared work (UNDERTAKING_NOUNS: programme, project, scheme, fellowship, laboratory...) and a "with"
phrase naming organizations or countries, on the object or on the verb: the doer and those bodies are partners.
Such wording is how agencies announce work with universities and institutes, where no "partnership" or
"cooperation" noun is said (those are dep:partnered-with's). A "with" phrase naming no body ("with funding of 5
million euros", "a call with a deadline") and an object of no shared work ("launched the satellite with a Vega
rocket") say nothing of partners.
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Prop as P
from ..context import Context
from ..lexicon import WORD_CLASSES
from ..registry import Stage, rule
from ..tree import verb_key
from .partners import _agents, _doers

UNDERTAKING_VERBS = WORD_CLASSES["UNDERTAKING_VERBS"]
UNDERTAKING_NOUNS = WORD_CLASSES["UNDERTAKING_NOUNS"]


def _with_bodies(ctx: Context, heads: list[int]) -> list[Entity]:
    """The organizations or countries of the "with" phrases on the words at ``heads``."""
    t = ctx.tree
    return [e for h in heads for p in t.children(h, "prep") if t.lowers[p.i] == "with"
            for o in t.children(p.i, "pobj") for e in _agents(ctx, o.i)]


@rule("dep:undertaking-with", stage=Stage.PHRASES, triggers=("UNDERTAKING_VERBS", "UNDERTAKING_NOUNS"),
      produces=(P.partnerOf,), confidence=0.7)
def undertaking_with(ctx: Context) -> None:
    """"CNES announced a doctoral programme with three universities": CNES and each university are partners."""
    t = ctx.tree
    for tok in t.tokens:
        if tok.pos != "VERB" or verb_key(t, tok.i) not in UNDERTAKING_VERBS:
            continue
        objects = [c.i for c in t.children(tok.i, "dobj", "nsubjpass") if t.lemma(c.i) in UNDERTAKING_NOUNS]
        if not objects:
            continue
        doers = _doers(ctx, tok.i)
        for a in doers:
            for b in _with_bodies(ctx, objects + [tok.i]):
                if a.key != b.key:
                    ctx.add(a, P.partnerOf, b, tok.i)
