"""A meeting a verb told of, taken back by a definite noun: "ESA and JAXA met in Paris on 3 May. Estonia
signed an agreement during the meeting", "The delegations convened in Oslo. The meeting was chaired by X".

A rule that reads the noun may run before the rule that makes the verb's event (their stages differ), and
the noun then found no meeting told of and made a second one. It takes the verb's event instead, made here
as the verb's rule makes it (:func:`~presskg.extract.referents.described` keys a verb's event by the verb,
so it is one event whichever rule asks first). The verbs are those of people coming together (lexicon
``MEETING_PLACE_VERBS``): "meet", or another with no object ("held talks" is told by its noun).
"""

from __future__ import annotations

from collections.abc import Callable

from ..model import Entity
from ..vocab import Class as C
from .classes import ancestors
from .context import Context
from .lexicon import WORD_CLASSES

_GATHER = WORD_CLASSES["MEETING_PLACE_VERBS"]
#: What a gathering verb's event is called (its label: :func:`~presskg.extract.referents.described`).
_TAKE_BACK = frozenset({"meeting"})
#: Sentences back (the noun's own included) that a definite noun looks for the verb.
REACH = 3


def told_by_verb(ctx: Context, i: int, cls: str | None,
                 make: Callable[[Context, int, str], Entity | None]) -> Entity | None:
    """The meeting the latest gathering verb before noun ``i`` tells of (``make`` makes a verb's event),
    if the noun is of a meeting's class; else ``None``."""
    t = ctx.tree
    # the noun a verb's meeting is called by, alone: "the award ceremony" is another event
    if cls is None or C.Meeting not in ancestors(cls) or t.lemma(i) not in _TAKE_BACK \
            or any(True for _ in t.children(i, "compound", "amod")):
        return None
    here = t.sentence_index(i)
    first = t.parse.sentences[max(here - REACH + 1, 0)].start
    for k in range(i - 1, first - 1, -1):
        if t[k].pos == "VERB" and t.lemma(k) in _GATHER and (
                t.lemma(k) == "meet" or not any(True for _ in t.children(k, "dobj"))):
            return make(ctx, k, C.Meeting)
    return None
