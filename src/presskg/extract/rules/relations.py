"""Relations read from noun-phrase structure: possession and places (nationality is in ``nationalities``).

These rules look at possessives ("its Hayabusa2 mission", "Mars' moons") and prepositional
attachments of nouns ("mission to Phobos", "samples from Ryugu",
"Headquarters in Washington"). Titles are in ``titles``, verb-driven rules in ``actions``.
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..candidates import noun_class
from ..context import Context
from ..craft_parts import part_of_phrase
from ..gazetteer import name_key
from ..lexicon import PLACE_OF_NOUNS, PLANET_ADJECTIVES, WORD_CLASSES
from ..paired_places import stray
from ..referents import described
from ..registry import Stage, rule
from ..sites import site_operators
from ..tree import POSSESSIVE_MARKS
from .wider_places import apposed_in, in_place, wider_place

#: "the capital of X": the town beside the noun lies in X (lexicon CAPITAL_NOUNS).
_CAPITALS = WORD_CLASSES["CAPITAL_NOUNS"]
#: A craft's kin, not its parts (lexicon KIN_NOUNS).
_KIN = frozenset(WORD_CLASSES["KIN_NOUNS"])

# --- possession, orbit, place ------------------------------------------------------


@rule("dep:possessive", stage=Stage.PHRASES, produces=(P.operatedBy, P.partOf, P.orbits, P.providedBy),
      confidence=0.8)
def possessives(ctx: Context) -> None:
    """"its Hayabusa2 mission", "NASA's DART", "Mars' two moons", "its science payload", "NASA's X camera";
    "the station's Harmony module": a definite noun as owner is the thing of its class told of before; "selected
    Thalassa as its next mission": the thing the "as" phrase names is owned."""
    t = ctx.tree
    for tok in t.tokens:
        if tok.dep not in ("poss", "conj"):
            continue
        # (a name the tagger took for a number: "ESA's Orla-1[CD] satellites")
        name_at = _possessed_after(ctx, tok.i)
        # "DLR's TerraSAR-X and ESA's Sentinel-1 satellites": the parser may make the second owner a conjunct
        owned_head = tok.head if tok.dep == "poss" else name_at
        if owned_head is None:
            continue
        owner = ctx.ref(tok.i)
        if owner is None and tok.pos == "NOUN" and ctx.table.at(tok.i) is None:
            owner = ctx.definite(tok.i)
        if owner is None:
            continue
        others = ctx.owned_apart(owned_head)  # "CNES's Pleiades and ESA's Sentinel-2": each its own owner's
        others |= _owned_by_another(ctx, tok.i, owned_head)
        # ("ESA's Earth observation mission Tarvos": the name right after the class noun is what is owned)
        after = [e for e in [ctx.table.at(owned_head + 1)] if t[owned_head].pos == "NOUN" and e is not None
                 and e.named and any(m.start == owned_head + 1 for m in e.mentions)]
        named = [ctx.table.at(name_at)] if name_at is not None else []
        for owned in [e for e in ctx.refs(owned_head) if e.key not in others] or after or named or _named_as(
                ctx, owned_head) or _described(ctx, owned_head):
            if ctx.table.is_a(owner, C.Organization) and any(
                ctx.table.is_a(owned, c) for c in (C.Mission, C.Spacecraft, C.Facility)
            ):
                ctx.add(owned, P.operatedBy, owner, tok.i, "dep:possessive-operator", 0.8)
            elif (ctx.table.is_a(owner, C.Organization) or C.Country in owner.classes) and tok.pos != "PRON" \
                    and ctx.table.is_a(owned, C.Instrument) and not ctx.table.is_a(owned, C.Spacecraft):
                ctx.add(owned, P.providedBy, owner, tok.i, "dep:possessive-provider", 0.7)  # named: not "its", "our"
            elif (ctx.table.is_a(owner, C.Spacecraft) or ctx.table.is_a(owner, C.Mission)) and not {
                    t.lemma(k) for k in [owned_head, *(c.i for c in t.children(owned_head, "compound", "amod"))]
            } & _KIN:  # "its successor, X", "its twin Vela-1": no part
                if ctx.table.is_a(owned, C.Instrument) or ctx.table.is_a(owned, C.Spacecraft):
                    ctx.add(owned, P.partOf, owner, tok.i, "dep:possessive-part", 0.75)
        if ctx.table.is_a(owner, C.CelestialBody) and t.lemma(owned_head) in ("moon", "satellite"):
            _orbit_of_moons(ctx, owned_head, owner)


