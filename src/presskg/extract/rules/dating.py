"""The date of an event its own clause does not date: the one date its sentence gives.

"On Thursday, the Administrator came to the centre, where he held a meeting with the chairman":
the meeting's clause has no date, its sentence has one. Only a sentence with a single date value
dates its undated events (two dates could be anyone's), and only events and agreements the text
describes (a named conference's date is its own). An event told by a verb of its own clause does not
take a date another clause already gave to its event: in "the capsule came down in the desert, and
JAXA recovered it on 14 June" the landing is not dated by the recovery's day; a date inside a relative
clause ("a site that was chosen in August") dates that clause only, and a date on a noun of another occurrence
("the flyby slowed the craft before its arrival in orbit in November") dates that occurrence only.
"""

from __future__ import annotations

from ...vocab import Class as C
from ..context import Context
from ..lexicon import OCCURRENCE_NOUNS
from ..referents import isa
from ..registry import Stage, rule


@rule("dates:sentence", stage=Stage.FINISH, produces=(), confidence=0.7, after=("dates:attached",))
def sentence_dates(ctx: Context) -> None:
    """An undated described event or agreement takes the one date value of its sentence."""
    t = ctx.tree
    by_sentence: dict[int, set[tuple[str, int]]] = {}
    inside: dict[int, list[int]] = {}  # date token -> the relative clauses its attachment sits in
    noun_of: dict[int, int] = {}  # date token -> the occurrence noun it dates ("its arrival in November")
    for at, values in ctx.date_at.items():
        for value, tok in values:
            if t[at].pos == "NOUN" and t.lemma(at) in OCCURRENCE_NOUNS:
                noun_of[tok] = at
            by_sentence.setdefault(t.sentence_index(tok), set()).add((value, tok))
            inside[tok] = [a.i for a in [t[at], *t.ancestors(at)] if a.dep in ("relcl", "acl")]
            # "X signed the agreement during the meeting and will become a member on 1 January": a date on a
            # later coordinated verb with an auxiliary of its own (another tense) is that clause's only
            verb = next((a for a in [t[at], *t.ancestors(at)] if a.pos in ("VERB", "AUX")), None)
            if verb is not None and verb.dep == "conj" and verb.i > verb.head and any(
                    c.dep in ("aux", "auxpass") for c in t.children(verb.i)):
                inside[tok].append(verb.i)
    dated = {k for k, _ in ctx.dates}
    # a date its own clause already gave to an event ("and JAXA recovered it on June 14th")
    claimed = {(d.evidence.sentence, d.value) for d in ctx.dates.values() if d.evidence.method == "dates:attached"}
    for ent in list(ctx.table.entities.values()):
        if ent.named or ent.key in dated or not ent.mentions or not isa(ctx, ent, C.Event, C.Agreement):
            continue
        here = t.sentence_index(ent.mentions[0].start)
        m = ent.mentions[0].start
        own = range(m, ent.mentions[0].end)
        # "set to touch down at X, a site that was chosen in August": a relative clause's date is its own
        found = {(v, tok) for v, tok in by_sentence.get(here, set())
                 if all(m in t.subtree(r) for r in inside.get(tok, [])) and noun_of.get(tok, m) in own}
        if len({v for v, _ in found}) == 1 and (t[ent.mentions[0].start].pos == "VERB" or _framework(
                ctx, ent.mentions[0].end - 1)) and any((here, v) in claimed for v, _ in found):
            continue  # "the capsule came down ..., and JAXA recovered it on June 14th": the date is the other verb's
            # ("its launch is planned for 2028 under an agreement between A and B": the launch's, not the agreement's)
        if len({v for v, _ in found}) == 1:
            value, tok = next(iter(found))
            ctx.add_date(ent, value, tok, "dates:sentence")


#: Prepositions whose object is the frame a deed is done under, not a deed of the sentence ("under an agreement").
_FRAMEWORK_PREPOSITIONS = frozenset({"under", "within", "through", "via"})


def _framework(ctx: Context, head: int) -> bool:
    """The noun at ``head`` is the object of :data:`_FRAMEWORK_PREPOSITIONS`: "under an agreement between A and B"."""
    t = ctx.tree
    return t[head].dep == "pobj" and t.lowers[t[head].head] in _FRAMEWORK_PREPOSITIONS
