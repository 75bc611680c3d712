"""Who a thing's own words say made it: "the French IRIS imager", "a Korrin-built magnetometer", "the DLR-supplied
camera". When two bodies fly a thing so marked, only the one the mark names (or a body of the country it names)
provides it: "CNES and ISRO will fly the French IRIS imager on Oceansat-4" makes IRIS CNES's, not ISRO's. The
participles a maker is hyphened to are those of the verbs of making (lexicon ``SUPPLY_VERBS``)."""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..lexicon import WORD_CLASSES
from ..referents import isa
from .nationalities import countries_in_word

#: Verbs of making or providing a thing, whose participle a maker's name is hyphened to ("Korrin-built").
MAKER_PARTICIPLES = WORD_CLASSES["SUPPLY_VERBS"]


def maker_marks(ctx: Context, i: int) -> list[str]:
    """The keys of the bodies and countries the modifiers of the noun at ``i`` name as its maker: a nationality
    ("French"), or a name hyphened to a participle of making ("Korrin-built", "DLR-supplied"); not a name of the
    thing itself ("the MIRA camera")."""
    t = ctx.tree
    out: list[str] = []
    for c in (t[k] for k in range(min(t.subtree(i)), i)):  # the words before the noun in its phrase
        if c.dep not in ("amod", "compound", "nmod", "npadvmod"):
            continue
        if t.lemma(c.i) in MAKER_PARTICIPLES and c.i >= 2 and t[c.i - 1].text in ("-", "–") \
                and not t[c.i - 2].whitespace and not t[c.i - 1].whitespace:
            k = c.i - 2  # "Korrin-built": the maker is the word before the hyphen
            named = ctx.table.at(k)
            out += [named.key] if named is not None and isa(ctx, named, C.Organization, C.Country) else []
            out += [e.key for e in countries_in_word(ctx, t[k].text)] or [f"word:{t.lowers[k]}"]
        elif c.text[:1].isupper():
            out += [e.key for e in countries_in_word(ctx, c.text)]  # "the French IRIS imager"
    return out


def made_by(ctx: Context, body: Entity, marks: list[str]) -> bool:
    """``body`` is one the ``marks`` name: itself, a body of a country named, or one whose name holds a word named."""
    countries = {o.key for o in ctx.objects(body, P.country)} | {
        "kb:" + iri for p, iri in (body.kb.facts if body.kb else ()) if p == P.country}
    words = {w.lower() for name in (body.label, *body.aliases) for w in name.split()}
    return any(m == body.key or m in countries or m.startswith("word:") and m[5:] in words for m in marks)