def _named_as(ctx: Context, head: int) -> list:
    """What an "as" phrase on a verb takes as the thing its noun names: "selected Thalassa as its next mission",
    "Thalassa was chosen as the agency's next mission" (the verb's object, or its passive subject)."""
    t = ctx.tree
    if t[head].dep != "pobj" or t.lowers[t[head].head] != "as":
        return []
    verb = t[t[head].head].head
    return [e for c in t.children(verb, "dobj", "nsubjpass") for e in ctx.refs(c.i)]


def _possessed_after(ctx: Context, i: int) -> int | None:
    """The name right after the possessive mark of ``i`` ("... and ESA's Sentinel-1"), where the parser made ``i``
    a conjunct and no possessor; ``None`` when no name follows its mark."""
    t = ctx.tree
    if i + 2 >= len(t) or t.lowers[i + 1] not in POSSESSIVE_MARKS:
        return None
    ent = ctx.table.at(i + 2)
    return i + 2 if ent is not None and any(m.start == i + 2 for m in ent.mentions) else None


def _owned_by_another(ctx: Context, i: int, head: int) -> set[str]:
    """Keys of the names between the possessor ``i`` and the phrase's head ``head`` that another possessor's mark
    stands right before ("DLR's TerraSAR-X and ESA's Sentinel-1 satellites": Sentinel-1 is ESA's), and of those
    before ``i`` in the phrase (TerraSAR-X is not ESA's), however the parser hung them."""
    t = ctx.tree
    out = set()
    for k in range(i + 2, head + 1):
        ent = ctx.table.at(k)
        if ent is not None and any(m.start == k for m in ent.mentions) and k >= 2 \
                and t.lowers[k - 1] in POSSESSIVE_MARKS and k - 2 != i:
            out.add(ent.key)
    # "DLR's Tessa-X and ESA's Orla-1 satellites": a name of the phrase before the second possessor is the first's
    start = min(t.subtree(head))
    for k in range(start, i):
        ent = ctx.table.at(k)
        if ent is not None and not any(i < m.start <= head for m in ent.mentions):
            out.add(ent.key)
    return out


def _orbit_of_moons(ctx: Context, moons: int, planet: Entity) -> None:
    """"Phobos, one of Mars' two moons": the apposition's subject orbits the planet."""
    t = ctx.tree
    i = moons
    for a in [moons, *(x.i for x in t.ancestors(moons))][:4]:
        tok = t[a]
        if tok.dep == "appos":
            body = ctx.ref(tok.head)
            if ctx.table.is_a(body, C.CelestialBody):
                ctx.add(body, P.orbits, planet, i, "dep:moon-of", 0.85)
            return


@rule("dep:noun-prep", stage=Stage.PHRASES, triggers=("PLANET_ADJECTIVES", "CAPITAL_NOUNS", "PLACE_OF_NOUNS"),
      produces=(P.orbits, P.sampleFrom, P.locatedIn, P.operatedBy, P.partOf, P.target, P.providedBy),
      confidence=0.8)
def noun_preps(ctx: Context) -> None:
    """Prepositions on nouns: "mission to Phobos", "moon of Mars", "X in Tokyo", "X of CNES"."""
    t = ctx.tree
    for tok in t.tokens:
        if tok.dep != "prep" or t[tok.head].pos not in ("NOUN", "PROPN"):
            continue
        prep = tok.text.lower()
        heads = ctx.refs(tok.head) or _described(ctx, tok.head)
        # "a camera from DLR and a spectrometer from CNES": a phrase does not reach a conjunct after it
        later = {e.key for j in ctx.table.conjuncts(tok.head) if j > tok.i and (e := ctx.ref(j)) is not None}
        heads = [h for h in heads if h.key not in later]
        listed, their_preps = stray(t, tok.head)  # "X in A and Y in B": Y and "in B" are not X's places
        if tok.i in their_preps:
            continue
        apart = {e.key for j in listed if (e := ctx.ref(j)) is not None}
        for pobj in t.children(tok.i, "pobj"):
            objs = [o for o in ctx.refs(pobj.i) if o.key not in apart]
            for h in heads:
                for o in objs:
                    _noun_prep(ctx, h, prep, o, tok.i, tok.head)
        # "martian moon Phobos", "lunar samples"
    for tok in t.tokens:
        planet = PLANET_ADJECTIVES.get(tok.text.lower())
        if planet and tok.dep in ("amod", "compound"):
            entries = ctx.gaz.lookup(planet)
            if not entries:
                continue
            body = ctx.table.add_kb(entries[0])
            # ("Scientists will study the lunar samples": a sample noun told of first here is a sample all the same)
            sample = [s] if noun_class(t, tok.head) == C.Sample and (s := described(ctx, tok.head, C.Sample)) else []
            for e in ctx.refs(tok.head) or _described(ctx, tok.head) or sample:
                if ctx.table.is_a(e, C.Moon) and t.lemma(tok.head) == "moon":
                    ctx.add(e, P.orbits, body, tok.i, "dep:planet-adjective-moon", 0.8)
                elif ctx.table.is_a(e, C.Sample):
                    ctx.add(e, P.sampleFrom, body, tok.i, "dep:planet-adjective-sample", 0.75)


