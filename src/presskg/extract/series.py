"""A knowledge-base name with a number after it names another member of a series.

"Artemis III", "Expedition 71", "Sentinel 7", "Michibiki No. 7": the knowledge base knows "Artemis" (the programme) and
"Artemis I" and "Artemis II", but a release about the third flight writes a name it does not know.
The gazetteer finds the longest name it knows, "Artemis", and the numeral after it would be dropped:
the release would then tell of the programme where it tells of one flight. A reader takes the name
and its numeral together as a new name of the same kind (a mission, a craft, a launcher). So is a member written
without its stem after its sibling: "the Vela-2A and -2B satellites", "the Pléiades Neo 5 and 6 satellites".
"""

from __future__ import annotations

import re

from ..model import KBEntry
from ..vocab import Class as C
from .candidates import Candidate, Taken, is_designation
from .classes import ancestors
from .lexicon import HEAD_CLASSES
from .tree import Tree

#: The last designation piece of a name ("Vela-2A" → "Vela", "GOSAT2" → "GOSAT"): what a series' members share
#: is the rest.
SERIES_TAIL = re.compile(r"(?:[-‐\s]+[A-Za-z0-9]{1,3}|(?<=[A-Za-z])\d+[A-Za-z]?)$")

#: A number that continues a series' name: a Roman numeral up to 39 or one or two digits (a year is no
#: member: "ESA 2025"), with its letter ("Sentinel 1C").
_NUMERAL = re.compile(r"^(?:X{0,3}(?:IX|IV|V?I{0,3})|\d{1,2}[A-Z]?)$")
#: A designation of a few capitals joined to a name: "IASI-NG", "Metop-SG".
_CAPITALS = re.compile(r"^[A-Z]{1,3}$")
#: The kinds of things named in numbered series.
SERIES_CLASSES = (C.Mission, C.Spacecraft, C.LaunchVehicle)


def series_class(entries: tuple[KBEntry, ...]) -> str | None:
    """The class a new member of the series of ``entries`` takes: theirs, when they all name one kind
    of thing that comes in numbered series (a mission, a craft, a launcher), else ``None``."""
    classes = {c for e in entries for c in e.classes}
    if len(classes) != 1:
        return None
    (cls,) = classes
    return cls if any(s in ancestors(cls) for s in SERIES_CLASSES) else None


def craft_class(entries: tuple[KBEntry, ...]) -> str | None:
    """The class a member of the series of ``entries`` written with a joined designation takes: the craft's
    ("MetOp", a satellite and its mission: "Metop-SG-B1" is a satellite), else :func:`series_class`'s."""
    craft = sorted({c for e in entries for c in e.classes if C.Spacecraft in ancestors(c) or c == C.LaunchVehicle})
    return craft[0] if len(craft) == 1 else series_class(entries)


def joined_end(tree: Tree, end: int, limit: int) -> int:
    """The end of a name after a designation joined to it by a hyphen without spaces ("Metop | -SG-B1",
    "Sentinel | -6B"), if one is (with a digit in it), else ``end``: written as one word, it is another
    member's name.

    >>> from presskg.model import Parse, Token
    >>> words = [("Metop", ""), ("-", ""), ("SG", ""), ("-", ""), ("B1", " "), ("carries", "")]
    >>> toks = [Token(i, w, 0, w, "PROPN", "", "dep", 0, "", "O", ws) for i, (w, ws) in enumerate(words)]
    >>> joined_end(Tree(Parse(tuple(toks), (), ()), "Metop-SG-B1 carries"), 1, 6)
    5
    """
    start = end
    while (end + 1 < limit and not tree[end - 1].whitespace and tree[end].text in ("-", "‐")
           and not tree[end].whitespace and tree[end + 1].text[:1].isalnum()):
        end += 2
    # a designation holds a digit ("-SG-B1", "-6B") or is a few capitals ("-NG", "-SG": a next generation);
    # "JUICE-Japan" names a group, not a craft
    pieces = [tree[k].text for k in range(start + 1, end, 2)]
    return end if pieces and all(any(ch.isdigit() for ch in w) or _CAPITALS.match(w) for w in pieces) else start


