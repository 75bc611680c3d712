"""Sentences the parser leaves without a verb: "The HTV spacecraft berthed to the station on 18 September",
"The Tianzhou 8 cargo craft undocked from the Tiangong station on 9 July".

After a noun phrase that ends in a common noun, the small parser may read a rarer past-tense verb as a
participle describing the noun ("the spacecraft [that was] berthed") and make the noun the root of a
sentence that then has no verb. When the participle is one a craft does on its own (the lexicon's
``INTRANSITIVE_SUBJECTS``: dock, berth, undock, land, lift off ...), has no object and no "by" agent, and
the sentence has no other verb, it is the sentence's verb and the noun its subject.

The other way round, the tagger may read a participle set off by a comma after its noun as a past tense
("The satellite, launched[VBD] on 4 March 2026 on a Vega-C rocket, carries ..."), mostly before a date; the
parser still hangs it on the noun, with no subject of its own. It is a participle all the same, and the
noun what undergoes it (:func:`participle_set_off`): the satellite was launched on that rocket.
"""

from __future__ import annotations

from .lexicon import INTRANSITIVE_SUBJECTS
from .tree import Tree


def verb_of_verbless(tree: Tree, v: int) -> bool:
    """True when the participle ``v`` is the verb of a sentence the parser left verbless (see the module)."""
    t = tree[v]
    head = tree[t.head]
    if t.dep != "acl" or t.tag not in ("VBN", "VBD") or head.dep != "ROOT" or head.pos not in ("NOUN", "PROPN"):
        return False
    prt = [c.text.lower() for c in tree.children(v, "prt")]
    key = f"{tree.lemma(v)} {prt[0]}" if prt else tree.lemma(v)
    if key not in INTRANSITIVE_SUBJECTS or any(c.dep in ("dobj", "agent", "nsubj", "auxpass", "aux")
                                               for c in tree.children(v)):
        return False
    sentence = tree.sentence_of(v)
    return not any(x.pos in ("VERB", "AUX") and x.i != v for x in tree.tokens[sentence.start:sentence.end])


def participle_set_off(tree: Tree, v: int) -> bool:
    """True when ``v``, tagged a past tense, is a participle set off after its noun by a comma (see the module):
    hung on the noun right before the comma, with no subject, auxiliary or object of its own."""
    t = tree[v]
    return t.dep == "acl" and t.tag == "VBD" and v >= 2 and tree[v - 1].text == "," and t.head < v - 1 \
        and tree[v - 1].head in (t.head, v) and tree[t.head].pos in ("NOUN", "PROPN") \
        and not any(c.dep in ("nsubj", "nsubjpass", "aux", "dobj") for c in tree.children(v))
