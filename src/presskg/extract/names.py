"""Shapes of proper names the language model cuts or misses, and classes read from a name's context.

Space names are built of pieces: a stem and a designation ("Apollo 17",
"Metop-SG-A", "Canadarm3"), a name given by a naming verb ("an arm called Zephyr"), an
organization known only from a title ("Director of Vela"). The model splits
such names at hyphens and numbers, or leaves them untyped; these helpers put
them back together and give them a class from what surrounds them, so that a
name never seen before is read the way a reader reads it. (A series written once and then elided, "X-3A and -3B",
is read in series.py.)
"""

from __future__ import annotations

import re
from collections.abc import Container

from ..vocab import Class as C
from . import body_names, described_names, post_takers
from .candidates import Candidate, is_acronym, is_coined, noun_class
from .doing import role_class
from .honours import prize_given
from .lexicon import (
    HEAD_CLASSES,
    HEAD_TITLES,
    HONORIFICS,
    MEMBER_TITLES,
    NAMING_VERBS,
    POST_TITLES,
    TABLES,
    TIME_ZONES,
    TITLE_WORDS,
    TRAVEL_VERBS,
    WORD_CLASSES,
)
from .makers import chosen_maker, group_leader
from .predicated_names import predicated_class
from .ranks import after_body_rank, ends_long_title, is_title, past_long_title, titled_apposition, whole_body_title
from .recipients import recipient_class
from .states import state_class, state_owner
from .trade_names import apposed_company, company_form, company_name
from .tree import Tree

#: Dependencies of a verb's subject: active, and passive ("X was launched").
_SUBJECTS = ("nsubj", "nsubjpass")
_PLACING = WORD_CLASSES["LOCATED_PARTICIPLES"]  # "located", "based": what follows "in" is a place
LANDFORM_NOUNS = frozenset(WORD_CLASSES["LANDFORM_NOUNS"])  # "Kepler crater": a place named after someone
_ACQUIRED = TABLES["OBJECTS"]  # "acquired X": what an active verb's object is ("acquire" -> Company)
_HONORIFICS = frozenset(h.rstrip(".") for h in HONORIFICS)
PEERAGE_STYLES = WORD_CLASSES["PEERAGE_STYLES"]
#: Particles of family names, which let a person's name run to five words (lexicon data).
_PARTICLES = frozenset(WORD_CLASSES["SURNAME_PARTICLES"])
#: Nouns of a cooperation, which say how a name's parties work together, not what it is (lexicon data).
_COOPERATION = frozenset(WORD_CLASSES["COOPERATION_NOUNS"])


def is_time_zone(text: str) -> bool:
    """"UTC", "JST": a clock's zone, never a name of its own."""
    return text.strip("()").lower() in TIME_ZONES


def person_start(tree: Tree, start: int, taken: dict[int, list], demonyms: Container[str] = ()) -> int:
    """"Zephyr Ali Al Vela": the model often starts a long name late; earlier proper nouns that modify it
    (compounds of a word inside) belong to it, titles ("Principal Investigator"), other names and a nationality the
    model read as one (one of ``demonyms``: "the French Vela satellite", its "Vela" read as a person's) do not."""
    end_sent = tree.sentence_of(start).start
    while start - 1 >= end_sent:
        prev = tree[start - 1]
        if prev.pos != "PROPN" or not prev.text[:1].isupper() or prev.dep != "compound" or prev.head < start \
                or taken.get(start - 1) or is_acronym(prev.text) \
                or prev.ent_type == "NORP" and prev.text.lower() in demonyms \
                or ({tree.lemma(start - 1), prev.text.lower()} & POST_TITLES) \
                or is_title(tree, start - 1, prev.head + 1) \
                or is_honorific(prev.text) or ends_long_title(tree, start):
            break
        start -= 1
    return start


