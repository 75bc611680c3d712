"""The launcher of a launch told by its noun: "the maiden flight of the Zephra-1 rocket", "the launch of
Zephra-1 is planned for September from Kourou", "Zephra-1's fifth flight", "Zephra-1 made its maiden flight".

The event-noun rules (rules/occurrences.py) make the launch and give it its site, date and craft; a launcher
among its "of" phrase, possessor or light verb's subject is not a participant (pk:participant takes agents
and craft) but the launch's pk:launchVehicle, and so the rocket leaves from the launch's site
(infer:launch-site-shared). Which nouns are launches is lexicon data (OCCURRENCE_NOUNS, LAUNCH_FLIGHT_NOUNS).
A launch noun in a phrase of a launch verb ("lifted off on its maiden flight", "will launch X on the Zephra-1
rocket's first flight") is that verb's launch: one event, not two.
"""

from __future__ import annotations

from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..flights import carrying_rockets, flight_rockets, occurrence_class
from ..lexicon import OCCURRENCE_VERBS, WORD_CLASSES
from ..referents import described, isa, things
from ..registry import Stage, rule


@rule("dep:launch-noun-rocket", stage=Stage.DISCOURSE, triggers=("OCCURRENCE_NOUNS", "LAUNCH_FLIGHT_NOUNS"),
      produces=(P.launchVehicle, P.launchSite, P.locatedIn, P.participant), confidence=0.75)
def launch_noun_rocket(ctx: Context) -> None:
    """A launch noun's launcher is its launch vehicle, also when it goes "on" one ("Its launch is planned for
    2027 on a Vega-C rocket"), and it left from the place the parser hangs on that rocket ("on a Vega-C rocket
    from Kourou"); the craft it launched went up on it too, and so did the craft a launcher's launch is "for"
    ("a dedicated Sirocco launch for its Ferox-1 satellite")."""
    t = ctx.tree
    for i, key in list(ctx.described.items()):
        ev = ctx.table.entities.get(key)
        if ev is None or t[i].pos not in ("NOUN", "PROPN") or not isa(ctx, ev, C.Launch):
            continue
        carriers, froms = carrying_rockets(ctx, i)
        if flight_rockets(ctx, i):  # "a dedicated Sirocco launch for its Ferox-1 satellite": the craft it is bought for
            for e in [e for p in t.children(i, "prep") if t.lowers[p.i] == "for" for o in t.children(p.i, "pobj")
                      for e in things(ctx, o.i, create=False)]:
                if isa(ctx, e, C.Mission, C.Spacecraft) and not isa(ctx, e, C.LaunchVehicle):
                    ctx.add(ev, P.participant, e, i)
        for pl in dict.fromkeys(e for k in froms for e in things(ctx, k, create=False)
                                if isa(ctx, e, C.Place) and not isa(ctx, e, C.Event)):
            ctx.add(ev, P.launchSite if isa(ctx, pl, C.Facility) else P.locatedIn, pl, i)  # a town: where it was
        # "the launch of the Ariane 6 rocket carrying the Galileo L14 satellites": what the rocket carries went up
        for e in [e for o in _rocket_words(ctx, i) for c in t.children(o, "acl") if t.lemma(c.i) in _CARRY
                  for d in t.children(c.i, "dobj") for e in things(ctx, d.i, create=False)]:
            if isa(ctx, e, C.Mission, C.Spacecraft) and not isa(ctx, e, C.LaunchVehicle):
                ctx.add(ev, P.participant, e, i)
        for r in dict.fromkeys(flight_rockets(ctx, i) + carriers):
            ctx.add(ev, P.launchVehicle, r, i)
            for c in ctx.objects(ev, P.participant):
                if isa(ctx, c, C.Mission, C.Spacecraft) and not isa(ctx, c, C.LaunchVehicle):
                    ctx.add(c, P.launchVehicle, r, i)


