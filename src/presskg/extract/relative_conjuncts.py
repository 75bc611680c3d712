"""A verb joined to a relative clause that the parser joins to the sentence's verb instead: "travelled to Oslo to
meet Bo Andersen, who is Director General of the NSC and is also at the head of the Norwegian delegation".

The parser hangs the second "is" on "travelled", so its subject becomes the traveller. A verb joined by "and" with
no subject of its own, after a relative clause (its subject "who", "which" or "that") in the phrase of the verb it
hangs on, and of the relative clause's verb's lemma and tense, continues the relative clause: it is that verb's
conjunct, and says what the relative says of its noun.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Parse

_SUBJECTS = ("nsubj", "nsubjpass", "expl", "csubj")


def relative_conjuncts(parse: Parse) -> Parse:
    """``parse`` with such verbs hung on the relative clause's verb; the same object when there is none.

    >>> from presskg.model import Token
    >>> words = [("met", "VERB", "VBD", "ROOT", 0), ("Bo", "PROPN", "NNP", "dobj", 0),
    ...          ("who", "PRON", "WP", "nsubj", 3), ("is", "AUX", "VBZ", "relcl", 1),
    ...          ("head", "NOUN", "NN", "attr", 3), ("and", "CCONJ", "CC", "cc", 0), ("is", "AUX", "VBZ", "conj", 0),
    ...          ("chair", "NOUN", "NN", "attr", 6)]
    >>> toks = tuple(Token(i, w, 0, w.lower(), pos, tag, dep, h, "", "O", " ")
    ...              for i, (w, pos, tag, dep, h) in enumerate(words))
    >>> [(t.text, t.head) for t in relative_conjuncts(Parse(toks, (), (), "")).tokens][5:7]
    [('and', 6), ('is', 3)]
    """
    toks = parse.tokens
    kids: dict[int, list[int]] = {}
    for t in toks:
        if t.head != t.i:
            kids.setdefault(t.head, []).append(t.i)
    tokens = None
    for v in toks:
        if v.dep != "conj" or v.pos not in ("VERB", "AUX") or v.head >= v.i \
                or any(toks[k].dep in _SUBJECTS for k in kids.get(v.i, [])):
            continue
        rel = [r for r in range(v.head + 1, v.i) if toks[r].dep == "relcl" and toks[r].lemma == v.lemma
               and toks[r].tag == v.tag and _under(toks, r, v.head)
               and any(toks[k].dep == "nsubj" and toks[k].tag in ("WP", "WDT") for k in kids.get(r, []))]
        if not rel:
            continue
        tokens = tokens or list(toks)
        tokens[v.i] = replace(tokens[v.i], head=rel[-1])
        for k in kids.get(v.head, []):  # ("and": the conjunction goes with its verb)
            if rel[-1] < k < v.i and toks[k].dep == "cc":
                tokens[k] = replace(tokens[k], head=v.i)
    return parse if tokens is None else replace(parse, tokens=tuple(tokens))


def _under(toks, i: int, top: int) -> bool:
    """Whether ``top`` is above the token ``i`` (within twelve heads)."""
    for _ in range(12):
        if toks[i].head == i:
            return False
        i = toks[i].head
        if i == top:
            return True
    return False
