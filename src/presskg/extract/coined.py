"""Coined names the tagger takes for adjectives: "the Zephyra space telescope", "the Orvina lander".

A new craft's or instrument's name, one word ending like a nationality ("-a", "-an", "-ic"), is often tagged an
adjective (and a nationality by the model), so no run of proper nouns starts at it and it names nothing. A
capitalized word the tagger calls an adjective, inside the sentence, right before lower-case words that end on a
class noun of a craft, a mission, an instrument or a rocket, is such a name, unless it is a nationality the
knowledge base knows ("the Italian satellite"), a region's or a body's adjective (lexicon ``REGION_ADJECTIVES``:
"the European probe", "the Martian moons" through ``PLANET_ADJECTIVES``) or an all-capital word (an acronym,
read elsewhere). Nor is it when the class noun has a name of its own after it ("the Kestrian radar satellite
Lumen-1": a nationality the knowledge base lacks, or a maker's name, and Lumen-1 the satellite).

A name a naming verb gives is the whole run, even one that ends on a known body ("called Blue Moon"):
:func:`given_over_known`.
"""

from __future__ import annotations

from ..vocab import Class as C
from .candidates import Candidate, Taken, noun_class
from .classes import ancestors
from .gazetteer import Gazetteer
from .head_nouns import named_after
from .lexicon import NAMING_VERBS, PLANET_ADJECTIVES, WORD_CLASSES
from .tree import Tree

#: What a coined name before a class noun may be: a thing made and flown, not a body or a place.
_THINGS = (C.Spacecraft, C.Mission, C.Instrument, C.LaunchVehicle)
_REGIONS = WORD_CLASSES["REGION_ADJECTIVES"]


def coined_adjectives(tree: Tree, gaz: Gazetteer, cands: list[Candidate]) -> list[Candidate]:
    """Candidates for the coined names among the words tagged adjectives (see the module)."""
    taken = Taken(cands)
    out = []
    for s in tree.parse.sentences:
        for i in range(s.start + 1, s.end - 1):
            t = tree[i]
            if (cls := _apposed(tree, gaz, i)) is not None and not taken.at.get(i):
                out.append(Candidate(i, i + 1, "pattern:coined-apposed", hint=cls))
                continue
            if t.pos != "ADJ" or not t.text[:1].isupper() or t.text.isupper() or len(t.text) < 4 \
                    or taken.at.get(i) or not tree[i - 1].text.islower() and tree[i - 1].pos != "DET":
                continue  # (after a capitalized word it is a name's inside, read with it)
            low = t.text.lower()
            if low in _REGIONS or low in PLANET_ADJECTIVES or gaz.country_of_word(t.text) is not None:
                continue
            noun = tree.head(i)
            if noun.i <= i or not all(tree[k].text.islower() for k in range(i + 1, noun.i + 1)):
                continue  # a title-case heading ("New Weather Satellite") names nothing here
            cls = noun_class(tree, noun.i)
            if cls is not None and any(k in ancestors(cls) for k in _THINGS) and not named_after(tree, noun.i):
                out.append(Candidate(i, i + 1, "pattern:coined", hint=cls))
    return out


def _apposed(tree: Tree, gaz: Gazetteer, i: int) -> str | None:
    """"The spacecraft carries a small lander, Pebble, developed by CNES": a capitalized word the tagger calls an
    adjective, alone between commas (or a comma and the sentence's end) in apposition to a class noun of a made
    thing before it, is that thing's name; the class noun's class, else None. Nationalities and regions' or
    planets' adjectives are none ("the probe, European in all its parts,")."""
    t = tree[i]
    if t.pos != "ADJ" or t.dep != "appos" or not t.text[:1].isupper() or t.text.isupper() or len(t.text) < 4 \
            or tree[i - 1].text != "," or tree[i + 1].text not in (",", ".", ";") or t.head >= i:
        return None
    low = t.text.lower()
    if low in _REGIONS or low in PLANET_ADJECTIVES or gaz.country_of_word(t.text) is not None:
        return None
    cls = noun_class(tree, t.head) if tree[t.head].pos == "NOUN" else None
    return cls if cls is not None and any(k in ancestors(cls) for k in _THINGS) else None


def given_over_known(tree: Tree, c: Candidate, taken: Taken) -> list[Candidate]:
    """"The lander, called Blue Moon, ...": a run of capitalized words a naming verb gives (lexicon ``NAMING_VERBS``)
    is the name given, though it ends on a body the knowledge base knows (or on the word the naming already took as
    the name); the candidates inside it, to drop (none when the run follows no naming verb or holds no such body)."""
    if c.start == 0 or tree.lemma(c.start - 1) not in NAMING_VERBS:
        return []
    inside = taken.overlapping(c.start, c.end)
    known = all(c.start < o.start and o.end <= c.end and (o.source == "pattern:named" or o.kb and all(
        C.CelestialBody in ancestors(k) for e in o.kb for k in e.classes)) for o in inside)
    return inside if inside and known else []
