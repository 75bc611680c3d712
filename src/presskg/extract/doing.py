"""What an unknown name is, read from what the sentence has it do.

A proper noun that the model leaves untyped, that no head noun, apposition or the
knowledge base types, is dropped: a capitalized word alone is not evidence of a
thing (:func:`~presskg.extract.names.context_class` asks here last). What the
clause has it do often is. A name that lifts off, lands or enters orbit is a
craft ("Kestrel lifted off aboard a Falcon 9"); a name that launches something
is an organization ("Orbex launched the Tarsier satellite"); a name that is
launched is a craft ("Tarsier was launched on 3 May", "the launch of Tarsier",
"Tarsier is scheduled to launch"); a name taken "as" a thing of a class is of
that class ("the agency selected Corvid as its next Earth Explorer mission"); a
name that signs "on behalf of" a body is a person. The verbs, and the class each
gives its subject, are lexicon data (``roles.toml``): a word joins a class
there, not here.

>>> from presskg.model import Parse, Token
>>> toks = [Token(0, "Kestrel", 0, "Kestrel", "PROPN", "NNP", "nsubj", 1, "", "O", " "),
...         Token(1, "lifted", 8, "lift", "VERB", "VBD", "ROOT", 1, "", "O", " "),
...         Token(2, "off", 15, "off", "ADP", "RP", "prt", 1, "", "O", "")]
>>> from presskg.extract.tree import Tree
>>> str(role_class(Tree(Parse(tuple(toks), (), ()), "Kestrel lifted off"), 0, 1))
'Spacecraft'
"""

from __future__ import annotations

from ..vocab import Class
from . import lexicon
from .candidates import counted_from, noun_class
from .classes import ancestors
from .clauses import fronted_aboard, name_taken_for_adverb
from .described_names import class_word
from .designations import designated_span
from .lexicon import (
    DESIGNATED_DOING,
    DESIGNATED_MADE,
    INTRANSITIVE_SUBJECTS,
    OBJECTS,
    PASSIVE_AGENTS,
    PASSIVE_SUBJECTS,
    TRANSITIVE_SUBJECTS,
)
from .makers import charged_maker, chosen_crew, chosen_maker, group_leader, subject_maker
from .nominal import making_key
from .paired_places import listed_place
from .placing import in_orbit, placed_class
from .recipients import recipient_class
from .tree import Tree, verb_key

_OBJECTS = ("dobj", "obj", "attr")
_CURRENCY = lexicon.WORD_CLASSES["CURRENCY_NOUNS"]
_LAUNCH_VERBS = lexicon.WORD_CLASSES["LAUNCH_VERBS"]


