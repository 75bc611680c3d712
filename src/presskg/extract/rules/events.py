"""Events, their dates and participants, and the last word on described things.

Dates found in a sentence attach to the phrase they modify: a verb that evoked an event ("set down in October
2019"), an event noun ("the 2019 and 2020 MAGIC campaigns"), or an agreement's signing. Described things get
readable labels once their relations are known.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ...ingest import BULLETS
from ...model import Entity, Sentence
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..dated_words import attachment
from ..dates import DateExpr, by_tense, find_dates, weekday_by_tense
from ..entities import ancestors
from ..lexicon import HEAD_CLASSES, WORD_CLASSES
from ..mentions import noun_class
from ..referents import agents, described, organizations_of, places_in, things
from ..registry import Stage, rule
from ..tense import date_tense, gapped_clause, moved_date, span_end
from ..told_events import event_told_by_verb

EVENT_NOUNS = frozenset(k for k, v in HEAD_CLASSES.items() if C.Event in ancestors(v) and " " not in k)


@rule("dates:locate", stage=Stage.MENTIONS, produces=(), confidence=0.8)
def locate_dates(ctx: Context) -> None:
    """Find date expressions and the token each one modifies."""
    t = ctx.tree
    for s in t.parse.sentences:
        for d in find_dates(s.text, ctx.release.date, offset=s.start_char):
            toks = [i for i in range(s.start, s.end) if t[i].idx >= d.start and t[i].end <= d.end]
            if not toks or any(_named_thing(ctx, i) for i in toks):
                continue  # "towards the asteroid 2001 QJ", "ExoMars 2022 was delayed": a thing's name dates nothing
            head = next((i for i in toks if t[i].head not in toks or t[i].head == i), toks[-1])
            if span_end(t, head, toks) or moved_date(t, head) == "old":
                continue  # "extended until 2027": the end of a span; "postponed from 12 March": a day given up
            at = gapped_clause(t, attachment(t, head, set(toks)), head)  # ("and Y in 2029": Y's)
            tense = date_tense(t, head, at) if d.yearless or d.kind in ("weekday", "the-year") else None
            if d.kind == "the-year" and tense == "past":
                continue  # "by the end of the year it had ...": the year may be one told before, not the release's
            value = by_tense(d.value, ctx.release.date, tense) if d.yearless else d.value
            if d.kind == "weekday" and not re.match(r"(?i)(last|next|coming)\b", t[toks[0]].text):
                value = weekday_by_tense(value, ctx.release.date, tense)  # "will visit X on Thursday": the next
            ctx.date_at.setdefault(at, []).append((value, head))


def _named_thing(ctx: Context, i: int) -> bool:
    """The token at ``i`` is in the name of a thing that is neither an event nor an agreement ("the 2030 Games" is
    dated by its name)."""
    ent = ctx.table.at(i)
    return ent is not None and ent.named and not (ctx.table.is_a(ent, C.Event) or ctx.table.is_a(ent, C.Agreement))


#: Prepositions that set a clause after or before a gathering of its subject's: "after talks in X".
_AFTER = ("after", "following", "before")


@rule("dep:event-frame", stage=Stage.EVENT_NOUNS, triggers=("DESCRIBED_THINGS",),
      produces=(P.participant, P.locatedIn), confidence=0.8)
def event_nouns(ctx: Context) -> None:
    """Event nouns that frame a clause: "In a bilateral meeting held online, X and Y ...", "After talks in New Delhi
    on Tuesday, A and B announced ..." (their own talks: bare, or "their")."""
    t = ctx.tree
    for tok in t.tokens:
        if t.lemma(tok.i) not in EVENT_NOUNS or tok.dep != "pobj" or getattr(ctx.table.at(tok.i), "named", False):
            continue  # (a gathering told of before, "their meeting", unnamed, is read again)
        prep = t[tok.head]
        # "after talks in New Delhi", "after their meeting in Paris": the subject's own (bare or "their") gathering
        # ("four weeks after its launch": a thing's, not its subject's; "Following a meeting in Oslo, A and B
        # agreed": a gathering told of first, theirs)
        gathering = C.Meeting in ancestors(noun_class(t, tok.i) or C.Event)
        own = not any(c.dep == "det" and (t.lowers[c.i] not in ("a", "an") or not gathering)
                      or c.dep == "poss" and t.lowers[c.i] not in ("their", "his", "her") for c in t.children(tok.i))
        if (prep.text.lower() not in ("in", "during", "at") and not (t.lowers[prep.i] in _AFTER and own)) \
                or t[prep.head].pos not in ("VERB", "AUX"):
            continue
        verb = prep.head
        subj = [e for c in t.children(verb, "nsubj") for e in things(ctx, c.i, create=False)]
        subj += [e for a in t.children(verb, "agent") for o in t.children(a.i, "pobj")  # "was made by X during"
                 for e in things(ctx, o.i, create=False)]
        people = agents(subj, ctx)
        if not people:
            continue
        ev = described(ctx, tok.i)
        if ev is None or not ctx.table.is_a(ev, C.Event):
            continue
        if ctx.table.is_a(ev, C.Launch):  # "Before launch, engineers at CNES tested it": a craft's, no body's
            people = [p for p in people if C.Person in p.classes]
        for p in people:
            ctx.add(ev, P.participant, p, tok.i, "dep:event-frame-participant", 0.8)
        if ctx.table.is_a(ev, C.Meeting):  # "during a visit to the X centre": where it was
            for pl in [e for q in t.children(tok.i, "prep") if q.text.lower() in ("to", "at", "in")
                       for o in t.children(q.i, "pobj") for e in things(ctx, o.i, create=False)]:
                if ctx.table.is_a(pl, C.Place):
                    ctx.add(ev, P.locatedIn, pl, tok.i, "dep:event-frame-place", 0.75)
        ctx.note_group(verb, people)
        ctx.events_seen.append(ev.key)


