"""Flights that are launches.

"Flight" names a mission by default (lexicon HEAD_CLASSES): "the flight of astronaut
Lena Berg to the station". A launcher's flight is a launch, though, and so is a first
flight told with a word that is only said of a vehicle's first launch: "the maiden
flight of the Zephra-1 rocket took place from Andoya", "Zephra-1's fifth flight",
"the inaugural flight is planned for September from Kourou". So is a launcher's failure
or loss ("the failure of the Talvar-4 rocket on 18 January"): the launch that failed.
The words are lexicon data (``LAUNCH_FLIGHT_NOUNS``, ``MAIDEN_FLIGHT_WORDS``,
``LAUNCH_MISHAP_NOUNS``); the rules that read event nouns ask :func:`occurrence_class`
where they asked ``OCCURRENCE_NOUNS`` alone.
"""

from __future__ import annotations

from ..model import Entity
from ..vocab import Class as C
from ..vocab import Prop as P
from .classes import ancestors
from .context import Context
from .lexicon import HEAD_CLASSES, OCCURRENCE_NOUNS, WORD_CLASSES

_FLIGHTS = frozenset(WORD_CLASSES["LAUNCH_FLIGHT_NOUNS"])
_MAIDEN = frozenset(WORD_CLASSES["MAIDEN_FLIGHT_WORDS"])
_AIRCRAFT = frozenset(WORD_CLASSES["AIRCRAFT_NOUNS"])
_MISHAPS = frozenset(WORD_CLASSES["LAUNCH_MISHAP_NOUNS"])


def occurrence_class(ctx: Context, i: int) -> str | None:
    """The event class of the noun at ``i``: its ``OCCURRENCE_NOUNS`` class, or Launch for a launch flight."""
    t = ctx.tree
    if thing_noun_part(ctx, i):
        return None
    cls = OCCURRENCE_NOUNS.get(t.lemma(i)) or OCCURRENCE_NOUNS.get(t.lowers[i]) or OCCURRENCE_NOUNS.get(
        hyphened_word(ctx, i) or "")
    if cls is None and t.lemma(i) in _FLIGHTS and (maiden(ctx, i) or flight_rockets(ctx, i) or from_site(ctx, i)):
        return C.Launch
    if t.lemma(i) in _MISHAPS and flight_rockets(ctx, i):  # "the failure of the Talvar-4 rocket": a failed launch
        return C.Launch
    # "the second test flight": two words of an occurrence (a launch, above, when it leaves from a launch site)
    return cls or next((OCCURRENCE_NOUNS[two] for c in t.children(i, "compound") if c.i == i - 1
                        and (two := f"{t.lemma(c.i).lower()} {t.lemma(i)}") in OCCURRENCE_NOUNS), None)


def thing_noun_part(ctx: Context, i: int) -> bool:
    """The noun at ``i`` is the first word of a two-word class noun of a thing, no event: "the Caldera launch
    vehicle", "the Kestrel launch system", "a new launch pad", "the landing site" (lexicon HEAD_CLASSES) name a
    rocket or a place, and "launch" there tells of no launch. A two-word noun of an event ("the launch campaign")
    leaves it one."""
    t = ctx.tree
    tok = t[i]
    if tok.dep != "compound" or tok.head != i + 1 or t[i + 1].pos not in ("NOUN", "PROPN"):
        return False
    cls = HEAD_CLASSES.get(f"{t.lemma(i).lower()} {t.lemma(i + 1).lower()}") or HEAD_CLASSES.get(
        f"{t.lowers[i]} {t.lowers[i + 1]}")
    return cls is not None and C.Event not in ancestors(cls)


def hyphened_word(ctx: Context, i: int) -> str | None:
    """The hyphened word the tokenizer split whose last piece is at ``i`` ("re-entry", "lift-off", "break-up"),
    lower-cased; None when ``i`` ends no such word."""
    j = ctx.tree.hyphened_start(i)
    return f"{ctx.tree.lowers[j]}-{ctx.tree.lowers[i]}" if j < i else None


def maiden(ctx: Context, i: int) -> bool:
    """The flight noun at ``i`` is a vehicle's first launch by its modifier ("maiden flight", "its first flight"),
    not an aircraft's ("the first flight of the Zero-G aircraft": lexicon ``AIRCRAFT_NOUNS``)."""
    t = ctx.tree
    flyers = [o.i for p in t.children(i, "prep") if t.lowers[p.i] == "of" for o in t.children(p.i, "pobj")]
    if t[i].dep in ("dobj", "obj"):  # "the Kesko helicopter made its first flight": the light verb's subject
        flyers += [c.i for c in t.children(t[i].head, "nsubj")]
    return any(t.lemma(c.i).lower() in _MAIDEN for c in t.children(i, "amod", "compound")) and not any(
        t.lemma(k) in _AIRCRAFT for k in flyers)