def name_adjective(tree: Tree, i: int, end: int, gaz) -> bool:
    """"Nordic Spacecraft AB", "Polar Orbiting Systems Ltd": a capitalized adjective that opens a model's
    name of an organization is the name's first word when the name ends on an organization's head noun
    (a legal form, "Systems", "Agency"); a nationality ("Italian Thales Alenia Space", "the Emirati X
    lander") or an adjective before another kind of name is not."""
    t = tree[i]
    if t.pos != "ADJ" or not t.text[:1].isupper() or i + 1 >= end or not tree[i + 1].text[:1].isupper() \
            or t.ent_type == "NORP" or gaz.country_of_word(t.text) is not None:
        return False
    cls = HEAD_CLASSES.get(tree[end - 1].text.lower()) or HEAD_CLASSES.get(tree.lemma(end - 1))
    return cls is not None and C.Organization in [cls, *_ancestors(cls)]


def lone_word(tree: Tree, cand: Candidate) -> bool:
    """One capitalized word, no acronym nor designation, that nothing around types: the model's guess that
    "the Universe", "an Advisor" or "Scientific Director" holds an organization's name is too often wrong."""
    if cand.end - cand.start != 1:
        return False
    t = tree[cand.start]
    return t.text[:1].isupper() and t.text[1:].islower() and t.text.isalpha()


#: A flight's or craft's number at the end of a name: one or two digits, with a letter ("Kestrel 2", "Vela 1B").
_FLIGHT_NUMBER = re.compile(r"^\d{1,2}[A-Z]?$")


def _numbered_class(tree: Tree, start: int, end: int) -> str | None:
    """"Pad 4", "Landing Zone 2": a class noun (or two) right before the number is what the numbered name is."""
    words = [tree[k].text.lower() for k in range(max(start, end - 3), end - 1)]
    return HEAD_CLASSES.get(" ".join(words[-2:])) if len(words) >= 2 and " ".join(words[-2:]) in HEAD_CLASSES \
        else HEAD_CLASSES.get(words[-1]) if words else None


