"""A country's agency named by its country: "Italy's space agency", "the German agency", "the Brazilian
space agency", and "the European agency" after the European Space Agency was named.

A noun of :data:`NATIONAL_BODY_NOUNS` (lexicon data, "agency") with a nationality adjective or a country's
possessive, definite and not inside a name, stands for that country's space agency:

1. the latest agency told of before it that is of the country (the knowledge base's ``pk:country``), or, for
   an adjective that is no nationality ("European"), whose name has the adjective as a word;
2. else the knowledge base's agency that has the phrase itself as a name ("Japanese space agency" is a name of
   JAXA there, which settles a country with two agencies, JAXA and NASDA);
3. else the country's one space agency in the knowledge base (none when it has two and no name settles it).

The same phrase without "space" is read alike ("the Italian agency"): news writes both. Whatever the phrase
stands for is its referent for every later rule (``ctx.described``), as a description's is.
"""

from __future__ import annotations

from ...model import Entity, KBEntry
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..lexicon import WORD_CLASSES
from ..registry import Stage, rule

NATIONAL_BODY_NOUNS = WORD_CLASSES["NATIONAL_BODY_NOUNS"]


def _country_iris(e: Entity) -> set[str]:
    return {o for p, o in e.kb.facts if p.endswith("country")} if e.kb is not None else set()


def _named_with(e: Entity, word: str) -> bool:
    """True when one of ``e``'s names has ``word`` as a word ("European" in "European Space Agency")."""
    names = {e.label, *e.aliases, *(e.kb.aliases if e.kb is not None else ())}
    return any(word.lower() in name.lower().split() for name in names)


def _known_agency(ctx: Context, phrase: str, country: KBEntry) -> KBEntry | None:
    """The knowledge base's agency named by the phrase, or the country's one space agency."""
    named = [e for e in ctx.gaz.lookup(phrase) if C.SpaceAgency in e.classes]
    if len(named) == 1:
        return named[0]
    of_country = [e for e in ctx.gaz.entries.values() if C.SpaceAgency in e.classes
                  and any(p.endswith("country") and o == country.iri for p, o in e.facts)]
    return of_country[0] if len(of_country) == 1 else None


@rule("dep:national-agency", stage=Stage.MENTIONS, triggers=("NATIONAL_BODY_NOUNS",),
      produces=(P.country, C.SpaceAgency), confidence=0.75)
def national_agency(ctx: Context) -> None:
    """"Italy's space agency", "the German agency", "the European agency": that country's space agency."""
    t = ctx.tree
    for tok in t.tokens:
        i = tok.i
        if tok.pos != "NOUN" or tok.tag != "NN" or t.lemma(i) not in NATIONAL_BODY_NOUNS \
                or ctx.table.at(i) is not None or i in ctx.described:
            continue
        kids = t.children(i)
        if any(c.dep in ("prep", "acl", "relcl", "appos") for c in kids):
            continue  # "the national agency for space research": a name or a description of its own
        poss = [c for c in kids if c.dep == "poss"]
        adjs = [c for c in kids if c.dep == "amod"]
        definite = any(c.dep == "det" and c.text.lower() == "the" for c in kids)
        if len(poss) + len(adjs) != 1 or not (poss or definite):
            continue
        word = (poss or adjs)[0]
        if any(c.dep not in ("det", "poss", "amod", "compound", "case", "cc", "conj") for c in kids) or any(
                c.dep == "compound" and c.text.lower() != "space" for c in kids):
            continue  # only "space" may stand between: "the German space agency", not "the German research agency"
        country = ctx.gaz.country_of_word(word.text)
        phrase = f"{word.text}'s space agency" if poss else f"{word.text} space agency"
        ent = _agency(ctx, i, word.text, country, phrase)
        if ent is not None:
            ctx.table.add_reference(ent, min(c.i for c in kids), i + 1, "described")
            ctx.described[i] = ent.key
            if country is not None:  # the phrase says the agency's country, as "the Japanese agency X" does
                ctx.add(ent, P.country, ctx.table.at(word.i) or ctx.table.add_kb(country), i)


def _agency(ctx: Context, i: int, word: str, country: KBEntry | None, phrase: str) -> Entity | None:
    told = [e for e in ctx.before(i) if ctx.table.is_a(e, C.SpaceAgency)]
    if country is not None:
        told = [e for e in told if country.iri in _country_iris(e)]
    else:
        told = [e for e in told if _named_with(e, word)]
    if told:
        return told[0]
    if country is None:
        return None
    entry = _known_agency(ctx, phrase, country)
    return ctx.table.add_kb(entry) if entry is not None else None