VENUE_PREPOSITIONS = WORD_CLASSES["VENUE_PREPOSITIONS"]
#: An event's subject verbs that place it: taking place, being held, opening, ending (lexicon classes).
_COURSE = {"hold", "be"}.union(*(WORD_CLASSES[k] for k in ("HAPPEN_VERBS", "EVENT_COURSE_VERBS", "CELEBRATE_VERBS",
                                                            "SCHEDULE_VERBS")))


_FIELD = re.compile(rf"^\s*(?:[{re.escape(BULLETS)}]\s*)?(?P<noun>[A-Z][a-z]+)"
                    r"(?:\s+(?P<field>date|site|venue|location|place))?\s*:", re.I)


@rule("pattern:field-line", stage=Stage.DISCOURSE, produces=(P.launchSite, P.locatedIn), confidence=0.75)
def field_lines(ctx: Context) -> None:
    """Notice-style lines: "Launch date: October 19, 2018", "Launch site: the Guiana Space Centre", "- Launch: 3 May
    2026" (the noun alone gives the date, which the parser may set in a sentence of its own after the colon).

    The field belongs to the event its noun names: the latest such event of the release, else a new one.
    """
    t = ctx.tree
    sentences = t.parse.sentences
    for n, s in enumerate(sentences):
        m = _FIELD.match(s.text)
        if not m or m.group("field") is None and not (dated := _line_dates(ctx, sentences, n)):
            continue
        cls = HEAD_CLASSES.get(m.group("noun").lower())
        if cls is None or not ctx.table.is_a_class(cls, C.Event):
            continue
        head = next((i for i in range(s.start, s.end) if t[i].text == m.group("noun")), s.start)  # (past a bullet)
        ev = (ctx.recent(head, cls, sentences=50) or [None])[0] or described(ctx, head, cls)
        if ev is None:
            continue
        if m.group("field") is None or m.group("field").lower() == "date":
            dates = dated if m.group("field") is None else find_dates(s.text, ctx.release.date, offset=s.start_char)
            if dates:
                ctx.add_date(ev, dates[0].value, ctx.tree.token_at(dates[0].start), "pattern:field-line")
            continue
        places = [e for i in range(s.start, s.end) if (e := ctx.table.at(i)) is not None
                  and ctx.table.is_a(e, C.Place) and not ctx.table.is_a(e, C.Event)]
        prop = P.launchSite if cls == C.Launch else P.locatedIn
        for pl in [p for p in places if ctx.table.is_a(p, C.Facility)][:1] or places[:1]:
            ctx.add(ev, prop, pl, head, "pattern:field-line", 0.75)


def _line_dates(ctx: Context, sentences: Sequence[Sentence], n: int) -> list[DateExpr]:
    """The dates of the line sentence ``n`` opens: its own, and the next sentence's when the parser cut the line at
    its colon ("- Launch:" | "3 May 2026, 09:14 CEST")."""
    s = sentences[n]
    text = s.text + (" " + sentences[n + 1].text if s.text.rstrip().endswith(":") and n + 1 < len(sentences)
                     and "\n" not in ctx.release.text[s.end_char:sentences[n + 1].start_char] else "")
    return find_dates(text, ctx.release.date, offset=s.start_char) if text.rstrip()[-1:] != ":" else []


