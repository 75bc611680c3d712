"""A name listed last after a name with its title set beside it, which the parser joined to the verb: "in the
presence of Japan's Minister of Education, Masahito Moriyama, and JAXA President Hiroshi Yamakawa"; a noun with
its own article listed after an object ("focused on the Artemis programme and the future of the ISS").

The parser reads the appositive name ("Masahito Moriyama") as the end of the phrase and hangs the last name on the
clause's verb, as if it began a clause of its own; the last person then takes part in nothing. A proper noun that is
a conjunct of a verb, after ", and" (or "or"), with no verb nor subject of its own and nothing after the name, is a
conjunct of the phrase before the comma: of the noun that phrase's appositions hang on. So is a common noun with
its own article after "and" (comma or not), with nothing after it but its "of" phrase.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Parse
from .heads import under

#: What the noun a stray name joins may be to its own head: an argument or a list member.
_ARGUMENTS = ("pobj", "dobj", "nsubj", "nsubjpass", "attr", "conj")


def stray_conjuncts(parse: Parse) -> Parse:
    """``parse`` with such names hung on the phrase they are listed with; the same object when there is none.

    >>> from presskg.model import Token
    >>> words = [("held", "VERB", "ROOT", 0), ("with", "ADP", "prep", 0), ("the", "DET", "det", 3),
    ...          ("Minister", "PROPN", "pobj", 1), (",", "PUNCT", "punct", 3), ("Ana", "PROPN", "compound", 6),
    ...          ("Ruiz", "PROPN", "appos", 3), (",", "PUNCT", "punct", 6), ("and", "CCONJ", "cc", 0),
    ...          ("Ivo", "PROPN", "compound", 10), ("Sarr", "PROPN", "conj", 0)]
    >>> toks = tuple(Token(i, w, 0, w.lower(), pos, "", dep, h, "", "O", " ")
    ...              for i, (w, pos, dep, h) in enumerate(words))
    >>> [(t.text, t.dep, t.head) for t in stray_conjuncts(Parse(toks, (), (), "")).tokens if t.text in ("and", "Sarr")]
    [('and', 'cc', 3), ('Sarr', 'conj', 3)]
    """
    toks = parse.tokens
    tokens = None
    for y in toks:
        if y.dep != "conj" or y.pos not in ("PROPN", "NOUN") or y.head >= y.i \
                or toks[y.head].pos not in ("VERB", "AUX"):
            continue
        words = _subtree(toks, y.i)
        first = min(words)
        if first < 2 or toks[first - 1].text.lower() not in ("and", "or"):
            continue
        comma = toks[first - 2].text == ","
        if not comma and y.pos == "PROPN" or y.pos == "NOUN" and not any(
                toks[k].head == y.i and toks[k].dep == "det" for k in words):
            continue  # (a common noun with its own article: "focused on X and the future of the ISS")
        if any(k > y.i and not _of_phrase(toks, k, y.i) for k in words) or any(
                toks[k].pos in ("VERB", "AUX") or toks[k].dep in ("nsubj", "nsubjpass") for k in words):
            continue  # a clause of its own
        if _gapped(toks, y):
            continue  # its verb left out: "... in 2028 on an Ariane 6 rocket, and Andarix-8 in 2029"
        x = first - 2 - comma  # the end of the phrase before, climbed to the noun its appositions hang on
        while x > y.head and toks[x].dep in ("appos", "compound", "flat") and y.head < toks[x].head < x:
            x = toks[x].head
        if x <= y.head or toks[x].pos not in ("NOUN", "PROPN") or toks[x].dep not in _ARGUMENTS \
                or not under(toks, x, y.head, steps=64):
            continue
        tokens = tokens or list(toks)
        tokens[y.i] = replace(tokens[y.i], head=x)
        tokens[first - 1] = replace(tokens[first - 1], head=x)
    return parse if tokens is None else replace(parse, tokens=tuple(tokens))


def _of_phrase(toks, k: int, noun: int) -> bool:
    """Token ``k`` lies in an "of" phrase of ``noun``: "the future [of the ISS]"."""
    while toks[k].head != k and k != noun:
        if toks[k].head == noun:
            return toks[k].dep == "prep" and toks[k].text.lower() == "of"
        k = toks[k].head
    return False


def _gapped(toks, y) -> bool:
    """Words after the name up to the sentence's end hang on the verb: the name begins a clause whose verb is
    left out, not a list."""
    k = y.i + 1
    while k < len(toks) and toks[k].text not in (".", ";", "!", "?") and toks[k].head != k:
        if toks[k].head == y.head and toks[k].dep not in ("punct", "cc"):
            return True
        k += 1
    return False


def _subtree(toks, i: int) -> set[int]:
    """The tokens whose heads lead to ``i`` (a list's last member is short: its neighbours are looked at)."""
    out = {i}
    for k in range(i - 1, max(-1, i - 12), -1):
        if toks[k].head in out and toks[k].head != k:
            out.add(k)
    for k in range(i + 1, min(len(toks), i + 24)):
        if toks[k].head in out and toks[k].head != k:
            out.add(k)
    return out

