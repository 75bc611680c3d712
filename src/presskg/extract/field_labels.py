"""Field labels of notice lines: "- Launcher: Vega-C", "Prime contractor: OHB System AG", "Instruments: X (CNES)".

A fact sheet lists what it tells one line at a time, a label, a colon and the value. The label is written with a
capital, as a name is, and a run of proper nouns ("Prime", "Instruments") would take it for one; it names
nothing. :func:`field_label` finds a line's label (a few words from the line's start, after a bullet, up to the
colon), :func:`without_field_labels` drops the names found inside it that the knowledge base does not know (a
dateline's town, "Chennai: On Thursday", is known and kept), and rules/fact_lines.py reads what the label says.
"""

from __future__ import annotations

from ..ingest import BULLETS
from .candidates import Candidate
from .tree import Tree

#: Words a label holds at most before its colon ("Launch window reserved until").
LABEL_WORDS = 5
_BULLETS = frozenset(BULLETS)


def field_label(tree: Tree, start: int, end: int) -> tuple[str, int, int] | None:
    """The label of the line that is the sentence ``[start, end)``: its words in lower case, its first token and
    its colon's; None for a sentence that is no such line.

    >>> from presskg.model import Parse, Sentence, Token
    >>> words = ["-", "Prime", "contractor", ":", "OHB"]
    >>> toks = tuple(Token(i, w, 0, w.lower(), "NOUN", "NN", "dep", 0, "", "O", " ") for i, w in enumerate(words))
    >>> field_label(Tree(Parse(toks, (Sentence(0, 0, 5, 0, 20, ""),), (), ""), ""), 0, 5)
    ('prime contractor', 1, 3)
    """
    first = start + 1 if start < end and tree[start].text in _BULLETS else start
    if first >= end or not tree[first].text[:1].isupper():
        return None
    colon = next((k for k in range(first + 1, min(first + 1 + LABEL_WORDS, end)) if tree[k].text == ":"), None)
    if colon is None or not all(tree[k].text.isalpha() for k in range(first, colon)):
        return None
    return " ".join(tree.lowers[k] for k in range(first, colon)), first, colon


def without_field_labels(tree: Tree, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the unknown names inside a line's label ("[Instruments]: ...", "[Prime] contractor: ...")."""
    spans = [(f, c) for s in tree.parse.sentences if (found := field_label(tree, s.start, s.end)) is not None
             for _, f, c in [found]]
    if not spans:
        return cands
    return [c for c in cands if c.kb or not any(f <= c.start and c.end <= colon for f, colon in spans)]