_CAPTION = re.compile(r"^\s*(?:\[[^\]]{1,20}\]\s*)?[^:]{1,80}?\b(?:signature|signing)\s*:", re.I)


@rule("pattern:signature-caption", stage=Stage.DISCOURSE,
      produces=(P.signatory, P.signedAt, P.participant, P.partnerOf), confidence=0.75)
def signature_captions(ctx: Context) -> None:
    """Captions such as "[Photo] Hera agreement signature: Dr. A (President of X) and Dr. B (…)".

    The agreement the caption names was signed by the people it lists (and their
    organizations), at the meeting the release reports when there is one.
    """
    t = ctx.tree
    for s in t.parse.sentences:
        m = _CAPTION.match(s.text)
        if not m:
            continue
        colon = next((i for i in range(s.start, s.end) if t[i].idx - s.start_char >= m.end() - 1), s.end)
        deal = next((d for i in range(s.start, colon) if t.lemma(i) in ("agreement", "accord", "memorandum", "treaty",
                                                                         "statement", "arrangement")
                     for d in [described(ctx, i)] if d is not None), None)
        if deal is None:
            continue
        people = list(dict.fromkeys(e for i in range(colon, s.end) if (e := ctx.table.at(i)) is not None
                                    and ctx.table.is_a(e, C.Person)))
        for p in people + organizations_of(ctx, people):
            ctx.add(deal, P.signatory, p, colon, "pattern:signature-caption", 0.75)
        ctx.add_partners([o for o in organizations_of(ctx, people) if ctx.table.is_a(o, C.Organization)],
                         colon, "pattern:signature-caption", 0.7)
        for ev in ctx.recent(s.start, C.Meeting, sentences=10)[:1]:
            if ev.key != deal.key:
                ctx.add(deal, P.signedAt, ev, colon, "pattern:signature-caption", 0.7)
                ctx.date_links.append((ev.key, deal.key))


@rule("dep:event-held-in", stage=Stage.DISCOURSE, triggers=("HAPPEN_VERBS", "EVENT_COURSE_VERBS", "CELEBRATE_VERBS"),
      produces=(P.locatedIn, P.participant, P.launchSite), confidence=0.8)
def locate_events(ctx: Context) -> None:
    """"the dialogue scheduled to be held shortly in France", "a meeting in Oslo", "the campaign took place off the
    coast of Galicia" (a flight campaign "over the Baltic Sea": over and off a place, it is the event's too). A
    gathering held "at" a body, no place ("a workshop was held at the University of Tokyo"), has it as its host:
    the body takes part. A launch that takes place at a facility ("the fourth launch of the Nuri rocket will take
    place at the Naro Space Center") leaves from it: its launch site."""
    t = ctx.tree
    # "X and Y signed an accord. The signing took place in Oslo": the event a definite noun tells again
    # ("The signing, which took place at ESA headquarters, follows ...": told so in a relative clause)
    again = [(e, tok.i, 0) for tok in t.tokens if tok.pos == "NOUN" and (
        tok.dep in ("nsubj", "nsubjpass") and t.lemma(tok.head) in _COURSE
        or any(t.lemma(r.i) in _COURSE for r in t.children(tok.i, "relcl"))) and ctx.table.at(tok.i) is None
             and (tok.i in ctx.described or event_told_by_verb(ctx, tok.i))
             and (e := described(ctx, tok.i)) is not None and ctx.table.is_a(e, C.Event)]
    # ("the European Conference on Space Education in Tallinn": the place hung on the name's head, not its last word)
    inner = [(e, k, m.end) for e, h in _mention_heads(ctx, C.Event) for m in e.mentions if m.end - 1 == h
             and (k := t.span_head(m.start, m.end)) != h and m.start <= k < h]
    for ent, h, after in [(e, h, 0) for e, h in _mention_heads(ctx, C.Event)] + inner + again:
        gathering = ctx.table.is_a(ent, C.Meeting) or ctx.table.is_a(ent, C.Conference)
        for v in _clauses_on(ctx, h):
            for p in [*t.children(v, "prep"), *t.date_preps(v)]:  # ("took place on 4 May in Oslo": on the date)
                if p.text.lower() in ("in", "at", "on", "off", "over") and p.i >= after:
                    for o in t.children(p.i, "pobj"):
                        for pl in places_in(ctx, o.i):
                            ctx.add(ent, P.locatedIn, pl, v, "dep:event-held-in", 0.8)
                            if ctx.table.is_a(ent, C.Launch) and ctx.table.is_a(pl, C.Facility):
                                ctx.add(ent, P.launchSite, pl, v, "dep:launch-held-at", 0.8)
                        for host in ctx.refs(o.i) if p.text.lower() == "at" and gathering else ():
                            if ctx.table.is_a(host, C.Organization) and not ctx.table.is_a(host, C.Place):
                                ctx.add(ent, P.participant, host, v, "dep:event-held-at-body", 0.75)


