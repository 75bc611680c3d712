"""Lists a plural class noun opens: "four instruments, namely A, B and C", "the two prototype satellites (S-1
and S-2)", "instruments will be on board: a camera (CAM), ...", "two climate satellites, A and B,", "The missions
are A, B and C". Each item
is a thing of the noun's class (split out of mentions.py; read there to type list items, and by the rules of
kinds and parts).
"""

from __future__ import annotations

from ..vocab import Class as C
from .candidates import noun_class
from .classes import ancestors
from .lexicon import ENUMERATOR_WORDS, ENUMERATORS
from .tree import Tree

#: Enumerators of two words, the parser's preposition last and the other word its child ("such as": "as").
_PAIRED = {b: a for a, b in (w.split() for w in ENUMERATORS if len(w.split()) == 2)}

#: What the rules of kinds and parts read lists of: made things.
MADE = (C.Instrument, C.Spacecraft, C.Mission)
#: What the typing of names reads lists of too: bodies ("twelve companies, among them A, B and C").
BODIES = (C.Organization,)


def enumerations(tree: Tree, roots: tuple[str, ...] = MADE) -> dict[int, tuple[str, int]]:
    """Tokens inside a list that a plural class noun opens, and that noun's class:
    "four instruments, namely A, B and C", "the two prototype satellites (S-1 and S-2)",
    "instruments will be on board: a camera (CAM), ...". Only things of ``roots`` (made things unless told)
    are listed so. Values are (class, token of the class noun)."""
    out: dict[int, tuple[str, int]] = {}
    for s in tree.parse.sentences:
        for i in range(s.start, s.end - 1):
            tok = tree[i]
            if tok.tag != "NNS" or tok.pos != "NOUN":
                continue
            cls = noun_class(tree, i)
            if cls is None or not any(r == cls or r in ancestors(cls) for r in roots):
                continue
            opener = next((k for k in range(i + 1, min(i + 12, s.end - 1)) if tree[k].text.lower() in ENUMERATORS
                           or f"{tree[k].text} {tree[k + 1].text}".lower() in ENUMERATORS), None)
            if opener is not None and not any(r == cls or r in ancestors(cls) for r in MADE) and opener > i + 1 + (
                    tree[i + 1].text == ","):
                opener = None  # a body's list follows its noun ("companies, among them A"), not a later clause's
            if opener is None and _counted_apposition(tree, i):
                opener = i + 1  # "two climate satellites, Aeris-A and Aeris-B, which ..."
            if opener is None and (k := _copula_list(tree, i)) is not None:
                opener = k - 1  # "The missions are Cluster, Gaia and Kelvo": what the plural noun is
            if opener is None:
                continue
            first = next((k for k in range(opener + 1, min(opener + 6, s.end)) if tree[k].pos in ("NOUN", "PROPN")
                          and tree[k].dep != "poss"), None)  # "including CNES's X": the thing, not its owner
            if first is None:
                continue
            while tree[first].dep in ("compound", "nmod") and tree[first].head != first:
                first = tree[first].head
            # the list is the first item and its conjuncts, each with its name words and its
            # parenthesized short name: nothing further down the sentence
            for item in tree.conjuncts(tree.conj_root(first)):
                # (a name two compounds away is the item's too: "the French DORN radon detector")
                words = [item] + [k for c in tree.children(item, "compound") for k in tree.subtree(c.i)]
                words += [k for c in tree.children(item, "appos") for k in tree.subtree(c.i)[:4]]
                for k in words:
                    out.setdefault(k, (cls, i))
    return out


def _counted_apposition(tree: Tree, i: int) -> bool:
    """"two climate satellites, Aeris-A and Aeris-B,": a counted plural noun, a comma, then a list of names
    ("A and B", however the parser hangs it; a comma alone opens no list: "two satellites, which ...",
    "launched two satellites, Orvane said")."""
    if i + 2 >= len(tree) or tree[i + 1].text != "," or not any(True for _ in tree.children(i, "nummod")) \
            or tree[i + 2].pos != "PROPN":
        return False
    end = min(i + 10, len(tree) - 1)
    return any(tree.lowers[k] == "and" and tree[k + 1].pos == "PROPN" for k in range(i + 3, end))


def _copula_list(tree: Tree, i: int) -> int | None:
    """"The missions are Cluster, Gaia and Kelvo": a plural noun that is the subject of "be", whose attribute is a
    list of names (its first item and a last "and" name), lists them; the first item's token, else ``None``."""
    tok = tree[i]
    if tok.dep != "nsubj" or tree.lemma(tok.head) != "be":
        return None
    attr = next((c.i for c in tree.children(tok.head, "attr") if c.i > tok.head), None)
    if attr is None or tree[attr].pos not in ("PROPN", "NOUN", "NUM") or not tree[attr].text[:1].isupper():
        return None
    start = min(tree.subtree(attr))
    items = tree.conjuncts(attr)
    return start if len(items) >= 2 and start == tok.head + 1 else None


def opens_list(tree: Tree, p: int) -> bool:
    """The preposition at ``p`` opens a list of examples (lexicon ``ENUMERATORS``): "including", "namely", and "such
    as", which the parser reads as "as" with "such" its child."""
    word = tree.lowers[p]
    return word in ENUMERATOR_WORDS or word in _PAIRED and any(tree.lowers[c.i] == _PAIRED[word]
                                                               for c in tree.children(p))