def not_a_person(tree: Tree, start: int, end: int) -> str | None:
    """The class of a name the model calls a person but whose last word is a class noun ("Elysium Planitia",
    "Gamma Ray Monitor"): a person's name does not end with one. Titles are not class nouns here. A name
    someone travels to ("came to Vela Bhavan") is a place, here a facility."""
    last = tree[end - 1]
    if end - start >= 2 and last.text in WORD_CLASSES["NAME_LAW_HEADS"]:
        return C.Agreement  # "the General Space Law": a law (lexicon NAME_LAW_HEADS)
    first = tree[start].text
    opening = HEAD_CLASSES.get(first.lower()) if end - start >= 2 and first[:1].isupper() else None
    if opening is not None and C.Organization in _ancestors(opening) and not is_title(tree, start, end):
        return opening  # "École Polytechnique", "Instituto Nacional X": no person's name opens with a body's noun
    if end - start >= 2 and _FLIGHT_NUMBER.match(last.text) and tree[end - 2].text[:1].isupper():
        # "on Aurora 4", "Kestrel 2 will fly": no person's name ends on a number; a numbered name is a
        # member of a series of flights or craft (series.py), which the words around may tell
        cls = _numbered_class(tree, start, end) or context_class(tree, Candidate(start, end, "model"))
        return cls if cls is not None and C.Person not in _ancestors(cls) else C.Mission
    if described_names.taken_back_as_person(tree, start, end) and last.text.lower() not in HEAD_CLASSES \
            and tree.lemma(end - 1) not in HEAD_CLASSES:
        return None  # "the medal went to Tariq Haddad for his work": the pronoun says a person
    if (received := recipient_class(tree, tree.span_head(start, end)) or chosen_maker(
            tree, tree.span_head(start, end))) is not None:  # "selected Corvane to supply X": a company too
        return received  # "contracts went to Ulvane": who receives a contract is a company, not a place
    bought = tree[last.head].head if last.dep == "pobj" and tree[last.head].dep == "agent" else last.head
    if (last.dep in ("dobj", "obj") or last.dep == "pobj" and bought != last.head) and bought < start \
            and _ACQUIRED.get(tree.lemma(bought)) == C.Company:
        return C.Company  # "X acquired Quantix Orbital", "... was bought by Halvard Marine": companies, no people
    if last.dep == "pobj" and tree[last.head].text.lower() == "to" \
            and tree.lemma(tree[last.head].head) in TRAVEL_VERBS and not prize_given(tree, tree[last.head].head):
        return C.Facility  # "came to Vela Bhavan in Bengaluru": people go to places, not to people
    if company_name(tree, start, end) or apposed_company(tree, start, end):
        return C.Company  # "Helvor Aerospace", "Harwick Space, a subsidiary of X": a company, not a person
    if (made := post_takers.made_designation(tree, start, end)) is not None:
        return made  # "ChaSTE-X, built by X,": a coined designation that is made is a thing
    if (said := predicated_class(tree, Candidate(start, end, "model"))) is not None:
        return said  # "the first lander will be called Luna Nova": what the description is
    beside = described_names.described_class(tree, start, end) or (  # "ETH Zurich": a body's short name and town
        C.Organization if body_names.acronym_first(tree, start, end) else None)
    if beside == C.Organization and company_form(tree, start, end):
        return C.Company  # "the satellite operator Kelvane GmbH": a legal form says more than "operator"
    if beside is not None and C.Agent in _ancestors(beside):
        return beside  # "the Portuguese company Atlantis Launch": the body's noun beside it, not its last word
    cls = HEAD_CLASSES.get(last.text.lower()) or HEAD_CLASSES.get(tree.lemma(end - 1))
    first = HEAD_CLASSES.get(tree.lowers[start]) if tree[start].text[:1].isupper() and end - start >= 2 else None
    if cls is None and first is not None and C.Organization in _ancestors(first):
        return first  # "Politecnico di Milano", "Institut Pasteur": a body's class noun first, no person's name
    if cls is None and (last.dep == "compound" or last.dep == "nmod" and all(  # ("the X reusable spaceplane")
            tree[k].pos in ("ADJ", "NOUN") for k in range(end, last.head))) and last.head >= end \
            and tree[last.head].pos == "NOUN":
        cls = noun_class(tree, last.head)  # "the Lunar Pathfinder rover": the class noun the name modifies
        if cls is not None and C.Agent not in _ancestors(cls):
            return cls
        cls = None
    if cls is None:
        return described_names.described_class(tree, start, end) or described_names.maker_class(
            tree, start, end) or group_leader(tree, tree.span_head(start, end))  # "a consortium led by X Y"
    if end - start < 2 or last.text.lower() in TITLE_WORDS or C.Agent in _ancestors(cls) \
            and C.Person in _ancestors(cls):
        return None
    return cls


def _ancestors(cls: str) -> list[str]:
    from .classes import ancestors

    return ancestors(cls)


def keeps_title(tree: Tree, i: int, end: int) -> bool:
    """"the Executive Council", "the General Assembly": a title word before an organization noun is part of
    the name, not a person's title to strip."""
    nxt = i + 1
    return nxt < end and (tree.lemma(nxt) in HEAD_CLASSES or tree[nxt].text.lower() in HEAD_CLASSES) \
        and tree[nxt].text.lower() not in TITLE_WORDS and past_long_title(tree, nxt, end) == nxt  # ("Deputy
    # Project Scientist A B": "Project" opens a title, no body's name)


#: The source of a model's place ("GPE", "LOC") while its context is read: a place says nothing and is
#: appointed to nothing, so a person's deed makes a person-shaped one a person (an organization's does not:
#: "Blue Origin said" is the company).
PLACE_SHAPED = "model:place"
#: The source of a model's organization while its context is read: only a post given to it makes a
#: person-shaped one a person.
ORG_SHAPED = "model:organization"


def landform_name(tree: Tree, cand: Candidate) -> str | None:
    """"the Moon's Shackleton crater", "Von Karman crater": a name with the landform's noun written in lower case
    after it (lexicon ``LANDFORM_NOUNS``) is the place's name with its noun too, a name the release gives it;
    else None."""
    if cand.end < len(tree) and tree[cand.end].text in LANDFORM_NOUNS and tree[cand.end - 1].whitespace:
        return tree.span_text(cand.start, cand.end + 1)
    return None


