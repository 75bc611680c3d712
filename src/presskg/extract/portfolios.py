"""A minister's portfolio names a ministry: "Anna Quill, Minister of Higher Education, Research and
Innovation" mentions the Ministry of Higher Education, Research and Innovation.

The words after "Minister of" are a list of fields ("Economy, Trade and Industry") that the model
often cuts at a comma; read as one run, they are the ministry's name, which the person then heads.
"""

from __future__ import annotations

from .candidates import Candidate
from .lexicon import HEAD_CLASSES, PORTFOLIO_TITLES, TABLES, WORD_CLASSES
from .tree import Tree

STATE_TITLES = WORD_CLASSES["STATE_TITLES"]
DEPARTMENT_WORD = next(iter(WORD_CLASSES["DEPARTMENT_WORD"]))
COMMISSION_TITLES = WORD_CLASSES["COMMISSION_TITLES"]
COMMISSIONS = TABLES["COMMISSIONS"]
TITLE_WORDS = WORD_CLASSES["TITLE_WORDS"]
GOVERNMENT_HEAD_TITLES = WORD_CLASSES["GOVERNMENT_HEAD_TITLES"]
_PORTFOLIO_FIELDS = WORD_CLASSES["FIELD_NOUNS"] | WORD_CLASSES["PORTFOLIO_FIELDS"]


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
        if tree[t.i + 2].text == "State":
            continue  # "Secretary of State for ...": a department's (:func:`_state_departments`)
        if t.i > 0 and f"{tree.lowers[t.i - 1]} {tree.lemma(t.i)}" in GOVERNMENT_HEAD_TITLES:
            continue  # "Prime Minister of Portugal": the head of a government (rules/state_heads.py)
        at = t.i + 2
        if tree.lowers[at] == "the" and at + 1 < len(tree) and tree.lowers[at + 1] in _PORTFOLIO_FIELDS:
            at += 1  # "Minister of the Economy", "Minister of the Environment" (no "Minister of the Republic")
        end = _portfolio_end(tree, at, people)
        if end > at:
            body = tree[t.i].text.replace("inister", "inistry") if t.text.lower() == "minister" else t.text
            name = f"{body} {prep} {tree.span_text(t.i + 2, end)}"
            out.append(Candidate(at, end, "pattern:portfolio", hint="GovernmentBody", label=name))
    return out + _fronted_portfolios(tree, people) + _state_departments(tree, people) \
        + _commission_portfolios(tree, people)


def holder_after(tree: Tree, run: Candidate, portfolio: Candidate) -> Candidate | None:
    """The name after a portfolio and its title in one run of proper nouns, ``run`` ("Science Minister Lord Vallance",
    "Minister of Science and Industry Mara Jolet"): a person's, two words at least after the title's words; else
    ``None``."""
    if portfolio.source != "pattern:portfolio" or not run.start < portfolio.end < run.end:
        return None
    k = portfolio.end
    while k < run.end and (tree.lemma(k) in TITLE_WORDS or tree.lowers[k] in TITLE_WORDS):
        k += 1
    if run.end - k < 2 or not all(tree[j].pos == "PROPN" and tree[j].text[:1].isupper() for j in range(k, run.end)):
        return None
    return Candidate(k, run.end, run.source, hint="Person")


def _fronted_portfolios(tree: Tree, people: set[int]) -> list[Candidate]:
    """"Science Minister Ivo Brandt", "the Hungarian Research and Innovation Minister": a minister's portfolio
    written before the title names the ministry too ("Ministry of Science"). Only capitalized fields
    (lexicon ``FIELD_NOUNS``, ``PORTFOLIO_FIELDS``) count: "Prime Minister", "Deputy Minister" and "Foreign
    Minister" name none here, nor does a nationality ("Hungarian") or a country's name."""
    out = []
    for t in tree.tokens:
        i = t.i
        if tree.lemma(i) not in PORTFOLIO_TITLES or not t.text[:1].isupper() or i == 0:
            continue
        k = i
        while k > 0 and (_field_word(tree, k - 1, people) or (
                tree.lowers[k - 1] in ("and", "&") and k < i and k > 1 and _field_word(tree, k - 2, people))):
            k -= 1
        if k < i and _field_word(tree, k, people):
            body = t.text.replace("inister", "inistry")
            out.append(Candidate(k, i, "pattern:portfolio", hint="GovernmentBody",
                                 label=f"{body} of {tree.span_text(k, i)}"))
    return out


