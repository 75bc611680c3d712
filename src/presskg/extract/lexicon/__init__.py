"""Words of the space-news domain, as data: word classes read once from the TOML files beside this module.

These are linguistic facts of English in this domain (a "lander" is a Lander,
"President" is a head's title), not facts about any release; facts about the
world (which agency runs which mission) live in the knowledge base. A rule names
the classes that trigger it (see :mod:`presskg.extract.registry`), so a word
added to a class here reaches every rule of that class without new code.

>>> "spectrometer" in WORD_CLASSES["DESCRIBED_THINGS"]
True
>>> HEAD_CLASSES["lander"]
<Class.Lander: 'Lander'>
>>> {'nouns', 'pronouns', 'titles', 'verbs'} <= set(FILES)
True
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from types import MappingProxyType

from ...errors import OntologyError, PresskgError
from ...vocab import PARENT, Class, Prop

_DIR = Path(__file__).resolve().parent
#: The data files of the lexicon (stems of ``*.toml`` beside this module).
FILES: tuple[str, ...] = tuple(sorted(p.stem for p in _DIR.glob("*.toml")))


def lexicon_files() -> list[Path]:
    """The TOML files the lexicon is read from (the extraction cache's fingerprint hashes them)."""
    return [_DIR / f"{name}.toml" for name in FILES]


def _read() -> tuple[dict[str, frozenset[str]], dict[str, dict[str, str]]]:
    sets: dict[str, frozenset[str]] = {}
    tables: dict[str, dict[str, str]] = {}
    for path in lexicon_files():
        for name, value in tomllib.loads(path.read_text("utf-8")).items():
            if name in sets or name in tables:
                raise PresskgError(f"lexicon: word class {name} is defined twice (again in {path.name})")
            if isinstance(value, list):
                sets[name] = frozenset(value)
            else:
                tables[name] = dict(value)
    return sets, tables


def _classes(table: dict[str, str], name: str) -> MappingProxyType[str, Class]:
    """A table whose values must be classes of the ontology (the one source of classes)."""
    out = {}
    for word, cls in table.items():
        try:
            out[word] = Class(cls)
        except ValueError:
            raise OntologyError(f"lexicon: {name}[{word!r}] names {cls!r}, which is not a class of the ontology; "
                               f"use one of ontology/presskg.ttl's classes") from None
    return MappingProxyType(out)


def _properties(table: dict[str, str], name: str) -> MappingProxyType[str, Prop]:
    """A table whose values must be properties of the ontology."""
    try:
        return MappingProxyType({word: Prop(p) for word, p in table.items()})
    except ValueError as exc:
        raise OntologyError(f"lexicon: {name} names a property the ontology lacks ({exc}); use one of "
                            f"ontology/presskg.ttl's properties") from None


#: Every word class by name (verb classes, noun classes, titles, pronouns; a table's words are its keys).
WORD_CLASSES, _TABLES = _read()
WORD_CLASSES.update({name: frozenset(table) for name, table in _TABLES.items()})
#: Every table by name (a word and its value: a class, a number of days), read-only.
TABLES: MappingProxyType[str, MappingProxyType[str, str]] = MappingProxyType(
    {name: MappingProxyType(table) for name, table in _TABLES.items()})

def _size_prefixed(table: dict[str, str]) -> dict[str, str]:
    """``table`` with its one-word heads of a craft, a launcher or an instrument also written with a size
    prefix (SIZE_PREFIXES), of the same class: a new kind of "-satellite" is not a new word to list.

    >>> _size_prefixed({"satellite": "Satellite", "city": "City"})["nanosatellite"]
    'Satellite'
    >>> "microcity" in _size_prefixed({"satellite": "Satellite", "city": "City"})
    False
    """
    roots = set(_classes({c: c for c in WORD_CLASSES["SIZE_PREFIXED_CLASSES"]}, "SIZE_PREFIXED_CLASSES"))
    out = dict(table)
    for word, cls in table.items():
        up = Class(cls)
        while up not in roots and up in PARENT:
            up = Class(PARENT[up])
        if up in roots and " " not in word and "-" not in word:
            out.update({p + word: cls for p in sorted(WORD_CLASSES["SIZE_PREFIXES"]) if p + word not in table})
    return out


HEAD_CLASSES = _classes(_size_prefixed(_TABLES["HEAD_CLASSES"]), "HEAD_CLASSES")
#: Lowercase place nouns that name the place after "of" ("the city of Torvik"): the class they give it.
PLACE_OF_NOUNS = _classes(_TABLES["PLACE_OF_NOUNS"], "PLACE_OF_NOUNS")


def _under(cls: Class, root: Class) -> bool:
    while cls != root and cls in PARENT:
        cls = Class(PARENT[cls])
    return cls == root


# Every head noun of an instrument is a thing a text may describe without naming ("a radar sounder", "a
# microbolometer", the last word of "a star tracker"): a word joins by its class in HEAD_CLASSES, not by a second list.
WORD_CLASSES["DESCRIBED_THINGS"] = frozenset(WORD_CLASSES["DESCRIBED_THINGS"] | {
    w.split()[-1] for w, c in HEAD_CLASSES.items() if _under(c, Class.Instrument)})
MODEL_CLASSES = _classes(_TABLES["MODEL_CLASSES"], "MODEL_CLASSES")
#: A class noun's second class when it takes back a thing told of ("the station": a space station too).
SECOND_CLASSES = _classes(_TABLES["SECOND_CLASSES"], "SECOND_CLASSES")
PLANET_ADJECTIVES: MappingProxyType[str, str] = MappingProxyType(_TABLES["PLANET_ADJECTIVES"])
#: Verbs and nouns that report an occurrence, and the event class of what they report.
OCCURRENCE_VERBS = _classes(_TABLES["OCCURRENCE_VERBS"], "OCCURRENCE_VERBS")
OCCURRENCE_NOUNS = _classes(_TABLES["OCCURRENCE_NOUNS"], "OCCURRENCE_NOUNS")
#: The class an unknown name's role in its clause gives it (:mod:`~presskg.extract.doing`): the
#: subject of a verb without an object, with one, and the passive subject ("roles.toml").
INTRANSITIVE_SUBJECTS = _classes(_TABLES["INTRANSITIVE_SUBJECTS"], "INTRANSITIVE_SUBJECTS")
TRANSITIVE_SUBJECTS = _classes(_TABLES["TRANSITIVE_SUBJECTS"], "TRANSITIVE_SUBJECTS")
PASSIVE_SUBJECTS = _classes(_TABLES["PASSIVE_SUBJECTS"], "PASSIVE_SUBJECTS")
PASSIVE_AGENTS = _classes(_TABLES["PASSIVE_AGENTS"], "PASSIVE_AGENTS")
OBJECTS = _classes(_TABLES["OBJECTS"], "OBJECTS")  # the active verb's object ("ISRO launched X")
#: What a name of a designation's shape is when it is made or operated, as object or passive subject.
DESIGNATED_MADE = _classes(_TABLES["DESIGNATED_MADE"], "DESIGNATED_MADE")
#: ... and when it is the subject of what a craft does ("Oceanis-4 carries three instruments").
DESIGNATED_DOING = _classes(_TABLES["DESIGNATED_DOING"], "DESIGNATED_DOING")
#: Who receives what a giving verb gives, keyed "verb what-is-given": "awarded a contract to X" ("roles.toml").
RECIPIENTS = _classes(_TABLES["RECIPIENTS"], "RECIPIENTS")
#: A fact sheet's field labels and the property each gives its craft ("Launcher: X": launchVehicle).
FACT_FIELDS = _properties(_TABLES["FACT_FIELDS"], "FACT_FIELDS")
#: What a place the model saw is when it does what only a state does: signs, joins, ratifies ("roles.toml").
STATE_SUBJECTS = _classes(_TABLES["STATE_SUBJECTS"], "STATE_SUBJECTS")

# Verb classes (a phrasal verb is written "lemma particle").
SUPPLY_VERBS = WORD_CLASSES["SUPPLY_VERBS"]
DELIVER_VERBS = WORD_CLASSES["DELIVER_VERBS"]
LAUNCH_VERBS = WORD_CLASSES["LAUNCH_VERBS"]
LAND_VERBS = WORD_CLASSES["LAND_VERBS"]
RETURN_VERBS = WORD_CLASSES["RETURN_VERBS"]
OPERATE_VERBS = WORD_CLASSES["OPERATE_VERBS"]
HEAD_VERBS = WORD_CLASSES["HEAD_VERBS"]
MEMBER_VERBS = WORD_CLASSES["MEMBER_VERBS"]
MEET_VERBS = WORD_CLASSES["MEET_VERBS"]
DISCUSS_VERBS = WORD_CLASSES["DISCUSS_VERBS"]
SIGN_VERBS = WORD_CLASSES["SIGN_VERBS"]
COOPERATE_VERBS = WORD_CLASSES["COOPERATE_VERBS"]
CONTRIBUTE_VERBS = WORD_CLASSES["CONTRIBUTE_VERBS"]
STUDY_VERBS = WORD_CLASSES["STUDY_VERBS"]
ORBIT_VERBS = WORD_CLASSES["ORBIT_VERBS"]
CONGRATULATE_VERBS = WORD_CLASSES["CONGRATULATE_VERBS"]
APPOINT_VERBS = WORD_CLASSES["APPOINT_VERBS"]
CARRY_VERBS = WORD_CLASSES["CARRY_VERBS"]
JOINT_ADVERBS = WORD_CLASSES["JOINT_ADVERBS"]
ABOARD_PREPOSITIONS = WORD_CLASSES["ABOARD_PREPOSITIONS"]
PLACE_PREPOSITIONS = WORD_CLASSES["PLACE_PREPOSITIONS"]

# Noun classes.
DESCRIBED_THINGS = WORD_CLASSES["DESCRIBED_THINGS"]
#: Nouns of a part of a body, whose name may stand between the body's and a title ("ESA Council Chair", "NASA Science
#: Division Director"): ADMIN_UNIT_NOUNS and SEAT_BODY_NOUNS.
PART_BODY_NOUNS = frozenset(WORD_CLASSES["ADMIN_UNIT_NOUNS"]) | frozenset(WORD_CLASSES["SEAT_BODY_NOUNS"])
#: One-word openers of a list of what a plural noun names ("including", "namely"; ``ENUMERATORS`` less ":", "(").
ENUMERATOR_WORDS = frozenset(w for w in WORD_CLASSES["ENUMERATORS"] if w.isalpha())
GROUP_NOUNS = WORD_CLASSES["GROUP_NOUNS"]
GENERIC_NOUNS = WORD_CLASSES["GENERIC_NOUNS"]
PARTICIPATION_NOUNS = WORD_CLASSES["PARTICIPATION_NOUNS"]
COMPOSITION_VERBS = WORD_CLASSES["COMPOSITION_VERBS"]
COOPERATION_NOUNS = WORD_CLASSES["COOPERATION_NOUNS"]
PROJECT_NOUNS = WORD_CLASSES["PROJECT_NOUNS"]
WORKER_NOUNS = WORD_CLASSES["WORKER_NOUNS"]
LIGHT_NOUNS = WORD_CLASSES["LIGHT_NOUNS"]
NAMED_EVENT_NOUNS = WORD_CLASSES["NAMED_EVENT_NOUNS"]
NUMBERED_EVENT_NOUNS = WORD_CLASSES["NUMBERED_EVENT_NOUNS"]
GOVERNMENT_NOUNS = WORD_CLASSES["GOVERNMENT_NOUNS"]
NAME_INNER = WORD_CLASSES["NAME_INNER"]
OPERATOR_CLASSES = WORD_CLASSES["OPERATOR_CLASSES"]
CALENDAR_WORDS = WORD_CLASSES["CALENDAR_WORDS"]
COLLECTIVE_NOUNS = WORD_CLASSES["COLLECTIVE_NOUNS"]
COMPASS_WORDS = WORD_CLASSES["COMPASS_WORDS"]
PORTFOLIO_TITLES = WORD_CLASSES["PORTFOLIO_TITLES"]

# Titles and honorifics.
HEAD_TITLES = WORD_CLASSES["HEAD_TITLES"]
MEMBER_TITLES = WORD_CLASSES["MEMBER_TITLES"]
TITLE_WORDS = WORD_CLASSES["TITLE_WORDS"]
RANK_TITLES = WORD_CLASSES["RANK_TITLES"]
#: Every word of a post a person holds: a title, a head's, a member's ("minister", "director", "member").
POST_TITLES = TITLE_WORDS | HEAD_TITLES | MEMBER_TITLES
HONORIFICS = WORD_CLASSES["HONORIFICS"]
ENUMERATORS = WORD_CLASSES["ENUMERATORS"]

# Pronouns and clause words.
PERSONAL = WORD_CLASSES["PERSONAL"]
NEUTER = WORD_CLASSES["NEUTER"]
PLURAL = WORD_CLASSES["PLURAL"]
FIRST_PLURAL = WORD_CLASSES["FIRST_PLURAL"]
RELATIVE = WORD_CLASSES["RELATIVE"]
PARTICLES = WORD_CLASSES["PARTICLES"]
#: "let go of" -> "release": a verb with a verb and a preposition after it, and the verb it means.
VERB_IDIOMS: MappingProxyType[str, str] = TABLES["VERB_IDIOMS"]
#: Who else was there: "with X looking on", "in the presence of X".
WITNESS_VERBS = WORD_CLASSES["WITNESS_VERBS"]
WITNESS_NOUNS = WORD_CLASSES["WITNESS_NOUNS"]
WITNESS_ROLES = WORD_CLASSES["WITNESS_ROLES"]
#: "under the chairmanship of X": who led an event.
CHAIR_NOUNS = WORD_CLASSES["CHAIR_NOUNS"]
#: Who was there, as a noun: "the attendees included X".
ATTENDEE_NOUNS = WORD_CLASSES["ATTENDEE_NOUNS"]
#: Verbs that only carry an event noun: "made a descent", "paid a visit", "carried out a flyby".
EVENT_LIGHT_VERBS = WORD_CLASSES["EVENT_LIGHT_VERBS"]
#: Nouns that name whichever event was just told of: "the ceremony", "the event".
EVENT_ANAPHORS = WORD_CLASSES["EVENT_ANAPHORS"]
#: Verbs that put an event on the calendar: "the launch is scheduled for 2030".
SCHEDULE_VERBS = WORD_CLASSES["SCHEDULE_VERBS"]
#: Verbs of people going somewhere: "travelled to Oslo", "went to the centre".
TRAVEL_VERBS = WORD_CLASSES["TRAVEL_VERBS"]


def in_class(name: str, lemma: str, particle: str | None = None) -> bool:
    """True when ``lemma`` (with its ``particle``, for a phrasal verb) belongs to word class ``name``.

    >>> in_class("LAUNCH_VERBS", "lift", "off"), in_class("LAUNCH_VERBS", "lift")
    (True, False)
    """
    words = WORD_CLASSES[name]
    return lemma in words or (particle is not None and f"{lemma} {particle}" in words)
TIME_ZONES = WORD_CLASSES["TIME_ZONES"]
NAMING_VERBS = WORD_CLASSES["NAMING_VERBS"]
PARTNER_NOUNS = WORD_CLASSES["PARTNER_NOUNS"]