def named_class(tree: Tree, cand: Candidate) -> str | None:
    """"an arm called X", "her mission, named X": the class of the noun a naming participle (NAMING_VERBS)
    gives the name at ``cand``, which is the participle's object complement; "Kepler crater", "the Apollo
    basin": a place, the name of a landform (a noun of lexicon ``LANDFORM_NOUNS`` in lower case right after
    it) named after a mission or a person; else None."""
    if cand.end < len(tree) and tree[cand.end].text in LANDFORM_NOUNS:
        return C.Place
    tok = tree[tree.span_head(cand.start, cand.end)]
    gov = tree[tok.head]
    if tok.dep in ("oprd", "dobj", "xcomp", "attr", "npadvmod") and tree.lemma(gov.i) in NAMING_VERBS \
            and gov.dep == "acl" and tree[gov.head].pos == "NOUN":
        return noun_class(tree, gov.head)
    return None


def context_class(tree: Tree, cand: Candidate) -> str | None:
    """Class of an unknown name from the words around it, when no head noun gives one:

    - a placing participle (lexicon LOCATED_PARTICIPLES): "the centre, located in Braga" → Place;
    - a naming verb: "a robotic arm called Vela", "the rover, named Zephyr" → the named noun's class;
    - the description it is said to be: "the first lander will be Vela", "the rover is named Zephyr";
    - an apposition after it: "Vela, a lunar lander," → Lander; "in Inuvik, Northwest Territories" → Place;
    - a title "of" it: "Director of Vela", "President of the Zephyr Institute" → Organization;
    - what it does (:mod:`~presskg.extract.doing`): "Vela landed", "Vela was launched", "the launch of
      Vela" → Spacecraft, "Orbex launched the satellite" → Organization, "chose Vela as its mission" → Mission;
    - what it owns: "Vela's Zephyr Research Center", "Vela's institute" → Organization;
    - a title in lower case before it: "NASA astronaut Ana Ruiz" → Person.
    """
    head = tree.span_head(cand.start, cand.end)
    tok = tree[head]
    gov = tree[tok.head]
    named = named_class(tree, cand) or predicated_class(tree, cand)
    if named is not None:
        return named
    if tok.dep == "pobj" and gov.text.lower() in ("in", "at", "near") and tree[gov.head].tag == "VBN" \
            and tree.lemma(gov.head) in _PLACING:
        return C.Place  # "the centre, located in Braga", "a firm based in Aveiro": where a thing is put
    if cand.end + 1 < len(tree) and tree[cand.end].text == "-" and tree.lemma(cand.end + 1) in _PLACING and (
            (owner := tree[cand.end + 1].head) != cand.end + 1 and (tree[owner].pos == "PROPN" or (
                (k := noun_class(tree, owner)) is not None and C.Organization in _ancestors(k)))):
        return C.Place  # "the Torvik-based company Orbix", "Halden-based Kelvar Space" (not "Orbix-based tools")
    for child in tree.children(head, "appos"):  # ("Orla, a partnership between A and B,": no class, a cooperation)
        if child.i > head and child.pos == "NOUN" and not tree.parallel_apposition(head, child.i) \
                and tree.lemma(child.i) not in _COOPERATION:
            cls = noun_class(tree, child.i)
            if cls:
                return cls
    if tok.dep == "pobj" and gov.text.lower() in ("in", "at", "near", "from") and any(
            c.i > head and c.ent_type in ("GPE", "LOC") for c in tree.children(head, "appos")):
        return C.Place  # "a ground station in Inuvik, Northwest Territories": a place in the region set after it
    if _person_shaped(tree, cand):
        # "X Y, who is ...", "X Y, Director of Z": a relative "who" or a title set beside the name
        if any(w.text.lower() in ("who", "whom") for r in tree.children(head, "relcl") for w in tree.children(r.i)):
            return C.Person
        if titled_apposition(tree, head):
            return C.Person
        # "built by Ana Ruiz and her team", "A B and his colleagues": joined to what a person's pronoun owns
        if any(tree.lowers[p.i] in ("his", "her") for c in tree.children(head, "conj")
               for p in tree.children(c.i, "poss")):
            return C.Person
        titles = HEAD_TITLES | MEMBER_TITLES
        k = cand.end
        if k + 1 < len(tree) and cand.start == tree.sentence_of(cand.start).start \
                and tree.lemma(k) in titles | TITLE_WORDS and tree[k + 1].text == ",":
            return C.Person  # a signature: "Lidia Arnvik / President, JAXA" (a name's line, then its title's)
        # "with the Prime Minister and Katla Ulvhaug as witnesses": joined to a title, which names a person; "whose
        # Minister is Ilse Ekvall": what a title is
        if tok.dep == "conj" and gov.i < cand.start and {tree.lemma(gov.i), gov.text.lower()} & titles \
                or tok.dep == "attr" and tree.lemma(gov.i) == "be" and any(
                    {tree.lemma(c.i), c.text.lower()} & titles for c in tree.children(gov.i, "nsubj")):
            return C.Person
        # "the Minister for Science, Ana Ruiz, said": set after a title by commas (its apposition, or its conjunct)
        if tok.dep in ("appos", "conj") and gov.i < cand.start and tree[cand.start - 1].text == "," \
                and cand.end < len(tree) and tree[cand.end].text == "," \
                and {tree.lemma(gov.i), gov.text.lower()} & (HEAD_TITLES | MEMBER_TITLES):
            return C.Person
    if tok.dep == "pobj" and gov.text.lower() == "of" and gov.head != gov.i:
        title = tree[gov.head]
        words = {tree.lemma(title.i), title.text.lower()}
        # right after "of" (or "of the"), from a title right before it: not "of European and X Matters"
        # and a name of two words, an acronym or a coined word ("CEO of OrbitKeep"): "Director of Science" is a
        # post, not a body
        # one person's title: "officials of X" may be a delegation
        # (a whole body's head's title names a body however short, whatever the tagger says: "the Chair of Orbix")
        adjacent = title.i == gov.i - 1 and cand.start in (gov.i + 1, gov.i + 2) and title.tag not in ("NNS", "NNPS") \
            and (whole_body_title(tree, gov.i) or tok.tag != "NNPS" and (
                cand.end - cand.start >= 2 or is_acronym(tok.text) or is_coined(tok.text)))
        at_body = cand.end < len(tree) and tree.lowers[cand.end] == "at"  # "Director of Space Transportation at ESA"
        if words & (HEAD_TITLES | MEMBER_TITLES) and adjacent and not at_body:
            return C.Organization
    if (state := state_owner(tree, cand.start, cand.end)) is not None:
        return state  # "Norvane's national space agency", "the government of Norvane": only a state has one
    if (tok.dep == "poss" or head + 1 < len(tree) and tree[head + 1].tag == "POS") and gov.i >= cand.end:
        owned = noun_class(tree, gov.i) or HEAD_CLASSES.get(gov.text.lower())
        if owned and (C.Organization in _ancestors(owned) or C.Facility in _ancestors(owned)):
            return C.Organization  # only a body owns a centre, a laboratory or an institute
    if cand.source in (ORG_SHAPED, PLACE_SHAPED) and _person_shaped(tree, cand) and \
            described_names.taken_back_as_person(tree, cand.start, cand.end):
        return C.Person  # "Ivo Sarr heads X. He ...": "he" says more than what the name does
    if cand.source != PLACE_SHAPED and (described_names.employer(tree, head) or described_names.joined_as(tree, head)):
        return C.Organization  # "engineers at Halvern", "joined Orbix as CTO": a body (a town the model saw stays one)
    if cand.source == PLACE_SHAPED and (state := state_class(tree, cand.start, cand.end)) is not None:
        return state  # "Valdoria signed the Accords": a place that signs or joins is a state
    if _person_shaped(tree, cand) and (after_body_rank(tree, cand.start) or described_names.rides_a_craft(tree, head)
                                       or described_names.put_on_a_crew(tree, head)
                                       or described_names.fellow_walker(tree, head)):
        return C.Person  # "cosmonauts A and B landed", "A launched aboard the capsule", "assigned A to the mission"
    role = role_class(tree, cand.start, cand.end)  # what it does: "Vela landed", "Orbex launched X"
    if role is not None:
        return role
    if _person_shaped(tree, cand):
        # "NASA astronaut Ana Ruiz", "chief engineer Lena Varga": a title in lower case right before two
        # to four capitalized words (the tagger may miss the person, even take "astronaut" for a verb)
        title = tree[cand.start - 1] if cand.start > 0 else tree[head]
        if title.text.islower() and (title.text in MEMBER_TITLES or title.text in HEAD_TITLES):
            return C.Person
        if cand.source == "pattern:proper-noun" and title.i < cand.start and tree.lemma(title.i) in TITLE_WORDS:
            return C.Person  # "DLR Chair Anke Lind": the chunk's title, stripped from it, was a person's
        if cand.source in ("pattern:proper-noun", PLACE_SHAPED) and described_names.person_deed(tree, head):
            return C.Person  # a place says nothing: "Zanele Mbeki said", read as a place by the model
        if cand.source in ("pattern:proper-noun", ORG_SHAPED) and post_takers.takes_a_post(tree, head) or (
                cand.source == ORG_SHAPED and (post_takers.given_a_post(tree, head)
                                               or described_names.succeeds_a_person(tree, head))):
            return C.Person  # "X serves as President of Y", "X was appointed Director", "X will succeed her"
        if cand.source in ("pattern:proper-noun", PLACE_SHAPED, ORG_SHAPED) and described_names.led_person(tree, head):
            return C.Person  # "a team led by Ines Lopes", "under the leadership of Marta Quell"
    return described_names.maker_class(tree, cand.start, cand.end) or described_names.titled_owner(tree, cand)


