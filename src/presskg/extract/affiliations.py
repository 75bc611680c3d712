"""People named with the body they work at, which the model took for one body's name: "a team led by Elena Varga of
Tarsis University", "Marco Ricci of Orvieto University and Ana Ruiz of the Kestrel Institute".

The small model often labels the whole run an organization ("Elena Varga of Tarsis University" as one body); the
person is then lost, and the body wrongly named. A model name that opens with a person's shape (two or three
capitalized words, none a class noun, a title or an acronym), then "of" and a body's name (one with a body's class
noun, lexicon ``HEAD_CLASSES``) is a person and a body; a person's shape after "and" at its end is one more person.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Parse, Span, Token
from ..vocab import Class as C
from .classes import ancestors
from .lexicon import HEAD_CLASSES, TITLE_WORDS


def person_affiliations(parse: Parse) -> Parse:
    """``parse`` with each such model name split into its people and its body; the same object when there is none.

    >>> words = ["by", "Elena", "Varga", "of", "Tarsis", "University", "."]
    >>> toks = tuple(Token(i, w, 0, w.lower(), "PROPN" if w[0].isupper() else "ADP", "", "dep", 0, "", "O", " ")
    ...              for i, w in enumerate(words))
    >>> [(s.start, s.end, s.label) for s in person_affiliations(Parse(toks, (), (Span(1, 6, "ORG"),))).entities]
    [(1, 3, 'PERSON'), (4, 6, 'ORG')]
    """
    out: list[Span] = []
    toks = parse.tokens
    for span in parse.entities:
        parts = _split(toks, span) if span.label != "PERSON" else None
        out.extend(parts or [span])
        if parts is not None and (after := _next_person(toks, span.end)) is not None \
                and not any(s.start < after.end and after.start < s.end for s in parse.entities):
            out.append(after)  # "Marco Ricci of Orvieto University [and Ana Ruiz] of the Kestrel Institute"
    if len(out) == len(parse.entities):
        return parse
    tokens = list(toks)  # the people's words are a name's, as the model's would be (no body's name runs on them)
    for s in out:
        if s.label == "PERSON":
            for k in range(s.start, s.end):
                tokens[k] = replace(tokens[k], ent_type="PERSON", ent_iob="B" if k == s.start else "I")
    return replace(parse, tokens=tuple(tokens), entities=tuple(sorted(out, key=lambda s: s.start)))


def _next_person(toks: tuple[Token, ...], end: int) -> Span | None:
    """The person "and" and a person's shape before "of" name right after ``end``, if they do."""
    if end >= len(toks) or toks[end].text != "and":
        return None
    n = next((n for n in (3, 2) if end + 1 + n < len(toks) and toks[end + 1 + n].text == "of"
              and _person(toks, end + 1, end + 1 + n)), None)
    return Span(end + 1, end + 1 + n, "PERSON") if n else None


def _split(toks: tuple[Token, ...], span: Span) -> list[Span] | None:
    start, end = span.start, span.end
    of = next((k for k in range(start + 2, min(start + 4, end)) if toks[k].text == "of"), None)
    if of is None or not _person(toks, start, of):
        return None
    last = next((k for k in range(of + 2, end - 1) if toks[k].text == "and" and _person(toks, k + 1, end)), end)
    if not any(C.Organization in ancestors(HEAD_CLASSES.get(toks[k].text.lower(), "")) for k in range(of + 1, last)):
        return None  # "United States of America": no body after "of"
    body = of + 1 + (toks[of + 1].pos == "DET")
    parts = [Span(start, of, "PERSON"), Span(body, last, span.label)]
    return parts + ([Span(last + 1, end, "PERSON")] if last < end else [])


def _person(toks: tuple[Token, ...], start: int, end: int) -> bool:
    """Whether ``[start, end)`` has a person's name's shape: two or three capitalized proper nouns that are no class
    noun, title or acronym."""
    return 2 <= end - start <= 3 and all(
        toks[k].pos == "PROPN" and toks[k].text[:1].isupper() and not toks[k].text.isupper()
        and toks[k].text.replace("-", "").isalpha() and toks[k].text.lower() not in HEAD_CLASSES
        and toks[k].text.lower() not in TITLE_WORDS for k in range(start, end))
