"""A body's name that lists fields: "the Ministry of Science and ICT", "the Federal Ministry for Economic Affairs
and Energy", "the Committee on Science, Space, and Technology".

The model often cuts such a name at the list's "and" or at its first comma, and names the last field as a body of
its own; :func:`coordinated_tail` gives the name back its list (split out of names.py, read by mentions.py).
"""

from __future__ import annotations

from collections.abc import Callable

from .candidates import is_acronym
from .lexicon import WORD_CLASSES
from .tree import Tree

#: The prepositions that join a body's class noun to its fields: "Ministry of Science", "Ministry for Energy",
#: "Committee on Industry".
_FIELD_PREPS = ("of", "for", "on")
#: The words of fields a ministry's or an institute's name lists (lexicon data).
_FIELDS = WORD_CLASSES["FIELD_NOUNS"] | WORD_CLASSES["PORTFOLIO_FIELDS"]


def coordinated_tail(tree: Tree, end: int, named: Callable[[int], bool] = lambda k: False) -> int:
    """"the Ministry of Science and | ICT": a model's name of the form "X of Y" (or "X for Y") that ends on "and",
    or that an "and", capitalized words and an acronym in parentheses follow ("Ministry of Education | and Science
    (MES)"), or an "and" and at most three capitalized words that no other name holds (neither the model's
    nor one ``named``: "the Institute of Science | and Technology said"), or an "and" and a field's word (lexicon
    ``FIELD_NOUNS``, ``PORTFOLIO_FIELDS``) with at most one capitalized word after it, even one the model named
    ("the Federal Ministry for Economic Affairs and | Climate Action"; also after a serial comma: "the Committee on
    Science, Space | , and Technology"; or after the list's first comma: :func:`_listed_fields_end`), or an "and"
    and one acronym no known
    name holds ("the Ministry of Science and | ICT"), goes on with those words: the model cut one coordinated
    department name in two."""
    if end < 2 or end + 1 >= len(tree):
        return end
    listed = _listed_fields_end(tree, end)
    if listed is not None:
        return listed
    ends_on_and = tree[end - 1].text.lower() in ("and", "&")
    # "the Committee on Science, Space | , and Technology": a list's last field after a serial comma
    serial = not ends_on_and and tree[end].text == "," and tree.lowers[end + 1] in ("and", "&")
    if not ends_on_and and not serial and tree[end].text.lower() not in ("and", "&"):
        return end
    limit = tree.sentence_of(end - 1).end
    j = end if ends_on_and else end + 1 + serial
    first = j
    while j < limit and tree[j].pos in ("PROPN", "NOUN") and tree[j].text[:1].isupper():
        j += 1
    if j == first:
        return end
    field = j - first <= 2 and tree.lowers[first] in _FIELDS and not any(is_acronym(tree[k].text)
                                                                        for k in range(first, j))
    k = end - 2
    while k >= 0 and (tree[k].text[:1].isupper() or field and tree[k].text == ",") and tree[k].text.lower() != "of":
        k -= 1  # (back over a list of fields only before a field: "Committee on Science, Space, and Technology")
    if k < 0 or tree[k].text.lower() not in _FIELD_PREPS:
        return end
    if serial:
        return j if field else end
    if ends_on_and or (j + 2 < limit and tree[j].text == "(" and is_acronym(tree[j + 1].text)):
        return j
    if j - first <= 3 and all(tree[k].ent_iob == "O" and not named(k) for k in range(first, j)):
        return j
    if field:
        return j  # "Federal Ministry for Economic Affairs and | Energy": a field the model took for a body of its own
    if j - first == 1 and is_acronym(tree[first].text) and not named(first):
        return j  # "the Ministry of Science and ICT": a field's acronym the model took for a name of its own
    return end


def _listed_fields_end(tree: Tree, end: int) -> int | None:
    """"the Committee on Education | , Research and Innovation": the model cut a body's name "X on/of/for A" at a
    list's first comma; the list (capitalized words, commas, a closing "and" or ", and" before a field's word,
    lexicon ``FIELD_NOUNS``, ``PORTFOLIO_FIELDS``) is the name's. ``None`` when no such list follows."""
    if tree[end].text != "," or not any(tree.lowers[k] in _FIELD_PREPS for k in range(max(0, end - 4), end - 1)):
        return None
    limit = tree.sentence_of(end - 1).end
    i = end

    def words(i: int) -> int:
        j = i
        while j < limit and j - i < 3 and tree[j].pos in ("PROPN", "NOUN") and tree[j].text[:1].isupper() \
                and not is_acronym(tree[j].text):
            j += 1
        return j

    while i < limit and tree[i].text == ",":
        if i + 1 < limit and tree.lowers[i + 1] in ("and", "&"):
            i += 1
            break
        j = words(i + 1)
        if j == i + 1:
            return None
        i = j
    if i >= limit or tree.lowers[i] not in ("and", "&") or i + 1 >= limit or tree.lowers[i + 1] not in _FIELDS:
        return None
    j = words(i + 1)
    return j if j > i + 1 else None
