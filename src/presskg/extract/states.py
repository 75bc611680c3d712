"""What a name is when it acts as a state, or owns what only a state has: a place the model saw that signs,
joins or ratifies ("Valdoria signed the Artemis Accords"), a name whose government, ministry or national space
agency is told of ("Norvane's national space agency"). Asked by :func:`~presskg.extract.names.context_class`
for names nothing else types; the words are lexicon data (STATE_SUBJECTS, STATE_OWNED_NOUNS).
"""

from __future__ import annotations

from ..vocab import Class
from . import lexicon
from .candidates import counted_from
from .doing import verb_key
from .lexicon import STATE_SUBJECTS
from .tree import Tree

_OBJECTS = ("dobj", "obj", "attr")


def state_class(tree: Tree, start: int, end: int) -> Class | None:
    """Country, when the place at ``[start, end)`` is the subject of what only a state does (STATE_SUBJECTS):
    "Valdoria signed the Artemis Accords", "Valdoria joined ESA in 2019 and signed the Accords" (the subject of
    the first verb is the second's), "Valdoria became the 58th nation to sign"; else None. Asked only for a
    place the model saw and nothing else typed: a town that signs is rarer than a state unknown to the
    knowledge base."""
    h = tree.span_head(start, end)
    if tree[h].dep != "nsubj" or tree[h].head == h:
        return None
    first = tree[h].head
    verbs = [first] + [c for c in tree.conjuncts(first) if c != first and tree[c].pos == "VERB"
                       and not any(k.dep in ("nsubj", "nsubjpass") for k in tree.children(c))]
    for verb in verbs:
        key = verb_key(tree, verb)
        objects = [counted_from(tree, c.i) for c in tree.children(verb) if c.dep in _OBJECTS]
        for what in [tree.lemma(o) for o in objects] + [None]:
            cls = STATE_SUBJECTS.get(f"{key} {what}" if what else key)
            if cls is not None and (what or key != "become"):
                return cls
    return None


_STATE_OWNED = lexicon.WORD_CLASSES["STATE_OWNED_NOUNS"]
_SUBNATIONAL = lexicon.WORD_CLASSES["SUBNATIONAL_WORDS"]


def state_owner(tree: Tree, start: int, end: int) -> Class | None:
    """Country, when the name at ``[start, end)`` owns what only a state has (lexicon STATE_OWNED_NOUNS):
    "Norvane's national space agency", "the government of Norvane", "Norvane's Minister of Trade"; else None."""
    h = tree.span_head(start, end)
    t = tree[h]
    if t.dep == "poss" or end < len(tree) and tree[end].tag == "POS":
        owned = t.head if t.dep == "poss" else tree[end].head
    elif t.dep == "pobj" and tree.lowers[t.head] == "of" and tree[t.head].head != t.head:
        owned = tree[t.head].head
    else:
        return None
    if owned <= h and t.dep != "pobj" or tree[owned].pos not in ("NOUN", "PROPN"):
        return None
    if any(tree.lowers[c.i] in _SUBNATIONAL for c in tree.children(owned) if c.dep in ("amod", "compound")):
        return None  # "the regional government of Southmark": a region's (lexicon SUBNATIONAL_WORDS)
    words = {tree.lowers[owned], tree.lemma(owned).lower()}
    if owned > 0:
        words |= {f"{tree.lowers[owned - 1]} {w}" for w in tuple(words)}
    return Class.Country if words & _STATE_OWNED else None
