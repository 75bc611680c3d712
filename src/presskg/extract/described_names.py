"""Classes of unknown names from what the text says they are, do or own, where no head noun types them.

A reader types a name never seen before by the class noun set beside it ("the German company Orbital
Werke", "Vindoren, a Swiss start-up"), by what it does ("operated by Hisdesat", "said Ana Ruiz") or by
what it has ("Orbix's managing director"). The language model's guess (often Person or Organization
by default) gives way to these. The word lists are lexicon classes (``MAKER_VERBS``, ``PERSON_DEEDS``,
the titles); :mod:`~presskg.extract.names` asks these helpers when it types a name.
"""

from __future__ import annotations

from ..vocab import Class as C
from .candidates import Candidate, noun_class
from .classes import ancestors as _ancestors
from .lexicon import HEAD_CLASSES, HEAD_TITLES, MEMBER_TITLES, PASSIVE_AGENTS, POST_TITLES, TITLE_WORDS, WORD_CLASSES
from .ranks import CREW_RANKS
from .title_slots import title_before
from .tree import Tree, verb_key

MAKER_VERBS = WORD_CLASSES["MAKER_VERBS"]
#: Who designs, develops or supplies a thing acts too (lexicon verbs.toml): a centre that does is a body.
_ACTING_VERBS = MAKER_VERBS | WORD_CLASSES["SUPPLY_VERBS"]
PERSON_DEEDS = WORD_CLASSES["PERSON_DEEDS"]
SUCCEED_VERBS = WORD_CLASSES["SUCCEED_VERBS"]
#: Words of a title besides the title nouns: "chief executive", "managing director".
_TITLE_PARTS = frozenset({"chief", "managing", "executive", "general", "deputy", "vice"})
#: Nouns of a cooperation: they say how a name's parties work together, not what it is (lexicon data).
_COOPERATION = frozenset(WORD_CLASSES["COOPERATION_NOUNS"])
_SUBJECTS = ("nsubj", "nsubjpass")


def described_class(tree: Tree, start: int, end: int) -> str | None:
    """The class of a name the model calls a person from a class noun set beside it: "the German company
    Orbital Werke", "Vindoren, a Swiss start-up", "Skybright, a small satellite maker". A reader types an
    unknown name by what the text says it is; a person's class ("NASA astronaut Jeanette Epps") keeps the
    person."""
    head = tree.span_head(start, end)
    tok = tree[head]
    # set off by a comma ("Background: the X mission" is a heading, no name)
    nouns = [c.i for c in tree.children(head, "appos") if c.i >= end and (c.pos == "NOUN" or class_word(tree, c.i))
             and not tree.parallel_apposition(head, c.i) and not _next_item(tree, head, c.i)
             and end < len(tree) and tree[end].text == ","]
    if end + 1 < len(tree) and tree[end].text == ",":  # "backed by Bpifrance, the French export credit agency."
        nouns += [k for k in range(end + 2, min(len(tree), end + 8)) if tree[k].dep == "appos" and tree[k].pos == "NOUN"
                  and tree[k].head < start and min(tree.subtree(k)) == end + 1  # (the parser hung it further back)
                  and not _next_item(tree, head, k)]
    # (a lowercase word the tagger calls a name is a common noun: "the start-up Orbitclean")
    # "Expedition 73 commander Sergei Volkonsky": a crew post right before the name makes the nouns before it
    # the post's (the expedition is what he commands), not what the name is
    # (the parser may set the name beside the expedition: "[Expedition] 73 commander [Volkonsky]" as apposition)
    posted = crew_post_before(tree, head, start)
    if not posted:
        nouns += [c.i for c in tree.children(head, "compound", "nmod") if c.i < start
                  and (c.pos == "NOUN" or c.pos == "PROPN" and c.text.islower())
                  and not tree.on_board(c.i)]  # ("the radar on board Kelvo-2")
    if not posted and tok.dep in ("appos", "compound") and tok.head < start and tree[tok.head].pos == "NOUN" \
            and title_before(tree, start, end) is None:  # (not a post's holder: "by the Chair of X, Anke Lind, and")
        nouns.append(tok.head)  # "the company Orbital Werke": the name is set beside the noun before it
    elif not posted and start > 0 and tree[start - 1].pos == "NOUN" and tree.children(start - 1, "det") \
            and tok.dep in ("npadvmod", "dobj", "nsubj", "conj"):  # the parser cut the name off its noun
        nouns.append(start - 1)  # ("experts from CNES and the Norwegian company [Fjordsat]")
    for i in (i for i in nouns if tree.lemma(i) not in _COOPERATION):  # ("X, a partnership between A and B,")
        cls = noun_class(tree, i) or _hyphened_class(tree, i) or (
            C.Organization if tree.lemma(i) in _APPOSED_BODIES and tree[i].dep == "appos" else None)
        if cls and C.Person not in _ancestors(cls):
            return cls
    return None


