"""Who makes a launcher's engines or stages, or a craft's solar arrays, thrusters or platform, takes part in
building the launcher or the craft (``pk:contributesTo``).

"The Zephra-1 rocket uses the Kaede-7 engine built by Kurogane Heavy Industries", "the engines of the
Zephra-1 rocket are supplied by Kurogane", "Kurogane builds the upper stage for the Zephra-1 rocket", "the
Zephra-1 rocket is powered by nine engines supplied by Kurogane": an engine or a stage is no node of the
graph (the ontology has no class for it), but whoever builds or supplies one (a SUPPLY_VERBS verb) helps
build the rocket it belongs to. Not ``providedBy``: the rocket as a whole is someone else's. The rocket is
the part noun's "of" phrase, possessor or name before it, the verb's "for" phrase, or the subject of the
clause the part is the object of ("uses", "is powered by", "is equipped with"). A craft's parts are read the
same way ("the solar arrays of the Lyra-5 satellite are supplied by X", "the satellite uses thrusters made by Y"):
the whole is then a craft or a mission, not a launcher. The part nouns are lexicon data (``LAUNCHER_PART_NOUNS``,
``CRAFT_PART_NOUNS``).
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..frames import Frame
from ..lexicon import HEAD_CLASSES, WORD_CLASSES
from ..referents import agents, isa, things
from ..registry import Stage, rule
from .suppliers import shared_objects

_PARTS = frozenset(WORD_CLASSES["LAUNCHER_PART_NOUNS"])
_CRAFT_PARTS = frozenset(WORD_CLASSES["CRAFT_PART_NOUNS"])
_ASSEMBLIES = frozenset(WORD_CLASSES["ASSEMBLY_NOUNS"])


@rule("frame:launcher-part-maker", scope="verb", stage=Stage.VERBS, triggers=("SUPPLY_VERBS",),
      produces=(P.contributesTo,), confidence=0.75)
def launcher_part_maker(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """The maker of a rocket's engine or stage contributes to the rocket, that of a craft's part to the craft."""
    t = ctx.tree
    patients = list(f.obj) or (shared_objects(ctx, f.verb) if not f.passive else [])  # "designs and builds X"
    if t[f.verb].dep == "acl" and t[f.verb].tag == "VBN":  # "the Kaede-7 engine built by X": the noun it is set on
        patients.append(t[f.verb].head)
    parts = [j for i in patients for j in ctx.table.conjuncts(i) if launcher_part(ctx, j)]
    if not parts:
        return
    makers = agents([e for i in f.subj for e in things(ctx, i, create=False)], ctx)
    rockets = [e for p in parts for e in _rockets(ctx, p, 2)]
    rockets += [e for i in f.prep("for") for e in things(ctx, i, create=False) if any(_whole(ctx, p, e) for p in parts)]
    for r in dict.fromkeys(rockets):
        for m in makers:
            if m is not r:
                ctx.add(m, P.contributesTo, r, f.verb)


def launcher_part(ctx: Context, i: int) -> bool:
    """A common noun of a launcher's part, naming nothing read: "the engines", "the Kaede-7 engine" (not "the
    Falkor-9 booster", a part noun that is a launcher's class noun, set on the launcher's name)."""
    t = ctx.tree[i]
    named = ctx.table.at(i)
    if t.pos != "NOUN" or _part_lemma(ctx, i) is None or ctx.table.is_a(named, C.LaunchVehicle) \
            or ctx.table.is_a(named, C.Spacecraft):
        return False
    return ctx.tree.lemma(i) not in HEAD_CLASSES or not any(
        ctx.table.is_a(e, C.LaunchVehicle) for c in ctx.tree.children(i, "compound") for e in ctx.refs(c.i))


def _rockets(ctx: Context, p: int, depth: int) -> list[Entity]:
    """The launchers or craft the part noun at ``p`` belongs to."""
    t = ctx.tree
    heads = [o.i for q in t.children(p, "prep") if t.lowers[q.i] in ("of", "for") for o in t.children(q.i, "pobj")]
    heads += [c.i for c in t.children(p, "poss", "compound", "nmod")]
    found = [e for h in heads for e in things(ctx, h, create=False) if _whole(ctx, p, e)]
    if found or depth == 0:
        return found
    k = p  # "consists of two stages and a kick stage built by X": a listed part stands where the list's first does
    while t[k].dep == "conj" and t[k].head != k:
        k = t[k].head
    verb = t[k].head  # "Zephra-1 uses the engine", "is powered by engines", "is equipped with engines"
    if k != p and t[k].pos in ("VERB", "AUX"):
        verb = k  # (the parser may join the listed part to the verb itself: "consists of X and [a kick stage]")
    elif t[k].dep == "pobj" and t[verb].dep in ("prep", "agent"):
        verb = t[verb].head
    elif t[k].dep not in ("dobj", "obj"):
        return []
    if t[verb].pos not in ("VERB", "AUX"):
        return []
    subjects = [c.i for c in t.children(verb, "nsubj", "nsubjpass")]
    found = [e for s in subjects for e in things(ctx, s, create=False) if _whole(ctx, p, e)]
    # "the first stage of Zephra-1 uses engines built by X": a part's part is the rocket's too
    return found or [e for s in subjects if launcher_part(ctx, s) for e in _rockets(ctx, s, depth - 1)]


def _whole(ctx: Context, p: int, e: Entity) -> bool:
    """``e`` may have the part noun at ``p`` as a part: a launcher a launcher's part, a craft or a mission a craft's
    ("the engine" of either)."""
    lemma = _part_lemma(ctx, p)
    if isa(ctx, e, C.LaunchVehicle):
        return lemma in _PARTS
    return lemma in _CRAFT_PARTS and isa(ctx, e, C.Spacecraft, C.Mission)


def _part_lemma(ctx: Context, i: int) -> str | None:
    """The part noun the noun at ``i`` is: itself, or for a whole of parts (lexicon ASSEMBLY_NOUNS) the part noun
    right before it ("the propulsion system", "the engine assembly"); None for any other noun."""
    t = ctx.tree
    lemma = t.lemma(i)
    if lemma in _PARTS | _CRAFT_PARTS:
        return lemma
    if lemma in _ASSEMBLIES and i > 0 and t[i - 1].dep == "compound" and t[i - 1].head == i \
            and (before := t.lemma(i - 1)) in _PARTS | _CRAFT_PARTS:
        return before
    return None
