"""A knowledge-base name with a number after it names another member of a series.

"Artemis III", "Expedition 71", "Sentinel 7": the knowledge base knows "Artemis" (the programme) and
"Artemis I" and "Artemis II", but a release about the third flight writes a name it does not know.
The gazetteer finds the longest name it knows, "Artemis", and the numeral after it would be dropped:
the release would then tell of the programme where it tells of one flight. A reader takes the name
and its numeral together as a new name of the same kind (a mission, a craft, a launcher).
"""

from __future__ import annotations

import re

from ..model import KBEntry
from ..vocab import Class as C
from .classes import ancestors
from .tree import Tree

#: A number that continues a series' name: a Roman numeral up to 39 or one or two digits (a year is no
#: member: "ESA 2025"), with its letter ("Sentinel 1C").
_NUMERAL = re.compile(r"^(?:X{0,3}(?:IX|IV|V?I{0,3})|\d{1,2}[A-Z]?)$")
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


def numbered_end(tree: Tree, end: int, limit: int) -> int:
    """The end of a name after the numeral that follows it, if one does ("Artemis | III"), else ``end``.

    >>> from presskg.model import Parse, Token
    >>> words = ["on", "Artemis", "III", "in", "2027"]
    >>> toks = [Token(i, w, 0, w, "PROPN", "", "dep", 0, "", "O", " ") for i, w in enumerate(words)]
    >>> t = Tree(Parse(tuple(toks), (), ()), " ".join(words))
    >>> numbered_end(t, 2, 5), numbered_end(t, 4, 5)
    (3, 4)
    """
    if end >= limit or not tree[end].text or not _NUMERAL.match(tree[end].text):  # the pattern matches ""
        return end
    if end + 1 < limit and tree[end + 1].text[:1].isalnum() and tree[end + 1].pos in ("NOUN", "NUM"):
        return end  # "Ariane 6 launches", "Artemis 2 crew members": a count or a noun phrase, not a name
    return end + 1