def numbered_end(tree: Tree, end: int, limit: int, *, numbered: bool = True) -> int:
    """The end of a name after the numeral that follows it, if one does ("Artemis | III"), else ``end``.

    >>> from presskg.model import Parse, Token
    >>> words = ["on", "Artemis", "III", "in", "2027"]
    >>> toks = [Token(i, w, 0, w, "PROPN", "", "dep", 0, "", "O", " ") for i, w in enumerate(words)]
    >>> t = Tree(Parse(tuple(toks), (), ()), " ".join(words))
    >>> numbered_end(t, 2, 5), numbered_end(t, 4, 5)
    (3, 4)
    >>> words = ["Michibiki", "No", ".", "7", "was", "launched"]
    >>> toks = [Token(i, w, 0, w, "PROPN", "", "dep", 0, "", "O", " ") for i, w in enumerate(words)]
    >>> numbered_end(Tree(Parse(tuple(toks), (), ()), " ".join(words)), 1, 6)
    4
    """
    k = end if not numbered else end + 1 if end < limit and tree[end].text in ("No.", "Nr.") else \
        end + 2 if end + 1 < limit and tree[end].text in ("No", "Nr") and tree[end + 1].text == "." else end
    if k > end and k < limit and tree[k].text and _NUMERAL.match(tree[k].text):
        return k + 1  # "Michibiki No. 7": the number a Japanese release gives a craft ("numbered"; a launcher's
        # "H3 No. 4" is a flight of the same launcher, so the caller says ``numbered=False`` for launchers)
    if end >= limit or not tree[end].text or not _NUMERAL.match(_unstopped(tree, end)):  # (it matches "")
        return end
    if end + 1 < limit and tree[end + 1].text[:1].isalnum() and tree[end + 1].pos in ("NOUN", "NUM") \
            and not _class_noun_after(tree, end + 1):
        return end  # "Ariane 6 launches", "Artemis 2 crew members": a count or a noun phrase, not a name
    return end + 1


def _unstopped(tree: Tree, i: int) -> str:
    """Token ``i``'s text, less the full stop the tokenizer left on a Roman numeral that ends the sentence, as it
    leaves one on an initial ("during Artemis V.")."""
    text = tree[i].text
    last = i + 1 == len(tree) or tree.sentence_index(i + 1) != tree.sentence_index(i)
    return text[:-1] if last and len(text) > 1 and text.endswith(".") else text


def _class_noun_after(tree: Tree, i: int) -> bool:
    """"the Artemis V mission", "the Kestrel 3 satellite": a singular class noun of a series' member after the
    numeral (the member's, not a count of things)."""
    cls = HEAD_CLASSES.get(tree.lowers[i])
    return tree[i].tag == "NN" and cls is not None and any(k in ancestors(cls) for k in SERIES_CLASSES)


#: A planet's name: its star's name and a small letter from b on ("Kalvo-12b", "Tessa-7 c"), as planets of
#: other stars are named.
_PLANET_LETTER = re.compile(r"^(?P<star>.*[^\s-])[\s-]?[b-i]$")


def host_star(name: str, typed: dict[str, str]) -> str | None:
    """The star whose planet ``name`` names, when ``typed`` (names to classes) has that star; else ``None``."""
    m = _PLANET_LETTER.match(name)
    return m.group("star") if m and typed.get(m.group("star")) == C.Star else None


