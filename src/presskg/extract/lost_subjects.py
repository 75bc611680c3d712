"""The subject of a second clause the parser took for a second object: "JAXA will supply the camera and the
Kelmar Space Agency will build the rover".

The parser coordinates "the Kelmar Space Agency" with "the camera" (both objects of "supply") and leaves "will
build" with no subject, so every rule read JAXA as the builder of the rover. A noun coordinated with an object,
right before a verb coordinated with the first one (nothing but auxiliaries and adverbs between) and with no
subject of its own, is that verb's subject.

The same happens after a fronted phrase: "On the margins of the meeting, ESA and CNES signed an agreement" — the
parser coordinates "ESA" with "the meeting" across the comma and leaves "signed" with no subject. A noun coordinated
across a comma with a noun inside the verb's own fronted prepositional phrase, whose phrase (with its conjuncts)
runs up to the verb, is the verb's subject (:func:`_fronted_subject`).
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Parse

#: What may stand between the lost subject and its verb: "will", "has", "also".
_BETWEEN = ("aux", "auxpass", "advmod", "neg")


def lost_subjects(parse: Parse) -> Parse:
    """``parse`` with such a noun made the subject of its verb; the same object when there is none.

    >>> from presskg.model import Token
    >>> words = [("JAXA", "PROPN", "nsubj", 1), ("supplies", "VERB", "ROOT", 1), ("cameras", "NOUN", "dobj", 1),
    ...          ("and", "CCONJ", "cc", 2), ("KSA", "PROPN", "conj", 2), ("builds", "VERB", "conj", 1),
    ...          ("rovers", "NOUN", "dobj", 5)]
    >>> toks = tuple(Token(i, w, 0, w.lower(), pos, "", dep, h, "", "O", " ")
    ...              for i, (w, pos, dep, h) in enumerate(words))
    >>> [(t.text, t.dep, t.head) for t in lost_subjects(Parse(toks, (), (), "")).tokens][4]
    ('KSA', 'nsubj', 5)
    """
    toks = parse.tokens
    tokens = None
    with_subject = {t.head for t in toks if t.dep in ("nsubj", "nsubjpass", "expl")}  # (one pass: long texts)
    for v in toks:
        if v.dep != "conj" or v.pos not in ("VERB", "AUX") or v.head == v.i or toks[v.head].pos not in ("VERB", "AUX"):
            continue
        if v.i in with_subject:
            continue
        k = v.i - 1
        while k > 0 and toks[k].head == v.i and toks[k].dep in _BETWEEN:
            k -= 1
        noun = toks[k]
        if noun.pos not in ("NOUN", "PROPN") or noun.dep != "conj" or k <= 0:
            continue
        first = toks[noun.head]  # the object it was coordinated with, of the first verb
        if first.head != v.head or first.dep not in ("dobj", "obj", "attr") or not any(
                toks[j].pos == "CCONJ" for j in range(first.i + 1, k)):
            continue
        tokens = tokens or list(toks)
        tokens[k] = replace(tokens[k], dep="nsubj", head=v.i)
    for v, k in _fronted_subjects(toks, with_subject):
        tokens = tokens or list(toks)
        tokens[k] = replace(tokens[k], dep="nsubj", head=v)
    return parse if tokens is None else replace(parse, tokens=tuple(tokens))


def _fronted_subjects(toks, with_subject: set[int]) -> list[tuple[int, int]]:
    """(verb, noun) pairs: "On the sidelines of the congress, ISRO and CNES signed", "During the visit, the
    minister and JAXA's president toured the centre": a verb with no subject, with a prepositional phrase before
    it; the noun right after that phrase's comma that the parser coordinated with a noun inside the phrase, and
    whose words (its conjuncts too) end right before the verb (past auxiliaries and adverbs)."""
    out = []
    for p in toks:
        if p.dep != "prep" or p.pos != "ADP" or p.head <= p.i:
            continue
        v = toks[p.head]
        if v.pos not in ("VERB", "AUX") or v.i in with_subject or v.dep not in ("ROOT", "conj", "ccomp"):
            continue
        k = v.i - 1
        while k > p.i and toks[k].head == v.i and toks[k].dep in _BETWEEN:
            k -= 1
        # the conjunct that opens the run of nouns ending at k: walk up the conj arcs from k's noun
        n = k
        while n > p.i and (toks[n].dep in ("compound", "det", "amod", "poss", "case", "flat") and toks[n].head > n
                           or toks[n].dep in ("pobj", "prep") and p.i < toks[n].head < n):
            n = toks[n].head  # (k may be the last word of a name whose head comes later: not here; or the last
            # word of its "of" phrase: "EUMETSAT and the Ministry of Climate agreed")
        while n > p.i and toks[n].dep == "conj" and not (toks[n - 1].text == "," and toks[toks[n].head].i < n - 1
                                                           and _inside(toks, toks[n].head, p.i)):
            n = toks[n].head
        if n <= p.i or toks[n].dep != "conj" or toks[n].pos not in ("NOUN", "PROPN") or toks[n - 1].text != ",":
            continue
        if not _inside(toks, toks[n].head, p.i) or _last(toks, n) != k:
            continue
        out.append((v.i, n))
    return out


def _inside(toks, i: int, prep: int) -> bool:
    """Token ``i`` is in the phrase that preposition ``prep`` opens (its head chain reaches ``prep``)."""
    seen = 0
    while toks[i].head != i and seen < 50:
        if i == prep:
            return True
        i = toks[i].head
        seen += 1
    return i == prep


def _last(toks, n: int) -> int:
    """The last token of ``n``'s phrase, its conjuncts included (the tokens after ``n`` whose heads chain to it)."""
    end = n
    for j in range(n + 1, len(toks)):
        h, seen = j, 0
        while toks[h].head != h and h != n and seen < 50:
            h = toks[h].head
            seen += 1
        if h != n:
            break
        end = j
    return end