def _destination(ctx: Context, prep: int) -> bool:
    """"fly to the ISS aboard the X capsule": the noun the parser hung "aboard" on is where they go, not cargo."""
    t = ctx.tree
    noun = t[t[prep].head]
    return noun.dep == "pobj" and t[noun.head].text.lower() in ("to", "toward", "towards")


def _noun_prep(ctx: Context, h: Entity, prep: str, o: Entity, at: int, head: int) -> None:
    isa, noun = ctx.table.is_a, ctx.tree.lemma(head)
    if prep in ("to", "toward", "towards") and (isa(h, C.Mission) or isa(h, C.Spacecraft)) and isa(o, C.CelestialBody):
        ctx.add(h, P.target, o, at, "dep:mission-to", 0.85)
    elif prep == "of" and isa(h, C.Moon) and isa(o, C.Planet) and noun == "moon":
        ctx.add(h, P.orbits, o, at, "dep:moon-of", 0.8)
    elif prep == "from" and isa(h, C.Sample) and isa(o, C.CelestialBody):
        ctx.add(h, P.sampleFrom, o, at, "dep:sample-from", 0.85)
    elif prep == "of" and isa(h, C.Sample) and isa(o, C.CelestialBody):
        ctx.add(h, P.sampleFrom, o, at, "dep:sample-of", 0.8)
    elif prep in ("in", "at") and (isa(h, C.Facility) or isa(h, C.City)) and isa(o, C.Place) and not isa(h, C.Country):
        if not isa(o, C.Facility) or isa(h, C.City) is False:
            ctx.add(h, P.locatedIn, o, at, "dep:place-in-place", 0.8)
    elif prep == "on" and (isa(h, C.Facility) or isa(h, C.City)) and isa(o, C.Place) and not isa(o, C.Facility) \
            and not isa(h, C.Country):  # "the X Launch Site on Hainan Island", "a ground station on Svalbard"
        ctx.add(h, P.locatedIn, o, at, "dep:place-in-place", 0.8)
    elif prep == "of" and isa(h, C.Place) and not isa(h, C.Country) and isa(o, C.Place) and not isa(o, C.City) \
            and h.key != o.key \
            and (noun in _CAPITALS or PLACE_OF_NOUNS.get(noun) == C.City):
        ctx.add(h, P.locatedIn, o, at, "dep:capital-of", 0.8)  # "Arvelle, the capital of Meridia"
    elif prep in ("of",) and isa(h, C.Facility) and isa(o, C.Organization):
        ctx.add(h, P.operatedBy, o, at, "dep:facility-of-org", 0.75)
    elif prep in ("on", "aboard", "onboard") and (isa(h, C.Instrument) or isa(h, C.Spacecraft)) \
            and (isa(o, C.Spacecraft) or isa(o, C.Mission)) and not isa(h, C.Mission) and not _destination(ctx, at):
        ctx.add(h, P.partOf, o, at, "dep:carried-on", 0.7)
    elif prep in ("of", "for") and part_of_phrase(ctx, h, o, head):  # ("the two satellites of the Arvelo mission")
        ctx.add(h, P.partOf, o, at, "dep:instrument-of", 0.7)
    elif prep in ("of", "from") and isa(h, C.Instrument) and isa(o, C.Organization):
        ctx.add(h, P.providedBy, o, at, "dep:instrument-of-org", 0.7)  # "an experiment of DLR"
    elif prep == "from" and isa(h, C.Instrument) and isa(o, C.Facility):
        for body in site_operators(ctx, o):  # "a spectrometer from NASA's Goddard Space Flight Center": its body's
            ctx.add(h, P.providedBy, body, at, "dep:instrument-from-site", 0.7)
    elif prep == "from" and isa(h, C.Spacecraft) and not isa(h, C.Mission) and (
            isa(o, C.ResearchInstitute) or isa(o, C.Company)):
        ctx.add(h, P.providedBy, o, at, "dep:craft-from-org", 0.7)  # "the Lumio-3 CubeSat from the University of X"
    elif prep == "of" and (isa(h, C.Mission) or isa(h, C.Spacecraft)) and isa(o, C.Organization) \
            and not isa(o, C.Company):
        ctx.add(h, P.operatedBy, o, at, "dep:mission-of-org", 0.7)  # "a mission of ESA", "the satellites of X"