CREW_POSTS = WORD_CLASSES["CREW_POSTS"]


def crew_post_before(tree: Tree, head: int, start: int) -> bool:
    """The word right before the name is a crew post the name's head governs: "Expedition 73 commander
    [Sergei Volkonsky]", "the Kestrel-4 flight engineer [Ana Ruiz]" (a post is a person's)."""
    k = start - 1
    return k >= 0 and tree[k].pos == "NOUN" and tree.lemma(k) in CREW_RANKS and (
        tree[k].head == head or tree[k].dep == "compound" and tree[k].head >= start)


def _next_item(tree: Tree, head: int, noun: int) -> bool:
    """"a spectrometer developed at X in California, a laser retroreflector provided by Y, and ...": after a place
    phrase's name, an indefinite noun set off by a comma is a list's next item, not what the place is."""
    return tree[head].dep == "pobj" and tree.lowers[tree[head].head] in ("in", "at", "near", "from") and any(
        c.dep == "det" and c.text.lower() in ("a", "an") for c in tree.children(noun))


#: Nouns that, as a name's apposition, make it a body ("SERTIT, the rapid mapping service of X": lexicon data).
_APPOSED_BODIES = WORD_CLASSES["APPOSED_BODY_NOUNS"]


def class_word(tree: Tree, i: int) -> bool:
    """"Ventus-1, a three-unit CubeSat": a class noun written with a capital, which the tagger takes for a name,
    after a determiner."""
    kids = tree.children(i)  # (not a name's last word: "the Tessaly Space Council")
    return tree[i].pos == "PROPN" and tree.lowers[i] in HEAD_CLASSES and any(c.dep == "det" for c in kids) \
        and not any(c.pos == "PROPN" and c.dep in ("compound", "nmod") for c in kids)


def _hyphened_class(tree: Tree, i: int) -> str | None:
    """The class of a hyphened noun the parser splits: "start-up" is "start", "-", "up"."""
    if i >= 2 and tree[i - 1].text in ("-", "‐") and not tree[i - 1].whitespace:
        return HEAD_CLASSES.get(f"{tree[i - 2].text.lower()}-{tree[i].text.lower()}")
    return None


def maker_class(tree: Tree, start: int, end: int) -> str | None:
    """Organization for one unknown word that builds, supplies or operates ("built by Kortex", "operated by
    Hisdesat", "Orbix will manufacture the panels"): bodies do that, people seldom; a person-shaped name
    ("built by Ana Ruiz") is left to the model."""
    if end - start != 1:
        return None
    tok = tree[start]
    verb = tok.head
    if tok.dep == "pobj" and tree[verb].dep == "agent":
        verb = tree[verb].head
        if tree[verb].pos == "VERB" and verb_key(tree, verb) in PASSIVE_AGENTS:  # ("carried out by": no carrier)
            return PASSIVE_AGENTS[verb_key(tree, verb)]  # "built by Kortex": a company (lexicon roles.toml)
        if tree[verb].pos == "VERB" and tree.lemma(verb) in _ACTING_VERBS:
            return C.Organization  # "developed by Orbix", "supplied by Kortex": what supplies is a body
    elif tok.dep != "nsubj":
        return None
    return C.Organization if tree[verb].pos == "VERB" and tree.lemma(verb) in MAKER_VERBS else None


