"""The people a craft carries take part in what it does: "Starliner docked with the station on 11 May, carrying NASA
astronauts A and B", "The capsule, carrying A and B, splashed down off Florida", "Soyuz MS-28 landed in Kazakhstan on
3 March carrying A, B and C". A participle of lexicon ``CREW_CARRY_VERBS`` on a clause whose verb another
rule read as an event (a docking, a landing), or on that clause's subject, makes the persons it carries participants
of that event (the parser may hang it on the clause's date: "on 3 March carrying ..."). Not a launch: the
people who launch are read from the launch's subject (:mod:`.crewed_launches`)."""

from __future__ import annotations

from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..lexicon import WORD_CLASSES
from ..registry import Stage, rule

CREW_CARRY_VERBS = WORD_CLASSES["CREW_CARRY_VERBS"]


@rule("dep:carried-crew", stage=Stage.DISCOURSE, triggers=("CREW_CARRY_VERBS",), produces=(P.participant,),
      confidence=0.75)
def carried_crews(ctx: Context) -> None:
    """"docked ..., carrying A and B", "The capsule, carrying A and B, splashed down": A and B take part."""
    t = ctx.tree
    for tok in t.tokens:
        if t.lemma(tok.i) not in CREW_CARRY_VERBS or tok.tag != "VBG" or tok.dep not in ("advcl", "acl"):
            continue
        verb = _clause_verb(ctx, tok.i)
        made = ctx.described.get(verb) if verb is not None else None
        event = ctx.table.entities[made] if made else None
        if event is None or not ctx.table.is_a(event, C.Event) or ctx.table.is_a(event, C.Launch):
            continue  # (a launch's people are its subject's: crewed_launches.py)
        for o in t.children(tok.i, "dobj"):
            for person in ctx.refs(o.i):
                if C.Person in person.classes:
                    ctx.add(event, P.participant, person, tok.i, "dep:carried-crew", 0.75)


def _clause_verb(ctx: Context, i: int) -> int | None:
    """The verb of the clause the participle at ``i`` is on: its head, the verb of the subject it modifies, or the
    verb whose date phrase the parser hung it on."""
    t = ctx.tree
    k = t[i].head
    for _ in range(3):
        if t[k].pos in ("VERB", "AUX"):
            return k
        if t[k].dep not in ("nsubj", "nsubjpass", "pobj", "prep") or t[k].head == k:
            return None
        k = t[k].head
    return None
