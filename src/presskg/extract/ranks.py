"""Titles before a name: which capitalized words that open a person's name are a title and not the name.

Crew ranks and trades (RANK_TITLES) open a sentence capitalized ("Astronaut Lea Moreau will fly",
"Commander Ivo Stark landed the capsule") as often as they open a facility's name ("the Astronaut Training
Centre"), so they are titles only before a person. A title set after a name by a comma ("Ana Ruiz, Director General
of X") makes the name a person's (:func:`titled_apposition`). A title of two or three words is no part of the name
after it ("Principal Investigator Elizabeth Marsh": :func:`past_long_title`, :func:`ends_long_title`). A rank the
model read into a body's name is the person's title (:func:`ranked_people`, a parse repair).
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Parse, Span
from .lexicon import HEAD_CLASSES, HEAD_TITLES, MEMBER_TITLES, POST_TITLES, RANK_TITLES, TITLE_WORDS, WORD_CLASSES
from .tree import Tree

#: Ranks and posts of a crew, written before a name (lexicon RANK_TITLES, CREW_POSTS): "NASA astronaut", "commander".
CREW_RANKS = RANK_TITLES | WORD_CLASSES["CREW_POSTS"]
#: Titles of several words, a mission's posts among them ("Principal Investigator", "Deputy Project Scientist").
_LONG_TITLES = POST_TITLES | WORD_CLASSES["MISSION_ROLE_TITLES"]
#: Head titles only a whole body has: the name after their "of" is the body's, however short ("Chair of Orbix").
_WHOLE_BODY_TITLES = WORD_CLASSES["WHOLE_BODY_TITLES"]


def is_title(tree: Tree, i: int, end: int) -> bool:
    """A title word at ``i`` before a name ending at ``end``: any of TITLE_WORDS; a rank or trade (RANK_TITLES)
    only before a person the model read, in a name that ends on no class noun (not "the Commander Training
    Centre")."""
    if tree.lemma(i) in TITLE_WORDS:
        return True
    return tree[i].text.lower() in RANK_TITLES and i + 1 < end and tree[i + 1].ent_type == "PERSON" \
        and tree[end - 1].text.lower() not in HEAD_CLASSES


def titled_apposition(tree: Tree, head: int) -> bool:
    """"X Y, Director of Z", "X Y, Director General of Z": an apposition of the name's head that is a title
    (HEAD_TITLES, MEMBER_TITLES), read with the title words the parser hangs on it as compounds ("Director
    General" parsed as "General" with a compound "Director")."""
    titles = HEAD_TITLES | MEMBER_TITLES
    for a in tree.children(head, "appos"):
        words = [tree[c.i].text.lower() for c in tree.children(a.i, "compound") if c.i < a.i] + [a.text.lower()]
        if {tree.lemma(a.i), a.text.lower(), " ".join(words)} & titles:
            return True
    return False


def after_body_rank(tree: Tree, start: int) -> bool:
    """"NASA astronauts [Rachel Okafor] and ...", "Roscosmos cosmonaut [Dmitri Orlov]": a name right after a
    lowercase crew rank (RANK_TITLES, CREW_POSTS; either number) that a capitalized name (the body's) comes
    before is a person's, whatever the clause does with it ("... landed in Kazakhstan": no craft)."""
    k = start - 1
    return k >= 1 and tree[k].text.islower() and tree.lemma(k) in CREW_RANKS and tree[k - 1].pos == "PROPN" \
        and tree[k - 1].text[:1].isupper()


def past_long_title(tree: Tree, start: int, end: int) -> int:
    """Past a title of two or three capitalized words that opens the run ``[start, end)`` ("Project Scientist Ana
    Ruiz", "Principal Investigator A B"), when two words at least are left; else ``start``."""
    for n in (3, 2):
        if end - start - n >= 2 and " ".join(tree.lowers[start:start + n]) in _LONG_TITLES \
                and all(tree[k].text[:1].isupper() for k in range(start, start + n)):
            return start + n
    return start


def ends_long_title(tree: Tree, start: int) -> bool:
    """The words right before ``start`` end a title of two or three words ("Principal Investigator", "Project
    Scientist"), none of which is a title alone."""
    return any(start >= n and " ".join(tree.lowers[start - n:start]) in _LONG_TITLES for n in (2, 3))


def whole_body_title(tree: Tree, of: int) -> bool:
    """The title before the "of" at ``of`` is one only a whole body has (lexicon WHOLE_BODY_TITLES), in one word
    or two ("Chair", "Director General"): "the Board Chair of Orbix" is Orbix's head, Orbix a body."""
    return of > 0 and (tree.lemma(of - 1) in _WHOLE_BODY_TITLES or tree.lowers[of - 1] in _WHOLE_BODY_TITLES
                       or of > 1 and f"{tree.lowers[of - 2]} {tree.lowers[of - 1]}" in _WHOLE_BODY_TITLES)


def ranked_people(parse: Parse) -> Parse:
    """``parse`` with a name the model read as a body's, opened by a capitalized rank or trade (RANK_TITLES), read
    as the person after the rank: "Astronaut Sophie Adenot returned to Earth" (the model's ORG "Astronaut Sophie
    Adenot"). Two or more capitalized proper nouns follow the rank, and the last is no class noun (not "the
    Astronaut Training Centre", "Pilot Hall"). The same object when there is none.

    >>> from presskg.model import Span, Token
    >>> words = [("Astronaut", "PROPN"), ("Lea", "PROPN"), ("Moreau", "PROPN"), ("landed", "VERB")]
    >>> toks = tuple(Token(i, w, 0, w.lower(), pos, "", "", 0, "ORG" if i < 3 else "", "O", " ")
    ...              for i, (w, pos) in enumerate(words))
    >>> p = ranked_people(Parse(toks, (), (Span(0, 3, "ORG"),), ""))
    >>> p.entities, [t.ent_type for t in p.tokens]
    ((Span(start=1, end=3, label='PERSON'),), ['', 'PERSON', 'PERSON', ''])
    """
    toks, spans = parse.tokens, list(parse.entities)
    changed = False
    for k, s in enumerate(spans):
        if s.label == "PERSON" or s.end - s.start < 3 or toks[s.start].text.lower() not in RANK_TITLES \
                or not toks[s.start].text[:1].isupper() or toks[s.end - 1].text.lower() in HEAD_CLASSES \
                or not all(toks[j].pos == "PROPN" and toks[j].text[:1].isupper() for j in range(s.start + 1, s.end)):
            continue
        spans[k] = Span(s.start + 1, s.end, "PERSON")
        changed = True
    if not changed:
        return parse
    tokens = list(toks)
    for old, new in zip(parse.entities, spans, strict=True):
        if old != new:
            tokens[old.start] = replace(tokens[old.start], ent_type="", ent_iob="O")
            for j in range(new.start, new.end):
                tokens[j] = replace(tokens[j], ent_type="PERSON", ent_iob="B" if j == new.start else "I")
    return replace(parse, tokens=tuple(tokens), entities=tuple(spans))
