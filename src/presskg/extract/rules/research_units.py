"""Research bodies told of without a name: "the computer science laboratory of École Polytechnique", "the
University of Tromvik's plasma lab", "VSA and the university will open a joint research laboratory".

A laboratory is a research body of its own, which a person heads ("After heading the computer science laboratory
of X, she ...", "The laboratory will be led by Professor Y"), not the university or agency it belongs to. A
singular noun of lexicon ``RESEARCH_UNIT_NOUNS`` that is no part of a name becomes a described research institute
when its phrase says whose it is (an organization's possessive or "of" phrase) or when it is set up (the object
of a verb of ``AGREEMENT_FOUNDING_VERBS`` or ``OPEN_VERBS``: "will open a joint research laboratory"). Read in
the first stage, so that the titles and verbs of heading read it as the body headed; "the laboratory" alone
takes it back (``Context.definite``: its label has the noun).
"""

from __future__ import annotations

from ...vocab import Class as C
from ..context import Context
from ..lexicon import WORD_CLASSES
from ..referents import described, isa
from ..registry import Stage, rule

_UNITS = WORD_CLASSES["RESEARCH_UNIT_NOUNS"]
#: Verbs that set a laboratory up: "will open a joint laboratory", "X established a laboratory in 2019".
_SET_UP = WORD_CLASSES["AGREEMENT_FOUNDING_VERBS"] | WORD_CLASSES["OPEN_VERBS"]


def _owned(ctx: Context, i: int) -> bool:
    """Noun ``i`` has an organization's possessive or "of" phrase: "X's lab", "the laboratory of X"."""
    return any(isa(ctx, e, C.Organization) for k in ctx.tree.owner_words(i) for e in ctx.refs(k))


def _set_up(ctx: Context, i: int) -> bool:
    """Noun ``i`` is what a verb of setting up makes: its object, or its passive subject."""
    tok = ctx.tree[i]
    return tok.dep in ("dobj", "nsubjpass") and ctx.tree.lemma(tok.head) in _SET_UP


@rule("pattern:research-unit", stage=Stage.MENTIONS, triggers=("RESEARCH_UNIT_NOUNS", "AGREEMENT_FOUNDING_VERBS",
                                                                 "OPEN_VERBS"),
      produces=(C.ResearchInstitute,), confidence=0.7)
def research_units(ctx: Context) -> None:
    """"the computer science laboratory of École Polytechnique", "will open a joint research laboratory"."""
    t = ctx.tree
    for tok in t.tokens:
        i = tok.i
        if tok.pos != "NOUN" or tok.tag != "NN" or t.lemma(i) not in _UNITS or ctx.table.at(i) is not None \
                or i in ctx.described:
            continue
        if _owned(ctx, i) or _set_up(ctx, i):
            described(ctx, i, C.ResearchInstitute)
