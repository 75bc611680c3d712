"""A known craft's name with a vessel's name or a flight designation after it names one craft of its own.

"Crew Dragon Endeavour", "the Soyuz MS-27 spacecraft", "Cygnus NG-23", "Falcon 9 Block 5": the knowledge
base knows "Crew Dragon", "Soyuz", "Cygnus", "Falcon 9", and the gazetteer finds that shorter name; the
model may read the whole as a person ("Soyuz MS-25" landed) or leave it untyped. A reader takes the one
name, a vessel of the known one's kind: one craft, the longer name (a capsule christened "Endeavour" is
one Crew Dragon among several), not the type of craft, and not a person.

Not a person's name that starts like a craft's ("Galileo Galilei"): after a name the model took for a
person, only a designation with a digit ("MS-25") continues a craft's name.
"""

from __future__ import annotations

from ..vocab import Class as C
from .candidates import Candidate, is_designation
from .classes import ancestors
from .gazetteer import Gazetteer, name_key
from .lexicon import HEAD_CLASSES, NAMING_VERBS, POST_TITLES, WORD_CLASSES
from .names import named_class
from .series import craft_class
from .tree import Tree

VESSEL_PREFIXES = WORD_CLASSES["VESSEL_PREFIXES"]
#: Words of a person's title, which no craft's name holds.
TITLES = POST_TITLES
#: The model's guesses a craft's longer name overrides (a head noun's class stands).
_GUESSES = (None, C.Person, C.Organization, C.Place)


def vessel_names(tree: Tree, cands: list[Candidate], gaz: Gazetteer) -> list[Candidate]:
    """The candidates with each known craft's longer name typed as a craft (and the shorter knowledge-base
    name inside it dropped); a craft's name and a designation the chunker set apart ("Cygnus | NG-23")
    joined into one."""
    out = list(cands)
    for c in cands:
        typed = _crafty(c.hint)
        if c.kb or c.source == "kb" or not (c.hint in _GUESSES or typed):
            continue
        known = _known_start(tree, gaz, c)
        if known is None:
            continue
        cls = _craft(known[1], tree, c.start, known[0], c.end, person=c.hint == C.Person)
        if cls is None:
            continue
        c.hint = c.hint if typed else cls  # ("the Soyuz MS-27 spacecraft": its head noun's class stands)
        out = [o for o in out if not (o.kb and c.start <= o.start and o.end <= c.end)]
    for k in [o for o in out if o.kb]:
        # (the part set apart may have been typed by what it does: "Block 7 lifted off")
        d = next((o for o in out if o.start == k.end and not o.kb and (o.hint in _GUESSES or _crafty(o.hint))), None)
        if d is None and k.end < len(tree) and tree[k.end - 1].head == k.end and tree[k.end].pos == "PROPN" \
                and not any(o.start <= k.end < o.end for o in out):
            d = Candidate(k.end, k.end + 1, "head")  # "Crew Dragon Freedom splashed down": the name's head
        if d is None and k.end < len(tree) and tree[k.end].head in range(k.start, k.end) and is_designation(
                tree[k.end].text) and not any(o.start <= k.end < o.end for o in out):
            d = Candidate(k.end, k.end + 1, "model")  # "Cygnus NG-21", the designation tagged as a number
        if d is None or not tree[k.end - 1].whitespace or d.end - d.start > 2:
            continue
        cls = _craft(k.kb, tree, k.start, d.start, d.end, person=d.source != "head")
        if cls is not None:
            out = [o for o in out if o is not k and o is not d] + [Candidate(k.start, d.end, "pattern:series",
                                                                             hint=cls)]
    for c in out:
        _christened(tree, c, out)
        _prefixed(tree, c, out)
    return out


