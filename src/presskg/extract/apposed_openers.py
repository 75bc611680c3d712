"""A designation that opens a sentence with an apposition set off by commas, read by the parser as an adverb:
"Kelva-3, the first satellite of the Kelva series, was launched on 3 May 2026".

The tagger takes the unknown designation for an adverb and the parser hangs it on the verb, making the
apposition ("the first satellite") the clause's subject: the name was lost, and the launch went to "the first
satellite" as a thing of its own. When a designation (:func:`~presskg.extract.candidates.is_designation`) opens
the sentence, a comma follows it, and the verb's subject is a noun phrase that ends at the next comma before the
verb, the name is the subject and the noun phrase its apposition (:func:`name_before_apposition`), as the same
words parse when the name is known.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Token
from .candidates import is_designation
from .heads import under

_SUBJECTS = ("nsubj", "nsubjpass")


def name_before_apposition(tokens: Sequence[Token], start: int, end: int) -> tuple[int, int] | None:
    """``(name, noun)`` when the sentence ``[start, end)`` opens with a designation taken for an adverb and an
    apposition the parser made the subject (see the module); else None."""
    if end - start < 6 or not is_designation(tokens[start].text) or tokens[start + 1].text != "," \
            or tokens[start].dep not in ("advmod", "npadvmod", "dep") or tokens[start].head == start:
        return None
    verb = tokens[start].head
    nouns = [t.i for t in tokens[start + 2:verb] if t.head == verb and t.dep in _SUBJECTS and t.pos == "NOUN"]
    if len(nouns) != 1:
        return None
    noun = nouns[0]
    phrase = [t.i for t in tokens[start + 2:verb] if t.pos != "PUNCT" and under(tokens, t.i, noun)]
    last = max(phrase)
    clause = any(tokens[k].pos == "AUX" or tokens[k].pos == "VERB" and tokens[k].dep not in ("acl", "relcl")
                 for k in phrase)  # (a participle in the apposition is its own: "a weather satellite built by X")
    if min(phrase) != start + 2 or last + 1 >= verb or tokens[last + 1].text != "," or clause:
        return None
    return start, noun
