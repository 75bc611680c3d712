"""Heads of government and of state, and cabinet members, read from a title that names their country:
"the Prime Minister of Portugal, A", "Portuguese Prime Minister A", "Chile's President B", "Kenya's Cabinet
Secretary for Defence, C".

A prime minister heads the country's government (a GovernmentBody "Government of <country>"), not a ministry
the words after "Minister of" would name; a president named with a country is the country's; a cabinet
title makes a member of the government. Each is of the country (a head of state is too; the ontology gives
``headOf`` no country to head). A title with no country says nothing here
("CNES President A" is read by ``rules/titles.py``).
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..entities import entity_key
from ..lexicon import WORD_CLASSES
from ..registry import Stage, rule

GOVERNMENT_HEAD_TITLES = WORD_CLASSES["GOVERNMENT_HEAD_TITLES"]
STATE_HEAD_TITLES = WORD_CLASSES["STATE_HEAD_TITLES"]
CABINET_TITLES = WORD_CLASSES["CABINET_TITLES"]
#: Words before a title that make it another's post or a past one ("Vice President", "former President").
_NOT_HEAD = frozenset({"vice", "deputy", "former", "acting", "assistant", "vice-"})


def government_title(lowers: list[str] | tuple[str, ...], lemma: str, i: int) -> str | None:
    """``"government"``, ``"cabinet"`` or ``"state"`` for a title ending at token ``i``, else ``None``."""
    before = lowers[i - 1] if i > 0 else ""
    if before in _NOT_HEAD or (i > 1 and lowers[i - 2] in _NOT_HEAD):
        return None
    pair = f"{before} {lemma}"
    if pair in GOVERNMENT_HEAD_TITLES or lemma in GOVERNMENT_HEAD_TITLES:
        return "government"
    if pair in CABINET_TITLES:
        return "cabinet"
    if lemma in STATE_HEAD_TITLES:
        return "state"
    return None


def _country(ctx: Context, i: int, first: int) -> Entity | None:
    """The country a title at ``i`` (its words from ``first``) names: a nationality or a country's name before
    it ("Portuguese", "Kenya's"), or "of <country>" after it, or after the name it stands before ("Prime Minister
    A of Portugal"). An "of" phrase naming another body ("President of CNES") leaves the title that body's."""
    t = ctx.tree
    for p in t.children(i, "prep"):
        if p.text.lower() == "of":
            for o in t.children(p.i, "pobj"):
                own = ctx.table.at(o.i)
                if own is not None and C.Country in own.classes:
                    return own
                return None
    h = i  # "Prime Minister Elena Varga of Portugal": the "of" phrase hangs on the name the title is a compound of
    while t[h].dep == "compound" and t[h].head > h and t[t[h].head].pos == "PROPN":
        h = t[h].head
    for o in (o.i for p in t.children(h, "prep") if h != i and p.text.lower() == "of" for o in t.children(p.i, "pobj")):
        own = ctx.table.at(o)
        if own is not None and C.Country in own.classes:
            return own
    near = [c.i for k in {i, first} for c in t.children(k, "amod", "compound", "poss", "nmod") if c.i < first]
    if first > 0 and t[first - 1].dep in ("amod", "compound", "poss", "case"):
        near.append(first - 1 if t[first - 1].dep != "case" else first - 2)
    for k in sorted(set(near), reverse=True):
        own = ctx.table.at(k)
        if own is not None:
            if C.Country in own.classes:
                return own
            continue
        entry = ctx.gaz.country_of_word(t[k].text) if t[k].dep != "poss" else None
        if entry is not None:
            return ctx.table.add_kb(entry)
    return None


def _titled(ctx: Context, i: int) -> list[Entity]:
    """The people a title at ``i`` is of: a name it is set before ("Prime Minister A"), beside ("A, Prime
    Minister of X", "the Prime Minister of X, A") or said of ("A is the Prime Minister of X")."""
    t = ctx.tree

    def person(k: int) -> Entity | None:
        e = ctx.table.at(k)
        return e if e is not None and C.Person in e.classes else None

    out = [person(t[i].head)] if t[i].dep in ("compound", "appos", "nmod") and t[i].head != i else []
    out += [person(c.i) for c in t.children(i, "appos")]
    if t[i].dep == "attr" and t.lemma(t[i].head) == "be":
        out += [person(c.i) for c in t.children(t[i].head, "nsubj", "nsubjpass")]
    k = i + 1  # "Prime Minister A", "Cabinet Minister for Communications A", however it is parsed
    while k < min(len(t), i + 7) and person(k) is None and (t.lowers[k] in ("for", "of", "and") or (
            t[k].text[:1].isupper() and t[k].pos == "PROPN")):
        k += 1
    if not any(out) and k < len(t):
        out.append(person(k))
    end = max(t.subtree(i)) + 1
    if not any(out) and end + 1 < len(t) and t[end].text == ",":
        out.append(person(end + 1))  # "with the Prime Minister of Japan, A" (the name hung on the verb)
    return list(dict.fromkeys(e for e in out if e is not None))


def _government(ctx: Context, country: Entity) -> Entity:
    """The country's government: one the text named already ("the Portuguese government"), else a new body."""
    for e in ctx.table.entities.values():
        if C.GovernmentBody in e.classes and "government" in e.label.lower().split() and any(
                (w := ctx.gaz.country_of_word(word)) is not None and w is country.kb for word in e.label.split()):
            return e
    label = f"Government of {country.label}"
    key = entity_key(label)
    if key not in ctx.table.entities:
        ctx.table.entities[key] = Entity(key, label, {C.GovernmentBody}, type_source="pattern:head-of-government")
    return ctx.table.entities[key]


@rule("dep:head-of-government", stage=Stage.MENTIONS,
      triggers=("GOVERNMENT_HEAD_TITLES", "STATE_HEAD_TITLES", "CABINET_TITLES"),
      produces=(P.headOf, P.memberOf, P.country), confidence=0.85)
def heads_of_government(ctx: Context) -> None:
    """"the Prime Minister of Portugal, A" ("Prime Minister A of Portugal") heads the Government of Portugal;
    "Chile's President B" heads Chile;
    "Kenya's Cabinet Secretary for Defence, C" is a member of the Government of Kenya; each is of the country
    ("the President of Chile, B": B is Chile's)."""
    t = ctx.tree
    for tok in t.tokens:
        i = tok.i
        kind = government_title(t.lowers, t.lemma(i), i) if tok.text[:1].isupper() else None
        if kind is None:
            continue
        first = i - 1 if kind != "state" and f"{t.lowers[i - 1]} {t.lemma(i)}" in (
            GOVERNMENT_HEAD_TITLES | CABINET_TITLES) else i
        country = _country(ctx, i, first)
        people = _titled(ctx, i) if country is not None else []
        if not people:
            continue
        body = _government(ctx, country) if kind != "state" else None
        if body is not None:
            ctx.add(body, P.country, country, i)
        for who in people:
            if body is not None:
                ctx.add(who, P.memberOf if kind == "cabinet" else P.headOf, body, i)
            ctx.add(who, P.country, country, i)
