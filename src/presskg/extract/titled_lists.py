"""A list of titled people that is a sentence's subject: "NASA astronauts Mara Lind and Tom Vance, ESA astronaut Piet
Holm and Roscosmos cosmonaut Ivan Orlov splashed down", "NASA astronauts A and B, and JAXA astronaut C landed".

The small model parses such a list in many wrong ways: a title read as a verb, the first names hung on a later name
as its modifier or made the verb's object. When the words before the main verb (and its auxiliaries) are only such a
list, with two titles or more (lexicon ``TITLE_WORDS``, ``MEMBER_TITLES``), of bodies' names, titles, people's
names, commas and "and", each person's name (a run of proper nouns no title follows) is one subject of the verb: the
first the subject, the others its conjuncts; each title is the compound of the name after it, each body's name the
compound of its title.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Parse, Token
from .lexicon import MEMBER_TITLES, TITLE_WORDS

#: Words of a title before a name: "astronaut", "director", "cosmonaut".
_TITLES = TITLE_WORDS | MEMBER_TITLES


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