def _rocket_words(ctx: Context, i: int) -> list[int]:
    """The words of the launch noun at ``i`` that name a launcher: its "of", "on" and "aboard" phrases."""
    t = ctx.tree
    return [o.i for p in t.children(i, "prep") if t.lowers[p.i] in ("of", "on", "aboard")
            for o in t.children(p.i, "pobj") if any(ctx.table.is_a(e, C.LaunchVehicle) for e in ctx.refs(o.i))]


_FLIGHTS = frozenset(WORD_CLASSES["LAUNCH_FLIGHT_NOUNS"])
#: Verbs of a launcher carrying its payload, in a participle on its name (lexicon CARRY_VERBS).
_CARRY = frozenset(WORD_CLASSES["CARRY_VERBS"])
#: Prepositions that set a launch verb on the launch a noun names: "lifted off on its maiden flight".
_ON = ("on", "during", "for")


@rule("dep:launch-on-flight", stage=Stage.EVENT_NOUNS, triggers=("OCCURRENCE_NOUNS", "LAUNCH_FLIGHT_NOUNS"),
      produces=(C.Launch,), confidence=0.75, after=("dep:occurrence-noun",))
def launch_on_flight(ctx: Context) -> None:
    """"Zephra-1 lifted off on its maiden flight": the verb's launch is the flight's (read before the verbs)."""
    t = ctx.tree
    for tok in t.tokens:
        if tok.dep != "pobj" or t.lowers[tok.head] not in _ON or t[tok.head].dep != "prep":
            continue
        verb = t[tok.head].head
        f = ctx.frames.get(verb)
        if f is None or verb in ctx.described or occurrence_class(ctx, tok.i) != C.Launch:
            continue
        if OCCURRENCE_VERBS.get(f"{f.lemma} {f.particle}" if f.particle else f.lemma) != C.Launch:
            continue
        ev = described(ctx, tok.i, C.Launch)
        if ev is not None and isa(ctx, ev, C.Launch):
            ctx.described[verb] = ev.key


#: Prepositions of time that set a clause after (or during) a launch told by its noun: "55 minutes after liftoff".
_AFTER = ("after", "before", "during", "following", "into")


@rule("dep:after-launch", stage=Stage.DISCOURSE, triggers=("OCCURRENCE_NOUNS", "LAUNCH_FLIGHT_NOUNS"),
      produces=(C.Launch, P.launchVehicle, P.participant, P.launchSite, P.locatedIn), confidence=0.7,
      after=("dep:launch-noun-rocket",))
