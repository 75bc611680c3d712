"""Who takes part in a gathering, read from how the gathering is worded rather than from its verb.

- "a meeting between A and B", "talks among the three agencies", "a joint session of A and B": the sides a
  gathering noun names in a :data:`SIDE_PREPOSITIONS` phrase take part in it (and, two of them, are partners: see
  ``infer:meeting-partners``); one body's own meeting too ("a meeting of the ESA Council");
- "those attending included A, B and C", "those present comprised ...": the people listed took part in
  the meeting the last sentences tell of;
- "A welcomed B to Toulouse", "B was received by A on Monday": a :data:`HOST_VERBS` verb with a person
  as its object, a place or a day, tells of a meeting of both ("welcomed B as director" does not);
- "At the Vela Conference, A set out ...", "During the summit, B presented ...": who acts in a clause set at a
  named gathering (:data:`VENUE_PREPOSITIONS`) takes part in it.
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..frames import Frame
from ..lexicon import TABLES, WORD_CLASSES
from ..mentions import noun_class
from ..referents import _clause_tokens, agents, described, isa, listed_people, places_in, things
from ..registry import Stage, rule

_WORKER_NOUNS = WORD_CLASSES["WORKER_NOUNS"]
#: People who came to a gathering, unnamed: "Guests were welcomed by A" (A hosted the gathering just told of).
_ATTENDEE_NOUNS = WORD_CLASSES["ATTENDEE_NOUNS"]
_LEAD_VERBS = WORD_CLASSES["DELEGATION_LEAD_VERBS"]
_OCCURRENCES = TABLES["OCCURRENCE_VERBS"]

SIDE_PREPOSITIONS = WORD_CLASSES["SIDE_PREPOSITIONS"]
VENUE_PREPOSITIONS = WORD_CLASSES["VENUE_PREPOSITIONS"]
LISTING_VERBS = WORD_CLASSES["LISTING_VERBS"]
#: Words that make "those <word>" the people at an event: "those attending", "those present".
THERE_WORDS = WORD_CLASSES["WITNESS_VERBS"] | WORD_CLASSES["PRESENCE_WORDS"] | {"participate", "join"}


@rule("dep:event-between", stage=Stage.PHRASES, triggers=("SIDE_PREPOSITIONS",),
      produces=(P.participant, C.Meeting), confidence=0.8)
def event_between(ctx: Context) -> None:
    """"a meeting between A and B", "the talks between the two agencies", "a session of A and B": A and B take
    part; "the 69th session of COPUOS": the body whose meeting it is."""
    t = ctx.tree
    for tok in t.tokens:
        if tok.dep != "prep" or tok.text.lower() not in SIDE_PREPOSITIONS or t[tok.head].pos != "NOUN":
            continue
        cls = noun_class(t, tok.head)
        if cls is None or not ctx.table.is_a_class(cls, C.Meeting):
            continue
        objs = [o.i for o in t.children(tok.i, "pobj")]
        objs += [k for o in objs if (k := _stray_conjunct(ctx, o)) is not None]
        sides = [e for o in objs for e in agents(things(ctx, o, create=False), ctx)]
        sides += [e for o in t.children(tok.i, "pobj") for e in listed_people(ctx, o.i) if e not in sides]
        if not sides or tok.text.lower() == "of" and len(sides) < 2 and not isa(ctx, sides[0], C.Organization):
            continue  # ("a meeting of the ESA Council", "the 69th session of COPUOS": a body meets; one person no)
        ev = described(ctx, tok.head, cls) or ctx.ref(tok.head)
        if ev is None or not isa(ctx, ev, C.Event):
            continue
        for e in sides:
            ctx.add(ev, P.participant, e, tok.i)
        ctx.note_group(tok.i, sides)
        ctx.events_seen.append(ev.key)


def _stray_conjunct(ctx: Context, i: int) -> int | None:
    """"a meeting of A and B was held", "the session of A and B took place": the parser may hang B on the verb
    or on the meeting noun; a name with no conjunct of its own, followed by "and" and a name, has that name
    as its conjunct (its head token)."""
    t = ctx.tree
    own = [c.i for c in t.children(i, "cc")]  # (the "and" kept on A, or on the noun after A)
    end = own[-1] if own else max(t.subtree(i)) + 1
    if any(True for _ in t.children(i, "conj")) or end + 1 >= len(t) or t.lowers[end] != "and" or t[end].dep != "cc":
        return None
    k = end + 2 if t[end + 1].pos == "DET" and end + 2 < len(t) else end + 1
    ent = ctx.table.at(k)
    m = next((m for m in ent.mentions if m.start <= k < m.end), None) if ent is not None else None
    return t.span_head(m.start, m.end) if m is not None else None


@rule("frame:welcome", scope="verb", stage=Stage.VERBS, triggers=("HOST_VERBS",),
      produces=(P.participant, P.locatedIn, C.Meeting), confidence=0.75)
def welcome(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"A welcomed B to Toulouse", "B was received by A at the centre": a meeting of A and B; "B visited the
    centre, where she was welcomed by A": A and B take part in the visit the clause hangs on."""
    hosts = agents(subj, ctx)
    t = ctx.tree
    visit = _visit_above(ctx, f.verb)
    if visit is not None:
        for e in hosts + [e for i in f.obj for e in things(ctx, i, create=False) if isa(ctx, e, C.Person)]:
            ctx.add(visit, P.participant, e, f.verb)
        return
    if hosts and f.obj and all(t.lemma(i) in _ATTENDEE_NOUNS for i in f.obj):
        _host_of_recent(ctx, f, hosts)  # "Guests were welcomed by A": A hosts the event just told of
        return
    guests = [e for i in f.obj for e in things(ctx, i, create=False) if isa(ctx, e, C.Person)]
    # "welcomed a delegation from KARI", "received officials of ASI": the people of a body, the body visits
    crowd = [i for i in f.obj if t.lemma(i) in _WORKER_NOUNS]
    guests += [e for i in crowd for e in things(ctx, i, create=False) if isa(ctx, e, C.Organization, C.Country)]
    if crowd and not guests:  # "received a delegation from JAXA": the parser hangs "from" on the verb
        guests = [e for o in f.prep("from") for e in things(ctx, o, create=False)
                  if isa(ctx, e, C.Organization, C.Country)]
    if crowd and guests:  # "..., led by Vice President X": the one who leads the group comes too
        # (or, set off by commas, on the verb: "welcomed a delegation from X, led by Y, to Rome")
        leads = [c for j in _clause_tokens(ctx, f.verb) for c in t.children(j, "acl")]
        guests += [e for c in leads + list(t.children(f.verb, "advcl")) if t.lemma(c.i) in _LEAD_VERBS
                   for a in t.children(c.i, "agent") for o in t.children(a.i, "pobj")
                   for e in things(ctx, o.i, create=False) if isa(ctx, e, C.Person)]
    if not hosts or not guests or not (crowd or any(isa(ctx, e, C.Person) for e in hosts + guests)):
        return  # "received the award", "welcomed the decision": no visitor
    # "received by A, President of X, in Paris": a locative anywhere in the clause
    places = [pl for j in _clause_tokens(ctx, f.verb) if t[j].dep == "prep" and t[j].text.lower() in ("to", "in", "at")
              for o in t.children(j, "pobj") for pl in places_in(ctx, o.i)]
    if f.prep("as") or any(p.text.lower() == "as" for i in f.obj for p in t.children(i, "prep")):
        return  # "welcomed B as its new director": a post, not a visit
    if not places and not ctx.frame_date(f.verb):
        # a visit has a place or a day; without them, "The delegation was received by A" after the delegation's
        # visit told of: A takes part in that visit
        _host_of_visit(ctx, f, hosts, guests)
        return
    ev = described(ctx, f.verb, C.Meeting)
    if ev is None:
        return
    for e in hosts + guests:
        ctx.add(ev, P.participant, e, f.verb)
    for pl in places:
        ctx.add(ev, P.locatedIn, pl, f.verb)
    ctx.note_group(f.verb, hosts + guests)
    ctx.events_seen.append(ev.key)


