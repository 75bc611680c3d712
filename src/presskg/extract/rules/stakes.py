"""Stakes in a craft that a reader infers: who runs its operations, who signs up to it.

- "JAXA is responsible for controlling MIO's operations", "ESA will conduct the operations of X": the
  agent of an :data:`OPERATE_VERBS` verb whose object is an operations noun runs the craft it names.
- The organizations that sign an agreement about one mission or craft take part in it
  ("ESA and JAXA signed an agreement on the Vela mission": both contribute to Vela).
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..frames import Frame
from ..lexicon import WORD_CLASSES
from ..referents import isa, organizations_of, things
from ..registry import Stage, rule

OPERATIONS_NOUNS = WORD_CLASSES["OPERATIONS_NOUNS"]
STUDY_VERBS = WORD_CLASSES["STUDY_VERBS"]
#: Verbs of seeing: "the Corax spectrometer detected water on the asteroid X" studies X as well (lexicon data).
SIGHTING_VERBS = WORD_CLASSES["SIGHTING_VERBS"]
JOINT_ADJECTIVES = WORD_CLASSES["JOINT_ADJECTIVES"]
COOPERATION_NOUNS = WORD_CLASSES["COOPERATION_NOUNS"]
CRAFT = (C.Mission, C.Spacecraft)
#: Words of a craft's data: an agreement on them is no stake in the craft (lexicon data).
DATA_NOUNS = WORD_CLASSES["DATA_NOUNS"]


@rule("frame:runs-operations", scope="verb", stage=Stage.VERBS, triggers=("OPERATE_VERBS",),
      produces=(P.operatedBy,), confidence=0.75)
def runs_operations(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"JAXA has responsibility for controlling its operations", "ESA conducts the operations of X"."""
    t = ctx.tree
    orgs = [e for e in organizations_of(ctx, subj) if isa(ctx, e, C.Organization)]
    if not orgs:
        return
    crafts: list[Entity] = []
    for i in f.obj:
        if t.lemma(i) not in OPERATIONS_NOUNS:
            continue
        owners = [c.i for c in t.children(i, "poss")] + [o.i for p in t.children(i, "prep")
                                                         if p.text.lower() in ("of", "for")
                                                         for o in t.children(p.i, "pobj")]
        crafts += [e for j in owners for e in ctx.refs(j) or things(ctx, j, create=False) if isa(ctx, e, *CRAFT)]
    for craft in crafts:
        for org in orgs:
            ctx.add(craft, P.operatedBy, org, f.verb)


@rule("infer:agreement-stake", stage=Stage.INFERENCE, produces=(P.contributesTo,), confidence=0.7,
      after=("frame:signatory", "dep:about", "frame:signed-for", "dep:agreement-purpose"))
def agreement_stake(ctx: Context) -> None:
    """The organizations that sign an agreement about one mission or craft contribute to it (not one on the
    craft's data: :func:`_about_data`)."""
    for ent in list(ctx.table.entities.values()):
        if not isa(ctx, ent, C.Agreement):
            continue
        crafts = [x for x in ctx.objects(ent, P.topic) if isa(ctx, x, *CRAFT, C.LaunchVehicle)]
        if len(crafts) != 1 or _about_data(ctx, ent, crafts[0]):
            continue  # an agreement on a list of satellites says less of each; one on a craft's data, nothing
        at = ent.mentions[0].start if ent.mentions else 0
        for org in ctx.objects(ent, P.signatory):
            if isa(ctx, org, C.Organization) and not isa(ctx, org, C.Person):
                ctx.add(org, P.contributesTo, crafts[0], at)


def _about_data(ctx: Context, agreement: Entity, craft: Entity) -> bool:
    """Whether a word of data (lexicon DATA_NOUNS) stands between the agreement and the craft in a sentence that
    tells of both ("an agreement giving X access to data from Orla-3", "a data-sharing agreement covering Orla-3"):
    who shares or uses a craft's data has no part in the craft."""
    t = ctx.tree
    for a in agreement.mentions:
        sentence = t.sentence_of(a.start)
        ends = [m.start for m in craft.mentions if a.end <= m.start < sentence.end]
        if ends and any(t.lemma(k) in DATA_NOUNS for k in range(max(sentence.start, a.start - 3), min(ends))):
            return True
    return False


