"""Who receives what a giving verb gives, by the class the lexicon gives that role (``RECIPIENTS`` in roles.toml,
keyed "verb what"): "ESA awarded a contract to Skyrora" makes Skyrora a company. Asked by
:mod:`~presskg.extract.names` and :mod:`~presskg.extract.doing` for names nothing else types.
"""

from __future__ import annotations

from ..vocab import Class
from . import lexicon
from .lexicon import RECIPIENTS
from .tree import Tree

_CURRENCY = lexicon.WORD_CLASSES["CURRENCY_NOUNS"]


def recipient_class(tree: Tree, h: int) -> Class | None:
    """The class of who receives what a giving verb gives (lexicon ``RECIPIENTS``, keyed "verb what"):
    "awarded a contract to Skyrora", "awarded Skyrora a contract", "Skyrora was awarded a contract",
    "awarded 4 million euros to Skyrora" (an amount is "money"), "contracts went to Airbus and Skyrora"
    (for "go" what is given is the subject), "signed a contract with Brastek" (the deal's "with" party). A name
    in a list takes the list's place ("to X, Y and Z")."""
    t = tree[tree.conj_root(h)]
    if t.dep == "pobj" and tree.lowers[t.head] == "with":  # "signed a contract with Brastek": the deal's party
        on = tree[t.head].head
        deals = [on] if tree[on].pos == "NOUN" and tree[on].dep in ("dobj", "obj") else [
            d.i for d in tree.children(on, "dobj", "obj")] if tree[on].pos == "VERB" else []
        return next((cls for d in deals if (cls := RECIPIENTS.get(f"{tree.lemma(tree[d].head)} {tree.lemma(d)}"))),
                    None)
    if t.dep == "pobj" and tree.lowers[t.head] == "to" and tree[t.head].dep in ("dative", "prep"):
        verb, given_deps = _past_amount(tree, tree[t.head].head), ("dobj", "nsubj", "nsubjpass")
    elif t.dep == "dative":
        verb, given_deps = t.head, ("dobj",)
    elif t.dep == "nsubjpass":
        verb, given_deps = t.head, ("dobj",)
    else:
        return None
    if tree[verb].pos not in ("VERB", "AUX") or verb == t.i:
        return None
    for g in tree.children(verb):
        if g.dep in given_deps and g.i != t.i:
            what = "money" if g.ent_type == "MONEY" or tree.lemma(g.i) in _CURRENCY else tree.lemma(g.i)
            cls = RECIPIENTS.get(f"{tree.lemma(verb)} {what}")
            if cls is not None:
                return cls
    return None


def _past_amount(tree: Tree, k: int) -> int:
    """"awarded a contract worth 85 million euros to X", "a contract valued at 40 million euros to X": the parser
    hangs "to X" on the amount; the verb the deal noun (which the amount's phrase describes) hangs on."""
    if tree[k].ent_type != "MONEY" and tree.lemma(k) not in _CURRENCY:
        return k
    for _ in range(5):
        if tree[k].pos in ("VERB", "AUX") and tree[k].dep != "acl" or tree[k].head == k:
            break
        k = tree[k].head
    return k
