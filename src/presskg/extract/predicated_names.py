"""A name a description is said to be: "The first satellite of the constellation will be Aurora-1", "The new
rover is named Tarka", "The agency's first lunar lander will be called Luna Nova".

The name stands in the predicate, the class noun in the subject: no apposition or head noun sits beside the
name, so an unknown one went untyped (and was dropped) or took the model's guess of a place or a person. The
subject's class noun gives the class, as "X is a lander" does the other way round; so does a plural class noun that
lists names ("The satellites include Lumen-1 and Lumen-2", lexicon ``LISTING_VERBS``)
(:meth:`~presskg.extract.entities.EntityTable.retype_by_predicates`); so does a class noun set after the name in
the same predicate ("will be Aurora-1, a small radar satellite"). Only classes of things a release names this
way (craft, missions, instruments, launchers, facilities, bodies): "The winner is Orbix" says nothing of Orbix.
"""

from __future__ import annotations

from collections.abc import Callable

from ..model import Entity
from ..vocab import Class as C
from .candidates import Candidate, noun_class
from .classes import ancestors
from .lexicon import NAMING_VERBS, WORD_CLASSES
from .tree import Tree

#: Classes a description in the subject may give the name in the predicate (with their subclasses; bodies last).
_NAMED_KINDS = (C.Mission, C.Spacecraft, C.LaunchVehicle, C.Instrument, C.Facility, C.Organization)
_LISTING = frozenset(WORD_CLASSES["LISTING_VERBS"])  # "include", "comprise"


def predicated_class(tree: Tree, cand: Candidate) -> str | None:
    """The class of the name at ``cand`` from the description it is said to be, else None.

    >>> from presskg.model import Parse, Token
    >>> words = [("The", "the", "DET", "det", 2), ("new", "new", "ADJ", "amod", 2),
    ...          ("rover", "rover", "NOUN", "nsubjpass", 4), ("is", "be", "AUX", "auxpass", 4),
    ...          ("named", "name", "VERB", "ROOT", 4), ("Tarka", "Tarka", "PROPN", "oprd", 4)]
    >>> toks, at = [], 0
    >>> for i, (w, lemma, pos, dep, head) in enumerate(words):
    ...     toks.append(Token(i, w, at, lemma, pos, "", dep, head, "", "O", " ")); at += len(w) + 1
    >>> text = " ".join(w[0] for w in words)
    >>> str(predicated_class(Tree(Parse(tuple(toks), (), (), ""), text), Candidate(5, 6, "pattern:proper-noun")))
    'Rover'
    """
    head = tree.span_head(cand.start, cand.end)
    tok, gov = tree[head], tree[tree[head].head]
    kinds = _NAMED_KINDS
    if tok.dep in ("attr", "acomp") and tree.lemma(gov.i) == "be":
        # the subject, then a class noun after the name in the same predicate ("Aurora-1, a radar satellite")
        nouns = [c.i for c in tree.children(gov.i, "nsubj")] + [c.i for c in tree.children(gov.i, "attr")
                                                                 if c.i > head]
    elif tok.dep in ("oprd", "attr", "xcomp") and tree.lemma(gov.i) in NAMING_VERBS and gov.dep != "acl":
        nouns = [c.i for c in tree.children(gov.i, "nsubjpass")]  # "the rover is named Tarka"
    elif (first := tree[tree.conj_root(head)]).dep == "dobj" and tree.lemma(first.head) in _LISTING:
        # "The satellites include Lumen-1 and Lumen-2": what a plural class noun lists is of its class
        # (of things: "the study teams include A and B" says less of the bodies than their names do)
        nouns, kinds = [c.i for c in tree.children(first.head, "nsubj") if c.tag == "NNS"], _NAMED_KINDS[:-1]
    else:
        return None
    for n in nouns:
        if tree[n].pos != "NOUN":
            continue
        cls = noun_class(tree, n)
        if cls and any(k in kinds for k in ancestors(cls)):
            return cls
    return None


def predicated_name(tree: Tree, i: int) -> list[int]:
    """The words that may name what the description headed by the noun at ``i`` is said to be, nearest first:
    its copula's complement ("The first satellite ... will be Aurora-1"; "the rover is named Tarka"), the name
    it complements ("Aurora-1 is the first satellite built by VSA"; "Velox is one of six instruments on board
    Tarvos"), or the name before it in the same predicate ("will be Aurora-1, a small radar satellite developed by
    VSA"). The caller keeps those that are names of the noun's kind: "The winner is Orbix" joins no prize to a
    company."""
    tok = tree[i]
    # ("one of twelve CubeSats": a class noun written with an inner capital, which the tagger calls a name)
    if tok.pos != "NOUN" and not tree.camel_plural(i) or tok.head == i:
        return []
    gov = tok.head
    if tok.dep == "nsubj" and tree.lemma(gov) == "be":  # (the tagger may take "Aurora-1" for an adjective)
        return [c.i for c in tree.children(gov, "attr", "acomp")]
    if tok.dep == "nsubjpass" and tree.lemma(gov) in NAMING_VERBS:
        return [c.i for c in tree.children(gov, "oprd", "attr", "xcomp")]
    if tok.dep == "attr" and tree.lemma(gov) == "be":
        return [c.i for c in tree.children(gov, "nsubj")] + [c.i for c in tree.children(gov, "attr", "acomp")
                                                             if c.i < i][::-1]
    one = tree[gov].head if tok.dep == "pobj" and tree.lowers[gov] == "of" else gov
    if tok.tag in ("NNS", "NNPS") and tree.lowers[one] == "one" and tree[one].dep == "attr" \
            and tree.lemma(tree[one].head) == "be":  # "Velox is one of six instruments on X"
        return [c.i for c in tree.children(tree[one].head, "nsubj")]
    return []


def predicated_referent(table, i: int, same_kind: Callable[[int, Entity], bool]) -> Entity | None:
    """The named entity of ``table`` (an :class:`~presskg.extract.entities.EntityTable`) that the description at
    ``i`` is said to be (:func:`predicated_name`), if one is of its kind (``same_kind``)."""
    return next((e for k in predicated_name(table.tree, i) if (e := table.at(k)) is not None and e.named
                 and same_kind(i, e)), None)