def maker_agent(t: Tree, i: int) -> bool:
    """Whether token ``i`` is who builds, develops, operates or funds something (``MAKER_VERBS``,
    ``SUPPLY_VERBS``): the agent of the passive ("operated by the X Centre") or the subject of the
    active verb ("the X Centre will operate the satellite"). A place does none of that; a centre named
    so is a body. What is done at or from a place ("built at the X Centre", "operated from X") leaves
    it a place."""
    tok = t[i]
    if tok.dep == "pobj" and t[tok.head].dep == "agent":
        verb = t[tok.head].head
    elif tok.dep == "nsubj" and any(c.dep == "dobj" for c in t.children(tok.head)):
        verb = tok.head
    else:
        return False
    return t[verb].pos == "VERB" and t.lemma(verb) in _ACTING_VERBS


def person_deed(tree: Tree, head: int) -> bool:
    """"said Ana Ruiz", "Ana Ruiz was elected", "the institute's director, Ana Ruiz,": what a person does,
    has done to them, or is (a title the name is set beside)."""
    tok = tree[head]
    if tok.dep in _SUBJECTS and tree.lemma(tok.head) in PERSON_DEEDS:
        return True
    if succeeds_a_person(tree, head):
        return True
    gov = tree.lemma(tok.head)
    return tok.dep == "appos" and tok.head < head and (gov in HEAD_TITLES or gov in MEMBER_TITLES)


def rides_a_craft(tree: Tree, head: int) -> bool:
    """"Marcus Hale launched aboard the Zephyr capsule", "Ana Ruiz flew on board the crew vehicle": the subject
    of a clause that rides aboard a craft told by its noun (a capsule, a spacecraft) is a rider, not a craft;
    "Kestrel-2 lifted off aboard a Vega rocket" rides a rocket and is a craft (lexicon ABOARD_MARKERS)."""
    tok = tree[head]
    if tok.dep != "nsubj" or tree[tok.head].pos != "VERB":
        return False
    verb = tok.head
    objs = [o.i for p in tree.children(verb, "prep") if p.text.lower() in _ABOARD for o in tree.children(p.i, "pobj")]
    objs += [o.i for p in tree.children(verb, "prep") if p.text.lower() == "on" for b in tree.children(p.i, "pobj")
             if b.text.lower() == "board" for q in tree.children(b.i, "prep") for o in tree.children(q.i, "pobj")]
    return any(tree[o].pos == "NOUN" and (cls := noun_class(tree, o)) is not None and C.Spacecraft in _ancestors(cls)
               for o in objs)


_ABOARD = WORD_CLASSES["ABOARD_MARKERS"]
_CREW_VERBS = WORD_CLASSES["CREW_VERBS"]
_CREW_NOUNS = WORD_CLASSES["CREW_NOUNS"]


def fellow_walker(tree: Tree, head: int) -> bool:
    """"X completed a spacewalk with Leah Morrow", "will perform a spacewalk alongside Y": who shares an event only
    people do (lexicon PERSON_EVENT_NOUNS), on the event's noun or on its verb, is a person."""
    tok = tree[head]
    if tok.dep != "pobj" or tree.lowers[tok.head] not in ("with", "alongside"):
        return False
    gov = tree[tok.head].head
    nouns = [gov] + [o.i for o in tree.children(gov, "dobj")]
    return any(tree.lemma(n) in _PERSON_EVENTS for n in nouns)


_PERSON_EVENTS = WORD_CLASSES["PERSON_EVENT_NOUNS"]


