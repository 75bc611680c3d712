"""A body's noun that names a session of it: "the ESA Council at Ministerial Level ... The council approved X".

"council" is a body's noun (a government body), but a council's session is named with it: "the ESA Council at
Ministerial Level", "the EUMETSAT Council meeting in Oslo". Right after such a named meeting, "the council" takes
it back: the chair of "the council" chaired the meeting, what "the council" approved the meeting approved. Nouns
of lexicon ``SESSION_NOUNS``; read by :meth:`Context.definite`.

An edition of a named event is that event: "will hold the third edition of the Arctic Space Forum in Tromsø on 4 June"
holds the forum there and then (lexicon ``EDITION_NOUNS``; :func:`edition_of`, read by :meth:`Context.ref`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ..model import Entity
from ..vocab import Class as C
from .entities import ancestors
from .lexicon import WORD_CLASSES
from .tree import Tree

#: Body nouns whose sessions are named with them (lexicon data).
SESSION_NOUNS = WORD_CLASSES["SESSION_NOUNS"]
EDITION_NOUNS = frozenset(WORD_CLASSES["EDITION_NOUNS"])
_OTHER = frozenset(WORD_CLASSES["OTHER_HOLDING_WORDS"])
#: How many sentences back the named meeting may be told of (a lead, then a paragraph of its decisions).
_WINDOW = 3


def session_named(t: Tree, before: Iterable[tuple[Entity, int]], i: int) -> Entity | None:
    """The named meeting told of in this sentence or the three before whose name holds the noun at ``i``, written
    with a capital ("the council" after "the ESA Council at Ministerial Level"); ``None`` when there is none.
    ``before``: the entities named before ``i``, latest first, with where each was last named."""
    word = t.lemma(i)
    if word not in SESSION_NOUNS:
        return None
    here = t.sentence_index(i)
    for e, start in before:
        if t.sentence_index(start) < here - _WINDOW:
            return None
        if e.named and any(C.Event in ancestors(c) for c in e.classes) and word.capitalize() in e.label.split():
            return e
    return None


def edition_of(t: Tree, i: int, ref: Callable[[int], Entity | None]) -> Entity | None:
    """The event the edition noun at ``i`` is one holding of: what its "of" phrase or its owner names ("the third
    edition of the Arctic Space Forum", "the forum's 2026 edition"), when ``ref`` reads it as an event named first in
    this sentence; else None. An edition told apart from the one the release tells of ("the next edition of the
    forum", "the forum's previous edition", lexicon ``OTHER_HOLDING_WORDS``) is another holding, not the event."""
    if t.lemma(i) not in EDITION_NOUNS or any(t.lowers[c.i] in _OTHER for c in t.children(i, "amod", "advmod")):
        return None
    here = t.sentence_index(i)
    for o in t.owner_words(i):
        e = ref(o)
        if e is not None and any(C.Event in ancestors(c) for c in e.classes) and e.mentions and \
                t.sentence_index(e.mentions[0].start) == here:
            return e
    return None