def _prefixed(tree: Tree, c: Candidate, cands: list[Candidate]) -> None:
    """"the Cygnus NG-21 spacecraft S.S. Patricia Robertson", "the cargo craft, christened S.S. Anna Lind": a
    name after a vessel's prefix (lexicon ``VESSEL_PREFIXES``) is a craft's, and the craft named just before
    it (nothing but common words, commas and a naming verb between) is the same craft."""
    if c.kb or tree.lowers[c.start] not in VESSEL_PREFIXES or c.end - c.start < 2:
        return
    k = max((o for o in cands if o.end <= c.start and (_crafty(o.hint) or o.kb and craft_class(o.kb))
             and tree.sentence_index(o.start) == tree.sentence_index(c.start)), key=lambda o: o.end, default=None)
    between = range(k.end, c.start) if k is not None else range(0)
    if k is not None and len(between) <= 5 and all(
            not tree[j].text[:1].isupper() or tree.lemma(j) in NAMING_VERBS for j in between):
        c.hint = (k.hint if _crafty(k.hint) else craft_class(k.kb)) or C.Spacecraft
        k.aliases.append(tree.span_text(c.start, c.end))
    elif c.hint in _GUESSES:
        c.hint = C.Spacecraft


def _christened(tree: Tree, c: Candidate, cands: list[Candidate]) -> None:
    """"the Kestrel-5 cargo spacecraft, named S.S. Anna Lind": a name a naming participle (lexicon
    ``NAMING_VERBS``) gives a craft noun is that craft's, whatever the model guessed (a person, for a
    vessel's honorific name); when a name of a craft modifies the noun, the two name one craft."""
    cls = named_class(tree, c)
    if cls is None or not _crafty(cls) or c.kb:
        return
    c.hint = cls
    noun = tree[tree[tree.span_head(c.start, c.end)].head].head  # the participle's noun
    for k in cands:
        h = tree.span_head(k.start, k.end)
        if k is not c and tree[h].head == noun and tree[h].dep in ("compound", "nmod") and (
                _crafty(k.hint) or k.kb and craft_class(k.kb)):
            k.aliases.append(tree.span_text(c.start, c.end))


def _crafty(cls: str | None) -> bool:
    """A craft's or a launcher's class."""
    return cls is not None and (C.Spacecraft in ancestors(cls) or cls == C.LaunchVehicle)


def _known_start(tree: Tree, gaz: Gazetteer, c: Candidate) -> tuple[int, tuple] | None:
    """The end and the entries of the longest knowledge-base name that starts candidate ``c`` and leaves one
    or two of its words after it (asked of the gazetteer's keys: its finder spares a person's name's words)."""
    key = ""
    found = None
    for k in range(c.start, c.end - 1):
        piece = name_key(tree[k].text)
        key += piece
        if piece and k >= c.end - 3 and gaz.by_key.get(key):
            found = (k + 1, tuple(gaz.by_key[key]))
    return found


def _craft(entries, tree: Tree, known: int, start: int, end: int, *, person: bool) -> str | None:
    """The class of a known craft's name (words ``[known, start)``) continued by words ``[start, end)``: a
    designation ("MS-25", "-XG", "Block 5"), or a vessel's name (one or two capitalized words, no class
    noun) after a craft's name of two words or after "the" ("the Dragon Endeavour"; a one-word name and a
    word may be a person's: "Galileo Galilei"), never after a name the model took for a person's."""
    classes = {k for e in entries for k in e.classes}
    craft = sorted(k for k in classes if C.Spacecraft in ancestors(k))
    words = [tree[k] for k in range(start, end)]
    if not craft and C.LaunchVehicle not in classes:
        return None
    if any(HEAD_CLASSES.get(w.text.lower()) or HEAD_CLASSES.get(tree.lemma(w.i)) for w in words if w.pos != "NUM"):
        return None  # "Crew Dragon spacecraft", "Soyuz Rocket": a class noun, not a name
    glued = words[0].text in ("-", "‐") and not tree[start - 1].whitespace and not words[0].whitespace
    words = words[1:] if glued else words  # "HTV-XG": a designation joined to the name
    if not words or any(w.text.lower() in TITLES for w in words):
        return None  # "Soyuz Commander X": a title begins a person's name
    designated = (glued or any(ch.isdigit() for w in words for ch in w.text)) and all(
        is_designation(w.text) or w.text[:1].isdigit() or w.text[:1].isupper() for w in words)
    named = all(w.pos == "PROPN" and w.text[:1].isupper() and w.text[1:].islower() for w in words)
    if designated:
        return craft[0] if craft else C.LaunchVehicle
    vessel = start - known >= 2 or (known > 0 and tree.lowers[known - 1] == "the")
    if named and craft and not person and vessel:
        return craft[0]
    return None