def put_on_a_crew(tree: Tree, head: int) -> bool:
    """"ESA assigned Marcus Hale to the Aurora-3 mission", "X was selected for the Kestrel-4 crew", "named Y as
    flight engineer": who a crew verb (CREW_VERBS) puts on a flight's crew, or in a crew post, is a person; "ESA
    selected Orbix to build X" (no flight, no post) or "for the X mission" (a company may be) says nothing."""
    tok = tree[head]
    if tok.dep not in ("dobj", "nsubjpass") or tree.lemma(tok.head) not in _CREW_VERBS:
        return False
    verb = tok.head
    preps = list(tree.children(verb, "prep"))  # ("for the X mission as flight engineer": "as" hung on the mission)
    preps += [q for p in preps for o in tree.children(p.i, "pobj") for q in tree.children(o.i, "prep")]
    for p in preps:
        for o in tree.children(p.i, "pobj"):
            if tree[o.i].pos != "NOUN":
                continue
            if p.text.lower() in ("to", "for") and tree.lemma(o.i) == "crew" or p.text.lower() == "to" \
                    and noun_class(tree, o.i) == C.Mission:
                return True  # "to the Aurora-3 mission", "for the Kestrel-4 crew" (a company is chosen for a mission)
            if p.text.lower() == "as" and tree.lemma(o.i) in _CREW_NOUNS | CREW_POSTS:
                return True  # "as flight engineer", "as commander"
    return False


def succeeds_a_person(tree: Tree, head: int) -> bool:
    """"X succeeds him", "X will replace her", "X takes over from him": the subject at ``head`` who succeeds
    a person is one (lexicon ``SUCCEED_VERBS``; a craft replaces a craft, never "him")."""
    verb = tree[head].head
    if tree[head].dep != "nsubj" or tree.lemma(verb) not in SUCCEED_VERBS and not (
            tree.lemma(verb) == "take" and any(c.text.lower() == "over" for c in tree.children(verb, "prt"))):
        return False
    objs = [c.i for c in tree.children(verb, "dobj")]
    objs += [o.i for p in tree.children(verb, "prep") if p.text.lower() == "from" for o in tree.children(p.i, "pobj")]
    return any(tree[i].text.lower() in ("him", "her") for i in objs)


#: Pronouns that take back a person only.
_PERSONAL = frozenset({"he", "she", "him", "her", "his", "hers"})


def taken_back_as_person(tree: Tree, start: int, end: int) -> bool:
    """"Ivo Sarr spent ten years at the Orla Institute, where he was ...", "Leena Varga heads the agency. She
    ...": a name that a personal pronoun takes back, in its sentence or the next, with no person the model
    marks before it in its sentence nor a person or a title between the name and the pronoun, names a person
    ("it" takes back a body; a body is never "she")."""
    sent = tree.sentence_index(start)
    if any(tree[k].ent_type == "PERSON" for k in range(tree.sentence_of(start).start, start)):
        return False
    for k in range(end, len(tree)):
        # (another person told of first: "Vela Orbital hired a new chief executive. She ...")
        if tree.sentence_index(k) > sent + 1 or tree[k].ent_type == "PERSON" or (
                tree[k].pos == "NOUN" and tree.lemma(k) in POST_TITLES):
            return False
        if tree.lowers[k] in _PERSONAL and tree[k].pos == "PRON":
            return True
    return False