@rule("pattern:place-comma-country", stage=Stage.PHRASES, produces=(P.locatedIn, P.operatedBy),
      confidence=0.8)
def names_with_places(ctx: Context) -> None:
    """"Seville, Spain": a place followed by its country; "the Embassy of Italy in Tokyo": a facility followed by
    "in" and its city; "NASA Headquarters": a facility named after its operator."""
    t = ctx.tree
    for ent in list(ctx.table.entities.values()):
        for m in ent.mentions:
            nxt = m.end
            placed = ctx.table.is_a(ent, C.Place) and not ctx.table.is_a(ent, C.Country)
            if placed and nxt + 1 < len(t) and t[nxt].text == ",":
                # "Noordwijk, the Netherlands": a country's name may take its article
                at = nxt + 2 if t[nxt + 1].text.lower() == "the" and nxt + 2 < len(t) else nxt + 1
                other = ctx.table.at(at)
                if other is not None and other.key != ent.key and (C.Country in other.classes or at == nxt + 1) \
                        and wider_place(ctx, other, at):
                    ctx.add(ent, P.locatedIn, other, nxt, "pattern:place-comma-country", 0.8)
                elif (wider := apposed_in(ctx, nxt + 1)) is not None and wider.key != ent.key:
                    ctx.add(ent, P.locatedIn, wider, nxt, "pattern:place-comma-in", 0.75)
            if placed and nxt + 1 < len(t) and t[nxt].text.lower() == "in":
                # "at the Embassy of Italy in Tokyo", "tested in Tromso in Norway": the parser may hang "in X" on the
                # verb; right after a facility's name, a city or a country is where it is (after a town, a country);
                # "in northern X": a country or a region (wider_places.in_place)
                other, directed = in_place(ctx, nxt)
                if other is not None and other.key != ent.key and (directed or C.Country in other.classes or (
                        ctx.table.is_a(other, C.City) and ctx.table.is_a(ent, C.Facility))):
                    ctx.add(ent, P.locatedIn, other, nxt, "pattern:facility-in-place" if ctx.table.is_a(
                        ent, C.Facility) else "pattern:town-in-country", 0.75)
            if ctx.table.is_a(ent, C.Facility) and m.end - m.start >= 2:
                inner = _inner_org(ctx, ent, m.start, m.end)
                if inner is not None:
                    ctx.add(ent, P.operatedBy, inner, m.start, "name:operator-in-name", 0.75)


def _inner_org(ctx: Context, ent: Entity, start: int, end: int) -> Entity | None:
    """The body whose name opens a facility's name ("NASA Headquarters"). A lone unknown word the text calls only
    an organization ("managed by Goddard") is the facility's own short name ("Goddard Space Flight Center"), no
    operator of it."""
    first_word = name_key(ctx.tree[start].text)
    for e in ctx.table.entities.values():
        if e.key == ent.key or not ctx.table.is_a(e, C.Organization):
            continue
        if e.kb is None and set(e.classes) == {C.Organization} and " " not in e.label and not e.label.isupper():
            continue
        names = {name_key(n) for n in (e.label, *e.aliases)} | ({name_key(e.kb.label)} if e.kb else set())
        if e.kb:
            names |= {name_key(a) for a in e.kb.aliases}
        if first_word in names and len(first_word) >= 3:
            return e
    return None


def _described(ctx: Context, i: int) -> list[Entity]:
    key = ctx.described.get(i)
    return [ctx.table.entities[key]] if key else []


@rule("dep:possessive-place", stage=Stage.PHRASES, produces=(P.locatedIn,), confidence=0.75)
def possessive_places(ctx: Context) -> None:
    """"Houston's Johnson Space Center", "South Australia's Woomera range": a place's place lies in it."""
    for tok in ctx.tree.tokens:
        if tok.dep != "poss":
            continue
        owner = ctx.ref(tok.i)
        if owner is None or not ctx.table.is_a(owner, C.Place) or ctx.table.is_a(owner, C.Facility):
            continue
        for owned in ctx.refs(tok.head):
            if owned.key != owner.key and ctx.table.is_a(owned, C.Place) and not ctx.table.is_a(owned, C.Country):
                ctx.add(owned, P.locatedIn, owner, tok.i)