def type_by_series(tree: Tree, cands: list[Candidate]) -> None:
    """"Vela-2A" untyped, "Vela-2C satellite" typed: members of one series (same stem before the last
    designation piece) share a class; the series' own name ("Vela-2 satellites") types them too. The
    class beats the model's guess of Organization or Place, never a head noun's."""
    def text(c: Candidate) -> str:
        return c.aliases[0] if c.source == "pattern:series" and c.aliases else tree.span_text(c.start, c.end)

    typed: dict[str, str] = {}
    for c in cands:
        cls = c.hint or (next(iter(c.kb[0].classes)) if len(c.kb) == 1 and len(c.kb[0].classes) == 1 else None)
        if c.kb and (craft := craft_class(c.kb)) is not None:  # "Aeolus" known: "Aeolus-2" is its successor
            typed.setdefault(text(c), craft)
        if cls is None or cls in (C.Organization, C.Place, C.Person):
            continue
        name = text(c)
        for key in {name, SERIES_TAIL.sub("", name)}:
            if key and any(ch.isdigit() or ch == "-" for ch in name):
                typed.setdefault(key, cls)
        if any(k in ancestors(cls) for k in SERIES_CLASSES):  # "the Halcyon satellite ... its successor, Halcyon-2"
            typed.setdefault(name, cls)
    for c in cands:
        # the model's guesses (Organization, Place) yield to the series: "Vela-2B" is no place; so does a bare
        # craft read from what it does ("which replace Vela-3A": a craft, the series says which kind)
        if c.kb or (c.hint is not None and not (c.source == "model" and c.hint in (C.Organization, C.Place))
                    and c.hint != C.Spacecraft):
            continue
        name = text(c)
        if host_star(name, typed) is not None:  # "Kalvo-12b" beside the star "Kalvo-12": its planet, no star
            c.hint = C.Planet
            continue
        stem = SERIES_TAIL.sub("", name)
        if stem and stem != name and stem in typed and (c.hint != C.Spacecraft or C.Spacecraft in ancestors(
                typed[stem])):
            c.hint = typed[stem]


#: A designation written alone after a coordinator: the "-3B" of "X-3A and -3B".
_ELIDED = re.compile(r"^[-‐][A-Za-z]?\d+[A-Za-z]?$|^[-‐][A-Z]{1,3}$")
#: A designation written alone, without its hyphen: the "6" of "Pléiades Neo 5 and 6".
_BARE = re.compile(r"^\d{1,2}[A-Za-z]?$")


def elided_members(tree: Tree, cands: list[Candidate]) -> list[Candidate]:
    """"the Vela-2A and -2B satellites", "the Pléiades Neo 5 and 6 satellites": the second member of a series
    written without its stem is a name, "Vela-2B", "Pléiades Neo 6", with the first member's class."""
    by_end = {c.end: c for c in cands}
    starts = {c.start for c in cands}
    out = []
    for t in tree.tokens:
        if not (_ELIDED.match(t.text) or _BARE.match(t.text)) or t.i in starts or t.i < 2:
            continue
        k = t.i - 1
        while k > 0 and tree[k].text in (",", "and", "or", "&"):
            k -= 1
        first = by_end.get(k + 1)
        if first is None or k + 1 == t.i:
            continue
        name = tree.span_text(first.start, first.end)
        stem = SERIES_TAIL.sub("", name)
        if stem == name or not stem:
            continue
        tail = name[len(stem):]
        if _BARE.match(t.text):  # "Pléiades Neo 5 and 6": the stem's own separator, a number just after
            if not _next_in_series(tail.lstrip(" -‐"), t.text):
                continue
            full = stem + tail[:len(tail) - len(tail.lstrip(" -‐"))] + t.text
            out.append(Candidate(t.i, t.i + 1, "pattern:series", hint=first.hint, label=full, aliases=[full]))
            continue
        out.append(Candidate(t.i, t.i + 1, "pattern:series", hint=first.hint, label=stem + t.text,
                             aliases=[stem + t.text]))  # (the name in full keeps it, as a name the text gives)
    return out


