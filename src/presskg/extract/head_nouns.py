"""The class a name gets from a common noun: the noun it modifies or heads ("the MASCOT lander", "asteroid
Ryugu", "Braunschweig University of Technology"), a collective noun's ("the X constellation of satellites"),
and the class nouns written with a capital that name nothing ("the latest CubeSat"). Split out of mentions.py.
"""

from __future__ import annotations

from ..vocab import Class as C
from . import body_names, described_names
from .candidates import Candidate, is_designation, noun_class, span_head
from .class_nouns import class_noun_above
from .classes import ancestors as kin_of
from .lexicon import COLLECTIVE_NOUNS, HEAD_CLASSES, NAMED_EVENT_NOUNS, PLACE_OF_NOUNS, WORD_CLASSES
from .name_ends import designation_number
from .trade_names import company_form, company_name
from .tree import Tree

#: Capitalized words of regions that stand before a class noun without naming it (lexicon data).
_REGIONS = WORD_CLASSES["REGION_ADJECTIVES"]


def _partitive_class(tree: Tree, i: int) -> str | None:
    """The class of the plural class noun a partitive word ``i`` picks one of ("the first of these satellites")."""
    noun = tree.partitive_of(i)
    return noun_class(tree, noun) if noun is not None else None


def head_noun_class(tree: Tree, cand: Candidate) -> str | None:
    """Class given by the noun a name heads or modifies: "the MASCOT lander", "asteroid Ryugu"; a region's word
    before the noun ("a new Arctic station", lexicon ``REGION_ADJECTIVES``) names no station: none."""
    inside = range(cand.start, cand.end)
    if cand.end - cand.start == 1 and tree.lowers[cand.start] in _REGIONS and cand.end < len(tree) and tree[
            cand.end].pos == "NOUN" and tree[cand.start].dep in ("compound", "amod", "nmod"):
        return None
    head = span_head(tree, cand.start, cand.end)
    if described_names.crew_post_before(tree, head, cand.start):
        return None  # "Expedition 73 commander A and flight engineer [B]": a post's holder, whatever the noun above
    numbered = next((i for i in inside[1:-1] if designation_number(tree, i + 1)), None)
    counted = numbered is not None and numbered - 1 > cand.start and tree.lowers[numbered] in ("no.", "nr.", "no")
    numbered = numbered - 1 if counted else numbered  # "the H3 Launch Vehicle No. 7": the noun before "No."
    if numbered is not None and tree[numbered].pos in ("NOUN", "PROPN") and (
            cls := noun_class(tree, numbered) or HEAD_CLASSES.get(tree.lowers[numbered])) and (
            C.Facility in kin_of(cls) or counted and any(k in kin_of(cls) for k in _THING_ROOTS)):
        return cls  # "Space Launch Complex 4 East": a pad, whatever the parser hung its last word on
    # the name modifies a common noun: "the X lander", "its X mission" (a conjunct: "X-1 and X-2 satellites")
    outer = tree[tree.conj_root(head)] if tree[head].dep == "conj" else tree[head]
    if outer.i != head and outer.pos == "NOUN" and outer.tag == "NNS" and outer.i + 1 < cand.start \
            and tree[outer.i + 1].text == "," and tree.children(outer.i, "det") \
            and all(tree[k].pos == "PROPN" for k in tree.conjuncts(outer.i) if k != outer.i) \
            and (cls := noun_class(tree, outer.i)) is not None:
        return cls  # "The satellites, Varda-1 and Varda-2, were built by X": names the parser joined to their noun
    before = min(tree.subtree(outer.i)) - 1
    if outer.dep in ("appos", "dep", "punct", "npadvmod", "nmod") and before >= 0 and outer.head != before \
            and tree[before].pos == "NOUN" and tree[before].dep in ("pobj", "dobj", "nsubj", "nsubjpass") \
            and (cls := noun_class(tree, before)):
        # "built by the company OrbitKeep for X", "with the satellites Kelp-1 and Kelp-2": a name hung on a word
        # further back (or on nothing), right after a class noun, is of its class
        return cls
    if outer.dep == "appos" and outer.head < cand.start and (cls := _partitive_class(tree, outer.head)) is not None:
        return cls  # "The first of these satellites, Vardasat-1, ...", "the last of the four satellites, Tarvo-4"
    for a in tree.children(head, "appos") if not cand.kb else ():  # (a known name keeps its class: "Ganymede, the
        if a.i > head and (cls := _partitive_class(tree, a.i)) is not None:  # middle one of the icy satellites")
            return cls  # "Halo, one of Orla's six instruments,": the name is one of them
    if outer.dep in ("compound", "nmod", "amod", "appos", "nummod") and outer.head not in inside:
        gov = tree[class_noun_above(tree, outer.head)]
        if tree.lemma(gov.i) in _PAYLOADS and _craft_noun_after(tree, cand, shaped_only=True):
            return C.Spacecraft  # "the Kelva-3 payload": the craft that carries it, not an instrument
        cls = noun_class(tree, gov.i) or _collective_class(tree, gov.i) or _programme_class(tree, gov.i) or (
            C.Mission if tree.lemma(gov.i) in _FLIGHT_CREWS else None)  # "the Artemis III crew": a flight's
        if cls == C.Launch and _launch_for_craft(tree, gov.i):
            return C.LaunchVehicle  # "booked a Sirocco launch for its Ferox-1 satellite": the launcher, no launch
        if cls and C.Organization in kin_of(cls) and outer.i < gov.i and named_after(tree, gov.i):
            return C.Place  # "the Kelmar company Gripwerk", "the Toulouse firm Orbix": where the company is from
        if cls and outer.dep in ("compound", "amod") and outer.i < gov.i and any(
                k in _THING_ROOTS for k in kin_of(cls)) and named_after(tree, gov.i):
            return None  # "Kestria's SAR satellite Lumen-1", "the Kestrian radar satellite Lumen-1": the noun's name
        own = noun_class(tree, cand.end - 1) if cand.end - cand.start > 1 else None
        if cls and own and C.Event in kin_of(cls) and C.Organization in kin_of(own):
            return own  # "the European Astronomical Society meeting": a body's meeting, the body named in full
        if cls and (gov.pos == "NOUN" or gov.pos == "PROPN" and (not gov.text[:1].isupper() or capitalized_noun(
                tree, gov.i) or camel_class_noun(tree, gov.i, gov.i + 2))):  # ("the latest CubeSat, X", "X CubeSat")
            return cls
    # a common noun modifies the name: "asteroid Ryugu", "the German space agency DLR"; a head noun the
    # tagger took for an adjective, as it does words it has not seen ("the nanosatellite Kestrel")
    for child in tree.children(head, "compound", "nmod", "appos", "amod"):
        if tree.on_board(child.i):
            continue  # "the radar on board Kelvo-2": a preposition the parser split, no board
        if child.i < cand.start and (child.pos == "NOUN" or (
                child.dep == "amod" and child.pos == "ADJ" and child.text.lower() in HEAD_CLASSES)):
            cls = noun_class(tree, child.i)
            if cls:
                return cls
    # the name itself ends with a typing noun: "Braunschweig University of Technology",
    # or starts with one before "of/de": "Instituto Nacional de Astrofísica", "Embassy of Italy"
    for i in (head, cand.end - 1, cand.start, *body_names.body_nouns_inside(tree, cand)):
        if tree[i].pos in ("NOUN", "PROPN") and i in inside:
            cls = noun_class(tree, i) or HEAD_CLASSES.get(tree[i].text.lower()) or (  # "Space Resources Week"
                C.Event if i == cand.end - 1 and tree[i].text.lower() in NAMED_EVENT_NOUNS else None)
            if cls and i not in (head, cand.end - 1) and C.CelestialBody in kin_of(cls):
                continue  # "Star Harbour Industries", "the Galaxy Fund": a name's first word is what it is named after
            if cls and i == cand.start and i not in (head, cand.end - 1) and tree[i + 1].pos != "ADP" \
                    and cand.end - cand.start >= 3 and tree[cand.end - 1].text.isalpha() and any(
                    k in _THING_ROOTS for k in kin_of(cls)):
                continue  # "the Satellite Applications Catapult": a craft's word first tells what the body is about
            if cls:
                return cls
    if cand.end - cand.start >= 2 and tree.lowers[cand.end - 1] in _SERIES_NOUNS:
        return C.Mission  # "the Kelva Next Generation series": a series of craft, as a programme is, not a body
    if (cls := _craft_noun_after(tree, cand)) is not None:
        return cls  # "the Sora-4 satellite's radar data": the parser hung the name on "data", as a number
    if company_name(tree, cand.start, cand.end):
        return C.Company  # "Vexel Technologies": a trade name
    beside = described_names.described_class(tree, cand.start, cand.end)
    if beside is not None:  # "Bpifrance, the French export credit agency", "Ventus-1, a three-unit CubeSat"
        return beside  # the apposition says what the name is
    if cand.end - cand.start > 1 and tree[cand.end - 1].text in WORD_CLASSES["NAME_BODY_HEADS"]:
        return C.Organization  # "the Copernicus Emergency Management Service": a body by its capitalized last word
    if cand.end - cand.start > 1 and tree[cand.end - 1].text in WORD_CLASSES["NAME_LAW_HEADS"]:
        return C.Agreement  # "the General Space Law", "the Outer Space Act": a law, as the model's LAW names are
    # "will study asteroid Pelion", whatever the parse; "the city of Torvik"
    return class_before(tree, cand.start) or place_of(tree, cand.start, cand.end) or parent_of(tree, cand.start)