def from_site(ctx: Context, i: int) -> bool:
    """The flight noun at ``i`` (or the verb it is the object or subject of) leaves from a launch site: "ISRO
    conducted the first test flight of the crew module on 21 October from the Satish Dhawan Space Centre"."""
    t = ctx.tree
    where = [i] + ([t[i].head] if t[i].dep in ("dobj", "obj", "nsubj", "nsubjpass") else [])
    return any(ctx.table.is_a(e, C.Spaceport) for w in where for p in t.children(w, "prep") if t.lowers[p.i] == "from"
               for o in t.children(p.i, "pobj") for e in ctx.refs(o.i))


def flight_rockets(ctx: Context, i: int) -> list:
    """The launchers whose flight (or launch) the noun at ``i`` is: its "of" phrase, its possessor or the name
    before it ("the maiden flight of Zephra-1", "Zephra-1's fifth flight", "the Zephra-1 launch"), or the subject
    of a light verb that has it as object ("Zephra-1 made its maiden flight")."""
    t = ctx.tree
    heads = [o.i for p in t.children(i, "prep") if t.lowers[p.i] == "of" for o in t.children(p.i, "pobj")]
    heads += [c.i for c in t.children(i, "poss", "compound", "nmod")]
    if t[i].dep in ("dobj", "obj") and t.lemma(t[i].head) in WORD_CLASSES["EVENT_LIGHT_VERBS"]:
        heads += [c.i for c in t.children(t[i].head, "nsubj")]
    return [e for h in heads for j in ctx.table.conjuncts(h) for e in ctx.refs(j)
            if ctx.table.is_a(e, C.LaunchVehicle)]


_ON = frozenset(WORD_CLASSES["LAUNCH_VEHICLE_PREPOSITIONS"])
#: Verbs whose subject, a launch noun, is put on the calendar or said to happen: "the launch is planned for 2027
#: on a Vega-C", "liftoff will take place aboard a Soyuz" (the rocket's phrase hangs on the verb).
_CALENDAR = frozenset(WORD_CLASSES["SCHEDULE_VERBS"]) | frozenset(WORD_CLASSES["HAPPEN_VERBS"])


def carrying_rockets(ctx: Context, i: int) -> tuple[list, list[int]]:
    """The launchers a launch told by the noun at ``i`` goes up on, by the noun's own phrase ("the launch of
    Aurora-1 on a Vega-C rocket") or that of the verb that schedules it ("Its launch is planned for 2027 on a
    Vega-C rocket", "the launch will take place aboard a Soyuz"): prepositions of LAUNCH_VEHICLE_PREPOSITIONS;
    and the words of the "from" phrase the parser hangs on such a rocket ("on a Vega-C rocket from Kourou"),
    where the launch left from. Only for a noun already read as a launch (a "flight on a rocket" stays what its
    noun is)."""
    t = ctx.tree
    heads = [p.i for p in t.children(i, "prep") if t.lowers[p.i] in _ON]
    v = t[i].head
    if t[i].dep in ("nsubj", "nsubjpass") and t.lemma(v) in _CALENDAR:
        # also where the parser hangs the phrase on the date ("planned for the second half of 2027 on a Vega-C")
        todo, seen = list(t.children(v, "prep")), 0
        while todo and seen < 8:
            p, seen = todo.pop(), seen + 1
            if t.lowers[p.i] in _ON:
                heads.append(p.i)
            else:
                todo += [q for o in t.children(p.i, "pobj") for q in t.children(o.i, "prep")]
    rockets, froms = [], []
    for o in (o.i for p in heads for o in t.children(p, "pobj")):
        found = [e for j in ctx.table.conjuncts(o) for e in ctx.refs(j) if ctx.table.is_a(e, C.LaunchVehicle)]
        rockets += found
        froms += [q.i for pp in t.children(o, "prep") if t.lowers[pp.i] == "from" for q in t.children(pp.i, "pobj")
                  ] if found else []
    return rockets, froms


_OTHER = frozenset(WORD_CLASSES["OTHER_EVENT_WORDS"])


def vehicle_flight(ctx: Context, ev: Entity) -> bool:
    """The launch ``ev`` was told as a vehicle's flight or failure ("the maiden flight", "its fifth flight", "the
    failure of the X rocket"): one launch of its own, which a later launch of other craft is not (no bare launch
    that any launch takes back; coreference joins it to the launch on its launcher when the dates agree)."""
    return any(v == ev.key and (ctx.tree.lemma(k) in _FLIGHTS or ctx.tree.lemma(k) in _MISHAPS)
               for k, v in ctx.described.items())