def role_class(tree: Tree, start: int, end: int) -> Class | None:
    """The class of the name at ``[start, end)`` that its role in the clause gives, or None."""
    h = tree.span_head(start, end)
    t = tree[h]
    verb = t.head
    if verb == h:
        return None
    # "X placed Y into orbit"
    cls = _taken_as(tree, h, verb) or placed_class(tree, h, designated_span(tree, start, end))
    if cls is not None:
        return cls
    if designated_span(tree, start, end) and _apposed_contribution(tree, h, end):
        return Class.Spacecraft  # "Canadarm3, Canada's contribution to the Gateway": a thing contributed
    if designated_span(tree, start, end) and _owns_instrument(tree, h):
        return Class.Spacecraft  # "Kelva-3's main instrument", "one of three instruments on Kelva-3"
    if t.dep == "poss" and tree.lemma(verb) in _PAYLOADS:
        return Class.Spacecraft  # "Vela's payload includes ...": what carries a payload is a craft, whatever its name
    if t.dep == "pobj" and tree.lowers[verb] in ("to", "in") and tree.lemma(tree[verb].head) in _PARTICIPATIONS \
            and designated_span(tree, start, end):
        return Class.Spacecraft  # "CNES's contribution to Kelva-3", "its participation in Kelva-3"
    if (t.dep == "pobj" and tree.lowers[verb] == "of" and tree.lemma(tree[verb].head) in _HANDED_OVER
            or t.dep == "poss" and tree.lemma(verb) in _HANDED_OVER) and designated_span(tree, start, end):
        return Class.Spacecraft  # "the handover of Tessaro-A to EUMETSAT", "Tessaro-A's operations"
    if t.dep == "pobj" and tree.lowers[verb] == "of" and tree[tree[verb].head].pos == "NOUN":
        noun = tree[verb].head  # "the launch of Kestrel", "the touchdown of Kelva-2"
        return PASSIVE_SUBJECTS.get(tree.lemma(noun)) or _event_noun_class(tree, noun)
    if t.dep == "poss" and tree[verb].pos == "NOUN" and (cls := _event_noun_class(tree, verb)) is not None:
        return cls  # "Kestrel's launch", "Zephyr's landing"
    if t.dep == "pobj" and tree[verb].dep == "agent" and tree[tree[verb].head].pos == "VERB":
        if _on_behalf(tree, tree[verb].head):
            return Class.Person  # "the accord was signed by Halvor Dahl on behalf of the Norwegian Space Agency"
        return PASSIVE_AGENTS.get(making_key(tree, tree[verb].head))  # "the satellite will be built by Tekever"
    for r in tree.children(h, "relcl"):  # "Skyrora, which is based in Glasgow": the relative's passive subject
        if any(c.dep == "nsubjpass" and c.text.lower() in ("which", "that") for c in tree.children(r.i)):
            cls = PASSIVE_SUBJECTS.get(verb_key(tree, r.i))
            if cls is not None:
                return cls
    for r in tree.children(h, "acl"):  # "Terranic, based in Oslo,", "Kestrel, launched in 2019,": a participle
        if r.tag == "VBN" and r.i > h and not any(c.dep in ("nsubj", "nsubjpass") for c in tree.children(r.i)):
            cls = PASSIVE_SUBJECTS.get(verb_key(tree, r.i))  # set beside the name is its passive
            if cls is not None:
                return cls
    received = recipient_class(tree, h) or chosen_maker(tree, h) or chosen_crew(tree, start, end) or group_leader(
        tree, h) or charged_maker(tree, start, end) or subject_maker(tree, start, end)
    if received is not None:
        return received
    if _hand_made(tree, h):
        return Class.Spacecraft
    aboard = _aboard_class(tree, h)
    if aboard is not None:
        return aboard
    if t.dep == "pobj" and tree.lowers[verb] == "on" and designated_span(tree, start, end):
        flier = _flier(tree, tree[verb].head)  # "NASA astronaut Daniel Reyes will fly on Crew-14": a person's flight;
        if flier is not None:  # "the satellite will fly on Kestra-2": a craft's rocket
            return flier
    if _gathered_in(tree, h) or _facility_in(tree, h) or listed_place(tree, start, end):
        return Class.Place  # ("tested in Halden and Morvik": a place's conjunct)
    if t.dep == "pobj" and tree.lowers[verb] == "from" and tree.lemma(tree[verb].head) in _SENT_DOWN \
            and designated_span(tree, start, end):
        return Class.Spacecraft  # "data from Hestia-1", "the first images from Corvo-3"
    if t.dep == "pobj" and tree.lowers[verb] == "from" and tree.lemma(_verb_of(tree, tree[verb].head)) in _PROCURE:
        return Class.Company  # "ordered 24 satellites from Stellarch": who sells a made thing makes it
    if tree[verb].pos not in ("VERB", "AUX"):
        return None
    key = making_key(tree, verb)
    dep = t.dep
    if name_taken_for_adverb(tree, verb) == h:  # "Aurora-3 lifted off": a designation the tagger took for an adverb
        dep = "nsubjpass" if any(c.dep == "auxpass" for c in tree.children(verb)) else "nsubj"
    if dep in ("nsubj", "nsubjpass"):  # "Kestrel is scheduled to launch", "is set to lift off"
        for x in tree.children(verb, "xcomp"):
            if x.pos == "VERB" and not any(c.dep in _OBJECTS for c in tree.children(x.i)):
                cls = INTRANSITIVE_SUBJECTS.get(verb_key(tree, x.i))
                if cls is not None:
                    return cls
    for x in tree.children(verb, "advcl") if dep == "nsubj" else ():  # "Launched in 2014, Tarvos mapped the Earth"
        if x.tag == "VBN" and x.i < h and not any(c.dep in ("nsubj", "nsubjpass") for c in tree.children(x.i)) \
                and (cls := PASSIVE_SUBJECTS.get(verb_key(tree, x.i))) is not None:
            return cls  # (a fronted participle with no subject of its own is the name's passive)
    if dep in ("nsubj", "nsubjpass") and key in lexicon.WORD_CLASSES["SCHEDULE_VERBS"]:
        cls = _scheduled_for(tree, verb)  # "Hestia-2 is scheduled for launch in 2028"
        if cls is not None:
            return cls
    if dep in ("nsubjpass", "dobj"):  # "Vela was launched", "ISRO launched Cartosat-3": what undergoes the verb
        got = (PASSIVE_SUBJECTS if dep == "nsubjpass" else OBJECTS).get(key)
        return got if got is not None or not designated_span(tree, start, end) else DESIGNATED_MADE.get(key)
    if dep != "nsubj":
        return None
    if (end - start == 1 or designated_span(tree, start, end)) and in_orbit(tree, verb):
        return Class.Spacecraft  # "Orveo has been in orbit since 2019" (a person's two names are left to the model)
    if key == "be" and fronted_aboard(tree, verb):
        return None  # "On board Tarsis are a seismometer and a camera": what is aboard, not what Tarsis is
    if key in ("be", "become", "remain"):  # "Kestrel is (became) the fourth satellite of the programme"
        # ("Kestrel is the first of four satellites of X": the noun the member is counted from)
        attrs = [counted_from(tree, a.i) for a in tree.children(verb, "attr")]
        return next((cls for a in attrs if (tree[a].pos == "NOUN" or class_word(tree, a)) and (
            cls := _part_of_programme(tree, a) or noun_class(tree, a))), None)
    if _on_behalf(tree, verb):
        return Class.Person  # "Halvorsen signed the agreement on behalf of the Norwegian Space Agency"
    objects = [c.i for c in tree.children(verb) if c.dep in _OBJECTS]
    if objects:  # "Kestrel entered orbit": the verb with its object noun first ("enter orbit"), then the verb
        obj = objects[0]  # an amount is "money": "Skyrora received 4 million pounds"
        what = "money" if tree[obj].ent_type == "MONEY" or tree.lemma(obj) in _CURRENCY else tree.lemma(obj)
        with_object = TRANSITIVE_SUBJECTS.get(f"{key} {what}")
        got = with_object if with_object is not None else TRANSITIVE_SUBJECTS.get(key)
    else:
        got = INTRANSITIVE_SUBJECTS.get(key)
    # "Oceanis-4 carries three instruments", "Oceanis-4 will observe the Baltic Sea": what a craft does
    return got if got is not None or not designated_span(tree, start, end) else DESIGNATED_DOING.get(key)


