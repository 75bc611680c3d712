"""What a craft or a programme is made of, and where a craft is sent, read from six wordings:

- a part noun (:data:`PART_NOUNS`: "part", "component", "element") said of a thing, with "of" a mission
  or craft: "the Zephyr lander, part of the Vela mission", "Lyra is a key element of the Vela programme",
  "the orbiter forms part of ESA's Vela mission", "Vela II, the second flight of the Nova programme"
  (apposition, copula or a :data:`PART_LINK_VERBS` verb, a relative "which is part of"); "in" as well as
  "of": "Kestrel-3, the third satellite in the Kestrel constellation";
- a fitting verb (:data:`FIT_VERBS`: "equipped with", "fitted with") whose "with" phrase names an
  instrument or craft: it is part of the craft that is equipped; an instrument in a "with" phrase of a craft's
  making or launch (lexicon MADE_WITH_VERBS: "built by X, with a camera supplied by Y") as well;
- a sending verb (:data:`SEND_VERBS`: "sent to Venus", "launched towards Mars") with a celestial body after
  "to"/"towards": the body is the craft's target;
- a programme noun (:data:`PROGRAMME_NOUNS`) whose listing verb names missions or craft: "the Nova programme
  includes the Vela and Lyra missions", "the Kestrel constellation comprises Kestrel-1 and Kestrel-2";
- a named part a craft owns ("the orbiter's Zephyr camera", "Hayabusa2's MASCOT lander"): part of it;
- a craft's noun ranked by an ordinal between a series' name and a craft's: "the second Meteosat Third Generation
  imaging satellite, MTG-I2" (part of the series);
- a craft "for" a named programme (its head noun a :data:`PROGRAMME_NOUNS` noun): "the Sentinel-1D satellite for
  the Copernicus programme", "two satellites for ESA's Galileo constellation": part of it.

A launch vehicle is neither part nor whole, and a "part of" with a person or an agency (someone "part of
the team") says nothing here: only instruments, craft and missions are parts.
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..candidates import counted_from, noun_class
from ..context import Context
from ..entities import ancestors
from ..frames import Frame
from ..lexicon import WORD_CLASSES
from ..referents import isa, things
from ..registry import Stage, rule
from ..series import ranked_with_name

PART_NOUNS = WORD_CLASSES["PART_NOUNS"]
PART_LINK_VERBS = WORD_CLASSES["PART_LINK_VERBS"]
FIT_VERBS = WORD_CLASSES["FIT_VERBS"]
#: Head nouns of a part a craft may own by name: a craft it carries ("module", "lander") or an instrument.
CARRIED = WORD_CLASSES["CARRIED_CRAFT_NOUNS"]
SEND_VERBS = WORD_CLASSES["SEND_VERBS"]
PROGRAMME_NOUNS = WORD_CLASSES["PROGRAMME_NOUNS"]
KIN_NOUNS = WORD_CLASSES["KIN_NOUNS"]
#: What a craft carries as a whole ("payload"): "part of the Vela payload" is part of Vela (lexicon data).
PAYLOADS = WORD_CLASSES["PAYLOAD_NOUNS"]
LISTING_VERBS = WORD_CLASSES["LISTING_VERBS"]
ENTER_WHOLE_VERBS = WORD_CLASSES["ENTER_WHOLE_VERBS"]
SUPPLY_VERBS = WORD_CLASSES["SUPPLY_VERBS"]
_TOWARDS = ("to", "toward", "towards", "for")


def _part(ctx: Context, e: Entity) -> bool:
    return isa(ctx, e, C.Instrument, C.Spacecraft, C.Mission) and not isa(ctx, e, C.LaunchVehicle)


def _whole(ctx: Context, e: Entity) -> bool:
    return isa(ctx, e, C.Mission, C.Spacecraft) and not isa(ctx, e, C.LaunchVehicle, C.Instrument)


def _said_of(ctx: Context, i: int) -> list[int]:
    """The phrases a part noun at ``i`` is said of: its apposition's head ("X, part of Y"), the subject of
    its copula or link verb ("X is part of Y", "X forms part of Y", "X, which is part of Y"); through a
    word that picks a member (:data:`MEMBER_WORDS`), what that word is said of ("X is the first of four
    satellites of Y")."""
    t = ctx.tree
    tok = t[i]
    if tok.dep == "pobj" and t[tok.head].text.lower() == "of" and counted_from(t, t[tok.head].head) == i:
        return _said_of(ctx, t[tok.head].head)
    if tok.dep == "appos":
        return [tok.head]
    link = " ".join([t.lemma(tok.head), *(c.text.lower() for c in t.children(tok.head, "prt"))])
    if tok.dep in ("attr", "dobj", "oprd") and link in PART_LINK_VERBS:
        f = ctx.frames.get(tok.head)
        if f is not None and not f.passive:
            return list(f.subj)
        return [c.i for c in t.children(tok.head, "nsubj")]
    return []


def _called_so(ctx: Context, i: int, e: Entity) -> bool:
    """"the constellation" stands for a whole the text named with that noun ("the Helion constellation"), not
    for the latest craft ("Helion-25 and Helion-26, the latest members of the constellation" are no part of
    Helion-26, nor of a Tessa-1 satellite named before)."""
    t = ctx.tree
    if t[i].pos != "NOUN" or t.lemma(i) not in PROGRAMME_NOUNS:
        return True
    # (a name that takes the noun in, "the Copernicus programme", covers it)
    return any(m.start <= i < m.end or m.end < len(t) and t.lemma(m.end) == t.lemma(i) for m in e.mentions)


def _payload_owner(ctx: Context, i: int) -> list[Entity]:
    """"part of the Vela payload", "part of the payload of the Vela probe", "part of Vela's science payload": a
    payload noun (lexicon ``PAYLOAD_NOUNS``) stands for the craft that carries it."""
    t = ctx.tree
    if t.lemma(i) not in PAYLOADS:
        return []
    owners = [c.i for c in t.children(i, "compound", "poss", "nmod")] + [
        o.i for p in t.children(i, "prep") if p.text.lower() == "of" for o in t.children(p.i, "pobj")]
    return [e for k in owners for e in things(ctx, k, create=False) if _whole(ctx, e)]


@rule("dep:part-noun", stage=Stage.PHRASES, triggers=("PART_NOUNS",), produces=(P.partOf,), confidence=0.75)
def part_noun(ctx: Context) -> None:
    """"The Zephyr lander, part of the Vela mission", "Lyra is a key element of the Vela programme"."""
    t = ctx.tree
    for tok in t.tokens:
        if tok.pos != "NOUN" or t.lemma(tok.i) not in PART_NOUNS or any(
                t.lemma(c.i) in KIN_NOUNS or _words(t, c.i) in KIN_NOUNS
                for c in t.children(tok.i, "amod", "compound")):
            continue  # "a repeat satellite of X", "a follow-on satellite of X": its kin, no part of it
        # "of", or "in" ("the second satellite in the Kestrel constellation")
        wholes = [e for p in t.children(tok.i, "prep") if p.text.lower() in ("of", "in")
                  for o in t.children(p.i, "pobj") for e in _payload_owner(ctx, o.i) or things(ctx, o.i, create=False)
                  if _whole(ctx, e) and _called_so(ctx, o.i, e)]
        if len(wholes) != 1:
            continue  # "part of A and B" says too little of each
        parts = [e for j in _said_of(ctx, tok.i) for e in things(ctx, j, create=False) if _part(ctx, e)]
        for part in parts:
            if part.key != wholes[0].key:
                ctx.add(part, P.partOf, wholes[0], tok.i)


@rule("dep:member-of-series", stage=Stage.PHRASES, triggers=("MEMBER_WORDS", "PROGRAMME_NOUNS"),
      produces=(P.partOf,), confidence=0.75)
def member_of_series(ctx: Context) -> None:
    """"The Zephyr-2A satellite is the first of the Polaris series", "Kestra-3, the last of the Orion
    constellation": a word that picks a member out of a named programme (its head noun a
    :data:`PROGRAMME_NOUNS` noun) makes what it is said of part of it."""
    t = ctx.tree
    for tok in t.tokens:
        whole = counted_from(t, tok.i)
        if whole == tok.i or t.lemma(whole) not in PROGRAMME_NOUNS:
            continue
        wholes = [e for e in things(ctx, whole, create=False) if _whole(ctx, e)]
        if len(wholes) != 1:
            continue
        for part in (e for j in _said_of(ctx, tok.i) for e in things(ctx, j, create=False) if _part(ctx, e)):
            if part.key != wholes[0].key:
                ctx.add(part, P.partOf, wholes[0], tok.i)


@rule("dep:ranked-series-member", stage=Stage.PHRASES, triggers=(), produces=(P.partOf,), confidence=0.7)
def ranked_series_member(ctx: Context) -> None:
    """"The second Meteosat Third Generation imaging satellite, MTG-I2, ...": a craft's noun ranked by an ordinal,
    with a name before it and another set beside it, is the one named beside, a member of the series the name
    before it names: part of it, which is a programme (a mission), whatever class the noun had given it."""
    t = ctx.tree
    for tok in t.tokens:
        if tok.pos != "NOUN" or (cls := noun_class(t, tok.i)) is None or C.Spacecraft not in ancestors(cls) \
                or (beside := ranked_with_name(t, tok.i)) is None or (member := ctx.table.at(beside)) is None:
            continue
        series = {e.key: e for k in range(min(t.subtree(tok.i)), tok.i) if (e := ctx.table.at(k)) is not None
                  and e.named and e is not member and _part(ctx, e) and e.kb is None}
        for whole in series.values():
            if whole.type_source not in ("predicate", "context", "header") and isa(ctx, whole, C.Spacecraft):
                whole.classes, whole.type_source = {C.Mission}, "context"  # (a series, not the craft)
            ctx.add(member, P.partOf, whole, tok.i)


@rule("dep:craft-for-programme", stage=Stage.PHRASES, triggers=("PROGRAMME_NOUNS",), produces=(P.partOf,),
      confidence=0.75)
def craft_for_programme(ctx: Context) -> None:
    """"carrying the Sentinel-1D satellite for the Copernicus programme": a named craft a "for" phrase gives to a
    named programme (its head a :data:`PROGRAMME_NOUNS` noun) is part of it; "funding for the programme" or "a
    rocket for the programme" (a launcher is no part) is not."""
    t = ctx.tree
    for tok in t.tokens:
        if t.lemma(tok.i) not in PROGRAMME_NOUNS or tok.dep != "pobj" or t.lowers[tok.head] != "for":
            continue
        craft = t[tok.head].head
        wholes = [e for e in things(ctx, tok.i, create=False) if _whole(ctx, e)]
        if len(wholes) != 1 or t[craft].pos not in ("NOUN", "PROPN"):
            continue
        for part in things(ctx, craft, create=False):
            if part.named and _part(ctx, part) and part.key != wholes[0].key:
                ctx.add(part, P.partOf, wholes[0], tok.i)


def _words(t, i: int) -> str:
    """The words of ``i``'s phrase, lower case: "follow-on", which the tokenizer splits in three."""
    sub = t.subtree(i)
    return t.span_text(min(sub), max(sub) + 1).lower()


@rule("frame:equipped-with", scope="verb", stage=Stage.VERBS, triggers=("FIT_VERBS",), produces=(P.partOf,),
      confidence=0.75)
def equipped_with(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"The Vela orbiter is equipped with a Zephyr spectrometer", "ESA fitted the probe with a camera"."""
    crafts = [e for i in f.obj for e in things(ctx, i, create=False) if _whole(ctx, e)]
    parts = [e for i in f.prep("with") for e in things(ctx, i) if isa(ctx, e, C.Instrument, C.Spacecraft)
             and not isa(ctx, e, C.LaunchVehicle, C.Mission)]
    for craft in crafts:
        for part in parts:
            if part.key != craft.key:
                ctx.add(part, P.partOf, craft, f.verb)


@rule("frame:made-with", scope="verb", stage=Stage.VERBS, triggers=("MADE_WITH_VERBS",), produces=(P.partOf,),
      confidence=0.7)
def made_with(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"The satellite was built by X, with a camera supplied by Y" (or "with Y supplying the camera"), "NASA launched
    Vela with a new spectrometer on board": an instrument named in a "with" phrase of the craft's making or launch
    is part of it. Only an instrument: "built with Airbus", "launched with a Falcon 9", "developed with funding from
    X" give no part."""
    crafts = [e for i in f.obj for e in things(ctx, i, create=False) if _whole(ctx, e)]
    t = ctx.tree  # "built by X, with Y supplying the radar": what the "with" clause's supplier supplies
    withs = f.prep("with") + [o.i for i in f.prep("with") if t[i].pos == "VERB" and t.lemma(i) in SUPPLY_VERBS
                              for o in t.children(i, "dobj")]
    parts = [e for i in withs if (k := noun_class(t, i)) and C.Instrument in ancestors(k)
             for e in things(ctx, i) if isa(ctx, e, C.Instrument)] if crafts else []
    for craft in crafts:
        for part in parts:
            if part.key != craft.key:
                ctx.add(part, P.partOf, craft, f.verb)


@rule("frame:sent-to", scope="verb", stage=Stage.VERBS, triggers=("SEND_VERBS",), produces=(P.target,),
      confidence=0.75)
def sent_to(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"The Vela probe will be sent to Venus", "ESA launched Zephyr towards Mars", "Vela launches to the Moon"."""
    args = f.obj if f.obj else ([] if f.passive else f.subj)
    crafts = [e for i in args for e in things(ctx, i, create=False) if _whole(ctx, e)]
    bodies = [e for i in f.prep(*_TOWARDS) for e in things(ctx, i, create=False)
              if isa(ctx, e, C.CelestialBody) and e.label != "Earth"]
    for craft in crafts:
        for body in bodies[:2]:
            ctx.add(craft, P.target, body, f.verb)


@rule("dep:owned-part", stage=Stage.PHRASES, triggers=("CARRIED_CRAFT_NOUNS",), produces=(P.partOf,), confidence=0.75)
def owned_part(ctx: Context) -> None:
    """"the orbiter's Zephyr camera", "Hayabusa2's MASCOT lander", "the Harmony module of the ISS": a named part (a
    carried craft or an instrument, by its head noun) that a craft owns is part of it; an agency's ("ESA's Hera
    mission") is not."""
    t = ctx.tree
    for tok in t.tokens:
        cls = noun_class(t, tok.i) if tok.pos == "NOUN" else None
        if tok.pos != "NOUN" or t.lemma(tok.i) not in CARRIED and not (cls and C.Instrument in ancestors(cls)):
            continue
        part = ctx.named_child(tok.i) or ctx.table.at(tok.i)
        if part is None or not part.named or not isa(ctx, part, C.Spacecraft, C.Instrument):
            continue
        owners = [c.i for c in t.children(tok.i, "poss")]  # "the station's Rassvet module"
        owners += [o.i for p in t.children(tok.i, "prep") if p.text.lower() == "of"  # "the Harmony module of the ISS"
                   for o in t.children(p.i, "pobj")]
        for c in owners:
            owner = ctx.ref(c)
            if owner is not None and owner.key != part.key and isa(ctx, owner, C.Spacecraft, C.Mission) \
                    and not isa(ctx, owner, C.LaunchVehicle):
                ctx.add(part, P.partOf, owner, tok.i)


@rule("frame:programme-includes", scope="verb", stage=Stage.VERBS, triggers=("LISTING_VERBS", "PROGRAMME_NOUNS"),
      produces=(P.partOf,), confidence=0.75)
def programme_includes(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"The Nova programme includes the Vela and Lyra missions": each listed mission or craft is part of it."""
    t = ctx.tree
    if f.lemma not in LISTING_VERBS or f.passive:
        return
    wholes = [e for i in f.subj if t.lemma(i) in PROGRAMME_NOUNS for e in things(ctx, i, create=False)
              if _whole(ctx, e) and e.named]
    if len(wholes) != 1:
        return
    for i in f.obj:
        for j in t.conjuncts(i):
            for part in things(ctx, j, create=False):
                if part.named and _part(ctx, part) and part.key != wholes[0].key:
                    ctx.add(part, P.partOf, wholes[0], f.verb)


@rule("frame:joins-programme", scope="verb", stage=Stage.VERBS, triggers=("ENTER_WHOLE_VERBS", "PROGRAMME_NOUNS"),
      produces=(P.partOf,), confidence=0.7)
def joins_programme(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"Helion-25 joins the Helion constellation", "the two satellites will complete the Vantor constellation",
    "Aurelis-2 joins Aurelis-1 in the Aurelis constellation" (both in it):
    a craft or mission that enters a named programme, constellation or series (its noun one of
    :data:`PROGRAMME_NOUNS`) is one of its parts. An agency that joins a programme is no part of it (only
    craft and missions are parts), nor is a craft that joins a fleet or an orbit, which are no programmes."""
    t = ctx.tree
    if f.lemma not in ENTER_WHOLE_VERBS or f.passive:
        return
    # "Aurelis-2 joins Aurelis-1 in the Aurelis constellation": the craft joined is in it too
    inside = [i for i in f.prep("in") if t.lemma(i) in PROGRAMME_NOUNS]
    wholes = [e for i in [*f.obj, *inside] if t.lemma(i) in PROGRAMME_NOUNS for e in things(ctx, i, create=False)
              if _whole(ctx, e) and e.named and _called_so(ctx, i, e)]
    if len(wholes) != 1:
        return
    for i in [*f.subj, *(f.obj if inside else [])]:
        for j in t.conjuncts(i):
            for part in things(ctx, j, create=False):
                if part.named and _part(ctx, part) and not isa(ctx, part, C.Instrument) and part.key != wholes[0].key:
                    ctx.add(part, P.partOf, wholes[0], f.verb)