def titled_owner(tree: Tree, cand: Candidate) -> str | None:
    """Organization for one unknown word that owns a title or stands before one: "Orbix's managing director",
    "Orbix chief executive Lena Varga" (a person has no director; a name before a title is its body)."""
    if cand.end - cand.start != 1 or cand.end >= len(tree):
        return None
    tok = tree[cand.start]
    gov = tree[tok.head]
    last = cand.end  # the title words right after the word
    while last < len(tree) and tree[last].pos in ("NOUN", "PROPN") and _title_word(tree.lemma(last)):
        last += 1
    if last > cand.end and (tok.dep == "conj" and gov.i < cand.start or tok.dep == "compound" and gov.i >= last) \
            and last < len(tree) and tree[last].pos == "PROPN" and tree[last].text[:1].isupper():
        # "by ESA's A and Orbix CEO B": the parser joined the word to the name before it, or made it a word of the
        # person's name after the title; the title, then a name, are what tell
        gov = tree[last - 1]
    elif tok.dep not in ("poss", "compound", "nmod") or gov.i <= cand.start:
        return None
    words = [tree.lemma(k) for k in range(cand.end, gov.i + 1) if tree[k].tag != "POS"]
    titled = all(_title_word(w) for w in words)
    # a title in lower case (or "CEO"), or of two capitalized title words at least ("Orbix Chief Executive Officer
    # Lena Varga"): "Scientific Director" is itself a title, not "Scientific"'s director
    titled = titled and (all(tree[k].text.islower() or tree[k].text.isupper() for k in range(cand.end, gov.i + 1))
                         or len(words) >= 2)
    return C.Organization if words and titled else None


def _title_word(lemma: str) -> bool:
    return lemma in TITLE_WORDS or lemma in HEAD_TITLES or lemma in MEMBER_TITLES or lemma in _TITLE_PARTS


def led_person(tree: Tree, head: int) -> bool:
    """"a team led by Ines Lopes", "the panel, chaired by Ilse Novak,", "under the leadership of Marta Quell",
    "the session was chaired by Ana Ruiz", "Ana Ruiz chaired the session": the name is who leads a group of
    people (``PERSON_LED_NOUNS``, by a ``HEAD_VERBS`` verb), who chairs a gathering (a noun of a meeting's or
    conference's class, by a ``CHAIR_VERBS`` verb) or the one "of" a noun of leading (``LEADERSHIP_NOUNS``).
    A group of people has a person at its head, and a meeting a person in the chair; the model often takes
    such a name for a place or a body, or misses it."""
    tok = tree[head]
    if tok.dep == "nsubj" and tree.lemma(tok.head) in _CHAIR_VERBS:  # "Ana Ruiz chaired the session"
        return any(_gathering(tree, o.i) for o in tree.children(tok.head, "dobj")) or any(
            _gathering(tree, o.i) for p in tree.children(tok.head, "prep") if p.text.lower() == "over"
            for o in tree.children(p.i, "pobj"))  # "presided over the session"
    if tok.dep != "pobj":
        return False
    prep = tree[tok.head]
    if prep.text.lower() == "of":
        return tree.lemma(prep.head) in _LEADERSHIP and tree[prep.head].pos == "NOUN"
    verb = tree[prep.head]
    if prep.dep != "agent" or tree.lemma(verb.i) not in _HEAD_VERBS | _CHAIR_VERBS:
        return False
    led = [verb.head] if verb.dep in ("acl", "relcl") else [c.i for c in tree.children(verb.i, "nsubjpass")] + [
        c.i for c in tree.children(verb.head, "nsubjpass") if verb.dep == "conj"]  # "chaired by A and co-chaired by B"
    if tree.lemma(verb.i) in _CHAIR_VERBS and any(_gathering(tree, i) for i in led):
        return True
    return tree.lemma(verb.i) in _HEAD_VERBS and any(_group_of_people(tree, i) for i in led)


def _gathering(tree: Tree, i: int) -> bool:
    """A common noun of a meeting's or a conference's class ("the session", "the ministerial meeting")."""
    cls = noun_class(tree, i) if tree[i].pos == "NOUN" else None
    return cls is not None and bool({C.Meeting, C.Conference} & set(_ancestors(cls)))


def _group_of_people(tree: Tree, i: int) -> bool:
    """A noun of ``PERSON_LED_NOUNS``, alone or as the last word of a compound ("working group")."""
    word = tree.lemma(i)
    before = tree.lemma(i - 1) if i > 0 and tree[i - 1].dep == "compound" else ""
    return word in _PERSON_LED or f"{before} {word}" in _PERSON_LED


