"""Plain records passed between the stages of a build.

Each stage takes these in and gives these out, so stages can be tested on
hand-made records and none of them needs to know how another is implemented:
``ingest`` makes :class:`Release`, ``nlp`` makes :class:`Parse`, ``extract``
makes :class:`Extraction`, ``resolve`` makes :class:`Resolution`, and only
``rdf`` turns those into triples. Class and property names are the local names
of the ontology (``"SpaceAgency"``, ``"headOf"``), checked against it by
``vocab``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Release:
    """One press release, as read from a file.

    ``identifier`` is the file name without its extension: it names the
    release's graph, so it must not change when the file is re-read.
    """

    identifier: str
    text: str
    title: str | None = None
    date: dt.date | None = None
    publisher: str | None = None
    source: str | None = None
    path: Path | None = None
    encoding: str = "utf-8"
    warnings: tuple[str, ...] = ()


# --- language analysis (made by ``nlp``) -----------------------------------


@dataclass(slots=True, unsafe_hash=True)
class Token:
    """One token of a parsed release, with its dependency arc.

    ``head`` is the index of the syntactic head in the whole document (a root
    is its own head); ``idx`` is the character offset in the release text.

    Treat it as read-only: it is not frozen only because a frozen dataclass takes twice as
    long to make, and a thousand releases make 400,000 tokens.
    """

    i: int
    text: str
    idx: int
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int
    ent_type: str = ""
    ent_iob: str = "O"
    whitespace: str = " "

    @property
    def end(self) -> int:
        """Character offset just past the token."""
        return self.idx + len(self.text)


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence as a token range ``[start, end)`` and a character range."""

    index: int
    start: int
    end: int
    start_char: int
    end_char: int
    text: str


@dataclass(frozen=True, slots=True)
class Span:
    """A labelled token range ``[start, end)``, e.g. a model entity."""

    start: int
    end: int
    label: str


@dataclass(frozen=True, slots=True)
class Parse:
    """What the language model read in one release."""

    tokens: tuple[Token, ...]
    sentences: tuple[Sentence, ...]
    entities: tuple[Span, ...] = ()
    model: str = ""


# --- knowledge base (read by ``rdf.kb``) -----------------------------------


@dataclass(frozen=True, slots=True)
class KBEntry:
    """One entity of the background knowledge base, as plain data."""

    iri: str
    label: str
    classes: frozenset[str]
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    wikidata: str | None = None
    facts: tuple[tuple[str, str], ...] = ()  # (property, object IRI; or "date" and its value)


# --- extraction (made by ``extract``) ---------------------------------------


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a statement comes from and how sure we are of it."""

    sentence: int
    start_char: int
    end_char: int
    text: str
    method: str
    confidence: float


@dataclass(frozen=True, slots=True)
class Mention:
    """A stretch of text that names or describes an entity."""

    start: int  # token range [start, end)
    end: int
    start_char: int
    end_char: int
    text: str
    sentence: int
    source: str  # "kb", "model", "pattern:<name>"


@dataclass(slots=True, eq=False)
class Entity:
    """An entity of one release: its names, classes and mentions.

    Mutable while ``extract`` works on it; frozen into :class:`Resolution`
    records afterwards.
    """

    key: str
    label: str
    classes: set[str]
    aliases: set[str] = field(default_factory=set)
    mentions: list[Mention] = field(default_factory=list)
    kb: KBEntry | None = None
    named: bool = True  # False for described things: "a spectrometer", the meeting
    type_source: str = ""


@dataclass(frozen=True, slots=True)
class Relation:
    """A core-property statement between two entities of a release."""

    subject: str  # Entity.key
    predicate: str  # ontology local name, e.g. "headOf"
    object: str  # Entity.key
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class DateFact:
    """A date stated for an event or agreement, as precise as the text is."""

    subject: str  # Entity.key
    value: str  # "2021-02-25", "2019-10" or "2017"
    evidence: Evidence


@dataclass(slots=True)
class Extraction:
    """Everything read from one release."""

    release: Release
    sentences: tuple[Sentence, ...]
    entities: dict[str, Entity]
    relations: list[Relation]
    dates: list[DateFact]
    publisher: str | None = None  # Entity.key of the publisher


# --- resolution (made by ``resolve``) ---------------------------------------


@dataclass(frozen=True, slots=True)
class ResolvedEntity:
    """An entity with its stable IRI, canonical label and other names."""

    iri: str
    label: str
    classes: frozenset[str]
    aliases: frozenset[str]
    mentions: tuple[Mention, ...]
    kb_iri: str | None = None


@dataclass(frozen=True, slots=True)
class ResolvedRelation:
    subject: str  # IRI
    predicate: str
    object: str  # IRI
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class ResolvedDate:
    subject: str  # IRI
    value: str
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class Resolution:
    """One release's entities and statements, with IRIs: what ``rdf`` encodes."""

    release: Release
    sentences: tuple[Sentence, ...]
    entities: tuple[ResolvedEntity, ...]
    relations: tuple[ResolvedRelation, ...]
    dates: tuple[ResolvedDate, ...]
    publisher: str | None = None  # IRI
