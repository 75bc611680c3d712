"""A group named by its nationality only: "the Japanese group first took part in the Vela mission", "the Norwegian
delegation, led by its minister", "an Italian team built the camera".

A :data:`NATIONAL_GROUP_NOUNS` noun (lexicon data: group, team, delegation, consortium) with a country's adjective
or name before it and no body of its own ("the CNES team", "JAXA's delegation", "a team from ASI" are the body's
people: groups.worker_org; nor is "the UK trade delegation", a kind of group told by a noun) is a group of its own,
an organization (a delegation a government body, as the lexicon classes the noun) of that country, which the
clause's rules then read as any body: it takes part, provides, is led.
"""

from __future__ import annotations

from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..groups import DELEGATION_NOUNS
from ..lexicon import WORD_CLASSES
from ..mentions import noun_class
from ..referents import described
from ..registry import Stage, rule
from .nationalities import countries_in_word

NATIONAL_GROUP_NOUNS = WORD_CLASSES["NATIONAL_GROUP_NOUNS"]
#: Prepositions of the noun that name the body the group is of ("a team from ASI", "the delegation of JAXA").
_OF = ("from", "of", "at")


@rule("dep:national-group", stage=Stage.MENTIONS, triggers=("NATIONAL_GROUP_NOUNS",),
      produces=(P.country, C.Organization, C.GovernmentBody), confidence=0.75)
def national_group(ctx: Context) -> None:
    """"the Japanese group", "the Norwegian delegation": a group of its own, of that country."""
    t = ctx.tree
    for tok in t.tokens:
        if tok.pos != "NOUN" or tok.tag != "NN" or t.lemma(tok.i) not in NATIONAL_GROUP_NOUNS \
                or ctx.table.at(tok.i) is not None:
            continue
        before = [c for c in t.children(tok.i, "amod", "compound", "nmod", "poss") if c.i < tok.i]
        if any((e := ctx.table.at(c.i)) is not None and C.Country not in e.classes for c in before) or any(
                ctx.table.at(k) is not None for p in t.children(tok.i, "prep") if t.lowers[p.i] in _OF
                and not (t.lowers[p.i] == "at" and t.lemma(tok.i) in DELEGATION_NOUNS) for k in t.subtree(p.i)):
            # "the CNES team", "a team from ASI", "the French team at the IAS institute": the body's people (but "the
            # Norwegian delegation at ESA" is Norway's, sent to ESA)
            continue
        if any(c.pos == "NOUN" for c in before):
            continue  # "the UK trade delegation", "the Japanese science team": a kind of group the text tells of
        # ("a French-German team": of both countries)
        countries = list(dict.fromkeys(e for c in before if c.text[:1].isupper() for e in countries_in_word(ctx, c.text)
                                       if C.Country in e.classes))
        if not countries:
            continue
        group = described(ctx, tok.i, noun_class(t, tok.i))
        for country in countries if group is not None else ():
            ctx.add(group, P.country, country, tok.i)