def launch_keys(ctx: Context, i: int, ev: Entity) -> set[str]:
    """What a launch told again at ``i`` may share with the launch ``ev``: the craft it carried and, unless the
    noun says it is another ("its next flight"), its launcher ("the booster made its fifth flight")."""
    t = ctx.tree
    keys = {o.key for o in ctx.objects(ev, P.participant)}
    if not any(t.lemma(c.i).lower() in _OTHER for c in t.children(i, "amod", "advmod", "det")):
        keys |= {o.key for o in ctx.objects(ev, P.launchVehicle)}
    return keys


def same_vehicle_flights(ctx: Context, into: dict[str, str]) -> dict[str, str]:
    """"Falkor-9 launched Sentra-7 on 28 March ... The booster made its fifth flight": a vehicle's flight told
    after a launch on that vehicle, in the same sentence or the two before, is that launch (not "its next flight",
    OTHER_EVENT_WORDS; not one dated apart); a maiden flight is the maiden flight told before (of the same
    launcher, if it names one); a launch told just after a launcher's failure on that launcher is the failed
    launch; so is an undated launch of the vehicle with no craft ("The rocket lifted off at 10:17"), and a launch on
    a vehicle whose flight the same sentence told before ("The X rocket, in its fifth flight, placed Y into orbit").
    Keys of the later launches, each to the earlier one's key."""
    t = ctx.tree
    launches = sorted((e for e in ctx.table.entities.values() if not e.named and e.mentions and e.key not in into
                       and ctx.table.is_a(e, C.Launch)), key=lambda e: e.mentions[0].start)
    out: dict[str, str] = {}
    for k, later in enumerate(launches):
        head = later.mentions[0].end - 1
        rockets = {o.key for o in ctx.objects(later, P.launchVehicle)}
        if t.lemma(head) in _FLIGHTS and maiden(ctx, head):  # a vehicle flies its maiden flight once
            first = [e for e in launches[:k] if e.key not in out and maiden(ctx, e.mentions[0].end - 1)
                     and t.lemma(e.mentions[0].end - 1) in _FLIGHTS
                     and (not rockets or rockets & {o.key for o in ctx.objects(e, P.launchVehicle)})]
            if first:
                out[later.key] = first[0].key
                first[0].mentions.extend(later.mentions)
            continue
        told = t.lemma(head) in _FLIGHTS or t.lemma(head) in _MISHAPS
        # "X placed Y into orbit today. The rocket lifted off at 10:17 from Z": an undated launch of the same
        # vehicle with no craft of its own, told just after, is that launch told again
        told = told or not ctx.objects(later, P.participant) and not _dates(ctx, later)
        if told and any(t.lemma(c.i).lower() in _OTHER for c in t.children(head, "amod", "advmod", "det")):
            continue
        here = t.sentence_index(head)
        # "the failure of the Talvar-4 rocket on 18 January ... The Talvar-4 lifted off from X": a launch told
        # just after a launcher's failure is the launch that failed
        # "The X rocket, in its forty-second flight, placed Y into orbit": a launch on a vehicle whose flight its own
        # sentence told just before is that flight
        before = [e for e in launches[:k] if e.key not in out and here - t.sentence_index(e.mentions[0].start) <= 2
                  and (told or t.lemma(e.mentions[0].end - 1) in _MISHAPS
                       or here == t.sentence_index(e.mentions[0].start) and t.lemma(e.mentions[0].end - 1) in _FLIGHTS)
                  and rockets & {o.key for o in ctx.objects(e, P.launchVehicle)}
                  and not (_dates(ctx, e) and _dates(ctx, later) and _dates(ctx, e) != _dates(ctx, later))]
        # "in its forty-second flight (KSLV-C42) ... The KSLV-C42 lifted off": a launch of the flight's code is it
        carried = {o.key for o in ctx.objects(later, P.participant)}
        before = before if rockets else [e for e in launches[:k] if e.key not in out
                                         and _flight_codes(ctx, e) & carried]
        if before:
            out[later.key] = before[-1].key
            before[-1].mentions.extend(later.mentions)
    return out


def _flight_codes(ctx: Context, ev: Entity) -> set[str]:
    """The names in brackets right after the vehicle's flight noun that told of the launch ``ev``: "its
    forty-second flight (KSLV-C42)" (the flight's code, which later stands for the launch)."""
    t = ctx.tree
    end = ev.mentions[0].end
    if t.lemma(end - 1) not in _FLIGHTS or end + 1 >= len(t) or t[end].text != "(":
        return set()
    named = ctx.table.at(end + 1)
    return {named.key} if named is not None else set()


def _dates(ctx: Context, ev: Entity) -> set[str]:
    return {v for k, v in ctx.dates if k == ev.key}