def _next_in_series(first: str, other: str) -> bool:
    """``other`` ("6", "1D") follows designation ``first`` ("5", "1C") closely in its series: the same shape, a
    number one to three above, or the same number with another letter ("Sentinel-1C and 1D"); a count ("X-1C and
    2 CubeSats") is none.

    >>> _next_in_series("5", "6"), _next_in_series("1C", "1D"), _next_in_series("1C", "2"), _next_in_series("5", "12")
    (True, True, False, False)
    """
    a, b = re.fullmatch(r"(\d+)([A-Za-z]?)", first), re.fullmatch(r"(\d+)([A-Za-z]?)", other)
    if a is None or b is None or bool(a[2]) != bool(b[2]):
        return False
    step = int(b[1]) - int(a[1])
    return 0 < step <= 3 if not a[2] else step == 0 and b[2] > a[2] or 0 < step <= 3


def stem_of(tree: Tree, known: Candidate, name: Candidate, taken: list[Candidate]) -> bool:
    """The name ``known`` (the knowledge base's, or a series member's) begins the longer ``name`` it is written into
    with a hyphen and a piece no other name reads ("the IASI-NG sounder", "Metop-SG A1"), or, a craft's, with words
    of a name after it ("the Pleiades Neo satellites"): a new thing's name, of which ``known`` is no mention of its
    own (not "ESA-JAXA talks", where both are names).

    >>> from presskg.model import Parse, Token
    >>> words = [("the", " "), ("IASI", ""), ("-", ""), ("NG", " "), ("sounder", "")]
    >>> toks = [Token(i, w, 0, w, "PROPN", "", "dep", 0, "", "O", ws) for i, (w, ws) in enumerate(words)]
    >>> tree = Tree(Parse(tuple(toks), (), ()), "the IASI-NG sounder")
    >>> stem_of(tree, Candidate(1, 2, "kb"), Candidate(1, 4, "pattern:proper-noun"), [])
    True
    """
    if known.start != name.start or known.end >= name.end or known.source not in ("kb", "pattern:series"):
        return False
    if known.source == "pattern:series":
        return True  # "Metop-SG | A1": the member's name runs on
    k = known.end
    if tree[k].text in ("-", "‐") and not tree[k - 1].whitespace and not tree[k].whitespace:
        return not any(o.start == k + 1 for o in taken)
    # "the Pleiades Neo satellites": a known craft's name and capitalized words after it that are no class noun, no
    # number and no other name's are a new craft's name (a flight's number, "the Vega-C VV28 mission", is the known
    # rocket's flight: it stays mentioned)
    return all(any(C.Mission in ancestors(c) or C.Spacecraft in ancestors(c) for c in e.classes) for e in known.kb) \
        and bool(known.kb) and all(tree[j].text.isalpha() and tree[j].text[:1].isupper() and tree[j].pos == "PROPN"
                                   and tree.lowers[j] not in HEAD_CLASSES for j in range(k, name.end)) \
        and not any(o.start >= k and o.end <= name.end for o in taken if o is not known)


def past_programme(tree: Tree, c: Candidate, taken: Taken) -> int:
    """Where the craft's own name begins in the run ``c`` that a known programme's name opens ("the Copernicus
    Sentinel-1D satellite": the programme is named, the craft is "Sentinel-1D"): after the programme's name when a
    designation alone follows it; else ``c.start``."""
    for o in taken.at.get(c.start, ()):
        if o.kb and o.start == c.start and o.end == c.end - 1 and is_designation(tree[o.end].text) \
                and all(C.Mission in e.classes and not any(C.Spacecraft in ancestors(k) for k in e.classes)
                        for e in o.kb):
            return o.end
    return c.start


def ranked_with_name(tree: Tree, i: int) -> int | None:
    """The name set beside the noun ``i`` (its apposition after a comma) when an ordinal ranks the noun's phrase:
    "the second Meteosat Third Generation imaging satellite, MTG-I2" (the ordinal may hang on a word of the series'
    name): the one named beside is one of a series, which the words before the noun name. None elsewhere."""
    if not any(tree[k].ent_type == "ORDINAL" for k in range(min(tree.subtree(i)), i)):
        return None
    return next((c.i for c in tree.children(i, "appos") if c.i > i and tree[c.i].pos == "PROPN"
                 and tree[i + 1].text == ","), None)
