"""A list of titled people that is a sentence's subject: "NASA astronauts Mara Lind and Tom Vance, ESA astronaut Piet
Holm and Roscosmos cosmonaut Ivan Orlov splashed down", "NASA astronauts A and B, and JAXA astronaut C landed".

The small model parses such a list in many wrong ways: a title read as a verb, the first names hung on a later name
as its modifier or made the verb's object. When the words before the main verb (and its auxiliaries) are only such a
list, with two titles or more (lexicon ``TITLE_WORDS``, ``MEMBER_TITLES``), of bodies' names, titles, people's
names, commas and "and", each person's name (a run of proper nouns no title follows) is one subject of the verb: the
first the subject, the others its conjuncts; each title is the compound of the name after it, each body's name the
compound of its title.

A list of titles, each set beside its holder's name, "signed by Norway's Minister of Trade and Industry, Kari Holm,
Sweden's Minister for Education, Anders Lind, and Finland's Minister of Economic Affairs, Mika Virtanen", the model
reads right for two pairs, but past two it strings the list any way: the first name a conjunct of the first title,
the second title that name's apposition (so the first person holds two posts), the second name a conjunct of the
second title's portfolio. :func:`titled_name_lists` puts such a list in the shape the parser gives a single pair:
each name (two to four proper nouns set off by commas) is the apposition of the title just before it, and every title
after the first is the first's conjunct, with the list's "and". A title is a title word (lexicon HEAD_TITLES,
MEMBER_TITLES) opening a phrase of capitalized words and "of", "for", "and" (its portfolio), after "the" or a
country's possessive.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Parse, Token
from .lexicon import MEMBER_TITLES, TITLE_WORDS
from .title_appositions import HELD_TITLES, is_held_title

#: Words of a title before a name: "astronaut", "director", "cosmonaut".
_TITLES = TITLE_WORDS | MEMBER_TITLES
#: The small words inside a title's portfolio ("Minister of Trade and Industry", "Minister for Education").
_INNER = frozenset({"of", "for", "and", "&", "the"})


def titled_subject_lists(parse: Parse) -> Parse:
    """``parse`` with each such list read as the coordinated subject of its sentence's verb; the same object when
    there is none.

    >>> words = [("NASA", "PROPN", "compound", 1), ("astronauts", "VERB", "ccomp", 7), ("Lind", "PROPN", "dobj", 1),
    ...          (",", "PUNCT", "punct", 7), ("ESA", "PROPN", "compound", 5), ("astronaut", "NOUN", "compound", 6),
    ...          ("Holm", "PROPN", "nsubj", 7), ("landed", "VERB", "ROOT", 7)]
    >>> from presskg.model import Sentence
    >>> toks = tuple(Token(i, w, 0, w.lower(), pos, "", dep, h, "", "O", " ")
    ...              for i, (w, pos, dep, h) in enumerate(words))
    >>> p = titled_subject_lists(Parse(toks, (Sentence(0, 0, 8, 0, 40, ""),), ()))
    >>> [(t.text, t.dep, t.head) for t in p.tokens[:7]]  # doctest: +NORMALIZE_WHITESPACE
    [('NASA', 'compound', 1), ('astronauts', 'compound', 2), ('Lind', 'nsubj', 7), (',', 'punct', 2),
     ('ESA', 'compound', 5), ('astronaut', 'compound', 6), ('Holm', 'conj', 2)]
    """
    tokens: list[Token] | None = None
    for s in parse.sentences:
        toks = parse.tokens
        verb = next((t.i for t in toks[s.start:s.end] if t.head == t.i and t.pos in ("VERB", "AUX")), None)
        if verb is None or any(t.head == verb and t.dep in ("nsubj", "nsubjpass") for t in toks[verb + 1:s.end]):
            continue
        end = verb
        while end > s.start and toks[end - 1].head == verb and toks[end - 1].dep in ("aux", "auxpass", "neg"):
            end -= 1  # "... will land"
        roles = _list(toks, s.start, end)
        if roles is None:
            continue
        tokens = tokens or list(toks)
        heads = [k for k, (dep, _) in roles.items() if dep == "name"]
        for k, (dep, target) in roles.items():
            t = tokens[k]
            if k == heads[0]:
                tokens[k] = replace(t, dep="nsubj", head=verb)
            elif dep == "name":
                tokens[k] = replace(t, dep="conj", head=heads[0])
            elif dep in ("cc", "punct"):
                tokens[k] = replace(t, dep=dep, head=heads[0])
            else:
                tokens[k] = replace(t, dep="compound", head=target, pos="NOUN" if dep == "title" else t.pos)
    return parse if tokens is None else replace(parse, tokens=tuple(tokens))


def _list(toks: tuple[Token, ...], start: int, end: int) -> dict[int, tuple[str, int]] | None:
    """Each word of ``[start, end)`` with its role ("name" for a name's head; "cc", "punct"; "title", "body" or
    "word" with the word it is the compound of) when the words are only such a list, else None."""
    roles: dict[int, tuple[str, int]] = {}
    titles, k = 0, start
    while k < end:
        t = toks[k]
        if t.text == "," or t.text.lower() == "and":
            roles[k] = ("punct" if t.text == "," else "cc", -1)
            k += 1
            continue
        if t.pos != "PROPN" or not t.text[:1].isupper():
            return None
        j = k
        while j < end and toks[j].pos == "PROPN" and toks[j].text[:1].isupper():
            j += 1
        if j < end and toks[j].text.lower().rstrip("s") in _TITLES and toks[j].pos in ("NOUN", "VERB"):
            titles += 1  # a body's name and its title ("NASA astronauts"): the name after it is a person's
            roles.update({b: ("body", j) for b in range(k, j)})
            name = j + 1
            while name + 1 < end and toks[name + 1].pos == "PROPN" and toks[name + 1].text[:1].isupper():
                name += 1
            roles[j] = ("title", name)
            k = j + 1
            continue
        roles.update({w: ("word", j - 1) for w in range(k, j - 1)})
        roles[j - 1] = ("name", -1)
        k = j
    names = sum(1 for dep, _ in roles.values() if dep == "name")
    return roles if titles >= 2 and names >= 2 else None


def titled_name_lists(parse: Parse) -> Parse:
    """``parse`` with each list of three titled names or more in that shape (see the module); the same object when
    there is none.

    >>> from presskg.model import Token
    >>> words = [("by", "ADP", "agent", 0), ("the", "DET", "det", 2), ("Minister", "PROPN", "pobj", 0),
    ...          (",", "PUNCT", "punct", 2), ("Ana", "PROPN", "compound", 5), ("Ruiz", "PROPN", "conj", 2),
    ...          (",", "PUNCT", "punct", 5), ("the", "DET", "det", 8), ("Minister", "PROPN", "appos", 5),
    ...          (",", "PUNCT", "punct", 8), ("Ivo", "PROPN", "compound", 11), ("Sarr", "PROPN", "conj", 8),
    ...          (",", "PUNCT", "punct", 11), ("and", "CCONJ", "cc", 11), ("the", "DET", "det", 15),
    ...          ("Minister", "PROPN", "conj", 11), (",", "PUNCT", "punct", 15), ("Lea", "PROPN", "compound", 18),
    ...          ("Holm", "PROPN", "appos", 15)]
    >>> toks = tuple(Token(i, w, 0, w.lower(), pos, "", dep, h, "", "O", " ")
    ...              for i, (w, pos, dep, h) in enumerate(words))
    >>> p = titled_name_lists(Parse(toks, (), (), ""))
    >>> [(t.text, t.dep, t.head) for t in p.tokens if t.text in ("Ruiz", "Minister", "Sarr", "and", "Holm")]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('Minister', 'pobj', 0), ('Ruiz', 'appos', 2), ('Minister', 'conj', 2), ('Sarr', 'appos', 8), ('and', 'cc', 2),
     ('Minister', 'conj', 2), ('Holm', 'appos', 15)]
    """
    toks = parse.tokens
    pairs = [p for a in range(3, len(toks)) if toks[a - 1].text == "," and (p := _pair(toks, a)) is not None]
    tokens = None
    for group in _groups(toks, pairs):
        first_title = group[0][1]
        lo, hi = group[0][0], group[-1][3]
        if lo <= toks[first_title].head < hi and toks[first_title].head != first_title:
            continue  # (the first title hung inside the list: no head outside it to keep)
        tokens = tokens or list(toks)
        for k, (start, title, name_start, name_end) in enumerate(group):
            if k:
                tokens[title] = replace(tokens[title], dep="conj", head=first_title)
            for j in range(start, name_start - 1):  # the title's phrase hangs on the title
                if j != title and not start <= toks[j].head < name_start - 1:
                    tokens[j] = replace(tokens[j], head=title)
            name = name_end - 1
            tokens[name] = replace(tokens[name], dep="appos", head=title)
            for j in range(name_start, name):
                if not name_start <= toks[j].head < name_end:
                    tokens[j] = replace(tokens[j], dep="compound", head=name)
        gaps = [(before[3], after[0]) for before, after in zip(group, group[1:], strict=False)]
        for j in range(lo, hi):  # the list's "and"
            if toks[j].text.lower() == "and" and any(a <= j < b for a, b in gaps):
                tokens[j] = replace(tokens[j], dep="cc", head=first_title)
    return parse if tokens is None else replace(parse, tokens=tuple(tokens))


def _pair(toks: tuple[Token, ...], a: int) -> tuple[int, int, int, int] | None:
    """``(phrase start, title, name start, name end)`` for a name that starts at ``a``, set off by commas after a
    title's phrase: two to four capitalized proper nouns, no title among them (after a title, a person's name,
    whatever the model made of it)."""
    b = a
    while b < len(toks) and b < a + 4 and toks[b].pos == "PROPN" and toks[b].text[:1].isupper() \
            and not is_held_title(toks[b]):
        b += 1
    if a < 3 or b - a < 2 or toks[a - 1].text != "," or b < len(toks) and toks[b].text not in (",", ".", ";", ")"):
        return None
    j = a - 2
    while j > 0 and not is_held_title(toks[j]) and (toks[j].text[:1].isupper() and toks[j].pos in ("PROPN", "NOUN")
                                                 or toks[j].text.lower() in _INNER):
        j -= 1
    if not is_held_title(toks[j]) or not toks[j].text[:1].isupper():
        return None
    start = j  # a title of several words ("Director General", "Executive Board Chair") is headed by its last
    while start > 0 and toks[start - 1].text[:1].isupper() and (
            is_held_title(toks[start - 1]) or _two(toks, start - 1)):
        start -= 1
    while j + 1 < a - 1 and _two(toks, j):
        j += 1
    if start > 0 and toks[start - 1].text.lower() == "the":
        start -= 1
    elif start > 1 and toks[start - 1].tag == "POS" and toks[start - 2].pos == "PROPN":
        start -= 2  # "Norway's Minister ..."
    return start, j, a, b


def _two(toks: tuple[Token, ...], i: int) -> bool:
    """Whether words ``i`` and ``i + 1`` are a title of two words ("director general")."""
    return f"{toks[i].text.lower()} {toks[i + 1].text.lower()}" in HELD_TITLES


def _groups(toks: tuple[Token, ...], pairs: list[tuple[int, int, int, int]]) -> list[list[tuple[int, int, int, int]]]:
    """Runs of three pairs or more, each right after the one before (a comma, or a comma and "and", between)."""
    out: list[list[tuple[int, int, int, int]]] = []
    for p in pairs:
        last = out[-1][-1] if out else None
        if last is not None and all(t.text == "," or t.text.lower() == "and" for t in toks[last[3]:p[0]]) \
                and p[0] > last[3]:
            out[-1].append(p)
        else:
            out.append([p])
    return [g for g in out if len(g) >= 3]  # (two pairs the parser reads right)
