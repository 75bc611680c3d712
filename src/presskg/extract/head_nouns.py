"""The class a name gets from a common noun: the noun it modifies or heads ("the MASCOT lander", "asteroid
Ryugu", "Braunschweig University of Technology"), a collective noun's ("the X constellation of satellites"),
and the class nouns written with a capital that name nothing ("the latest CubeSat"). Split out of mentions.py.
"""

from __future__ import annotations

from ..vocab import Class as C
from . import body_names, described_names, names
from .candidates import Candidate, is_designation, noun_class, span_head
from .classes import ancestors as kin_of
from .lexicon import COLLECTIVE_NOUNS, HEAD_CLASSES, NAMED_EVENT_NOUNS, WORD_CLASSES
from .trade_names import company_name
from .tree import Tree


def head_noun_class(tree: Tree, cand: Candidate) -> str | None:
    """Class given by the noun a name heads or modifies: "the MASCOT lander", "asteroid Ryugu"."""
    inside = range(cand.start, cand.end)
    head = span_head(tree, cand.start, cand.end)
    numbered = next((i for i in inside[1:-1] if names.designation_number(tree, i + 1)), None)
    if numbered is not None and tree[numbered].pos in ("NOUN", "PROPN") and (
            cls := noun_class(tree, numbered) or HEAD_CLASSES.get(tree.lowers[numbered])) and C.Facility in kin_of(cls):
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
    if outer.dep in ("compound", "nmod", "amod", "appos", "nummod") and outer.head not in inside:
        gov = tree[names.class_noun_above(tree, outer.head)]
        if tree.lemma(gov.i) in _PAYLOADS and _craft_noun_after(tree, cand, shaped_only=True):
            return C.Spacecraft  # "the Kelva-3 payload": the craft that carries it, not an instrument
        cls = noun_class(tree, gov.i) or _collective_class(tree, gov.i) or _programme_class(tree, gov.i)
        if cls and C.Organization in kin_of(cls) and outer.i < gov.i and _named_after(tree, gov.i):
            return C.Place  # "the Kelmar company Gripwerk", "the Toulouse firm Orbix": where the company is from
        own = noun_class(tree, cand.end - 1) if cand.end - cand.start > 1 else None
        if cls and own and C.Event in kin_of(cls) and C.Organization in kin_of(own):
            return own  # "the European Astronomical Society meeting": a body's meeting, the body named in full
        if cls and (gov.pos == "NOUN" or gov.pos == "PROPN" and (not gov.text[:1].isupper() or capitalized_noun(
                tree, gov.i))):  # ("the latest CubeSat, X": a class noun the tagger took for a name)
            return cls
    # a common noun modifies the name: "asteroid Ryugu", "the German space agency DLR"; a head noun the
    # tagger took for an adjective, as it does words it has not seen ("the nanosatellite Kestrel")
    for child in tree.children(head, "compound", "nmod", "appos", "amod"):
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
    return names.body_class_before(tree, cand.start)  # "will study asteroid Pelion", whatever the parse


def restated_class(tree: Tree, cand: Candidate) -> str | None:
    """The class a class noun set beside a name mentioned again states (``described_names.described_class``: "the
    satellite operator Halcyon Satellites", not "the Kestrel camera", which is Kestrel's camera), a company's
    where the noun says an organization and the name ends on a trade word."""
    cls = described_names.described_class(tree, cand.start, cand.end)
    return C.Company if cls == C.Organization and company_name(tree, cand.start, cand.end) else cls


def _named_after(tree: Tree, i: int) -> bool:
    """Class noun ``i`` is set before the name it classes: it modifies a proper noun after it ("company
    Gripwerk"), or one follows it in apposition ("company Northlight Optics")."""
    t = tree[i]
    return t.dep == "compound" and t.head > i and tree[t.head].pos == "PROPN" or any(
        c.i > i and c.pos == "PROPN" for c in tree.children(i, "appos"))


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
        and any(c.dep == "det" for c in tree.children(i)) and not (i > 0 and tree[i - 1].text[:1].isupper())


#: Collective nouns of a programme's craft ("series", "constellation"; lexicon PROGRAMME_NOUNS and COLLECTIVE_NOUNS): a
#: name on one, or ending with one, is a mission's when nothing else types it (not "initiative": no craft).
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
