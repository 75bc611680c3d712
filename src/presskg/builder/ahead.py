"""The few releases a rebuild reads, read in a forked process while the build gets the rest ready.

A rebuild that changed one release of 1,000 spent some 0.35 s of CPU loading the language model (0.25 s)
and reading that release, and the build's process could do nothing else meanwhile, though most of what
follows does not depend on it: the other releases' names from the manifest, the gazetteer, the
modules and caches the pages are made with (issue 17: a one-release rebuild within 2 % of a full
build). The model's load and its parse of the releases now run in a child forked once the build
knows which releases it must read, on the second core, and what the model read comes back (spaCy's
arrays, as from the model's process beside the rules: :mod:`~presskg.builder.rules_beside`); the rules
then run in the build's process, with the gazetteer it made meanwhile, and the extraction is cached
and summarized as before. The outputs are those of a reading in the build's process.

Only for few releases (fewer than :data:`~presskg.builder.rules_beside.BESIDE_AT`, where a full read
has the rules beside the model instead), with ``Settings.rules_beside`` (``--one-process`` reads in
the build's process), no Dask cluster, and a second core. Should the child fail or die, the releases
are read in the build's process, which then raises or reports what went wrong as it always did.

On a Dask cluster the same time is spent on the cluster's start instead: it opens in a thread
(:func:`~presskg.builder.cluster.start`: a local cluster's workers start and load the model) while
the build's process gets the rest ready as above.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from presskg._beside import Forked
from presskg.builder import rules_beside
from presskg.builder.cache import ExtractionCache
from presskg.model import Release
from presskg.settings import Settings

if TYPE_CHECKING:
    from presskg.builder.files import SpooledWriter

log = logging.getLogger(__name__)


class ReadAhead:
    """The naming summaries of ``releases`` (:func:`~presskg.builder.stream.summarize`): the language model
    reads them in a forked process started now if ``fork`` and :meth:`worth` it, and :meth:`summaries`
    runs the rules on what it read; else :meth:`summaries` reads them in this process. The build forks
    only when it rebuilds (a first build of a few releases reads them as it always did)."""

    def __init__(self, releases: list[Release], keys: dict[str, str], cache: ExtractionCache,
                 settings: Settings, progress: bool, *, fork: bool = True):
        self.releases, self.keys, self.cache, self.settings, self.progress = releases, keys, cache, settings, progress
        self.forked = (Forked(self._read, name="presskg-read-ahead")
                       if fork and self.worth(releases, settings) else None)
        self.files: SpooledWriter | None = None  # see begin_files
        # On a Dask cluster: it starts now, beside the build, should a release have to be read (a
        # cache entry is missing; a stale one is found out by the reading, which then opens it).
        self.starting = bool(settings.dask) and any(not cache.entry(r.identifier).exists() for r in releases)
        if self.starting:
            from presskg.builder import cluster

            cluster.start(settings.dask, settings)

    @staticmethod
    def worth(releases: list[Release], settings: Settings) -> bool:
        """Whether ``releases`` are read in a child: a few, the rules allowed out of the build's process, no
        cluster, and a second core for the child (else it would only take turns with the build)."""
        return 0 < len(releases) < rules_beside.BESIDE_AT and rules_beside.second_core(settings)

    def _read(self) -> list[list | str | None]:
        """The child: what the model reads of each release whose extraction is not in the cache (``None``
        for one that is), as the model's process beside the rules sends it (:mod:`~presskg.builder.rules_beside`)."""
        from presskg.builder.limits import _parse_guarded
        from presskg.nlp import load_model

        todo = [r for r in self.releases if self.cache.get(r.identifier, self.keys[r.identifier]) is None]
        parsed = iter(_parse_guarded(todo, load_model(self.settings.model), self.settings) if todo else ())
        missing = {r.identifier for r in todo}
        return [next(parsed) if r.identifier in missing else None for r in self.releases]

    def __enter__(self) -> ReadAhead:
        return self

    def __exit__(self, kind, *exc) -> None:
        """The child stopped should this process have failed before it took the summaries (else the
        child could wait on the pipe as long as this process lives), the files begun meanwhile
        (:meth:`begin_files`) removed and the cluster started closed; else they are the build's to go on with.
        The releases are let go: the build keeps of each only what it needs past its graph
        (:func:`~presskg.builder.inputs.kept`), and held here, every release's text stayed to the end of a first
        build (some 14 MiB at 8,000 releases, under the peaks of SHACL, the store and the pages: issue 19)."""
        if self.forked is not None:
            self.forked.stop()
            self.forked = None
        self.releases, self.keys = [], {}  # (the build packs the keys once its graphs are made)
        if kind is not None and self.files is not None:
            self.files.discard()
        self.files = None
        if kind is not None and self.starting:
            from presskg.builder import cluster

            cluster.close(self.settings.dask)

    def begin_files(self, files: SpooledWriter, old_graphs: dict[str, str], releases: list[Release],
                    known: set[str]) -> None:
        """Begin the rebuild's new files while its changed releases are read (``SpooledWriter.begin``): the
        previous build's graphs (``old_graphs``) before the first graph that a changed, added or removed
        release file makes again, copied from its files. Another graph may change too (a name shared
        across releases): the files are then begun again once that is known. Copying those graphs' parts,
        some 170 MB of a 1,000-release build's files when its middle release changed, waited for that
        release's graph before (issue 17)."""
        from presskg.rdf.encode import release_iri

        current = {release_iri(r.identifier) for r in releases}
        may_change = {release_iri(r.identifier) for r in releases if r.identifier not in known}
        may_change |= {g for g in old_graphs if g not in current and g.startswith(release_iri(""))}
        if may_change:
            first = min(may_change)
            self.files = files
            files.begin(sorted(g for g in old_graphs if g < first))

    def summaries(self, gazetteer, shared: dict[tuple, tuple]) -> tuple[dict[str, tuple], list[tuple[str, str]]]:
        """The summaries by release and the releases that failed, as :func:`~presskg.builder.stream.summarize`
        gives them (``shared`` as it takes it): the rules run here (with ``gazetteer``) on what the child's
        model read, each extraction cached; should the child fail, every release is read here."""
        from presskg.builder.limits import _extract_guarded
        from presskg.builder.stream import compact_summary, summarize
        from presskg.link.resolve import named_summary
        from presskg.nlp import parse_of

        if self.forked is not None:
            ok, value = self.forked.wait()
            self.forked = None
            if ok:
                fresh, failed, read = {}, [], []
                for rel, data in zip(self.releases, value, strict=True):
                    if data is None:  # in the cache: its summary first, as summarize gives them
                        x = self.cache.get(rel.identifier, self.keys[rel.identifier])
                        fresh[rel.identifier] = compact_summary(named_summary(x), shared)
                    else:
                        read.append((rel, data))
                for rel, data in read:
                    x = data if isinstance(data, str) else _extract_guarded(rel, parse_of(data), gazetteer,
                                                                            self.settings)
                    if isinstance(x, str):
                        failed.append((str(rel.path or rel.identifier), x))
                        continue
                    self.cache.put(rel.identifier, self.keys[rel.identifier], x)
                    fresh[rel.identifier] = compact_summary(named_summary(x), shared)
                return fresh, failed
            log.debug("reading ahead failed (%s); the releases are read in the build's process", value)
        return summarize(self.releases, self.keys, self.cache, gazetteer, self.settings, self.progress, shared=shared)


def get_ready() -> None:
    """What the rest of a rebuild needs whatever the child reads, made while it reads: the pages' modules
    and template (:func:`~presskg.builder.pages.ready_pages`), the SHACL engine and its shapes
    (:func:`~presskg.rdf.validate.ready_engine`), the ontology's and the knowledge base's graphs
    (:func:`~presskg.builder.background.background_bytes`, kept once made)."""
    from presskg.builder.background import background_bytes
    from presskg.builder.pages import ready_pages
    from presskg.rdf.validate import ready_engine

    ready_pages()
    ready_engine()
    background_bytes()
