"""A body's class noun written as the first word of its name: "Asteroid Korrin was observed by the Lumen probe",
"Comet Tarsk was seen". Capitalized at the head of a sentence, the pair reads to the model as a person's name
("Asteroid Korrin" a person); a person's name seldom begins with "Comet" or "Asteroid", and one that does
shows it by what it does ("Star Jones said"). The class noun's
class (lexicon ``HEAD_CLASSES``, a celestial body's) is the name's. Only names the model typed a person are
retyped: a company may well be called "Planet Labs" or "Star Harbour".
"""

from __future__ import annotations

from ...vocab import Class as C
from ..classes import ancestors
from ..context import Context
from ..described_names import person_deed
from ..lexicon import HEAD_CLASSES
from ..registry import Stage, rule


@rule("type:body-noun-first", stage=Stage.MENTIONS, produces=(C.CelestialBody,), confidence=0.75)
def body_noun_first(ctx: Context) -> None:
    """"Asteroid Korrin" typed a person by the model: an asteroid."""
    for ent in list(ctx.table.entities.values()):
        words = ent.label.split()
        if ent.kb is not None or not ent.named or ent.classes != {C.Person} or ent.type_source != "model" \
                or len(words) < 2:
            continue
        cls = HEAD_CLASSES.get(words[0].lower())
        # "Star Jones said": what a person does keeps a person
        if cls is not None and C.CelestialBody in ancestors(cls) and not any(
                person_deed(ctx.tree, m.end - 1) for m in ent.mentions):
            ent.classes = {cls}
            ent.type_source = "context"