def parent_of(tree: Tree, start: int) -> str | None:
    """"a subsidiary of Kongsberg Tellus", "an affiliate of the Orvane group": what a company is a subsidiary
    of (lexicon PARENT_OF_NOUNS, the noun before "of" and a determiner) is a company too, a name nothing else
    types; "a spin-off of the University of X" is left to its own words."""
    k = start - 1
    if k >= 1 and tree.lowers[k] in ("the", "a", "an"):
        k -= 1
    if k < 1 or tree.lowers[k] != "of" or tree.lemma(k - 1) not in WORD_CLASSES["PARENT_OF_NOUNS"]:
        return None
    return C.Company


def place_of(tree: Tree, start: int, end: int) -> str | None:
    """"the city of Torvik", "the island of Valmora", "the grand duchy of X": a lowercase place noun (lexicon
    PLACE_OF_NOUNS) and "of" right before a name make it a place of the noun's class (a city, a country);
    "the City of Torvik" (capitalized) may be a council's name, "the capital of X" is not X.

    >>> from presskg.model import Parse, Token
    >>> words = ["in", "the", "city", "of", "Torvik"]
    >>> toks = [Token(k, w, 0, w.lower(), "PROPN" if w[0].isupper() else "NOUN", "", "", k, "", "O", " ")
    ...         for k, w in enumerate(words)]
    >>> str(place_of(Tree(Parse(tuple(toks), (), ()), " ".join(words)), 4, 5))
    'City'
    """
    if start < 2 or tree.lowers[start - 1] != "of" or not tree[start].text[:1].isupper():
        return None
    noun = tree[start - 2].text  # (a two-word noun first: "grand duchy")
    cls = (PLACE_OF_NOUNS.get(f"{tree[start - 3].text} {noun}") if start >= 3 else None) or PLACE_OF_NOUNS.get(noun)
    if cls is None or tree.ranked(start - 2) or any(tree[k].text[:1].isdigit() for k in range(start, end)):
        return None
    return cls