def _field_word(tree: Tree, i: int, people: set[int]) -> bool:
    text = tree[i].text
    return i not in people and text[:1].isupper() and text.isalpha() and tree[i].pos in ("PROPN", "NOUN") \
        and text.lower() in _PORTFOLIO_FIELDS


def _commission_portfolios(tree: Tree, people: set[int]) -> list[Candidate]:
    """"European Commissioner for Defence Industry and Space", "EU Commissioner for Space", "EU Space
    Commissioner": the word that names a commission before a commission member's title (COMMISSIONS, data: "EU",
    "European" → the European Commission) names the commission, not the Union; and the portfolio of a member
    of a commission (COMMISSION_TITLES, data) is no body of its own. A candidate covers that word and another
    the portfolio, both labelled with the commission, so that the title rules see the person a member of it."""
    out = []
    for t in tree.tokens:
        i = t.i
        if tree.lemma(i) not in COMMISSION_TITLES or not t.text[:1].isupper() or i < 1:
            continue
        k = i - 1  # back over the title's capitalized field words: "EU [Space] Commissioner"
        while k > i - 3 and k > 0 and tree[k].text not in COMMISSIONS and tree[k].text[:1].isupper() \
                and tree[k].pos in ("PROPN", "NOUN") and k not in people:
            k -= 1
        body = COMMISSIONS.get(tree[k].text)
        if body is None:
            continue
        out.append(Candidate(k, k + 1, "pattern:portfolio", hint="GovernmentBody", label=body))
        end = _portfolio_end(tree, i + 2, people) if i + 2 < len(tree) else i + 2
        if tree[i + 1].text.lower() in ("for", "of") and end > i + 2:
            out.append(Candidate(i + 2, end, "pattern:portfolio", hint="GovernmentBody", label=body))
    return out


def _state_departments(tree: Tree, people: set[int]) -> list[Candidate]:
    """"Secretary of State for Science, Innovation and Technology": the title's "of State" names no state,
    and its portfolio names the Department for Science, Innovation and Technology (STATE_TITLES,
    DEPARTMENT_WORD, data). The candidate covers "State for <portfolio>" (so that no place "State" is
    read, and the title rules see the person head the department)."""
    out = []
    for t in tree.tokens:
        i = t.i
        if (tree.lemma(i) not in STATE_TITLES or not t.text[:1].isupper() or i + 4 >= len(tree)
                or [tree[i + 1].text.lower(), tree[i + 2].text, tree[i + 3].text.lower()] != ["of", "State", "for"]):
            continue
        end = _portfolio_end(tree, i + 4, people)
        if end > i + 4:
            name = f"{DEPARTMENT_WORD} for {tree.span_text(i + 4, end)}"
            out.append(Candidate(i + 2, end, "pattern:portfolio", hint="GovernmentBody", label=name))
    return out


def _portfolio_end(tree: Tree, start: int, people: set[int]) -> int:
    """End of "Economy, Trade and Industry": capitalized words joined by commas and a final "and";
    a list with commas must close with "and", or only its first field is kept. An acronym before a title word
    (TITLE_WORDS, data) is a body before its officer's title, no field ("Science and ICT" is one): "Commissioner
    for Space Lena Varga and ESA Director General ..." ends before "ESA"; a word the parser joins to the holder's
    name the model found ("Minister of Enterprises Adolfo [Urso]") is the name's."""
    limit = tree.sentence_of(start).end

    def word(i: int) -> bool:
        text = tree[i].text if i < limit else ""
        return i < limit and i not in people and text[:1].isupper() and text.isalpha() \
            and not (tree[i].dep == "compound" and tree[i].head in people and tree[i].head > i) \
            and tree[i].pos in ("PROPN", "NOUN", "ADJ") and not (
                len(text) > 1 and text.isupper() and i + 1 < limit and tree.lemma(i + 1) in TITLE_WORDS)

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
    return _before_a_name(tree, start, i if (closed or not commas) else first_end)


def _before_a_name(tree: Tree, start: int, end: int) -> int:
    """The end of a portfolio run before the name of its holder, written right after it and read as one run with it
    ("Minister of Innovation, Science and Industry Mara Jolet attended"): two or more proper nouns after its last field
    word (lexicon ``FIELD_NOUNS``, ``PORTFOLIO_FIELDS``), none a field or a class noun, are no field."""
    fields = [k for k in range(start, end) if tree.lowers[k] in _PORTFOLIO_FIELDS]
    if not fields or end - fields[-1] - 1 < 2:
        return end
    rest = range(fields[-1] + 1, end)
    if all(tree[k].pos == "PROPN" and tree.lowers[k] not in HEAD_CLASSES for k in rest):
        return fields[-1] + 1
    return end
