"""What a predicate noun says of its subject: "Anna Lind is a French astronaut", "the Andes Space Agency is
Chile's national space agency", "Korvane is the largest space company of Italy", "X will become Turkey's first
astronaut" (lexicon DESCRIBING_VERBS).

A noun after "is" describes its subject as an apposition does ("the Andes Space Agency, Chile's national
space agency, ..."), so what is written on the noun (a nationality, a possessing country, an "of" country) is
the subject's: a person's, for a noun of a person (a title, a worker noun, PERSON_NOUNS); else a name's whose
class the noun's head class agrees with (an agency is an agency, a company a company).
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ..candidates import noun_class
from ..classes import compatible
from ..context import Context
from ..lexicon import WORD_CLASSES, WORKER_NOUNS
from ..title_kinds import is_title

#: Verbs whose predicate noun says what the subject is (lexicon data): "is", "becomes", "remains".
DESCRIBING_VERBS = WORD_CLASSES["DESCRIBING_VERBS"]


def predicated(ctx: Context, i: int) -> list[Entity]:
    """The subjects the predicate noun at ``i`` describes ("X is a French astronaut": X), if it is one."""
    t = ctx.tree
    tok = t[i]
    if tok.dep != "attr" or t.lemma(tok.head) not in DESCRIBING_VERBS:  # ("will become Turkey's first astronaut")
        return []
    subjects = [e for c in t.children(tok.head, "nsubj") for e in ctx.refs(c.i)]
    if t.lemma(i) in WORKER_NOUNS or t.lemma(i) in WORD_CLASSES["PERSON_NOUNS"] or is_title(ctx, i):
        return [e for e in subjects if C.Person in e.classes]
    cls = noun_class(t, i) if ctx.table.at(i) is None else None  # (a name after "is" is no description)
    if cls is None:
        return []
    return [e for e in subjects if C.Person not in e.classes and any(compatible(cls, k) for k in e.classes)]