def _event_noun_class(tree: Tree, noun: int) -> Class | None:
    """What the name an event noun is said of is, by the verb the noun stands for (lexicon SCHEDULED_EVENT_VERBS:
    "landing", "touchdown" stand for "land", "touch down", whose subject is a craft)."""
    said = lexicon.TABLES["SCHEDULED_EVENT_VERBS"].get(tree.lemma(noun))
    if said is None:
        return None
    undergone = said in lexicon.WORD_CLASSES["SCHEDULED_UNDERGONE"]
    return (PASSIVE_SUBJECTS if undergone else INTRANSITIVE_SUBJECTS).get(said)


def _flier(tree: Tree, verb: int) -> Class | None:
    """What a designation after "on" is, by who flies: ``verb`` a verb of flight (lexicon ``CREW_FLIGHT_VERBS``: "fly",
    "travel") whose subject is a person the model names (a crewed flight: a mission) or a craft's class noun (its
    rocket); else None."""
    if tree[verb].pos != "VERB" or verb_key(tree, verb) not in _CREW_FLIGHT:
        return None
    for c in tree.children(verb, "nsubj"):
        if any(tree[k].ent_type == "PERSON" or tree.lemma(k) in _CREW_POSTS for k in tree.subtree(c.i)):
            return Class.Mission  # (a person the model names, or one with a crew post: "OSA astronaut A")
        cls = noun_class(tree, c.i) if c.pos == "NOUN" else None
        if cls is not None and Class.Spacecraft in ancestors(cls):
            return Class.LaunchVehicle
    return None


def _aboard_class(tree: Tree, h: int) -> Class | None:
    """"the camera flew aboard Corvid", "installed on board Tarsis", "sensors aboard Oceanis-4": what things ride
    aboard (``ABOARD_MARKERS``) is a craft; the rocket after a verb of leaving the ground ("lifted off aboard
    Zephyr", ``ROCKET_RIDE_VERBS``)."""
    t = tree[h]
    if t.dep != "pobj":
        return None
    prep = tree[t.head]
    word = prep.text.lower()
    if word == "on" and h > 0 and tree.on_board(h - 1) and tree[h - 1].head in (h, prep.i):
        word = "on board"
    if word not in _ABOARD:
        return None
    on = prep.head
    if tree[on].pos == "VERB" and verb_key(tree, on) in _ROCKET_RIDE:
        return Class.LaunchVehicle
    return Class.Spacecraft