def law_named(tree: Tree, start: int, end: int) -> bool:
    """A name the model calls a law has a word of an agreement or a law in it ("the Outer Space Treaty", "the
    Artemis Accords", "the Space Activities Act"); "Skarvik", a town named in a title, has none."""
    return any(HEAD_CLASSES.get(tree.lowers[k]) == C.Agreement or tree[k].text in WORD_CLASSES["NAME_LAW_HEADS"]
               for k in range(start, end))


def class_before(tree: Tree, start: int) -> str | None:
    """"will study asteroid Pelion", "a flyby of comet Tarsis": a lowercase class noun of a celestial body right
    before a name the knowledge base lacks types it, however the parser took the noun (it often reads an unseen
    "asteroid X" as a verb and its object, or as two objects); so does a class noun of a craft, an instrument or
    a mission after a determiner or an owner ("The spacecraft Tarvos carries X", read as "the spacecraft [that]
    Tarvos carries"; "ESA's probe Tarvos", "ESA's Earth observation mission Tarvos")."""
    word = tree[start - 1] if start > 0 else None
    cls = HEAD_CLASSES.get(word.text) if word is not None else None
    if cls is None:
        return None
    if C.CelestialBody in kin_of(cls):
        return cls
    k = start - 2  # (past the noun's own modifiers: "ESA's Earth observation mission Tarvos")
    while k >= 0 and tree[k].dep in ("compound", "amod", "nmod") \
            and start - 1 in (tree[k].head, tree[tree[k].head].head):
        k -= 1
    owned = k >= 0 and (tree[k].dep in ("det", "poss") or tree[k].tag == "POS")
    return cls if owned and word.pos == "NOUN" and any(k in _THING_ROOTS for k in kin_of(cls)) else None


