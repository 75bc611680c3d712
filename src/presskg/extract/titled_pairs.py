"""Titled names the parser reads as one long noun phrase: "signed by CNES Director of Strategy Lionel Suchet and
ISRO Scientific Secretary Ravi Menon", "opened by KARI President Lee Sang-chul and DLR board member Anke Weiss".

The small model often makes the first name a modifier of the second (or the object of the title's "of"), so that
the phrase has one head, the last name: the first person signs nothing and holds no title. Two repairs, both on
phrases with a title word (lexicon HEAD_TITLES, MEMBER_TITLES, TITLE_WORDS):

* :func:`titled_fields`: a name that is the object of a title's "of"/"for" after field words ("Director of
  Strategy Lionel Suchet", "Board Member for Space Research Walther Pelzer") heads the title, and the field words
  are the object of the "of";
* :func:`titled_pairs`: a name that ends right before "and", with a title before it, modifying a further name that
  has a title of its own ("... Lee Sang-chul and DLR board member Anke Weiss"), is that name's conjunct, heading
  what came before it in the phrase; and a titled name after "and" that the parser cut from the phrase, its body
  made the first name's conjunct and the name an argument of the verb ("signed by MBRSC Director General Salem Al
  Marri and Khalifa University President Arif Al Hammadi", with "Al Hammadi" the passive verb's object), is the first
  name's conjunct, its body and title its compounds.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Parse, Token
from .heads import under
from .lexicon import HEAD_TITLES, MEMBER_TITLES, TITLE_WORDS

_TITLES = frozenset(w for w in HEAD_TITLES | MEMBER_TITLES | TITLE_WORDS if " " not in w)
_MODIFIERS = ("compound", "nmod", "amod", "appos", "conj")
#: Small words inside a field's name ("Director of Human and Robotic Exploration A B").
_FIELD_INNER = frozenset({"and", "&", "of", "for"})


def titled_fields(parse: Parse) -> Parse:
    """``parse`` with each name hung as the object of a title's "of"/"for"/"to" after field words made the head of the
    title ("Ambassador to Japan Ian McKay" too); the same object when there is none.

    >>> from presskg.model import Token
    >>> words = [("by", "ADP", "agent", 5, ""), ("Director", "PROPN", "pobj", 0, ""), ("of", "ADP", "prep", 1, ""),
    ...          ("Strategy", "PROPN", "compound", 5, ""), ("Lionel", "PROPN", "compound", 5, "PERSON"),
    ...          ("Suchet", "PROPN", "pobj", 2, "PERSON")]
    >>> toks = tuple(Token(i, w, 0, w.lower(), pos, "", dep, h, e, "O", " ")
    ...              for i, (w, pos, dep, h, e) in enumerate(words))
    >>> [(t.text, t.dep, t.head) for t in titled_fields(Parse(toks, (), (), "")).tokens][1:4]
    [('Director', 'compound', 5), ('of', 'prep', 1), ('Strategy', 'pobj', 2)]
    >>> [(t.text, t.dep, t.head) for t in titled_fields(Parse(toks, (), (), "")).tokens][5]
    ('Suchet', 'pobj', 0)
    """
    toks = parse.tokens
    tokens = None
    for n in toks:
        p = n.head
        if n.dep != "pobj" or n.ent_type != "PERSON" or not _capital(n) or not 0 < p < n.i - 2 \
                or toks[p].text.lower() not in ("of", "for", "to") or toks[p].head != p - 1 or not _title(toks[p - 1]):
            continue
        start = n.i
        while start - 1 > p and toks[start - 1].ent_type == "PERSON" and _capital(toks[start - 1]):
            start -= 1
        field = start - 1
        if field <= p or start == n.i or not _capital(toks[p + 1]) or not all(
                _capital(toks[k]) or toks[k].text.lower() in _FIELD_INNER for k in range(p + 2, start)):
            continue  # (field words, "Human and Robotic Exploration" too, then a name of two words or more)
        title = toks[p - 1]
        tokens = tokens or list(toks)
        tokens[n.i] = replace(tokens[n.i], dep=title.dep, head=title.head if title.head != n.i else n.i)
        tokens[title.i] = replace(tokens[title.i], dep="compound", head=n.i)
        tokens[field] = replace(tokens[field], dep="pobj", head=p)
        for k in range(p + 1, field):
            if not p < toks[k].head <= field:
                tokens[k] = replace(tokens[k], dep="compound", head=field)
        for k in range(start, n.i):
            tokens[k] = replace(tokens[k], dep="compound", head=n.i)
    return parse if tokens is None else replace(parse, tokens=tuple(tokens))


def titled_pairs(parse: Parse) -> Parse:
    """``parse`` with each titled name before "and" that modifies a further titled name made its conjunct; the same
    object when there is none.

    >>> from presskg.model import Token
    >>> words = [("by", "ADP", "agent", 9, ""), ("KARI", "PROPN", "compound", 2, ""),
    ...          ("President", "PROPN", "compound", 4, ""), ("Lee", "PROPN", "compound", 4, "PERSON"),
    ...          ("Sang-chul", "PROPN", "nmod", 9, "PERSON"), ("and", "CCONJ", "cc", 4, ""),
    ...          ("DLR", "PROPN", "conj", 4, ""),
    ...          ("chair", "NOUN", "compound", 9, ""), ("Anke", "PROPN", "compound", 9, "PERSON"),
    ...          ("Weiss", "PROPN", "pobj", 0, "PERSON")]
    >>> toks = tuple(Token(i, w, 0, w.lower(), pos, "", dep, h, e, "O", " ")
    ...              for i, (w, pos, dep, h, e) in enumerate(words))
    >>> [(t.text, t.dep, t.head) for t in titled_pairs(Parse(toks, (), (), "")).tokens][4:7]
    [('Sang-chul', 'pobj', 0), ('and', 'cc', 4), ('DLR', 'compound', 9)]
    >>> [(t.text, t.dep, t.head) for t in titled_pairs(Parse(toks, (), (), "")).tokens][9]
    ('Weiss', 'conj', 4)
    """
    toks = parse.tokens
    tokens = None
    for c in toks:
        k, x = c.i, c.i - 1
        if c.text != "and" or x < 1 or not _name_end(toks[x]) or toks[x].head <= k \
                or toks[x].dep not in _MODIFIERS:
            continue
        y = _top(toks, x)
        if y is None or y <= k + 1 or not _capital(toks[y]):
            continue
        start = _first(toks, x, y)
        first = _name_start(toks, start, x)
        if first is None or not any(_title(toks[j]) for j in range(start, first)) \
                or _name_start(toks, k + 1, y) is None or not any(_title(toks[j]) for j in range(k + 1, y)):
            continue
        tokens = tokens or list(toks)
        for j in (*range(first, x + 1), *range(_name_start(toks, k + 1, y), y + 1)):
            if toks[j].pos == "ADJ" and toks[j].text[:1].isupper():  # ("Simonetta Cheli": the tagger's adjective)
                tokens[j] = replace(tokens[j], pos="PROPN", tag="NNP")
        tokens[x] = replace(tokens[x], dep=toks[y].dep, head=toks[y].head)
        tokens[y] = replace(tokens[y], dep="conj", head=x)
        tokens[k] = replace(tokens[k], dep="cc", head=x)
        for j in range(start, x):
            if not start <= toks[j].head <= x:
                tokens[j] = replace(tokens[j], dep="compound" if toks[j].dep == "conj" else toks[j].dep, head=x)
        for j in range(k + 1, y):
            if not k < toks[j].head <= y:
                tokens[j] = replace(tokens[j], dep="compound" if toks[j].dep == "conj" else toks[j].dep, head=y)
    return _cut_pairs(parse if tokens is None else replace(parse, tokens=tuple(tokens)))


def _cut_pairs(parse: Parse) -> Parse:
    """``parse`` with each titled name after "and" that the parser cut from the phrase of the titled name before it
    (a word between them the first name's conjunct, the last name hung outside the phrase) made that name's
    conjunct; the same object when there is none."""
    toks = parse.tokens
    tokens = None
    for c in toks:
        k, x = c.i, c.i - 1
        if c.text != "and" or x < 1 or toks[x].ent_type != "PERSON" or c.head != x:
            continue
        y = k + 1  # (over a title's field: "and ESA Director of Earth Observation Programmes B")
        while y + 1 < len(toks) and (_capital(toks[y + 1]) or toks[y + 1].text.lower() in _FIELD_INNER
                                     and y + 2 < len(toks) and _capital(toks[y + 2])):
            y += 1
        if y <= k + 2 or not _name_end(toks[y]) or k < toks[y].head <= y:
            continue
        first = _name_start(toks, k + 1, y)
        if first is None or not any(_title(toks[j]) for j in range(k + 1, first)) \
                or _name_start(toks, 0, x) is None or not any(
                    toks[j].dep == "conj" and (toks[j].head == x or under(toks, toks[j].head, x))
                    for j in range(k + 1, y)) and not all(k < toks[j].head <= y for j in range(k + 1, y)):
            continue  # (the conjunct of the name or of its title: "Director ... A and"; or the whole second phrase)
        tokens = tokens or list(toks)
        if under(toks, x, y):  # the first name hung inside the second's phrase ("ESA Director Ana Ruiz" a modifier of
            start = _first(toks, x, y)  # "Lindqvist"): it takes the phrase's place, its words on it, as above
            tokens[x] = replace(tokens[x], dep=toks[y].dep, head=toks[y].head)
            for j in range(start, x):
                if not start <= toks[j].head <= x:
                    tokens[j] = replace(tokens[j], dep="compound", head=x)
        tokens[y] = replace(tokens[y], dep="conj", head=x)
        for j in range(k + 1, y):
            if not k < toks[j].head <= y or toks[j].dep == "conj":
                tokens[j] = replace(tokens[j], dep="compound", head=y)
    return parse if tokens is None else replace(parse, tokens=tuple(tokens))


def _top(toks: tuple[Token, ...], x: int) -> int | None:
    """The head of the noun phrase ``x`` modifies: up the heads while they are nouns of the phrase."""
    j = x
    for _ in range(12):
        h = toks[j].head
        if h == j or toks[j].dep not in _MODIFIERS or toks[h].pos not in ("PROPN", "NOUN"):
            return j if j != x else None
        j = h
    return None


def _first(toks: tuple[Token, ...], x: int, y: int) -> int:
    """The first word of the phrase of ``y`` that runs back from ``x`` (the words before ``x`` that ``y`` is above)."""
    start = x
    while start > 0 and under(toks, start - 1, y):
        start -= 1
    return start


def _name_start(toks: tuple[Token, ...], lo: int, end: int) -> int | None:
    """The first word of the person's name that ends at ``end`` (the model's PERSON words, or the last two
    capitalized proper nouns), not before ``lo``; ``None`` when it is no name of two words or more."""
    start = end
    if toks[end].ent_type == "PERSON":
        while start - 1 >= lo and toks[start - 1].ent_type == "PERSON":  # ("Lee Sang-chul": "-", "chul" too)
            start -= 1
    elif end - 1 >= lo and _capital(toks[end - 1]) and not _title(toks[end - 1]):
        start = end - 1
    return start if start < end and not _title(toks[start]) else None


def _name_end(t: Token) -> bool:
    """A word that may end a person's name: the model's PERSON, or a capitalized word the tagger may read as a proper
    noun or an adjective ("Cheli")."""
    return t.ent_type == "PERSON" or t.pos in ("PROPN", "ADJ") and t.text[:1].isupper()


def _capital(t: Token) -> bool:
    return t.pos == "PROPN" and t.text[:1].isupper()


def _title(t: Token) -> bool:
    return t.text.lower() in _TITLES or t.lemma.lower() in _TITLES
