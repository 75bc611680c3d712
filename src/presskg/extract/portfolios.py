"""A minister's portfolio names a ministry: "Anna Quill, Minister of Higher Education, Research and
Innovation" mentions the Ministry of Higher Education, Research and Innovation.

The words after "Minister of" are a list of fields ("Economy, Trade and Industry") that the model
often cuts at a comma; read as one run, they are the ministry's name, which the person then heads.
"""

from __future__ import annotations

from .candidates import Candidate
from .lexicon import PORTFOLIO_TITLES
from .tree import Tree


def portfolios(tree: Tree) -> list[Candidate]:
    """Ministries named by a capitalized title and its portfolio.

    The candidate covers the portfolio (so the title rules see the person head it) and is labelled
    with the ministry's name.
    """
    people = {i for e in tree.parse.entities if e.label == "PERSON" for i in range(e.start, e.end)}
    out = []
    for t in tree.tokens:
        if tree.lemma(t.i) not in PORTFOLIO_TITLES or not t.text[:1].isupper() or t.i + 2 >= len(tree):
            continue
        prep = tree[t.i + 1].text.lower()
        if prep != "of":
            continue  # "Minister for Universities and Science" is often a portfolio within a department
        end = _portfolio_end(tree, t.i + 2, people)
        if end > t.i + 2:
            body = tree[t.i].text.replace("inister", "inistry") if t.text.lower() == "minister" else t.text
            name = f"{body} {prep} {tree.span_text(t.i + 2, end)}"
            out.append(Candidate(t.i + 2, end, "pattern:portfolio", hint="GovernmentBody", label=name))
    return out


def _portfolio_end(tree: Tree, start: int, people: set[int]) -> int:
    """End of "Economy, Trade and Industry": capitalized words joined by commas and a final "and";
    a list with commas must close with "and", or only its first field is kept."""
    limit = tree.sentence_of(start).end

    def word(i: int) -> bool:
        return i < limit and i not in people and tree[i].text[:1].isupper() and tree[i].text.isalpha() \
            and tree[i].pos in ("PROPN", "NOUN", "ADJ")

    i, first_end, commas, closed = start, None, 0, False
    while word(i):
        while word(i):
            i += 1
        first_end = first_end or i
        nxt = tree[i].text.lower() if i < limit else ""
        if nxt == "," and word(i + 1) and not closed:
            commas += 1
            i += 1
        elif nxt in ("and", "&") and word(i + 1) and not closed:
            closed = True
            i += 1
        else:
            break
    if first_end is None:
        return start
    return i if (closed or not commas) else first_end