def _host_of_visit(ctx: Context, f: Frame, hosts: list[Entity], guests: list[Entity]) -> None:
    """"A delegation from ISRO visited X on 12 March. The delegation was received by A": the hosts of guests who
    took part in a meeting told of in the last sentences take part in it too."""
    keys = {g.key for g in guests}
    for ev in ctx.recent(f.verb, C.Meeting, sentences=2):
        if keys & {p.key for p in ctx.objects(ev, P.participant)}:
            for e in hosts:
                ctx.add(ev, P.participant, e, f.verb)
            return


def _host_of_recent(ctx: Context, f: Frame, hosts: list[Entity]) -> None:
    """"Guests were welcomed by A", "A greeted the participants": no one named is received, so A received
    those who came to the gathering the last sentences tell of (an opening, a ceremony, a visit), and
    took part in it; no such gathering, nothing ("welcomed the guests" of no event is no fact)."""
    ev = next((e for e in ctx.recent(f.verb, C.Event, sentences=2)
               if not isa(ctx, e, C.Launch, C.Landing, C.SampleReturn, C.Campaign)), None)
    if ev is None:
        return
    for e in hosts:
        if e.key != ev.key:
            ctx.add(ev, P.participant, e, f.verb)


def _visit_above(ctx: Context, v: int) -> Entity | None:
    """The visit a welcoming clause is part of: the clause hangs on a verb of a meeting (lexicon
    ``OCCURRENCE_VERBS``), through a conjunct, an adverbial clause or a "where" clause on its object or date."""
    t = ctx.tree
    if t[v].dep not in ("conj", "advcl", "relcl"):
        return None
    h = t[v].head
    if t[v].dep == "relcl" and t[h].pos in ("NOUN", "PROPN"):  # "visited X on 3 May, where she was welcomed"
        h = t[h].head if t[h].dep in ("dobj", "pobj", "npadvmod") else h
        h = t[h].head if t[h].pos == "ADP" else h
    if t[h].pos != "VERB" or _OCCURRENCES.get(t.lemma(h)) != C.Meeting:
        return None
    return described(ctx, h, C.Meeting)