def _apposed_contribution(tree: Tree, h: int, end: int) -> bool:
    """A contribution's noun (lexicon ``PARTICIPATION_NOUNS``) is set beside the name at ``h``: its apposition, or
    the phrase right after its comma, however the parser hung it ("X, Canada's contribution to Y": a second object)."""
    if any(tree.lemma(a.i) in _PARTICIPATIONS for a in tree.children(h, "appos")):
        return True
    if end >= len(tree) or tree[end].text != ",":
        return False
    return any(tree.lemma(k) in _PARTICIPATIONS and tree[k].pos == "NOUN" and min(tree.subtree(k)) == end + 1
               for k in range(end + 1, min(end + 6, len(tree))))


def _owns_instrument(tree: Tree, h: int) -> bool:
    """The name at ``h`` owns an instrument ("Kelva-3's main instrument") or carries one "on" it ("three
    instruments on Kelva-3"): only a craft does, for a name of a designation's shape (no place is one)."""
    t = tree[h]
    if t.dep == "poss":
        owned = t.head
    elif t.dep == "pobj" and tree.lowers[t.head] == "on" and tree[t.head].head != t.head:
        owned = tree[t.head].head
    else:
        return False
    return tree[owned].pos == "NOUN" and noun_class(tree, owned) == Class.Instrument


def _hand_made(tree: Tree, h: int) -> bool:
    """The name at ``h``, or the list it is in, is made by hand and tools (lexicon ``HANDS_ON_MAKING_VERBS``) by a
    maker the clause names: "Argo was built by OHB", "Kestrel and Lyra were built by OHB", "Orbix assembled Argo".
    A thing so made is a craft unless something else types it (a plain word's name was left untyped, and out)."""
    r = tree[tree.conj_root(h)] if tree[h].dep == "conj" else tree[h]
    if r.dep not in ("nsubjpass", "dobj") or r.head == r.i:
        return False
    return making_key(tree, r.head) in _HANDS_ON and (r.dep == "dobj" or bool(tree.children(r.head, "agent")))


def _scheduled_for(tree: Tree, verb: int) -> Class | None:
    """"Hestia-2 is scheduled for launch", "Zephyr is set for landing in May": the class of the subject of the
    verb the event noun of the "for" phrase stands for (``SCHEDULED_EVENT_VERBS``), as for "Hestia-2's launch"."""
    for p in tree.children(verb, "prep"):
        if tree.lowers[p.i] != "for":
            continue
        for o in tree.children(p.i, "pobj"):
            said = lexicon.TABLES["SCHEDULED_EVENT_VERBS"].get(tree.lemma(o.i))
            if said is not None:
                return (PASSIVE_SUBJECTS if said in lexicon.WORD_CLASSES["SCHEDULED_UNDERGONE"]
                        else INTRANSITIVE_SUBJECTS).get(said)
    return None


def _gathered_in(tree: Tree, h: int) -> bool:
    """"the ministers met in Larnis", "signed an agreement in Larnis on 30 April": where people meet or sign
    (``MEETING_PLACE_VERBS``, ``SIGN_VERBS``; the "in" on the verb or on the deal it signs) is a place."""
    t = tree[h]
    if t.dep != "pobj" or tree.lowers[t.head] != "in":
        return False
    on = tree[t.head].head
    if tree[on].pos == "NOUN" and tree[on].dep in ("dobj", "obj"):
        on = tree[on].head
    return tree[on].pos == "VERB" and tree.lemma(on) in _MEETING_PLACE_VERBS


def _facility_in(tree: Tree, h: int) -> bool:
    """"the mission control centre in Tromsø", "a ground station at Kelmar": where a facility noun (a class
    noun below Facility) stands is a place."""
    t = tree[h]
    if t.dep != "pobj" or tree.lowers[t.head] not in ("in", "at", "near"):
        return False
    on = tree[t.head].head
    cls = noun_class(tree, on) if tree[on].pos == "NOUN" else None
    return cls is not None and Class.Facility in ancestors(cls)


_MEETING_PLACE_VERBS = lexicon.WORD_CLASSES["MEETING_PLACE_VERBS"] | lexicon.WORD_CLASSES["SIGN_VERBS"]
_ABOARD = lexicon.WORD_CLASSES["ABOARD_MARKERS"]
_SENT_DOWN = lexicon.WORD_CLASSES["SENT_DOWN_NOUNS"]
_PROCURE = lexicon.WORD_CLASSES["PROCURE_VERBS"]


