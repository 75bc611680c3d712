"""A verb in the present tense after a name that the tagger took for a plural noun: "DLR runs and controls the
lander", "OHB designs and builds satellites", "DLR funds the Vela-3 probe".

After a name, a present-tense verb in "-s" reads like a plural noun the name modifies ("DLR runs", as in "DLR
runs" of a test bench), and the parser then makes it the sentence's root with the name as its compound: the name
acts in no clause. Such a noun (tag NNS) at the root, right after the name, with no article, is that verb, and the
name its subject, when what hangs on it says it is one: a second verb joined by "and" in the present tense (VBZ),
which keeps its object, or a direct object of its own (no noun takes one).
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Parse


def paired_verbs(parse: Parse) -> Parse:
    """``parse`` with each such noun read as a verb whose subject is the name before it; the same object when there
    is none.

    >>> from presskg.model import Token
    >>> words = [("DLR", "PROPN", "NNP", "compound", 1, "DLR"), ("runs", "NOUN", "NNS", "ROOT", 1, "run"),
    ...          ("and", "CCONJ", "CC", "cc", 1, "and"), ("controls", "VERB", "VBZ", "conj", 1, "control"),
    ...          ("it", "PRON", "PRP", "dobj", 3, "it")]
    >>> toks = tuple(Token(i, w, 0, lem, pos, tag, dep, h, "", "O", " ")
    ...              for i, (w, pos, tag, dep, h, lem) in enumerate(words))
    >>> [(t.text, t.pos, t.dep, t.head) for t in paired_verbs(Parse(toks, (), (), "")).tokens][:2]
    [('DLR', 'PROPN', 'nsubj', 1), ('runs', 'VERB', 'ROOT', 1)]
    """
    toks = parse.tokens
    tokens = None
    for n in toks:
        if n.tag != "NNS" or n.dep != "ROOT" or not n.text.endswith("s") or n.i == 0:
            continue
        kids = [t for t in toks[max(0, n.i - 8):n.i + 12] if t.head == n.i and t.i != n.i]
        names = [t for t in kids if t.i < n.i and t.dep == "compound"]
        name = toks[n.i - 1]  # a proper noun, or an acronym the tagger took for a common noun ("DLR runs")
        named = name.pos == "PROPN" or name.text.isupper() and len(name.text) > 1
        if not names or name.dep != "compound" or not named or any(t.dep == "det" for t in kids):
            continue
        paired = any(t.dep == "cc" and t.text.lower() == "and" for t in kids) and any(
            t.dep == "conj" and t.tag == "VBZ" and t.pos == "VERB" for t in kids)
        if not paired and not any(t.dep == "dobj" and t.i > n.i for t in kids):
            continue
        tokens = tokens or list(toks)
        tokens[n.i] = replace(tokens[n.i], pos="VERB", tag="VBZ")
        subject = names[-1]
        tokens[subject.i] = replace(tokens[subject.i], dep="nsubj")
    return parse if tokens is None else replace(parse, tokens=tuple(tokens))
