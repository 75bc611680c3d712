"""Who makes a part, read from a charge over it: "DLR is responsible for the Zephyr camera", "ASI, in
charge of the Lyra radiometer, ...", "the institute is responsible for building the arm", "CNES is
responsible for the development of the spectrometer".

A :data:`RESPONSIBILITY_PHRASES` word with its preposition ("responsible for") says that the agent it is
said of (the subject of its copula, or the name it is set beside) provides the made things it governs: an
instrument, a craft or a rocket, directly, through an activity noun ("the development of X",
:data:`MAKING_NOUNS`) or through a gerund ("for building X"). A mission is run, not made: "ESA is
responsible for the Vela mission" names no provider (and no operator: the charge may be one of its parts),
nor does a charge over a task ("responsible for the ground segment's operations" of no made thing).

A charge over running a named craft, mission or facility ("KSA is responsible for the operations of Tessera", "in
charge of operating the Halden station", "responsible for Tessera's operations": lexicon ``OPERATIONS_NOUNS``,
``OPERATE_VERBS``) makes the agent its operator.
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..lexicon import WORD_CLASSES
from ..mentions import noun_class
from ..referents import described, isa, things
from ..registry import Stage, rule

RESPONSIBILITY_PHRASES = WORD_CLASSES["RESPONSIBILITY_PHRASES"]
MAKING_NOUNS = WORD_CLASSES["MAKING_NOUNS"]
_MADE = (C.Instrument, C.Spacecraft, C.LaunchVehicle)
_OPERATIONS = frozenset(WORD_CLASSES["OPERATIONS_NOUNS"])
_OPERATE = frozenset(WORD_CLASSES["OPERATE_VERBS"])
_RUN = (C.Mission, C.Spacecraft, C.Facility)
_WORDS = frozenset(phrase.split()[-2] for phrase in RESPONSIBILITY_PHRASES)  # "responsible", "charge"


@rule("dep:responsible-for", stage=Stage.PHRASES, triggers=("RESPONSIBILITY_PHRASES",),
      produces=(P.providedBy, P.operatedBy), confidence=0.75)
def responsible_for(ctx: Context) -> None:
    """"DLR is responsible for the Zephyr camera": the agent charged with a made thing provides it; "KSA is
    responsible for the operations of Tessera": the agent charged with running a craft runs it."""
    t = ctx.tree
    for tok in t.tokens:
        if tok.text.lower() not in _WORDS:
            continue
        for prep in t.children(tok.i, "prep"):
            words = f"{tok.text.lower()} {prep.text.lower()}"
            if words not in RESPONSIBILITY_PHRASES and (
                    tok.i == 0 or f"{t[tok.i - 1].text.lower()} {words}" not in RESPONSIBILITY_PHRASES):
                continue
            made = [e for i in _charged(ctx, prep.i) for e in _made(ctx, i)
                    if isa(ctx, e, *_MADE) and not isa(ctx, e, C.Mission)]
            run = [e for i in _run(ctx, prep.i) for e in things(ctx, i, create=False) if isa(ctx, e, *_RUN)]
            if not made and not run:
                continue
            for who in _charged_agents(ctx, tok.i):
                for part in made:
                    if part.key != who.key:
                        ctx.add(part, P.providedBy, who, tok.i)
                for craft in run:
                    if craft.key != who.key:
                        ctx.add(craft, P.operatedBy, who, tok.i)


def _run(ctx: Context, prep: int) -> list[int]:
    """The heads of what a charge's preposition says is run: the "of" object or the owner of a noun of running ("the
    operations of X", "X's operations"), or the object of a gerund of running ("for operating X"), with their
    conjuncts."""
    t = ctx.tree
    out: list[int] = []
    for o in t.children(prep, "pobj", "pcomp"):
        if o.pos == "VERB" and t.lemma(o.i) in _OPERATE:
            out += [d.i for d in t.children(o.i, "dobj")]
        elif t.lemma(o.i) in _OPERATIONS or o.text.lower() in _OPERATIONS:
            out += [d.i for p in t.children(o.i, "prep") if p.text.lower() == "of" for d in t.children(p.i, "pobj")]
            out += [d.i for d in t.children(o.i, "poss")]
    return [j for i in out for j in t.conjuncts(i)]


def _made(ctx: Context, i: int) -> list[Entity]:
    """What the phrase at ``i`` names, or the made thing its noun describes ("in charge of the camera": a camera,
    told of for the first time; not "of the ground segment", which no class of a made thing names)."""
    found = things(ctx, i, create=False)
    cls = noun_class(ctx.tree, i) if not found and ctx.tree[i].text.islower() else None  # (a noun, even tagged PROPN)
    made = cls is not None and any(ctx.table.is_a_class(cls, k) for k in _MADE)
    if made and (e := described(ctx, i, cls)) is not None:
        return [e]
    return found


def _charged(ctx: Context, prep: int) -> list[int]:
    """The heads of what a charge's preposition governs: its object, the object of an activity noun ("the
    development of X") or of a gerund ("for building X")."""
    t = ctx.tree
    out: list[int] = []
    for o in t.children(prep, "pobj", "pcomp"):
        if o.pos == "VERB":
            out += [d.i for d in t.children(o.i, "dobj")]
        elif t.lemma(o.i) in MAKING_NOUNS or o.text.lower() in MAKING_NOUNS:
            out += [d.i for p in t.children(o.i, "prep") if p.text.lower() == "of" for d in t.children(p.i, "pobj")]
        elif not any(p.text.lower() == "of" for p in t.children(o.i, "prep")) or ctx.ref(o.i) is not None:
            out.append(o.i)  # not "the operations of X": an activity that makes nothing
    return out


def _charged_agents(ctx: Context, i: int) -> list[Entity]:
    """Who a charge word at ``i`` is said of: the subject of its copula ("DLR is responsible", "DLR,
    which is in charge"), else the name it is set beside ("DLR, responsible for X, ..."); the object of an
    active charging verb ("ESA tasked Orbix with X": Orbix)."""
    t = ctx.tree
    tasked = [e for o in t.children(i, "dobj") for e in ctx.refs(o.i) if isa(ctx, e, C.Organization)]
    if t[i].pos == "VERB" and tasked:
        return tasked  # "ESA tasked Orbix with building X": the one tasked, not who tasks
    j = i
    for _ in range(3):  # "in charge of": up from "charge" through "in" to the copula
        if t[j].pos in ("AUX", "VERB") or t[j].head == j:
            break
        if t[j].dep == "amod" and t[j].head < j:  # "DLR, responsible for X"
            return [e for e in ctx.refs(t[j].head) if isa(ctx, e, C.Organization)]
        j = t[j].head
    subj = [c.i for c in t.children(j, "nsubj")]  # ("Orbix, which is responsible for X": the relative's noun)
    subj = [t[j].head if t.lowers[s] in ("which", "that") and t[j].dep == "relcl" else s for s in subj]
    return [e for s in subj for e in ctx.refs(s) if isa(ctx, e, C.Organization)]
