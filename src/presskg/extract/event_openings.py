"""Events told by their opening or close: "The hot-fire test campaign of the Vardena engine began at the Tollmark
test centre in January 2026", "The launch campaign started at the Brenna Spaceport on 4 April 2026".

An event noun that "takes place" somewhere or sometime is an event (rules/occurrences.py, dep:event-took-place);
one that begins, starts, opens, ends or concludes there and then is too (lexicon EVENT_COURSE_VERBS, not
"continue" or "resume", which tell of no start), and so is one carried out there and then ("the qualification
of the stage was completed at the Tollmark test centre in March 2026": PERFORM_VERBS, EVENT_LIGHT_VERBS). Only a
noun of something that happens (an occurrence noun, a described thing, a pair such as "test campaign", or a
head noun of a gathering's class: "the exhibition opened at the museum"): "the
school year began in September" is no event. Where a site opened lies, said on the site ("inaugurated a new ground
station in Arvelle"), is where its opening took place (:func:`opened_in`).
"""

from __future__ import annotations

from ..vocab import Class as C
from .classes import ancestors
from .context import Context
from .flights import occurrence_class
from .frames import Frame
from .lexicon import DESCRIBED_THINGS, HEAD_CLASSES, OCCURRENCE_NOUNS, WORD_CLASSES, in_class

#: Verbs of an event's opening or close, said of it.
_OPENING = frozenset(WORD_CLASSES["EVENT_COURSE_VERBS"]) - {"continue", "resume"}
#: Verbs of carrying an event out, said of it in the passive (lexicon PERFORM_VERBS, EVENT_LIGHT_VERBS).
_DONE = frozenset(WORD_CLASSES["PERFORM_VERBS"])
_LIGHT = frozenset(WORD_CLASSES["EVENT_LIGHT_VERBS"])


def opens(ctx: Context, i: int, verb: int) -> bool:
    """The event noun at ``i`` is the subject of an opening or closing ``verb``, or the passive subject of a verb
    of carrying it out ("the test was conducted at X in May", "the qualification was completed at X")."""
    t = ctx.tree
    opened = t.lemma(verb) in _OPENING and t[i].dep == "nsubj"
    done = t[i].dep == "nsubjpass" and (t.lemma(verb) in _DONE or t.lemma(verb) in _LIGHT)
    if not opened and not done:
        return False
    gathering = HEAD_CLASSES.get(t.lemma(i))  # ("the exhibition opened at X": a gathering's head noun)
    return occurrence_class(ctx, i) is not None or t.lemma(i) in DESCRIBED_THINGS or any(
        f"{t.lemma(c.i).lower()} {t.lemma(i)}" in OCCURRENCE_NOUNS for c in t.children(i, "compound")) or (
        gathering is not None and bool({C.Conference, C.Meeting} & set(ancestors(gathering))))


def opened_in(ctx: Context, f: Frame, prep: str) -> list[int]:
    """Where a thing opened lies, said on the thing: "the minister inaugurated a new ground station in Arvelle" (the
    parser hangs "in Arvelle" on the station): the opening took place there (rules/occurrences.py)."""
    if not in_class("OPEN_VERBS", f.lemma):
        return []
    t = ctx.tree
    return [o.i for i in f.obj for p in t.children(i, "prep") if t.lowers[p.i] == prep for o in t.children(p.i, "pobj")]