def after_launch(ctx: Context) -> None:
    """"The Zephra-1 rocket failed shortly after liftoff on 4 May 2026", "Lumo-2 separated from the upper stage 55
    minutes after liftoff": the launch noun is the launch of the clause's subject, its launcher (launchVehicle) or
    its craft (participant): the launch told of before with that launcher or craft, or, in a dated clause, a new
    one; the craft the rocket carried in the sentence fly in it, and "from" the noun's phrase is where it was."""
    t = ctx.tree
    for tok in t.tokens:
        if tok.pos not in ("NOUN", "PROPN") or tok.dep != "pobj" or t.lowers[tok.head] not in _AFTER \
                or occurrence_class(ctx, tok.i) != C.Launch:
            continue
        if any(t.lowers[p.i] == "of" for p in t.children(tok.i, "prep")) or t.children(tok.i, "poss"):
            continue  # "after the launch of Kestrel-2", "after its launch": a launch of its own phrase's
        verb = t[tok.head].head
        if t[verb].pos not in ("VERB", "AUX") and t[verb].dep == "npadvmod":  # "55 minutes after liftoff"
            verb = t[verb].head
        f = ctx.frames.get(verb)
        if f is None or verb in ctx.described and isa(ctx, ctx.table.entities[ctx.described[verb]], C.Launch):
            continue  # "lifted off shortly after launch": the verb's own launch
        subj = [e for i in f.subj for e in things(ctx, i, create=False)] if not f.passive else \
            [e for i in f.obj for e in things(ctx, i, create=False)]
        rockets = [e for e in subj if isa(ctx, e, C.LaunchVehicle)]
        craft = [e for e in subj if isa(ctx, e, C.Spacecraft, C.Mission) and not isa(ctx, e, C.LaunchVehicle)]
        if not rockets and not craft:
            continue
        keys = {e.key for e in rockets + craft}
        ev = ctx.table.entities.get(ctx.described[tok.i]) if tok.i in ctx.described else next(
            (e for e in ctx.recent(tok.i, C.Launch, sentences=1000) if not e.named and keys & {
                o.key for p in (P.participant, P.launchVehicle) for o in ctx.objects(e, p)}), None)
        if ev is None and not ctx.frame_date(verb) and not ctx.date_at.get(tok.i):
            continue  # undated, a launch told of before or none: no launch of its own
        if ev is None:
            ev = described(ctx, tok.i, C.Launch)
            if ev is None or not isa(ctx, ev, C.Launch):
                continue
            ctx.date_links.append((ev.key, f"verb:{verb}"))  # "failed after liftoff on 4 May": the launch's date
        else:
            ctx.described.setdefault(tok.i, ev.key)
        for r in rockets:
            ctx.add(ev, P.launchVehicle, r, tok.i)
        # "The Zephra-1 rocket carrying X failed after lift-off": what the rocket carried in this sentence flew too
        here = t.sentence_index(tok.i)
        craft += [ctx.table.entities[r.subject] for r in list(ctx.relations.values()) if r.predicate == P.launchVehicle
                  and r.evidence.sentence == here and r.object in keys and r.subject in ctx.table.entities
                  and ctx.table.entities[r.subject] not in craft]
        for c in craft:
            ctx.add(ev, P.participant, c, tok.i)
            for r in rockets + ctx.objects(ev, P.launchVehicle):
                ctx.add(c, P.launchVehicle, r, tok.i)
        # "after lift-off from Kourou": where it lifted off from (a spaceport is the site, a town where it was)
        for s in (e for p in t.children(tok.i, "prep") if t.lowers[p.i] == "from" for o in t.children(p.i, "pobj")
                  for e in things(ctx, o.i, create=False) if isa(ctx, e, C.Place)):
            ctx.add(ev, P.launchSite if isa(ctx, s, C.Facility) else P.locatedIn, s, tok.i)


_RETURN = frozenset(WORD_CLASSES["RETURN_TO_FLIGHT_WORDS"])


@rule("dep:return-to-flight", stage=Stage.DISCOURSE, triggers=("RETURN_TO_FLIGHT_WORDS", "LAUNCH_FLIGHT_NOUNS"),
      produces=(C.Launch, P.launchVehicle), confidence=0.7)
def return_to_flight(ctx: Context) -> None:
    """"The Talvar-4 rocket will return to flight in June 2026", "cleared for a return to flight in October 2026":
    a launcher's return to flight is its next launch, an event when dated; the launcher is the return verb's
    subject (or what is cleared for it)."""
    t = ctx.tree
    for tok in t.tokens:
        if tok.dep != "pobj" or t.lemma(tok.i) not in _FLIGHTS or t.lowers[tok.head] != "to" \
                or tok.i in ctx.described:
            continue
        ret = t[tok.head].head
        if t.lemma(ret) not in _RETURN:
            continue
        dated = ctx.frame_date(ret) if t[ret].pos == "VERB" else ctx.date_at.get(ret) or ctx.date_at.get(tok.i)
        if not dated:
            continue
        holders = [c.i for c in t.children(ret, "nsubj")]  # "X will return to flight"
        if t[ret].pos == "NOUN" and t[ret].dep == "pobj" and t[t[ret].head].head != ret:
            holders += [c.i for c in t.children(t[t[ret].head].head, "dobj")]  # "clearing the rocket for a return"
        rockets = [e for h in holders for e in things(ctx, h, create=False) if isa(ctx, e, C.LaunchVehicle)]
        if not rockets:
            continue
        ev = described(ctx, tok.i, C.Launch)
        if ev is None or not isa(ctx, ev, C.Launch):
            continue
        if not ctx.date_at.get(tok.i):
            ctx.date_links.append((ev.key, f"verb:{ret}"))
        for r in rockets:
            ctx.add(ev, P.launchVehicle, r, tok.i)
