"""The publisher the header names, where the text writes it: "ispace's RESILIENCE lander touched down", published
by "ispace".

The language model misses some names a release's own publisher goes by (a trade name in lower case, a small
company's name it has not seen), and the release then says nothing of the publisher's own craft or deeds. The
header says the name is an organization's: where the text writes it, word for word, and no other name covers those
words, it is a mention of that organization (:func:`with_header_names`), the knowledge base's if it knows the name
(the finder of known names passes over a name in lower case, which is most often a common word).
"""

from __future__ import annotations

from ..vocab import Class as C
from .candidates import Candidate
from .classes import ancestors
from .gazetteer import Gazetteer
from .tree import Tree

#: The source of a name the header gives.
HEADER = "header"


def with_header_names(tree: Tree, publisher: str | None, cands: list[Candidate], gaz: Gazetteer) -> list[Candidate]:
    """``cands`` with a candidate wherever the text writes the header's ``publisher`` word for word (case kept) and
    none of ``cands`` covers a word of it; followed right away by a country or a continent ("ispace Europe", "ispace
    U.S."), the name is the company's arm there, one name (as trade_names.national_arms reads a known company's)."""
    if not publisher:
        return cands
    known = tuple(e for e in gaz.lookup(publisher) if any(C.Organization in ancestors(c) for c in e.classes))
    if known and publisher[:1].isupper():
        return cands  # (a known name written with a capital is found as any known name is)
    words = publisher.split()
    n = len(words)
    starts = {c.start: c for c in cands}
    out = list(cands)
    for i in range(len(tree) - n + 1):
        if any(tree[i + k].text != w for k, w in enumerate(words)):
            continue
        if i > 0 and (tree[i - 1].text[:1].isupper() and tree[i - 1].pos == "PROPN"
                      or tree[i - 1].text == "(" and i + n < len(tree) and tree[i + n].text == ")"):
            continue  # ("the Orvik Space Systems" when the header says "Space Systems": part of another name; "the
            # Luxembourg Space Agency (LSA)": the short name the long one was given, no mention apart)
        here = Candidate(i, i + n, HEADER, kb=known, hint=None if known else C.Organization)
        if any(c.overlaps(here) for c in cands):
            continue
        arm = starts.get(i + n)
        if arm is not None and tree[i + n - 1].whitespace and arm.kb and all(
                e.classes & _REGIONS for e in arm.kb) and tree[arm.start].pos == "PROPN":
            out.remove(arm)
            here = Candidate(i, arm.end, "pattern:national-arm", hint=C.Company)
        out.append(here)
    return out


#: Classes of the places a company's arm is named after.
_REGIONS = frozenset({C.Country, C.Place})