def _verb_of(tree: Tree, i: int) -> int:
    """The verb whose object is the noun at ``i`` ("ordered [the X satellite] from Y"), or ``i`` itself."""
    return tree[i].head if tree[i].pos == "NOUN" and tree[i].dep in ("dobj", "nsubjpass") else i
#: Nouns of handing a thing over or of running it ("the handover of X", "took over the operations of X").
_HANDED_OVER = lexicon.WORD_CLASSES["HANDOVER_NOUNS"] | lexicon.WORD_CLASSES["OPERATIONS_NOUNS"]
_PARTICIPATIONS = lexicon.WORD_CLASSES["PARTICIPATION_NOUNS"]
_ROCKET_RIDE = lexicon.WORD_CLASSES["ROCKET_RIDE_VERBS"]
_CREW_FLIGHT = lexicon.WORD_CLASSES["CREW_FLIGHT_VERBS"]
_CREW_POSTS = lexicon.WORD_CLASSES["CREW_POSTS"]
#: Nouns of what a craft carries as a whole (lexicon PAYLOAD_NOUNS): what owns one is a craft.
_PAYLOADS = lexicon.WORD_CLASSES["PAYLOAD_NOUNS"]
#: Verbs of making a thing by hand and tools (lexicon data): what a body makes so is a made thing, a craft by default.
_HANDS_ON = lexicon.WORD_CLASSES["HANDS_ON_MAKING_VERBS"]


def _part_of_programme(tree: Tree, i: int) -> Class | None:
    """"Kestrel is part of the Nova programme": a part noun (lexicon ``PART_NOUNS``) of a programme (a noun of
    ``PROGRAMME_NOUNS``) makes its subject a mission."""
    if tree.lemma(i) not in lexicon.WORD_CLASSES["PART_NOUNS"]:
        return None
    wholes = [o.i for p in tree.children(i, "prep") if tree.lowers[p.i] in ("of", "in")
              for o in tree.children(p.i, "pobj")]
    return Class.Mission if any(tree.lemma(w) in lexicon.WORD_CLASSES["PROGRAMME_NOUNS"] for w in wholes) else None


def _taken_as(tree: Tree, h: int, verb: int) -> Class | None:
    """"selected Corvid as its next Earth Explorer mission", "Vexel was chosen as prime contractor":
    the class of the noun of an "as" phrase on the name's verb (the name its object or passive
    subject) or on the name itself."""
    if tree[h].dep not in ("dobj", "nsubjpass", "appos"):
        return None
    for owner in (h, verb):
        for p in tree.children(owner, "prep"):
            if p.text.lower() != "as":
                continue
            for o in tree.children(p.i, "pobj"):
                if o.pos == "NOUN":
                    cls = noun_class(tree, o.i)
                    if cls is not None:
                        return _launched_payload(tree, verb, Class(cls))
    return None


def _launched_payload(tree: Tree, verb: int, cls: Class) -> Class:
    """A name launched "as a (secondary) payload" is a craft, not an instrument: a rocket or a launch carries
    whole craft ("Vela-1 will be launched as a secondary payload on a Falcon 9", "will fly as a payload on the
    next Vega-C launch"); a sensor flown as a hosted payload on a satellite stays an instrument."""
    if cls != Class.Instrument or tree.lemma(verb) not in _LAUNCH_VERBS:
        return cls
    if tree.lemma(verb) != "fly" or any(
            noun_class(tree, o.i) in (Class.LaunchVehicle, Class.Launch) for p in tree.children(verb, "prep")
            if tree.lowers[p.i] in ("on", "aboard") for o in tree.children(p.i, "pobj")):
        return Class.Spacecraft
    return cls


def _on_behalf(tree: Tree, verb: int) -> bool:
    """The clause says for whom its subject acts ("on behalf of X", "in the name of X")."""
    if tree.lemma(verb) not in lexicon.WORD_CLASSES["SIGN_VERBS"]:
        return False
    return any(behalf_end(tree.lowers, p.i) is not None for p in tree.children(verb, "prep"))


def behalf_end(low: list[str], i: int) -> int | None:
    """The token after a ``BEHALF_PHRASES`` phrase that starts at ``i`` ("on behalf of"), or None."""
    if low[i] not in _BEHALF_FIRST:  # most tokens: one look-up
        return None
    for words in _BEHALF_WORDS:
        if low[i:i + len(words)] == words:
            return i + len(words)
    return None


_BEHALF_WORDS = [p.split() for p in sorted(lexicon.WORD_CLASSES["BEHALF_PHRASES"])]
_BEHALF_FIRST = frozenset(w[0] for w in _BEHALF_WORDS)