def restated_class(tree: Tree, cand: Candidate) -> str | None:
    """The class a class noun set beside a name mentioned again states (``described_names.described_class``: "the
    satellite operator Halcyon Satellites", not "the Kestrel camera", which is Kestrel's camera), a company's
    where the noun says an organization and the name ends on a trade word or a legal form ("the satellite
    operator Kelvane GmbH")."""
    cls = described_names.described_class(tree, cand.start, cand.end)
    return C.Company if cls == C.Organization and company_form(tree, cand.start, cand.end) else cls


def named_after(tree: Tree, i: int) -> bool:
    """Class noun ``i`` is set before the name it classes: it modifies a proper noun after it ("company
    Gripwerk"), or one follows it in apposition ("company Northlight Optics"); not a short name in brackets,
    which names the words before it ("a Microchannel X-ray Telescope (MXT)")."""
    t = tree[i]
    return t.dep == "compound" and t.head > i and tree[t.head].pos == "PROPN" or any(
        c.i > i and c.pos == "PROPN" and tree[c.i - 1].text != "(" for c in tree.children(i, "appos"))


def _collective_class(tree: Tree, i: int) -> str | None:
    """"the X and Y satellite series", "the X constellation of satellites": a collective noun takes the
    class of the noun that says what it collects."""
    if tree.lemma(i) not in COLLECTIVE_NOUNS:
        return None
    for c in tree.children(i, "compound", "nmod", "prep"):
        k = next((g.i for g in tree.children(c.i, "pobj")), None) if c.dep == "prep" and c.text == "of" else c.i
        if k is not None and tree[k].pos == "NOUN" and (cls := noun_class(tree, k)):
            return cls
    return None


def _programme_class(tree: Tree, i: int) -> str | None:
    """"the Helios series": a collective noun of missions or craft (lexicon COLLECTIVE_NOUNS that are also
    PROGRAMME_NOUNS) that says nothing of what it gathers makes the name a mission's. ("The Space Skills
    initiative" gathers no craft: an initiative is not always a space programme.)"""
    return C.Mission if tree.lemma(i) in _SERIES_NOUNS else None


def capitalized_noun(tree: Tree, i: int) -> bool:
    """A class noun of craft or instruments written with a capital, after a determiner and lower-case words
    ("the latest CubeSat"): no name. ("the Council" names a body in view; "the X-ray Telescope" ends a name.)"""
    cls = HEAD_CLASSES.get(tree.lowers[i])
    return cls is not None and any(k in _THING_ROOTS for k in kin_of(cls)) and not tree[i].text.isupper() \
        and any(c.dep == "det" for c in tree.children(i)) and not (i > 0 and tree[i - 1].text[:1].isupper()
                                                                   and tree[i - 1].dep != "det")  # ("The CubeSat")


_MEMBERSHIPS = frozenset(WORD_CLASSES["MEMBERSHIP_NOUNS"])


def membership_words(tree: Tree, start: int, end: int) -> bool:
    """Words ``[start, end)`` are a member's noun, singular or plural ("Member State", "Associate Members")."""
    words = [tree.lowers[i] for i in range(start, end)]
    if words and words[-1].endswith("s") and not words[-1].endswith("ss"):
        words[-1] = words[-1][:-1]
    return " ".join(words) in _MEMBERSHIPS


def bare_noun(tree: Tree, c: Candidate) -> bool:
    """"the Agency", "the Council": a capitalized common noun is a reference, not a name; so is a
    capitalized member's noun ("the 15th Member State", "its Member States": ``MEMBERSHIP_NOUNS``)."""
    words = [tree.lemma(i) for i in range(c.start, c.end)]
    if " ".join(words).lower() in _MEMBERSHIPS or membership_words(tree, c.start, c.end):
        return True
    return len(words) == 1 and (words[0] in HEAD_CLASSES or tree[c.start].text.lower() in HEAD_CLASSES)