@rule("dep:those-attending", stage=Stage.DISCOURSE, triggers=("LISTING_VERBS",), produces=(P.participant,),
      confidence=0.75)
def those_attending(ctx: Context) -> None:
    """"those attending included A, as well as B and C": A, B and C took part in the meeting in view."""
    t = ctx.tree
    for v, f in ctx.frames.items():
        if f.lemma not in LISTING_VERBS:
            continue
        heads = f.subj + ([t[v].head] if t[v].dep == "acl" else [])  # parsers hang "included" on "those"
        there = [s for s in heads if t[s].text.lower() in ("those", "people", "guests")
                 and any(t.lemma(c.i) in THERE_WORDS for c in t.children(s, "acl", "amod"))]
        if not there:
            continue
        ev = next(iter(ctx.recent(v, C.Meeting, sentences=2)), None)
        if ev is None:
            continue
        for i in [o for o in f.obj if o not in heads]:
            for e in listed_people(ctx, i) + agents(things(ctx, i, create=False), ctx):
                ctx.add(ev, P.participant, e, v)


@rule("dep:at-gathering", stage=Stage.DISCOURSE, triggers=("VENUE_PREPOSITIONS",), produces=(P.participant,),
      confidence=0.7)
def at_gathering(ctx: Context) -> None:
    """"At the Vela Conference last week, Anna Berg set out the plan", "During the summit, ESA presented X": the
    agents who act in a clause set at a gathering (a meeting or a conference the text names) take part in it.
    The parser often hangs the phrase on the verb's object ("presented [the results at the X Conference]"):
    it still sets the clause there."""
    t = ctx.tree
    for tok in t.tokens:
        if tok.text.lower() not in VENUE_PREPOSITIONS or tok.dep != "prep":
            continue
        verb = tok.head
        if verb not in ctx.frames and t[verb].dep == "dobj" and t[verb].pos == "NOUN":
            verb = t[verb].head  # "presented the results at the conference"
        if verb not in ctx.frames:
            continue
        events = [e for o in t.children(tok.i, "pobj") for e in ctx.refs(o.i) or _named_before(ctx, o.i)
                  if e.named and isa(ctx, e, C.Event)  # a named gathering ("the Space Resources Week"), no launch
                  and not isa(ctx, e, C.Launch, C.Landing, C.SampleReturn, C.Campaign)]
        if len(events) != 1:
            continue
        f = ctx.frames[verb]
        for who in agents([e for s in f.subj for e in things(ctx, s, create=False)], ctx):
            if who.key != events[0].key:
                ctx.add(events[0], P.participant, who, tok.i)


def _named_before(ctx: Context, i: int) -> list[Entity]:
    """"spoke at the congress", "at the symposium": a bare definite gathering noun is the gathering of its class
    the last sentences named ("the 75th International Astronautical Congress ... at the congress")."""
    t = ctx.tree
    cls = noun_class(t, i)
    kids = t.children(i)  # "the congress", "the congress, which ...": no word of its own that makes another
    if cls not in (C.Conference, C.Meeting) or t.lowers[i] != t[i].text or any(
            c.dep not in ("det", "punct", "relcl") or c.dep == "det" and c.text.lower() != "the" for c in kids) \
            or not t.children(i, "det") or any(c.dep == "relcl" for c in kids) and t[i + 1].text != ",":
        return []
    return [e for e in ctx.recent(i, cls, sentences=3) if e.named][:1]