_HEAD_VERBS = WORD_CLASSES["HEAD_VERBS"]
_LEADERSHIP = WORD_CLASSES["LEADERSHIP_NOUNS"]
_CHAIR_VERBS = WORD_CLASSES["CHAIR_VERBS"]
_PERSON_LED = WORD_CLASSES["PERSON_LED_NOUNS"]


def employer(tree: Tree, head: int) -> bool:
    """"engineers at Halvern", "a team at Sollen": the name "at" which the people of a body (``WORKER_NOUNS``)
    are is that body."""
    tok = tree[head]
    if tok.dep != "pobj" or tree.lowers[tok.head] != "at":
        return False
    people = tree[tok.head].head
    return tree[people].pos == "NOUN" and tree.lemma(people) in _WORKERS


_WORKERS = WORD_CLASSES["WORKER_NOUNS"]


def joined_as(tree: Tree, head: int) -> bool:
    """"Tomas Varga has joined Orbix as chief technology officer": what a person joins with a title (lexicon
    ``PERSON_JOIN_VERBS``, an "as" phrase of a title noun) is a body."""
    tok = tree[head]
    verb = tok.head
    if tok.dep != "dobj" or tree.lemma(verb) not in _PERSON_JOIN:
        return False
    return any(tree.lemma(o.i) in _TITLE_NOUNS or tree.lowers[o.i] in _TITLE_NOUNS for p in tree.children(verb, "prep")
               if tree.lowers[p.i] == "as" for o in tree.children(p.i, "pobj"))


_PERSON_JOIN = WORD_CLASSES["PERSON_JOIN_VERBS"]
_TITLE_NOUNS = POST_TITLES


def apposed_word(tree: Tree, i: int) -> bool:
    """"supplied by Pyrion, a company based in Salonika": a capitalized word inside a sentence that the tagger
    took for a common noun, with a comma and an apposition of a class noun after it, is a name (the
    apposition then types it, :func:`described_class`)."""
    if i == 0 or i + 1 >= len(tree) or tree[i + 1].text != "," or tree.sentence_of(i).start == i:
        return False
    return any(c.i > i and c.pos == "NOUN" and (noun_class(tree, c.i) or _hyphened_class(tree, c.i)) is not None
               for c in tree.children(i, "appos"))


#: Classes of the things a made-up name is set before the class noun of ("the Lyrion satellites", "the Caldera
#: rocket"): craft, launchers, instruments, missions.
_NAMED_THINGS = (C.Spacecraft, C.LaunchVehicle, C.Instrument, C.Mission)
#: Words of a field of work (lexicon FIELD_NOUNS), which capitalized before a class noun say its kind.
_FIELDS = WORD_CLASSES["FIELD_NOUNS"]


def word_before_thing_noun(tree: Tree, i: int) -> bool:
    """"24 additional Lyrion satellites", "develop the Caldera rocket": a capitalized word inside a sentence that the
    tagger took for a common noun (or a nationality, as it may a word it has not seen), set right before the
    lower-case class noun of a made thing it modifies, is that thing's name (the noun then types it)."""
    t = tree[i]
    if t.pos != "NOUN" or i + 1 >= len(tree) or tree.sentence_of(i).start == i or not t.text.isalpha() \
            or not t.text[:1].isupper() or not t.text[1:].islower() or t.dep != "compound" or t.head != i + 1 \
            or t.text.lower() in _FIELDS:  # ("two Weather satellites": a field's word says a kind, no name)
        return False
    nxt = tree[i + 1]
    cls = noun_class(tree, i + 1) if nxt.pos == "NOUN" and nxt.text.islower() else None
    return cls is not None and any(k in _ancestors(cls) or k == cls for k in _NAMED_THINGS)
