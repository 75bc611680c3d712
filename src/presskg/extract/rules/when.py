"""When a clause happened, where the parser hangs its date on the wrong word, or the text dates it by another day.

Two classes of wording:

- a date inside a time-of-day phrase: "touchdown is planned at 20:53 CET on 26 November", "in the early
  morning of 13 June the two plunged into the atmosphere", "on the night of 3 October the probe let go of
  the lander", or a part of a year: "will be launched in the second quarter of 2026". The parser hangs
  the date on the clock word ("CET", "morning", "quarter"), which is no event; the date is the date of
  what the time phrase modifies, so it moves up to that verb or noun;
- a day told by reference to the day last dated in the text: "on 13 June the capsule re-entered ...
  JAXA recovered it the next day", "on the same day, the minister visited the centre". The day is
  resolved against the latest day-precise date before it (a month or a year has no day to count from,
  and a text with no dated day before it gives nothing: no date is invented).

Both only place dates on clauses; ``dates:attached`` gives them to the events those clauses evoke.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ...vocab import Class as C
from ..context import Context
from ..date_offsets import find_offsets, offset_back
from ..dated_words import attachment
from ..dates import find_day_anaphors, shifted, shifted_year
from ..lexicon import OCCURRENCE_VERBS, TABLES, WORD_CLASSES
from ..registry import Stage, rule

TIME_OF_DAY_NOUNS = WORD_CLASSES["TIME_OF_DAY_NOUNS"] | WORD_CLASSES["PARTS_OF_YEAR_NOUNS"]
TIME_ZONES = WORD_CLASSES["TIME_ZONES"]
#: phrase -> shift in days ("the next day" -> 1), read from the lexicon.
DAY_ANAPHORS = {k: int(v) for k, v in TABLES["DAY_ANAPHORS"].items()}
#: phrase -> shift in years ("the following year" -> 1), read from the lexicon.
YEAR_ANAPHORS = {k: int(v) for k, v in TABLES["YEAR_ANAPHORS"].items()}

_CLOCK = re.compile(r"\d{1,2}[:.h]\d{2}(?::\d{2})?(?:[ap]\.?m\.?)?|\d{3,4}h?|[ap]\.m\.?", re.I)


def _clock_word(ctx: Context, i: int) -> bool:
    """True for a word of a time-of-day phrase: "morning", "UTC", "20:53", "p.m." (not a verb "am")."""
    tok = ctx.tree[i]
    if tok.pos in ("VERB", "AUX"):
        return False
    low = tok.text.lower()
    return (low in TIME_OF_DAY_NOUNS or ctx.tree.lemma(i) in TIME_OF_DAY_NOUNS
            or (low in TIME_ZONES and tok.text.isupper()) or _CLOCK.fullmatch(tok.text) is not None)


def _above_time(ctx: Context, i: int) -> int | None:
    """The verb or noun a time phrase at token ``i`` modifies: up through the clock words,
    numbers, prepositions and measure words of the phrase ("at 20:53 CET on ..." -> the verb "at"
    hangs on; "a little before 04:00 in the night of 3 May" -> the verb "a little" hangs on)."""
    t = ctx.tree
    j = i
    for _ in range(8):
        tok = t[j]
        if tok.head == j:
            return None
        h = t[tok.head]
        if h.dep == "prep" or h.pos in ("ADP", "NUM", "PUNCT") or _clock_word(ctx, h.i):
            j = h.i
            continue
        if h.pos in ("PRON", "DET", "ADV", "ADJ") and h.dep in ("dep", "npadvmod", "advmod"):
            j = h.i  # "a little before 04:00 ...", "shortly after noon on ...": a measure of the time phrase
            continue
        return h.i if h.pos in ("VERB", "AUX", "NOUN", "PROPN") else None
    return None


@rule("dates:time-of-day", stage=Stage.MENTIONS, produces=(), confidence=0.8, after=("dates:locate",))
def time_of_day(ctx: Context) -> None:
    """"at 20:53 CET on 26 November", "in the early morning of 13 June": a date hung on a clock word
    dates what the time phrase modifies."""
    for at, values in list(ctx.date_at.items()):
        if not _clock_word(ctx, at):
            continue
        up = _above_time(ctx, at)
        if up is None or up == at:
            continue
        del ctx.date_at[at]
        here = ctx.date_at.setdefault(up, [])
        here += [v for v in values if v not in here]


@rule("dates:anaphoric-day", stage=Stage.MENTIONS, produces=(), confidence=0.7, after=("dates:time-of-day",))
def anaphoric_days(ctx: Context) -> None:
    """"the same day", "the next day", "the day before": the day last dated before it, shifted."""
    _anaphoric(ctx, DAY_ANAPHORS, shifted)


@rule("dates:anaphoric-year", stage=Stage.MENTIONS, produces=(), confidence=0.7, after=("dates:anaphoric-day",))
def anaphoric_years(ctx: Context) -> None:
    """"the following year", "later that year", "two years later": the year of the date last given before it,
    shifted (a month or a day has a year to count from, as a year has)."""
    _anaphoric(ctx, YEAR_ANAPHORS, shifted_year)


def _anaphoric(ctx: Context, phrases: dict[str, int], shift: Callable[[str, int], str | None]) -> None:
    """Dates told by reference to the date last given before them (``phrases``: phrase -> shift), resolved by
    ``shift`` and placed on the clause they modify."""
    t = ctx.tree
    dated = sorted((tok, value) for values in ctx.date_at.values() for value, tok in values)
    for s in t.parse.sentences:
        for d in find_day_anaphors(s.text, phrases, offset=s.start_char):
            toks = [i for i in range(s.start, s.end) if t[i].idx >= d.start and t[i].end <= d.end]
            if not toks:
                continue
            before = [v for tok, v in dated if tok < toks[0]]
            if not before:
                continue
            value = shift(before[-1], d.shift)
            if value is None:
                continue
            head = next((i for i in toks if t[i].head not in toks or t[i].head == i), toks[-1])
            ctx.date_at.setdefault(_clause_of(ctx, head, set(toks)), []).append((value, head))


@rule("dates:shared-predicates", stage=Stage.MENTIONS, produces=(), confidence=0.7, after=("dates:anaphoric-year",))
def shared_predicates(ctx: Context) -> None:
    """"The probe today made its descent through the atmosphere and came to rest on the surface", "On 3 May,
    the capsule landed in the desert and was recovered by JAXA": a date told before its verb dates the verbs
    coordinated with it that share its subject, with no subject, auxiliary or date of their own ("landed on 3
    May and will be studied ..." is another time; "landed, and JAXA recovered it on 14 June" has its own), when
    they tell of an occurrence (OCCURRENCE_VERBS: landing, recovery, visit; "came to rest" by its "rest"), not
    of any deed ("and sent its first images")."""
    t = ctx.tree
    for at, values in list(ctx.date_at.items()):
        if t[at].pos != "VERB" or not all(tok < at for _, tok in values):
            continue
        todo = [c.i for c in t.children(at, "conj")]
        while todo:
            c = todo.pop()
            if t[c].pos != "VERB" or ctx.date_at.get(c) or any(
                    k.dep in ("nsubj", "nsubjpass", "aux", "expl") for k in t.children(c)):
                continue
            todo += [k.i for k in t.children(c, "conj")]
            told = next((v for v in [c] + [k.i for k in t.children(c, "xcomp", "advcl")] if (f := ctx.frames.get(v))
                         and f"{f.lemma} {f.particle}".strip() in OCCURRENCE_VERBS), None)
            if told is not None and not ctx.date_at.get(told):
                ctx.date_at[told] = list(values)


@rule("dates:offset-event", stage=Stage.MENTIONS, produces=(), confidence=0.7, after=("dates:anaphoric-year",))
def offset_events(ctx: Context) -> None:
    """"The agreement was signed on 3 May, a year after the launch of Orla", "... on 3 May 2024, two weeks before
    the launch": the event after "after"/"before" is dated by the day-precise date its sentence gives before the
    phrase, moved by the distance (so the sentence's date is not the event's, dates:sentence); with no such date
    before it ("The visit comes a week after the launch"), nothing."""
    t = ctx.tree
    dated = sorted((tok, value) for values in ctx.date_at.values() for value, tok in values)
    for s in t.parse.sentences:
        for o in find_offsets(s.text, offset=s.start_char):
            prep = next((i for i in range(s.start, s.end) if t[i].idx >= o.start and t[i].end <= o.end
                         and t.lowers[i] == o.side), None)
            before = [v for tok, v in dated if s.start <= tok and t[tok].end <= o.start]
            nouns = [c.i for c in t.children(prep, "pobj", "pcomp")] if prep is not None else []  # ("launching")
            value = offset_back(before[-1], o) if before else None
            for n in nouns if value else ():
                ctx.date_at.setdefault(n, []).append((value, prep))


#: "launch" -> "launch", "landing" -> "land": the verb an event noun stands for (lexicon SCHEDULED_EVENT_VERBS).
NOUN_VERBS = TABLES["SCHEDULED_EVENT_VERBS"]
EVENT_DATE_NOUNS = WORD_CLASSES["EVENT_DATE_NOUNS"]
#: How far back (sentences) the verb that told the event a date noun dates may be.
REACH = 2


@rule("dates:event-date", stage=Stage.MENTIONS, produces=(), confidence=0.7, after=("dates:anaphoric-year",))
def event_dates(ctx: Context) -> None:
    """"X will be launched on a Vega rocket. The launch date is set for 4 June 2027", "The launch window opens on
    4 June", "The date of the landing has been set for ...", "Launch is targeted for ...": a clause that dates an
    event by its date noun (EVENT_DATE_NOUNS) or its bare noun dates the verb that told that event just before,
    when that verb has no date of its own (a dated one told another launch: "Vela-3 was launched in 2020")."""
    t = ctx.tree
    for at, values in list(ctx.date_at.items()):
        if t[at].pos not in ("VERB", "AUX"):
            continue
        for c in t.children(at, "nsubj", "nsubjpass", "dobj"):
            verb = _dated_event_verb(ctx, c.i)
            told = _told_before(ctx, c.i, verb) if verb else None
            if told is not None and not ctx.date_at.get(told):
                ctx.date_at[told] = list(values)


def _dated_event_verb(ctx: Context, i: int) -> str | None:
    """The verb ("lemma" or "lemma particle") of the event noun ``i`` dates: "the launch date", "the date of the
    landing" (a date noun with its event noun), or a bare subject event noun ("Launch is targeted for ...")."""
    t = ctx.tree
    if t.lemma(i) in EVENT_DATE_NOUNS or t.lowers[i] in EVENT_DATE_NOUNS:
        events = [c.i for c in t.children(i, "compound")]
        events += [o.i for p in t.children(i, "prep") if t.lowers[p.i] == "of" for o in t.children(p.i, "pobj")]
        return next((NOUN_VERBS[t.lowers[e]] for e in events if t.lowers[e] in NOUN_VERBS), None)
    if t[i].dep != "dobj" and t.lowers[i] in NOUN_VERBS and not any(
            c.dep in ("det", "poss", "prep", "compound", "amod") for c in t.children(i)):
        return NOUN_VERBS[t.lowers[i]]
    return None


def _told_before(ctx: Context, i: int, verb: str) -> int | None:
    """The latest verb ``verb`` before token ``i``, in its sentence or the ``REACH`` before; for a launch or a
    landing, any verb of one ("will touch down ... The landing date is ...")."""
    t = ctx.tree
    kind = OCCURRENCE_VERBS.get(verb)
    kind = kind if kind in (C.Launch, C.Landing) else None
    here = t.sentence_index(i)
    for v in range(i - 1, -1, -1):
        if here - t.sentence_index(v) > REACH:
            return None
        f = ctx.frames.get(v)
        said = f"{f.lemma} {f.particle}".strip() if f is not None else ""
        if f is not None and t[v].pos == "VERB" and f.noun is None and (
                said == verb or kind is not None and OCCURRENCE_VERBS.get(said) == kind):
            return v
    return None


def _clause_of(ctx: Context, head: int, toks: set[int]) -> int:
    """Where a day phrase attaches: a bare "the next day" the parser hangs on the object noun
    ("recovered the probe the next day") modifies the clause, so its verb."""
    t = ctx.tree
    if t[head].dep in ("npadvmod", "tmod") and t[t[head].head].pos in ("NOUN", "PROPN"):
        verb = next((a.i for a in t.ancestors(head) if a.pos in ("VERB", "AUX")), None)
        if verb is not None:
            return verb
    return attachment(ctx.tree, head, toks)
