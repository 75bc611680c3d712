"""Events put on the calendar: "X is scheduled for launch in 2029", "X is due for landing", "KPLO-2, due for launch
in 2030, will carry ...", "Vela, scheduled for launch in 2031,". The frame of such a clause is rewritten to tell of
the event's verb (launch, land), said of the thing scheduled, so that the event's rules read it as they read "X
will be launched in 2029" (:func:`scheduled`); a post-nominal adjective of SCHEDULE_WORDS ("due", "set") with
such a "for" phrase makes a frame of its own (:func:`due_adjective`). A passive infinitive on "be" or on such an
adjective ("the camera is to be delivered", "is due to be delivered") is done to the subject of "be"
(:func:`to_be_done`, read by :mod:`.frames`)."""

from __future__ import annotations

from typing import Protocol

from .lexicon import SCHEDULE_VERBS, TABLES, WORD_CLASSES
from .tree import Tree


class Frame(Protocol):
    """What :func:`scheduled` reads and rewrites of a :class:`~presskg.extract.frames.Frame` (which imports this
    module: the protocol keeps the import one-way)."""

    verb: int
    lemma: str
    subj: list[int]
    obj: list[int]
    preps: list[tuple[str, int]]
    particle: str
    passive: bool
    noun: int | None

#: "launch" -> "launch", "landing" -> "land": the verb an event noun stands for when it is scheduled.
SCHEDULED_EVENT_VERBS = TABLES["SCHEDULED_EVENT_VERBS"]
_SCHEDULE_WORDS = frozenset(WORD_CLASSES["SCHEDULE_WORDS"])


def due_adjective(tree: Tree, i: int) -> bool:
    """Word ``i`` is an adjective of SCHEDULE_WORDS set after the noun it is said of, with a "for" phrase of a
    scheduled event: "KPLO-2, due for launch in 2030," (not "the due date", nor "due for completion")."""
    t = tree[i]
    return t.pos == "ADJ" and t.dep == "amod" and t.head < i and tree[t.head].pos in ("NOUN", "PROPN") \
        and tree.lemma(i) in _SCHEDULE_WORDS and any(
            tree.lemma(o.i) in SCHEDULED_EVENT_VERBS for c in tree.children(i, "prep") if c.text.lower() == "for"
            for o in tree.children(c.i, "pobj", "pcomp"))


def scheduled(tree: Tree, f: Frame) -> None:
    """"X is scheduled for launch in 2029 on a Y rocket", "X is set for landing on 5 May", "X is due for
    launch": a schedule verb (SCHEDULE_VERBS) in the passive, or "be" with an adjective of SCHEDULE_WORDS,
    with "for" an event noun of SCHEDULED_EVENT_VERBS (data), or the gerund of its verb, tells of that
    verb, said of the subject. The frame takes the verb's lemma and particle (and keeps the noun in
    ``noun``, whose dates are the clause's), the "for" phrase gives way to the noun's own phrases, and
    the subject undergoes a verb of SCHEDULED_UNDERGONE (the frame stays passive: "X will be launched")
    and does the others ("X will land"). "The launch of X is set for May" and "X's launch" are the
    noun's rules'. A post-nominal adjective is its own holder ("KPLO-2, due for launch in 2030": a frame of "be"
    with the noun as its subject, :func:`due_adjective`)."""
    holder = f.verb
    if f.lemma == "be" and f.subj:  # "X is due for launch": the adjective holds the "for" phrase
        due = [f.verb] if tree[f.verb].pos == "ADJ" else [
            c.i for c in tree.children(f.verb, "acomp") if tree.lemma(c.i) in _SCHEDULE_WORDS]
        if not due:
            return
        holder, f.passive, f.obj, f.subj = due[0], True, list(f.subj), []
    elif f.lemma not in SCHEDULE_VERBS or not f.passive:
        return
    verbs = set(SCHEDULED_EVENT_VERBS.values())
    for p in tree.children(holder, "prep"):
        if p.text.lower() != "for":
            continue
        for o in tree.children(p.i, "pobj", "pcomp"):
            lemma = tree.lemma(o.i)
            verb = SCHEDULED_EVENT_VERBS.get(lemma) if o.pos == "NOUN" else lemma if o.tag == "VBG" else None
            if verb not in verbs or any(c.dep in ("poss", "nsubj") or c.dep == "prep" and c.text.lower() == "of"
                                        or c.dep == "dobj" and o.tag == "VBG" for c in tree.children(o.i)):
                continue  # "scheduled for the launch of Y", "for Y's launch": the noun's rule reads those
            f.lemma, _, f.particle = verb.partition(" ")
            f.noun = o.i
            f.preps = [(w, i) for w, i in f.preps if i != o.i]
            f.preps += [(c.text.lower(), q.i) for c in tree.children(o.i, "prep") for q in tree.children(c.i, "pobj")]
            if f.lemma not in WORD_CLASSES["SCHEDULED_UNDERGONE"]:
                f.passive, f.subj, f.obj = False, list(f.obj), []
            return
    if holder != f.verb:  # no event noun after "due": the copula as it was
        f.passive, f.subj, f.obj = False, list(f.obj), []


def to_be_done(tree: Tree, i: int) -> bool:
    """Verb ``i`` is a passive infinitive set on "be" or on an adjective after it: "the camera is to be delivered",
    "is due to be delivered", "is set to be launched" (what it is done to is the subject of "be")."""
    t = tree[i]
    return t.dep == "xcomp" and (tree[t.head].pos == "ADJ" and tree[t.head].dep == "acomp"
                                 or tree.lemma(t.head) == "be")
