"""What a meeting went through, in wordings the discussion verbs miss: "the board went over the status of
A and B", "they talked over cooperation in programmes such as X", "the two men traded views on Y".

A :data:`REVIEW_PHRASES` verb with its preposition ("go over", "touch on"), or any verb whose object is a
:data:`VIEW_NOUNS` word with "on"/"about" ("traded views on"), gives topics to the meeting in view
(``Context.current_event``): the same reading ``frame:topic`` makes of "discussed X".
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..frames import Frame
from ..lexicon import WORD_CLASSES
from ..registry import Stage, rule
from .gatherings import meeting_in_view, topic_list

REVIEW_PHRASES = WORD_CLASSES["REVIEW_PHRASES"]
VIEW_NOUNS = WORD_CLASSES["VIEW_NOUNS"]
_ABOUT = ("on", "about", "regarding", "concerning", "over")


@rule("frame:went-over", scope="verb", stage=Stage.VERBS, triggers=(), produces=(P.topic,), confidence=0.7)
def went_over(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"The board went over the status of the Vela mission", "they traded views on the Lyra satellite"."""
    t = ctx.tree
    args = [i for p, i in f.preps if f"{f.lemma} {p}" in REVIEW_PHRASES]
    if f.particle and f"{f.lemma} {f.particle}" in REVIEW_PHRASES:
        args += f.obj
    args += [o.i for i in f.obj if t.lemma(i) in VIEW_NOUNS for p in t.children(i, "prep")
             if p.text.lower() in _ABOUT for o in t.children(p.i, "pobj")]
    args += [i for p, i in f.preps if p in _ABOUT and any(t.lemma(o) in VIEW_NOUNS for o in f.obj)]
    if not args:
        return
    # "..., among them A and B" closing the clause, wherever the parser hung it
    for j in t.subtree(f.verb):
        if any(p.text.lower() == "among" and any(o.tag == "PRP" for o in t.children(p.i, "pobj"))
               for p in t.children(j, "prep")):
            args += f.obj if j == f.verb else [j]  # on the verb: the list is parsed as its object
    event = meeting_in_view(ctx, f.verb, subj)
    if event is None or not ctx.table.is_a(event, C.Event):
        return
    for i in args:
        for x in topic_list(ctx, i):
            if x.key != event.key and not ctx.table.is_a(x, C.Place) or ctx.table.is_a(x, C.Facility):
                ctx.add(event, P.topic, x, f.verb)