def camel_class_noun(tree: Tree, i: int, end: int) -> bool:
    """"the CubeSat OrsenaSat-2": a class noun of craft written with an inner capital ("CubeSat", "SmallSat"),
    first of a run of capitalized words that goes on, is the name's class noun, not its first word."""
    if i >= len(tree) or i + 1 >= end:
        return False
    w = tree[i].text
    cls = HEAD_CLASSES.get(tree.lowers[i])
    return cls is not None and any(k in _THING_ROOTS for k in kin_of(cls)) \
        and w[:1].isupper() and not w.isupper() and any(ch.isupper() for ch in w[1:])


def class_phrase_before(tree: Tree, start: int, end: int) -> str | None:
    """"the Earth Observation Satellite EOS-09", "the Advanced Land Observing Satellite ALOS-4": a capitalized class
    phrase of a craft that ends on its class noun right before a designation, the run's last word, is no part of
    the name: the class noun's class, which types the designation; ``None`` elsewhere."""
    if end - start < 3 or not is_designation(tree[end - 1].text):
        return None
    cls = HEAD_CLASSES.get(tree.lowers[end - 2])
    return cls if cls is not None and any(k in _THING_ROOTS for k in kin_of(cls)) else None


def without_class_phrases(tree: Tree, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` but the model's names that are the class phrase of the designation named right after them ("the
    [Earth Observation Satellite] EOS-09": :func:`class_phrase_before`)."""
    starts = {c.start for c in cands}
    return [c for c in cands if not (c.source == "model" and not c.kb and c.end in starts
                                     and class_phrase_before(tree, c.start, c.end + 1) is not None)]


#: Collective nouns of a programme's craft ("series", "constellation"; lexicon PROGRAMME_NOUNS and COLLECTIVE_NOUNS): a
#: name on one, or ending with one, is a mission's when nothing else types it (not "initiative": no craft).
#: Nouns of a flight's people, whose name before them is the flight's (lexicon FLIGHT_CREW_NOUNS).
_FLIGHT_CREWS = WORD_CLASSES["FLIGHT_CREW_NOUNS"]
_SERIES_NOUNS = frozenset(WORD_CLASSES["PROGRAMME_NOUNS"]) & frozenset(COLLECTIVE_NOUNS)
#: What a capitalized class noun may be a thing of (:func:`capitalized_noun`).
_THING_ROOTS = frozenset({C.Spacecraft, C.Mission, C.Instrument, C.LaunchVehicle})


#: Nouns of what a craft carries as a whole (lexicon PAYLOAD_NOUNS).
_PAYLOADS = WORD_CLASSES["PAYLOAD_NOUNS"]
#: Classes of things a designation names, whose class noun may follow it ("the Sora-4 satellite").
_CRAFT_KINDS = (C.Spacecraft, C.Mission, C.LaunchVehicle, C.Instrument)


def _craft_noun_after(tree: Tree, cand: Candidate, shaped_only: bool = False) -> str | bool | None:
    """The class of a craft's class noun written right after a name of a designation's shape, whatever the parse:
    "the Sora-4 satellite's radar data" (the tagger took "Sora-4" for a number and the parser hung it on
    "data"). Only a designation ("Sora-4", "Kelva-SG"): a plain word before a class noun may be its maker's
    name."""
    k = cand.end
    whole = "".join(tree[j].text for j in range(cand.start, cand.end))
    if k >= len(tree) or tree[k].pos != "NOUN" or any(tree[j].whitespace for j in range(cand.start, cand.end - 1)) \
            or not is_designation(whole):
        return None
    if shaped_only:  # (only the name's shape is asked: a designation right before a noun)
        return True
    cls = noun_class(tree, k)
    return cls if cls is not None and any(kind in kin_of(cls) for kind in _CRAFT_KINDS) else None


def _launch_for_craft(tree: Tree, i: int) -> bool:
    """The launch noun at ``i`` is said to be "for" a craft ("a dedicated Sirocco launch for its Ferox-1
    satellite", "a Valkor-1 launch for the Kelpra-2 mission"): the name set before it is then the launcher sold."""
    return any(cls is not None and any(k in kin_of(cls) for k in (C.Spacecraft, C.Mission))
               for p in tree.children(i, "prep") if tree.lowers[p.i] == "for" for o in tree.children(p.i, "pobj")
               for cls in [noun_class(tree, o.i) if tree[o.i].pos == "NOUN" else None])