def _mention_heads(ctx: Context, cls: str) -> Iterator[tuple[Entity, int]]:
    """(entity, head token of a mention) for every mention of every entity of class ``cls``; a name that is a
    compound of its class noun ("the SaltFlight campaign") heads its phrase by that noun."""
    t = ctx.tree
    yield from ((e, h.head if h.dep == "compound" and ctx.described.get(h.head) == e.key
                 else m.end - 1) for e in list(ctx.table.entities.values()) if ctx.table.is_a(e, cls)
                for m in e.mentions for h in [t[m.end - 1]])


def _clauses_on(ctx: Context, h: int) -> list[int]:
    """The noun itself, participial clauses on it, and the verb of its course it is the subject of
    ("The signing took place in Mexico City", "the conference opened in Bremen"), with their chained
    complements."""
    t = ctx.tree
    out = [h]
    todo = [c.i for c in t.children(h, "acl", "relcl")]
    if t[h].dep in ("nsubj", "nsubjpass") and t.lemma(t[h].head) in _COURSE:
        todo.append(t[h].head)
    # "At its 101st meeting, held in Darmstadt on 3 December, the Council ...": a participle set off right after
    # the noun's phrase, which the parser hung on the main verb, is the noun's
    k = max(t.subtree(h)) + 2
    if k < len(t) and t[k - 1].text == "," and t[k].tag == "VBN" and t[k].dep == "advcl" and t[k].head > k \
            and not any(c.dep in ("nsubj", "nsubjpass") for c in t.children(k)):
        todo.append(k)
    while todo:
        v = todo.pop()
        out.append(v)
        todo.extend(c.i for c in t.children(v, "xcomp", "conj"))
    return out


@rule("dep:one-of-the-moons", stage=Stage.INFERENCE, produces=(P.orbits,), confidence=0.8)
def moons(ctx: Context) -> None:
    """"Phobos, one of Mars' two moons": a moon whose apposition speaks of a planet's moons ("Io, Europa and
    Callisto, three moons of Jupiter": each moon of a list the plural apposition is set after)."""
    t = ctx.tree
    for ent, h in _mention_heads(ctx, C.Moon):
        root = t.conj_root(h)
        for a in [*t.children(h, "appos"), *(a for a in t.children(root, "appos") if root != h and a.tag == "NNS")]:
            sub = t.subtree(a.i)
            if not any(t.lemma(j) in ("moon", "satellite") for j in sub):
                continue
            for j in sub:
                planet = ctx.table.at(j)
                if planet is not None and ctx.table.is_a(planet, C.Planet):
                    ctx.add(ent, P.orbits, planet, a.i, "dep:one-of-the-moons", 0.8)
                    break


@rule("frame:sample-source-target", stage=Stage.INFERENCE, produces=(P.target, P.sampleFrom),
      confidence=0.8, after=("frame:bring-back",))
def apply_pending_targets(ctx: Context) -> None:
    """A craft that brings back samples from a body targets that body (also one a rule of matter read:
    "grains of asteroid Orvo returned by Hikari-3")."""
    returned = [(ctx.table.entities[r.subject], ctx.table.entities[r.object], ctx.tree.token_at(r.evidence.start_char))
                for r in list(ctx.relations.values()) if r.predicate == P.returned]
    for craft, sample, at in [*ctx.pending_targets, *returned]:
        for body in ctx.objects(sample, P.sampleFrom):
            ctx.add(craft, P.target, body, at, "frame:sample-source-target", 0.8)