@rule("infer:part-target", stage=Stage.INFERENCE, produces=(P.target,), confidence=0.7,
      after=("frame:as-part-of", "frame:carried"))
def part_target(ctx: Context) -> None:
    """"Within the Vela mission, the Zephyr altimeter mapped asteroid Lyra": the body a craft's instrument
    studies (a :data:`STUDY_VERBS` clause) is the craft's target."""
    for f in ctx.frames.values():
        if f.lemma not in STUDY_VERBS and f.lemma not in SIGHTING_VERBS:
            continue
        parts = [e for i in f.subj for e in ctx.refs(i) if isa(ctx, e, C.Instrument)]
        t = ctx.tree
        args = f.obj + [c.i for c in t.children(f.verb, "npadvmod")]  # "imaged the asteroid Ryugu"
        args += [i for p, i in f.preps if p in ("on", "around")]  # "detected water on the asteroid Tarsk"
        bodies = [e for i in args for j in t.subtree(i)[:12] for e in ctx.refs(j)
                  if isa(ctx, e, C.CelestialBody) and e.label != "Earth"]
        for part in parts:
            for whole in ctx.objects(part, P.partOf):
                if isa(ctx, whole, *CRAFT):
                    for b in bodies:
                        ctx.add(whole, P.target, b, f.verb)


@rule("dep:joint-craft", stage=Stage.PHRASES, triggers=("JOINT_ADJECTIVES", "COOPERATION_NOUNS"),
      produces=(P.contributesTo,), confidence=0.7)
def joint_craft(ctx: Context) -> None:
    """"NASA and ISRO are building the joint Vela mission", "the cooperation of NASA and ISRO ... to the
    forthcoming joint Vela mission": the parties of the clause, or of the sentence's cooperation noun,
    contribute to a craft called joint."""
    t = ctx.tree
    for tok in t.tokens:
        if tok.dep != "amod" or t.lemma(tok.i) not in JOINT_ADJECTIVES:
            continue
        crafts = [e for e in ctx.refs(tok.head) if isa(ctx, e, *CRAFT)]
        head = t[tok.head]
        if not crafts and head.dep in ("attr", "appos"):  # "Vela is a joint mission of A and B", "Vela, a joint
            named = [c.i for c in t.children(head.head, "nsubj")] if head.dep == "attr" else [head.head]
            crafts = [e for i in named for e in ctx.refs(i) if isa(ctx, e, *CRAFT)]  # mission of A and B"
        if not crafts:
            continue
        parties = [e for p in t.children(tok.head, "prep") if p.text.lower() in ("of", "between", "by")
                   for o in t.children(p.i, "pobj") for e in things(ctx, o.i, create=False)
                   if isa(ctx, e, C.Organization, C.Country) and not isa(ctx, e, C.Person)]
        if len(parties) < 2:
            parties = _clause_parties(ctx, tok.head)
        if len(parties) < 2:  # one subject does nothing jointly: the sentence's cooperation says who
            parties = _cooperation_parties(ctx, tok.i)
        if len(parties) < 2:
            continue
        for craft in crafts:
            for a in parties:
                ctx.add(a, P.contributesTo, craft, tok.i)


def _clause_parties(ctx: Context, i: int) -> list[Entity]:
    """The organizations that are the subject of the verb the craft phrase depends on."""
    for a in ctx.tree.ancestors(i):
        f = ctx.frames.get(a.i)
        if f is not None:
            ents = [e for j in f.subj for e in things(ctx, j, create=False)]
            return [e for e in organizations_of(ctx, ents) if isa(ctx, e, C.Organization, C.Country)]
    return []


def _cooperation_parties(ctx: Context, i: int) -> list[Entity]:
    """"the cooperation of A and B", "the partnership between A and B" in the same sentence."""
    t = ctx.tree
    sent = t.sentence_index(i)
    out: list[Entity] = []
    for tok in t.tokens:
        if tok.pos != "NOUN" or t.lemma(tok.i) not in COOPERATION_NOUNS or t.sentence_index(tok.i) != sent:
            continue
        for p in t.children(tok.i, "prep"):
            if p.text.lower() in ("of", "between", "among"):
                out += [e for o in t.children(p.i, "pobj") for e in things(ctx, o.i, create=False)
                        if isa(ctx, e, C.Organization, C.Country)]
    return list(dict.fromkeys(out))
