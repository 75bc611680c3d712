"""Amounts of money written with a currency's code: "AUD 4.5 million", "EUR 30 million", "120 crore INR".

The language model often takes such a code for an organization's name (it is written in capitals, as an
acronym is) and sometimes the whole amount for one ("EUR 4.5 million" an organization). A code beside a
number is money, never a name (lexicon ``CURRENCY_CODES``); the same letters elsewhere are left alone.
"""

from __future__ import annotations

from .lexicon import WORD_CLASSES
from .tree import Tree

CURRENCY_CODES = frozenset(WORD_CLASSES["CURRENCY_CODES"])


def money_code(tree: Tree, i: int) -> bool:
    """Whether token ``i`` is a currency's code beside a number ("AUD 4.5 million", "4.5 million AUD")."""
    return tree[i].text in CURRENCY_CODES and any(
        0 <= k < len(tree) and tree[k].tag == "CD" for k in (i + 1, i - 1))
