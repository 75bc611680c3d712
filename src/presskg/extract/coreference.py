"""A definite description read before the thing it takes back was made: one thing, not two.

"The Lyra orbiter's payload comprises a radar sounder, a thermal imager and a magnetometer. The radar sounder
was developed by Tessera." The rules run in stages, and a rule of an early stage may make "the radar sounder"
a described thing of its own before the rule of a later stage makes the list's "a radar sounder". After the
rules, :func:`merge_definites` joins such a later thing to the earlier one: a described (unnamed) made thing
(:data:`MADE`) whose first mention is a definite noun ("the radar sounder"; a comma-set clause after it
allowed, an "of" phrase or a restrictive clause not) is the latest described thing before it of the same
class and head noun whose words hold its compound's ("the sounder" may be "a radar sounder", "the radar
sounder" not "a laser sounder"). Its relations and dates move to the earlier thing. A bare "the ceremony"
("the event", "the occasion") is joined the same way to the event told of just before it, and so is a definite
event noun to an event of the same noun and class just before it ("a workshop on X ... The two-day workshop,
hosted by Y"; not "the next workshop", lexicon OTHER_EVENT_WORDS). A definite noun a naming verb names ("The
robotic arm, called FjordArm,") joins the described thing of its noun told of before to the name.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise
from typing import TYPE_CHECKING

from ..vocab import Class as C
from ..vocab import Prop as P
from .classes import ancestors
from .flights import same_vehicle_flights
from .lexicon import EVENT_ANAPHORS, NAMING_VERBS, TABLES, WORD_CLASSES
from .told_events import labelled_by

if TYPE_CHECKING:
    from ..model import Entity
    from .context import Context

#: Words that make a definite event noun another event than the one just told of ("the next workshop").
OTHER_EVENT_WORDS = WORD_CLASSES["OTHER_EVENT_WORDS"]
#: The verb that tells of the occurrence a noun names ("the landing": land, "the signing": sign).
_NOUN_VERBS = TABLES["OCCURRENCE_NOUN_VERBS"]
#: Classes of the described things joined: made things, whose definite nouns take back one told of, and
#: agreements ("after the signing of a framework agreement between A and B. The agreement covers X": a noun
#: phrase's agreement, made by a later stage than the clause's "the agreement").
MADE = (C.Instrument, C.Spacecraft, C.Sample, C.Agreement)


def merge_definites(ctx: Context) -> None:
    """Join each described made thing first written as a bare definite noun to the one it takes back."""
    described = sorted((e for e in ctx.table.entities.values() if not e.named and e.mentions
                        and any(m in ancestors(c) for c in e.classes for m in MADE)),
                       key=lambda e: e.mentions[0].start)
    into: dict[str, str] = _event_anaphors(ctx)
    _drop_orphan_anaphors(ctx, into)
    into.update(same_vehicle_flights(ctx, into))  # "... launched X. The booster made its fifth flight": one launch
    into.update(_same_craft_launches(ctx, into))  # "KSA launched Orla in 2019. Since its launch, ...": one launch
    into.update(_landing_told_again(ctx, into))  # "X returned to Earth on 2 May. Her capsule splashed down ..."
    into.update(_samples_of_one_body(ctx, into))  # "samples from Ryugu ... the samples from Ryugu": one sample
    for k, later in enumerate(described):
        head = later.mentions[0].end - 1
        if not _bare_definite(ctx, head):
            continue
        words = {c.text.lower() for c in ctx.tree.children(head, "compound", "amod")}
        for earlier in reversed(described[:k]):
            h = earlier.mentions[0].end - 1
            if earlier.key in into or h >= later.mentions[0].start or ctx.tree.lemma(h) != ctx.tree.lemma(head):
                continue
            span = {ctx.tree[j].text.lower() for j in range(earlier.mentions[0].start, earlier.mentions[0].end)}
            if words <= span and earlier.classes & later.classes:
                into[later.key] = earlier.key
                earlier.mentions.extend(later.mentions)
            break
    _agreement_told_again(ctx, described, into)
    _named_later(ctx, described, into)
    if into:
        _move(ctx, into)


def _samples_of_one_body(ctx: Context, into: dict[str, str]) -> dict[str, str]:
    """Samples the release tells of as taken from the same bodies, none brought back by another craft ("the capsule
    carrying samples from Ryugu landed ... scientists will study the samples from Ryugu"): one sample. Keys of the
    later ones, each to the first one's key."""
    samples = sorted((e for e in ctx.table.entities.values() if not e.named and e.mentions and e.key not in into
                      and ctx.table.is_a(e, C.Sample)), key=lambda e: e.mentions[0].start)
    out: dict[str, str] = {}
    for k, later in enumerate(samples):
        bodies = {o.key for o in ctx.objects(later, P.sampleFrom)}
        crafts = {s for (s, p, o) in ctx.relations if p == P.returned and o == later.key}
        first = next((e for e in samples[:k] if e.key not in out and bodies
                      and {o.key for o in ctx.objects(e, P.sampleFrom)} == bodies
                      and not (crafts and (theirs := {s for (s, p, o) in ctx.relations if p == P.returned
                                                      and o == e.key}) and not crafts & theirs)), None)
        if first is not None:
            out[later.key] = first.key
            first.mentions.extend(later.mentions)
    return out


def _agreement_told_again(ctx: Context, described: list[Entity], into: dict[str, str]) -> None:
    """"A and B signed a memorandum on 5 March. Under the renewed arrangement, ...": an agreement written as a
    definite noun of another agreement word, narrowed by nothing but words that point back (Tree.recalling_words:
    "new", "renewed"), is the agreement told of in the two sentences before, when that is the only one."""
    t = ctx.tree
    deals = [e for e in described if ctx.table.is_a(e, C.Agreement)]
    for k, later in enumerate(deals):
        head = later.mentions[0].end - 1
        if later.key in into or not any(c.dep == "det" and t.lowers[c.i] in ("the", "this") for c in t.children(head)):
            continue
        if any(c.dep not in ("det", "punct", "prep", "relcl", "acl") and c.i not in t.recalling_words(head)
               or c.dep in ("relcl", "acl") and t[min(t.subtree(c.i)) - 1].text != ","
               or c.dep == "prep" and t.lowers[c.i] == "of" for c in t.children(head)):
            continue  # "the 2015 arrangement", "the arrangement of 2015", "the accord concluded in May": another
        if head + 1 < len(t) and t[head + 1].dep == "acl" and t[head + 1].pos == "VERB":
            continue  # (the parser may hang the participle on a noun before: "the outcome of the accord concluded")
        here = t.sentence_index(head)
        before = [e for e in deals[:k] if e.key not in into and 0 < here - t.sentence_index(e.mentions[-1].start) <= 2]
        if len(before) == 1 and t.lemma(before[0].mentions[0].end - 1) != t.lemma(head):
            into[later.key] = before[0].key
            before[0].mentions.extend(later.mentions)


def _named_later(ctx: Context, described: list[Entity], into: dict[str, str]) -> None:
    """"ESA will provide a robotic arm for X. The robotic arm, called FjordArm, will be built by Y": a definite
    noun given a name by a naming verb takes back the latest described thing of its head noun and class told of
    before it; that thing is the named one (its relations move to the name)."""
    t = ctx.tree
    for ent in [e for e in ctx.table.entities.values() if e.named and e.kb is None]:
        for m in ent.mentions:
            v = t[m.end - 1].head
            if t.lemma(v) not in NAMING_VERBS or t[v].dep != "acl" or not any(
                    c.dep == "det" and c.text.lower() == "the" for c in t.children(t[v].head)):
                continue
            head = t[v].head
            for earlier in reversed(described):
                h = earlier.mentions[0].end - 1
                if earlier.key not in into and h < head and t.lemma(h) == t.lemma(head) \
                        and earlier.classes & ent.classes and not any(n.start <= head < n.end for n in
                                                                      earlier.mentions):
                    into[earlier.key] = ent.key
                    ent.mentions.extend(earlier.mentions)
                    break


def _event_anaphors(ctx: Context) -> dict[str, str]:
    """"A and B signed an arrangement on 3 May. The ceremony took place at X": an event first written as a bare
    definite noun of :data:`EVENT_ANAPHORS` (ceremony, event, occasion), made by a rule of an earlier stage
    than the signing's, is the event told of in its sentence or the one before (the latest), whose label holds
    its modifiers ("the signing ceremony" is the signing; "an award ceremony" is new, and indefinite anyway)."""
    events = sorted((e for e in ctx.table.entities.values() if not e.named and e.mentions
                     and ctx.table.is_a(e, C.Event)), key=lambda e: e.mentions[0].start)
    into: dict[str, str] = {}
    t = ctx.tree
    for k, later in enumerate(events):
        head = later.mentions[0].end - 1
        if _craft_event_noun(ctx, later, head):  # "Velan will land on Mars. Touchdown is planned for ...": that
            before = [e for e in events[:k] if e.key not in into and e.mentions[0].start < later.mentions[0].start
                      and t.sentence_index(head) - t.sentence_index(e.mentions[0].start) <= 2
                      and e.classes == later.classes and _may_be_one(ctx, e, later)]  # landing, however told
            _join(into, later, before)
            continue
        if _owned_again(ctx, later, head):  # "X was appointed Director ... Her appointment was announced by Y"
            before = [e for e in events[:k] if e.key not in into and e.mentions[0].start < later.mentions[0].start
                      and t.sentence_index(head) - _last_told(ctx, e, later.mentions[0].start) <= 2
                      and e.classes == later.classes and (t.lemma(e.mentions[0].end - 1) == t.lemma(head)
                                                          or _told_by_verb(ctx, e, head))
                      and set(ctx.objects(e, P.participant)) & set(ctx.objects(later, P.participant))]
            _join(into, later, before)
            continue
        if not _bare_definite(ctx, head):
            continue
        words = {c.text.lower() for c in t.children(head, "compound", "amod")}  # "the signing ceremony"
        anaphor = t.lemma(head) in EVENT_ANAPHORS
        if not anaphor and words & OTHER_EVENT_WORDS:
            continue  # "the next workshop"
        here = t.sentence_index(head)
        # "the ceremony": the event just told of, whose label holds its words; "a workshop ... The two-day
        # workshop": an event of the same noun and class just told of
        before = [e for e in events[:k] if e.key not in into and e.mentions[0].start < later.mentions[0].start
                  and here - _last_told(ctx, e, later.mentions[0].start) <= (2 if anaphor else 1)
                  and (words <= set(e.label.lower().split()) if anaphor else
                       e.classes == later.classes and (t.lemma(e.mentions[0].end - 1) == t.lemma(head)
                                                       or _told_by_verb(ctx, e, head)))]
        _join(into, later, before)
    return into


def _join(into: dict[str, str], later: Entity, before: list[Entity]) -> None:
    """``later`` joined to the latest of ``before`` (the events it may take back), if any."""
    if before:
        into[later.key] = before[-1].key
        before[-1].mentions.extend(later.mentions)


def _told_by_verb(ctx: Context, ev: Entity, head: int) -> bool:
    """"The Velan lander touched down on 8 January. The landing took place in X": an event first told by a verb,
    of the noun's verb ("landing": land), or of the noun's class if a launch or landing (however told)."""
    t, first = ctx.tree, ev.mentions[0].start
    return t[first].pos == "VERB" and (t.lemma(first) == _NOUN_VERBS.get(t.lemma(head))
                                        or labelled_by(ev, t.lemma(head)) or bool(ev.classes & {C.Launch, C.Landing}))


#: Event nouns that say nothing of their own: bare and definite, only the event just told of.
_VAGUE_EVENTS = frozenset({"event", "occasion"})


def _drop_orphan_anaphors(ctx: Context, into: dict[str, str]) -> None:
    """"ESA and JAXA are partners. Officials of CNES attended the event": a bare definite "the event" that takes
    back no event told of before refers to nothing the text says; it is dropped with what was said of it ("the
    ceremony", a gathering noun of its own, stays)."""
    t = ctx.tree
    gone = {e.key for e in ctx.table.entities.values() if not e.named and e.mentions and e.key not in into
            and ctx.table.is_a(e, C.Event) and t.lemma(head := e.mentions[0].end - 1) in _VAGUE_EVENTS
            and _bare_definite(ctx, head) and len(e.mentions) == 1}
    if not gone:
        return
    ctx.relations = {k: r for k, r in ctx.relations.items() if r.subject not in gone and r.object not in gone}
    ctx.dates = {k: d for k, d in ctx.dates.items() if d.subject not in gone}
    for key in gone:
        ctx.table.entities.pop(key, None)


def _last_told(ctx: Context, ev: Entity, before: int) -> int:
    """The sentence that last told of ``ev`` before token ``before``, by a mention or by a relation of it: "A and
    B signed X on 3 May. The agreement was signed by C and D. The ceremony took place at Y": the signing, told of
    again by the passive that gives its signatories, is still the one in view."""
    t = ctx.tree
    here = t.sentence_index(before)
    told = [t.sentence_index(m.start) for m in ev.mentions if m.start < before]
    told += [r.evidence.sentence for r in ctx.relations.values() if ev.key in (r.subject, r.object)
             and r.evidence.sentence <= here]
    return max(told, default=-1)


def _craft_event_noun(ctx: Context, ev: Entity, head: int) -> bool:
    """A launch or a landing first told by its noun with no article, owner or phrase ("Touchdown is planned on 26
    November", "Liftoff is set for 9:00"): a craft's event told of before, in a text that speaks of one."""
    t = ctx.tree
    return bool(ev.classes & {C.Launch, C.Landing}) and t[head].pos in ("NOUN", "PROPN") and not any(
        c.dep in ("det", "poss", "prep", "compound", "amod", "nummod") for c in t.children(head))


def _same_craft_launches(ctx: Context, into: dict[str, str]) -> dict[str, str]:
    """"KSA launched the Orla orbiter in 2019 ... Since its launch, the Orla orbiter has mapped the Moon": a craft
    is launched once, so a later launch whose craft are all among an earlier launch's is that launch, when their
    dates may be one (:func:`_may_be_one`); a launch with no craft, or a rocket's ("launchVehicle", many flights),
    is left alone. Keys of the later launches, each to the earlier one's key."""
    launches = sorted((e for e in ctx.table.entities.values() if not e.named and e.mentions and e.key not in into
                       and ctx.table.is_a(e, C.Launch)), key=lambda e: e.mentions[0].start)
    out: dict[str, str] = {}
    for k, later in enumerate(launches):
        crafts = {o.key for o in ctx.objects(later, P.participant)}
        if not crafts:
            continue
        for earlier in launches[:k]:
            if earlier.key in out or not crafts <= {o.key for o in ctx.objects(earlier, P.participant)}:
                continue
            if _may_be_one(ctx, earlier, later):
                out[later.key] = earlier.key
                earlier.mentions.extend(later.mentions)
            break
    return out


def _landing_told_again(ctx: Context, into: dict[str, str]) -> dict[str, str]:
    """"X returned to Earth on 2 March. Her capsule splashed down off Florida at 03:12": an undated landing told
    by a verb in the sentence just after a landing, with none between, is that landing told again (its crew and
    its craft are one landing's), unless each names its craft and none is shared ("Vela-3 landed on 3 May. Vela-4
    touched down nearby" are two). Keys of the later landings, each to the earlier one's key."""
    t = ctx.tree
    landings = sorted((e for e in ctx.table.entities.values() if not e.named and e.mentions and e.key not in into
                       and ctx.table.is_a(e, C.Landing)), key=lambda e: e.mentions[0].start)
    out: dict[str, str] = {}
    for earlier, later in pairwise(landings):
        first = later.mentions[0].start
        if t[first].pos != "VERB" or any(k == later.key for k, _ in ctx.dates) \
                or t.sentence_index(first) - t.sentence_index(earlier.mentions[-1].start) != 1:
            continue
        crafts = [{o.key for o in ctx.objects(e, P.participant) if ctx.table.is_a(o, C.Spacecraft)}
                  for e in (earlier, later)]
        if not (all(crafts) and not crafts[0] & crafts[1]):
            out[later.key] = out.get(earlier.key, earlier.key)
            ctx.table.entities[out[later.key]].mentions.extend(later.mentions)
    return out


def _may_be_one(ctx: Context, earlier: Entity, later: Entity) -> bool:
    """Whether a launch or landing told again by a bare noun may be the one told before: not when each names
    its craft and no craft is shared ("Vela-3 was launched in 2020. Vela-4 is scheduled for launch in 2027":
    two launches), nor when each is dated and neither date holds the other (2020 and 2027; "2027" and "3 May
    2027" may be one launch told more precisely)."""
    crafts = [{o.key for o in ctx.objects(e, P.participant)} for e in (earlier, later)]
    if all(crafts) and not crafts[0] & crafts[1]:
        return False
    dates = [{v for (k, v) in ctx.dates if k == e.key} for e in (earlier, later)]
    return not all(dates) or any(a.startswith(b) or b.startswith(a) for a in dates[0] for b in dates[1])


def _owned_again(ctx: Context, ev: Entity, head: int) -> bool:
    """An event noun whose owner is one of its participants, no phrase narrowing it: "her appointment", "Okafor's
    appointment", "their meeting" (then the event of that noun and those participants just told of, if any)."""
    t = ctx.tree
    kids = t.children(head)
    owners = [c.i for c in kids if c.dep == "poss"]
    return bool(owners) and not any(c.dep in ("prep", "nummod") for c in kids) and any(
        e in ctx.objects(ev, P.participant) for o in owners for e in ctx.refs(o))


def _bare_definite(ctx: Context, head: int) -> bool:
    """"the radar sounder", "the magnetometer, provided by X,": a definite noun no phrase narrows."""
    t = ctx.tree
    kids = t.children(head)
    if not any(c.dep == "det" and c.text.lower() in ("the", "this") for c in kids):
        return False
    return not any(c.dep in ("prep", "poss", "nummod") or c.dep in ("acl", "relcl") and min(t.subtree(c.i)) > head + 1
                   and t[min(t.subtree(c.i)) - 1].text != "," for c in kids)  # ("the session, which ran": set off)


def _move(ctx: Context, into: dict[str, str]) -> None:
    """Relations and dates of the joined things, said of the things they join (the surer of two alike kept)."""
    relations = {}
    for r in ctx.relations.values():
        s, o = into.get(r.subject, r.subject), into.get(r.object, r.object)
        if s == o:
            continue
        key = (s, r.predicate, o)
        old = relations.get(key)
        if old is None or r.evidence.confidence > old.evidence.confidence:
            relations[key] = replace(r, subject=s, object=o)
    ctx.relations = relations
    ctx.dates = {(into.get(s, s), v): replace(d, subject=into.get(s, s)) for (s, v), d in ctx.dates.items()}
    for key in into:
        ctx.table.entities.pop(key, None)
