"""Who supplies a component supplies the instrument it belongs to, or takes part in the craft: "KSA will provide
the analyser's sensor head, while the Torvik Institute of Physics will build its electronics", "the detectors of
the Kestrel camera were supplied by JAXA", "Orbix will build the Vela probe's solar panels".

A reader says the analyser is KSA's and the institute's work too, as instrument teams list their partners. The
object of a verb of ``SUPPLY_VERBS`` whose noun is a component (lexicon ``COMPONENT_NOUNS``) and whose owner is
said (a possessive, "its", an "of" phrase) makes its suppliers providers of an instrument owner
(``providedBy``) and contributors to a craft or mission owner (``contributesTo``). A launcher's parts are read
elsewhere (launcher_parts.py).
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..frames import Frame
from ..lexicon import WORD_CLASSES
from ..referents import isa
from ..registry import Stage, rule
from .suppliers import patients, suppliers

_COMPONENTS = WORD_CLASSES["COMPONENT_NOUNS"]


def _owners(ctx: Context, i: int) -> list[Entity]:
    """The instruments, craft or missions component ``i`` is said to be of: "the analyser's head", "its
    electronics", "the detectors of the Kestrel camera"."""
    return [e for k in ctx.tree.owner_words(i) for e in ctx.refs(k)
            if isa(ctx, e, C.Instrument, C.Spacecraft, C.Mission) and not isa(ctx, e, C.LaunchVehicle)]


@rule("frame:component-maker", scope="verb", stage=Stage.VERBS, triggers=("SUPPLY_VERBS", "COMPONENT_NOUNS"),
      produces=(P.providedBy, P.contributesTo), confidence=0.75)
def component_makers(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"KSA will provide the analyser's sensor head": the analyser is provided by KSA too."""
    if f.lemma not in WORD_CLASSES["SUPPLY_VERBS"] or f.lemma in WORD_CLASSES["FUND_VERBS"]:
        return
    t = ctx.tree
    parts = [i for i in patients(ctx, f) if t.lemma(i) in _COMPONENTS or t.lowers[i] in _COMPONENTS]
    if not parts:
        return
    who = [e for e in suppliers(ctx, f, subj) if isa(ctx, e, C.Organization, C.Country, C.Person)]
    for i in parts:
        for whole in _owners(ctx, i):
            for a in who:
                if a.key == whole.key:
                    continue
                if isa(ctx, whole, C.Instrument):
                    ctx.add(whole, P.providedBy, a, f.verb)
                elif not isa(ctx, a, C.Person):
                    ctx.add(a, P.contributesTo, whole, f.verb)
