"""A person's name set after a title and its body, which the parser hangs on a noun further back: "The agreement
was signed by the director general of the Meridian Space Agency, Dr Paolo Renzetti, and ...", parsed with
"Renzetti" an apposition of "agreement".

The name then reads as what the agreement is (an agreement called Paolo Renzetti) and the title names nobody.
The parser may also hang it on the body's name ("the president of the Norvane Space Agency, Ingrid Halvorsen":
an apposition of "Agency"), which makes the body the person, or on the verb ("accompanied by the head of VSA, Dr
Jonas Ekberg, and by ...": an adverbial). A person's name (the model's PERSON) set off by a
comma right after a phrase whose head is a title (lexicon HEAD_TITLES, MEMBER_TITLES: "director general",
"president", "minister") is that title's apposition, as in "the president of the institute, Professor Hana
Okafor", which the parser reads right.

So is a name set after a ranked thing and its "of" phrase ("Poland's first satellite of the series, Orsa-4,", "the
largest instrument of its kind, KALO,"), which the parser hangs on the "of" phrase's noun: the first, the largest, the
last is the thing named (:func:`ranked_appositions`). And a title set after a name by a comma alone, which the
parser makes the name's conjunct ("signed by Emrik Wessling, Vice Administrator of the CNSA, with ..."), is its
apposition: a conjunct has an "and" or an "or" (:func:`titles_taken_for_conjuncts`); and a name the parser made the
conjunct of the title set beside the name before it ("Kari Holm, ESA Director of X, and Ola Berg, CEO of Y") is that
name's conjunct (:func:`names_joined_to_titles`).
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Parse, Token
from .candidates import is_acronym
from .lexicon import HEAD_TITLES, MEMBER_TITLES, WORD_CLASSES

_TITLES = HELD_TITLES = HEAD_TITLES | MEMBER_TITLES
_GIVEN = WORD_CLASSES["FEMININE_GIVEN_NAMES"] | WORD_CLASSES["MASCULINE_GIVEN_NAMES"]
#: Words that rank a thing among others (lexicon MEMBER_WORDS: "first", "last"; superlatives by their tag).
_RANKS = WORD_CLASSES["MEMBER_WORDS"]
#: Words of a noun phrase the walk up from its last word may pass ("the president of the agency").
_PHRASE = ("NOUN", "PROPN", "ADP", "DET", "ADJ", "NUM", "PART")


def title_appositions(parse: Parse) -> Parse:
    """``parse`` with such names hung on the title before them; the same object when there is none.

    >>> from presskg.model import Token
    >>> words = [("deal", "NOUN", "nsubjpass", 2, ""), ("was", "AUX", "auxpass", 2, ""),
    ...          ("signed", "VERB", "ROOT", 2, ""), ("by", "ADP", "agent", 2, ""), ("the", "DET", "det", 5, ""),
    ...          ("president", "NOUN", "pobj", 3, ""), ("of", "ADP", "prep", 5, ""),
    ...          ("Orbix", "PROPN", "pobj", 6, "ORG"),
    ...          (",", "PUNCT", "punct", 2, ""), ("Ana", "PROPN", "compound", 10, "PERSON"),
    ...          ("Ruiz", "PROPN", "appos", 0, "PERSON")]
    >>> toks = tuple(Token(i, w, 0, w.lower(), pos, "", dep, h, e, "O", " ")
    ...              for i, (w, pos, dep, h, e) in enumerate(words))
    >>> [(t.text, t.dep, t.head) for t in title_appositions(Parse(toks, (), (), "")).tokens][10]
    ('Ruiz', 'appos', 5)
    """
    toks = parse.tokens
    tokens = None
    for a in toks:
        if a.dep not in ("appos", "conj", "npadvmod") or a.pos != "PROPN" or a.head >= a.i:
            continue
        first = min([a.i, *(j for j in range(max(0, a.i - 4), a.i) if toks[j].head == a.i)])
        if a.ent_type != "PERSON" and not (first < a.i and toks[first].lemma.lower() in _GIVEN):
            continue  # (the model's person, or a name that opens on a given name: "Anders Lind")
        if first == a.i and is_acronym(a.text):
            continue  # "the heads of NASA, ESA, JAXA and ISRO": a body's acronym the model took for a person
        title = _title_before(toks, first, a.head)
        # (a conjunct only of the body's name in the title's phrase, and set off by a second comma: "the chief
        # executive of Orbix, Dr Anna Weber, and ...", not "the heads of ESA, Ana Ruiz and ..."; an adverbial of
        # the verb set off too: "accompanied by the head of VSA, Dr Jonas Ekberg, and by ...")
        closed = a.i + 1 < len(toks) and toks[a.i + 1].text == ","
        if title is not None and (a.dep == "appos" or closed and (a.dep == "npadvmod" or title < a.head)):
            tokens = tokens or list(toks)
            tokens[a.i] = replace(tokens[a.i], head=title, dep="appos")
    return parse if tokens is None else replace(parse, tokens=tuple(tokens))


def _title_before(toks: tuple[Token, ...], first: int, head: int) -> int | None:
    """The title whose phrase ends right before the comma before ``first`` (the name's first word), found up the
    heads from the phrase's last word without leaving the noun phrase, when the parser hung the name on another
    word than the title (``head``: a noun further back, or the body's name inside the title's phrase, as an
    apposition or a conjunct)."""
    if first < 2 or toks[first - 1].text != ",":
        return None
    j = first - 2
    for _ in range(8):  # up a few heads: "of the Meridian Space Agency" → "general"
        two = f"{toks[j - 1].text.lower()} {toks[j].text.lower()}" if j > 0 else ""
        if toks[j].pos in ("NOUN", "PROPN") and (toks[j].lemma in _TITLES or toks[j].text.lower() in _TITLES
                                                 or two in _TITLES):  # (capitalized: "Minister for Research, A B")
            return j if j != head else None
        up = toks[j].head
        if up == j or up >= first or toks[up].pos not in _PHRASE:
            return None
        j = up
    return None


def ranked_appositions(parse: Parse) -> Parse:
    """``parse`` with each name set after "the first X of Y," hung on X, not on Y; the same object when there is none.

    >>> from presskg.model import Token
    >>> words = [("first", "ADJ", "JJ", "amod", 1), ("satellite", "NOUN", "NN", "nsubj", 7),
    ...          ("of", "ADP", "IN", "prep", 1), ("the", "DET", "DT", "det", 4), ("series", "NOUN", "NN", "pobj", 2),
    ...          (",", "PUNCT", ",", "punct", 4), ("Orsa-4", "PROPN", "NNP", "appos", 4),
    ...          ("flew", "VERB", "VBD", "ROOT", 7)]
    >>> toks = tuple(Token(i, w, 0, w.lower(), pos, tag, dep, h, "", "O", " ")
    ...              for i, (w, pos, tag, dep, h) in enumerate(words))
    >>> [(t.text, t.dep, t.head) for t in ranked_appositions(Parse(toks, (), (), "")).tokens][6]
    ('Orsa-4', 'appos', 1)
    """
    toks = parse.tokens
    tokens = None
    for a in toks:
        m = toks[a.head]
        if a.dep != "appos" or a.pos not in ("PROPN", "NOUN") or not a.text[:1].isupper() or a.head >= a.i or a.i < 1 \
                or toks[a.i - 1].text != "," or m.dep != "pobj" or toks[m.head].text.lower() != "of":
            continue
        n = toks[toks[m.head].head]
        if n.pos != "NOUN" or n.i >= m.i or not any(
                t.head == n.i and t.dep == "amod" and (t.lemma.lower() in _RANKS or t.tag == "JJS") for t in toks):
            continue
        tokens = tokens or list(toks)
        tokens[a.i] = replace(tokens[a.i], head=n.i)
    return parse if tokens is None else replace(parse, tokens=tuple(tokens))


def titles_taken_for_conjuncts(parse: Parse) -> Parse:
    """``parse`` with each title hung as a conjunct of the name right before it, with only a comma between them, made
    that name's apposition; the same object when there is none.

    >>> from presskg.model import Token
    >>> words = [("by", "ADP", "IN", "agent", 6), ("Emrik", "PROPN", "NNP", "compound", 2),
    ...          ("Wessling", "PROPN", "NNP", "pobj", 0), (",", "PUNCT", ",", "punct", 2),
    ...          ("Vice", "PROPN", "NNP", "compound", 5), ("Administrator", "PROPN", "NNP", "conj", 2),
    ...          ("signed", "VERB", "VBD", "ROOT", 6)]
    >>> toks = tuple(Token(i, w, 0, w.lower(), pos, tag, dep, h, "", "O", " ")
    ...              for i, (w, pos, tag, dep, h) in enumerate(words))
    >>> titles_taken_for_conjuncts(Parse(toks, (), (), "")).tokens[5].dep
    'appos'
    """
    toks = parse.tokens
    tokens = None
    for c in toks:
        h = c.head
        if c.dep != "conj" or h >= c.i or not is_held_title(c) \
                or toks[h].pos != "PROPN":
            continue
        first = min([c.i, *(j for j in range(max(0, c.i - 4), c.i) if toks[j].head == c.i)])
        if first - 1 <= h or toks[first - 1].text != "," or any(
                t.head == h and t.dep == "cc" and h < t.i < c.i for t in toks[h:c.i]):
            continue  # ("A, B and the Director": a list's "and" joins them)
        tokens = tokens or list(toks)
        tokens[c.i] = replace(tokens[c.i], dep="appos")
    return parse if tokens is None else replace(parse, tokens=tuple(tokens))


def names_joined_to_titles(parse: Parse) -> Parse:
    """``parse`` with each name hung as a conjunct of the title set beside the name before it made that name's
    conjunct ("included Kari Holm, ESA Director of Exploration, and Ola Berg, CEO of X": Ola Berg is listed with
    Kari Holm, not with her title); the same object when there is none.

    >>> from presskg.model import Token
    >>> words = [("met", "VERB", "VBD", "ROOT", 0), ("Kari", "PROPN", "NNP", "compound", 2),
    ...          ("Holm", "PROPN", "NNP", "dobj", 0), (",", "PUNCT", ",", "punct", 2),
    ...          ("Director", "PROPN", "NNP", "appos", 2), (",", "PUNCT", ",", "punct", 4),
    ...          ("and", "CCONJ", "CC", "cc", 4), ("Ola", "PROPN", "NNP", "compound", 8),
    ...          ("Berg", "PROPN", "NNP", "conj", 4)]
    >>> toks = tuple(Token(i, w, 0, w.lower(), pos, tag, dep, h, "PERSON" if w in ("Kari", "Holm", "Ola", "Berg")
    ...              else "", "O", " ") for i, (w, pos, tag, dep, h) in enumerate(words))
    >>> [(t.dep, t.head) for t in names_joined_to_titles(Parse(toks, (), (), "")).tokens][6:]
    [('cc', 2), ('compound', 8), ('conj', 2)]
    """
    toks = parse.tokens
    tokens = None
    for c in toks:
        title = toks[c.head]
        if c.dep != "conj" or c.ent_type != "PERSON" or c.pos != "PROPN" or title.dep != "appos" \
                or title.i >= c.i or not is_held_title(title):
            continue
        name = toks[title.head]
        if name.pos != "PROPN" or name.ent_type != "PERSON" or name.i >= title.i:
            continue
        tokens = tokens or list(toks)
        tokens[c.i] = replace(tokens[c.i], head=name.i)
        for k in toks[title.i + 1:c.i]:  # the list's "and" joins the names
            if k.head == title.i and k.dep == "cc":
                tokens[k.i] = replace(tokens[k.i], head=name.i)
    return parse if tokens is None else replace(parse, tokens=tuple(tokens))


def nearer_titles(parse: Parse) -> Parse:
    """``parse`` with each name set after a title by a comma, which the parser hung as the apposition of a title
    further back, made the apposition of the nearer title, which has none ("The President of X, A, and the President
    of Y, B, signed": B is the second president, not the first); the same object when there is none.

    >>> from presskg.model import Token
    >>> words = [("President", "nsubj", 9), ("of", "prep", 0), ("X", "pobj", 1), (",", "punct", 0), ("A", "appos", 0),
    ...          ("and", "cc", 4), ("President", "conj", 4), ("of", "prep", 6), ("Y", "pobj", 7), (",", "punct", 0),
    ...          ("B", "appos", 0)]
    >>> toks = tuple(Token(i, w, 0, w.lower(), "PROPN", "NNP", dep, h, "PERSON" if w in "AB" else "", "O", " ")
    ...              for i, (w, dep, h) in enumerate(words))
    >>> [(t.text, t.head) for t in nearer_titles(Parse(toks, (), (), "")).tokens if t.text in "AB"]
    [('A', 0), ('B', 6)]
    """
    toks = parse.tokens
    tokens = None
    for n in toks:
        far = toks[n.head]
        if n.dep != "appos" or n.ent_type != "PERSON" or far.i >= n.i or not is_held_title(far):
            continue
        first = min([n.i, *(k.i for k in toks[max(0, n.i - 4):n.i] if k.head == n.i and k.dep == "compound")])
        if first == 0 or toks[first - 1].text != ",":
            continue
        near = next((k for k in reversed(toks[far.i + 1:first]) if is_held_title(k) and k.pos == "PROPN"), None)
        if near is None or any(k.head == near.i and k.dep == "appos" and k.ent_type == "PERSON" for k in toks):
            continue
        tokens = tokens or list(toks)
        tokens[n.i] = replace(tokens[n.i], head=near.i)
    return parse if tokens is None else replace(parse, tokens=tuple(tokens))


def is_held_title(tok: Token) -> bool:
    """A word of a title a person holds (lexicon HEAD_TITLES, MEMBER_TITLES), by its lemma or its text."""
    return tok.lemma.lower() in _TITLES or tok.text.lower() in _TITLES
