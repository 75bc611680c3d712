"""Types of unknown proper nouns from their context, instead of the model's default guess.

A name the knowledge base does not know is typed by the language model (often Organization or
Person by default) or by its head noun. Context says more:

- a title or honorific written before it ("Minister Paradis", "the Honourable X") or a title
  apposed after it ("X, President of MEDEF") makes a person;
- a class noun that lists names ("four instruments, namely A, B and C", "the two prototype
  satellites (S-1 and S-2)", "four instruments: a camera (CAM), ...") types the names it lists;
- a place followed by its country ("Puebla, Mexico") is a city.

Only weak types are changed: a knowledge-base entity, a name typed by its own head noun or by a
copula ("X is a satellite") keeps its class.
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ..context import Context
from ..enumerations import enumerations
from ..genders import person_words
from ..lexicon import HONORIFICS, TITLE_WORDS, WORD_CLASSES
from ..mentions import is_acronym
from ..registry import Stage, rule

#: Classes a default guess gives; a name typed otherwise was typed by evidence.
WEAK = frozenset({C.Organization, C.Person, C.Place, C.Agent})
_HONORIFIC = frozenset(h.rstrip(".") for h in HONORIFICS)
SITE_BODIES = WORD_CLASSES["SITE_BODIES"]


def _weak(ent: Entity) -> bool:
    return ent.named and ent.kb is None and ent.type_source not in ("predicate", "context") and ent.classes <= WEAK


def _retype(ent: Entity, cls: str) -> None:
    ent.classes = {cls}
    ent.type_source = "context"


@rule("type:person-by-title", stage=Stage.MENTIONS, triggers=("TITLE_WORDS", "HONORIFICS", "HEAD_TITLES"),
      produces=(C.Person,), confidence=0.8)
def person_by_title(ctx: Context) -> None:
    """"Minister Paradis said", "the Honourable X", "X, President of MEDEF", "the Minister of Y, X": a person."""
    from ..title_kinds import is_title
    from .titles import _org_near_title  # here: this rule registers (and runs) before dep:title

    t = ctx.tree
    for ent in list(ctx.table.entities.values()):
        if not _weak(ent) or C.Person in ent.classes or any(is_acronym(m.text) for m in ent.mentions):
            continue
        for m in ent.mentions:
            if t.lemma(m.start) in TITLE_WORDS or t.lemma(m.start) in HEAD_TITLES_SET:
                break  # the name starts with a title: "Minister of Industry" is a post, not a person
            before = t[m.start - 1] if m.start > 0 else None
            titled = before is not None and (before.text.lower().rstrip(".") in _HONORIFIC
                                             or (t.lemma(before.i) in TITLE_WORDS and before.text[:1].isupper())
                                             or _rank_after_body(ctx, m.start))
            head = m.end - 1
            apposed = any(is_title(ctx, a.i) and _org_near_title(ctx, a.i) for a in t.children(head, "appos"))
            # "the Minister of Industry, Anna Lind,": the name set beside a title before it is its holder's
            apposed = apposed or (t[head].dep == "appos" and t[head].head < m.start
                                  and is_title(ctx, t[head].head))
            if titled or apposed:
                _retype(ent, C.Person)
                break


@rule("type:person-by-conjunct", stage=Stage.MENTIONS, produces=(C.Person,), confidence=0.75,
      after=("type:person-by-title",))
def person_by_conjunct(ctx: Context) -> None:
    """"signed by Ana Ruiz and Ivo Sarr": a name of two or three words shaped like a person's (no class noun, no
    acronym) that the model took for a body, listed with a person, is a person too."""
    t = ctx.tree
    for ent in list(ctx.table.entities.values()):
        if not _weak(ent) or ent.classes != {C.Organization} or ent.type_source != "model":
            continue
        for m in ent.mentions:
            head = m.end - 1
            listed = ctx.table.conjuncts(head) + ([t[head].head] if t[head].dep == "conj" else [])
            if 2 <= m.end - m.start <= 3 and person_words(t, m.start, m.end) and any(
                    (other := ctx.table.at(k)) is not None and other is not ent and C.Person in other.classes
                    for k in listed):
                _retype(ent, C.Person)
                break


#: Crew ranks and posts written lowercase between a body and its people ("NASA astronauts A and B").
_RANKS = WORD_CLASSES["RANK_TITLES"] | WORD_CLASSES["CREW_POSTS"]


def _rank_after_body(ctx: Context, start: int) -> bool:
    """"NASA astronauts [Rachel Okafor] and Daniel Whitcombe", "Roscosmos cosmonaut [Dmitri Orlov]": a name right
    after a lowercase crew rank that an organization's name opens is a person's (the tagger may take the plural
    rank for a verb and the model the name for a place). Without the body ("the pilot Kestrel") no person."""
    t = ctx.tree
    k = start - 1
    if k < 1 or not t[k].text.islower() or t.lemma(k) not in _RANKS:
        return False
    return ctx.table.is_a(ctx.table.at(k - 1), C.Organization)


HEAD_TITLES_SET = frozenset({"minister", "president", "director", "chairman", "administrator", "secretary"})


@rule("type:enumerated-kind", stage=Stage.MENTIONS, triggers=("ENUMERATORS",),
      produces=(C.Instrument, C.Satellite, C.Spacecraft, C.Mission), confidence=0.75)
def enumerated_kind(ctx: Context) -> None:
    """"four instruments, namely A, B and C": the names a plural class noun lists are of its class
    (names with no other type got it when they were found; weakly typed ones get it here)."""
    for k, (cls, _) in enumerations(ctx.tree).items():
        ent = ctx.table.at(k)
        if ent is not None and _weak(ent):
            _retype(ent, cls)


@rule("type:place-comma-country", stage=Stage.MENTIONS, produces=(C.City,), confidence=0.75)
def city_of_country(ctx: Context) -> None:
    """"in Puebla, Mexico": a place written before its country is a city; so is an unknown name the model
    took for an organization when it stands where places stand ("at Ny-Alesund, Norway", a dateline's
    "KIRUNA, Sweden —"): no body is written with its country after a comma there."""
    t = ctx.tree
    for ent in list(ctx.table.entities.values()):
        if not _weak(ent) or not (ent.classes == {C.Place} or ent.classes == {C.Organization}):
            continue
        for m in ent.mentions:
            if m.end + 1 < len(t) and t[m.end].text == ",":
                other = ctx.table.at(m.end + 1)
                if other is None or not _a_place_after(other) or ent.classes == {C.Organization} \
                        and not _where_places_stand(ctx, m.start, m.end):
                    continue
                _retype(ent, C.City)
                break


def _a_place_after(ent: Entity) -> bool:
    """A country, or a region or place the knowledge base knows ("Svalbard", "Bavaria")."""
    return C.Country in ent.classes or ent.kb is not None and bool(ent.classes & {C.Place, C.City})


def _where_places_stand(ctx: Context, start: int, end: int) -> bool:
    """The name opens the release (a dateline) or is the object of a preposition of place."""
    t = ctx.tree
    if start == 0:
        return True
    head = next((i for i in range(start, end) if not start <= t[i].head < end), end - 1)
    return t[head].dep == "pobj" and t[t[head].head].text.lower() in ("at", "in", "near", "from", "outside")


@rule("type:site-body", stage=Stage.MENTIONS, triggers=("SITE_BODIES",), produces=(C.Facility,), confidence=0.75)
def site_bodies(ctx: Context) -> None:
    """"the Vela Research Centre": a research institute that is also the site it occupies (a facility)."""
    for ent in ctx.table.entities.values():
        if ent.kb is None and C.ResearchInstitute in ent.classes \
                and any(ent.label.lower().endswith(w) for w in SITE_BODIES):
            ent.classes.add(C.Facility)


#: Head nouns of a centre named for a field, and the words of a field of study (lexicon data).
_CENTRE_NOUNS = WORD_CLASSES["FIELD_CENTRE_NOUNS"]
_STUDY_WORDS = WORD_CLASSES["STUDY_WORDS"] | WORD_CLASSES["FIELD_NOUNS"]


@rule("type:centre-for-field", stage=Stage.MENTIONS, triggers=("FIELD_CENTRE_NOUNS", "STUDY_WORDS"),
      produces=(C.ResearchInstitute,), confidence=0.75)
def centres_for_fields(ctx: Context) -> None:
    """"the Centre for Planetary Research", "the Center for Space Studies": a centre named for a field of study is
    a research institute (a body a director heads) as well as the facility its head noun makes it."""
    for ent in ctx.table.entities.values():
        if ent.kb is not None or C.Facility not in ent.classes or C.ResearchInstitute in ent.classes:
            continue
        words = ent.label.lower().split()
        cut = next((k for k in range(1, len(words) - 1) if words[k] in ("for", "of")), None)
        if cut is not None and words[cut - 1] in _CENTRE_NOUNS and _STUDY_WORDS.intersection(words[cut + 1:]):
            ent.classes.add(C.ResearchInstitute)