@rule("dates:attached", stage=Stage.FINISH, produces=(), confidence=0.8, after=("dates:locate",))
def attach_dates(ctx: Context) -> None:
    """Give each event or agreement the dates of the phrases that evoke it."""
    t = ctx.tree
    for at, values in sorted(ctx.date_at.items()):  # (in text order: what a sentence dates, a later one finds dated)
        targets: list[Entity] = []
        ent = ctx.ref(at) if t[at].pos in ("NOUN", "PROPN") else None
        if ent is None and at in ctx.described:
            ent = ctx.table.entities[ctx.described[at]]
        if ent is not None and (ctx.table.is_a(ent, C.Event) or ctx.table.is_a(ent, C.Agreement)):
            targets.append(ent)
        here = t.sentence_index(at)  # (not an event dated in a sentence before: "landed on 3 May. ESA confirmed the
        earlier = {k for (k, _), d in ctx.dates.items() if d.evidence.sentence < here}  # landing the next day")
        if t[at].pos in ("VERB", "AUX") and not targets:
            targets += [e for e in _dated_events(ctx, at) if e.key not in earlier]
        # ("signed an agreement in 2019. The document was signed on 3 May": not a second day of its own)
        targets += [ctx.table.entities[key] for key, other in ctx.date_links if other == f"verb:{at}"
                    and key not in earlier]
        for e in targets:
            for value, tok in values:
                ctx.add_date(e, value, tok, "dates:attached")
    # a signing event and its agreement share their date (not an accord signed at several signings, each its own)
    for a, b in ctx.date_links:
        if b.startswith("verb:") or len({x for x, y in ctx.date_links if y == b}) > 1:
            continue
        ea, eb = ctx.table.entities[a], ctx.table.entities[b]
        da = [d for (k, _), d in ctx.dates.items() if k == a]
        db = [d for (k, _), d in ctx.dates.items() if k == b]
        for src, dst in ((da, eb), (db, ea)):
            own = [d.value for d in (db if dst is eb else da)]
            for d in src:  # (not a day at odds with one of its own: "signed in 2019. The document was signed on 3 May")
                if all(d.value.startswith(v) or v.startswith(d.value) for v in own):
                    ctx.add_date(dst, d.value, ctx.tree.token_at(d.evidence.start_char), "dates:shared-with-signing")


def _dated_events(ctx: Context, v: int) -> list[Entity]:
    """The events a dated verb speaks of: its own arguments ("held a meeting on 4 February",
    "joined CCFI for its yearly dinner"), else the event its clause describes ("a meeting held on 4
    February", "the Summit, whose first edition France organized on 12 December 2017")."""
    t = ctx.tree
    args = [c.i for c in t.children(v) if c.dep in ("dobj", "nsubjpass", "nsubj", "attr")]
    args += [o.i for p in t.children(v, "prep") if p.text.lower() in ("for", "at", "during", "in", "of")
             for o in t.children(p.i, "pobj")]
    args += [o.i for d in t.children(v, "dobj") if t[d.i].pos == "NOUN" for p in t.children(d.i, "prep")
             if p.text.lower() in VENUE_PREPOSITIONS for o in t.children(p.i, "pobj")]  # ("presented X at the Y")
    found = [e for i in args for e in things(ctx, i, create=False) if ctx.table.is_a(e, C.Event)]
    if found:
        return found
    j = v
    for _ in range(5):  # up through participles and relative clauses to the noun they describe
        tok = t[j]
        if tok.head == j:
            break
        if tok.dep in ("acl", "relcl"):
            head = ctx.ref(tok.head)
            if head is not None and ctx.table.is_a(head, C.Event):
                return [head]
            break
        j = tok.head
    return []


@rule("labels:described", stage=Stage.FINISH, produces=(), confidence=0.0)
def finish_labels(ctx: Context) -> None:
    """Readable labels for described things: "videoconference meeting (2021-02-25)"."""
    seen: dict[str, int] = {}
    for ent in sorted(ctx.table.entities.values(), key=lambda e: (e.mentions[0].start if e.mentions else 0, e.key)):
        if ent.named:
            continue
        label = " ".join(ent.label.split()) or "thing"
        dates = sorted(d.value for (k, _), d in ctx.dates.items() if k == ent.key)
        tag = f" [{ctx.release.identifier}]"  # (a described whole labelled already: "camera of spacecraft")
        part = [o.label.removesuffix(tag) for o in ctx.objects(ent, P.partOf)]
        src = [o.label.removesuffix(tag) for o in ctx.objects(ent, P.sampleFrom)]
        if src:
            label = f"{label} from {src[0]}"
        elif part and not label.startswith(f"{part[0]} "):  # ("the Vela camera" says whose already)
            label = f"{label} of {part[0]}"
        if dates:
            label = f"{label} ({dates[0]})"
        ent.label = f"{label} [{ctx.release.identifier}]"
        seen[ent.label] = seen.get(ent.label, 0) + 1
        if seen[ent.label] > 1:  # two described things alike: number them, they are not one
            ent.label = f"{label} #{seen[ent.label]} [{ctx.release.identifier}]"