def _person_shaped(tree: Tree, cand: Candidate) -> bool:
    """Two to four capitalized words, none an acronym, not after "the": "Volker Stein", not "ZKRA" nor "Vela Space
    Agency" nor "a lectureship at the Brenn Pelwin"; five with a family name's particle inside ("Salem Butti Salem
    Al Qubaisi": lexicon ``SURNAME_PARTICLES``)."""
    if cand.start and tree.lowers[cand.start - 1] == "the":
        return False
    words = [tree[i] for i in range(cand.start, cand.end)]
    most = 5 if any(tree.lowers[w.i] in _PARTICLES for w in words[1:-1]) else 4
    return 2 <= len(words) <= most and all(w.pos == "PROPN" and w.text[:1].isupper() and not is_acronym(w.text)
                                           and tree.lemma(w.i) not in HEAD_CLASSES for w in words)


def past_dangling_word(tree: Tree, end: int) -> int:
    """Where a model name that ends on a function word really ends: over the proper nouns that
    follow it in its sentence ("Strategy for | Canada"), else just before that word."""
    limit = tree.sentence_of(end - 1).end
    k = end
    while k < limit and tree[k].pos == "PROPN" and tree[k].text[:1].isupper():
        k += 1
    if k > end and tree[end - 1].pos == "ADP":
        return k
    while end > 1 and tree[end - 1].pos in ("ADP", "DET", "SCONJ"):
        end -= 1
    return end


def is_honorific(text: str) -> bool:
    """"Dr", "Mrs.", "Sir": a word before a name that is no part of it (lexicon ``HONORIFICS``)."""
    return text.lower().rstrip(".") in _HONORIFICS


def honorific_before(tree: Tree, i: int) -> bool:
    return i > 0 and is_honorific(tree[i - 1].text)


def peer(tree: Tree, start: int, end: int) -> bool:
    """A run of names a peer's style opens (lexicon ``PEERAGE_STYLES``: "Lord Vallance"; not "the Lady Chapel")."""
    return end - start > 1 and tree.lowers[start] in PEERAGE_STYLES and not (start and tree[start - 1].pos == "DET")


def owner_cut(tree: Tree, start: int, end: int) -> bool:
    """The owner word ``start`` opening a model's name is no part of it: before more words, or a class noun
    ("the Agency's Director General": the body told of before). A lone name that owns ("Kestria's coastline",
    "Orbix's satellite") is a name."""
    return end - start > 1 or tree.lowers[start] in HEAD_CLASSES or start > 0 and tree[start - 1].pos == "DET"
