"""A one-job build's release graphs made by two processes: every other batch in a forked one (issue 17).

Once the names across releases are known, each release graph is its extraction-cache entry
resolved with those names, encoded, and serialized to N-Quads
(:func:`~presskg.builder.graphs.release_graph`): pure Python that holds the interpreter, about
8 % of the build process's main thread (py-spy, 300 releases), all of it in that process while the
machine's second core waited for the store's load (a thread) and little else. Now a process forked when the names are
known makes every other batch and sends back its graphs' bytes (what a Dask worker sends back:
:mod:`~presskg.builder.cluster`), while this process makes the others and spools all of them in
release order, so the spool, and every output, is what it was.

It is forked before the store's thread starts (a child must not inherit a store being written:
:mod:`presskg._beside`) and shares by the fork what it needs: the names, the releases and their
keys. A batch it could not make (an exception, or its death) is made here; a release whose cache
entry is gone comes back as ``None``, read again here by the caller, as on a cluster.
"""

from __future__ import annotations

import logging
import multiprocessing as mp
from collections.abc import Iterator

from presskg.builder import rules_beside
from presskg.builder.cache import ExtractionCache
from presskg.builder.graphs import release_graph
from presskg.link.resolve import NamedIris
from presskg.model import Release
from presskg.settings import Settings

log = logging.getLogger("presskg.builder.stream")
#: Releases per batch: this process and the other take turns, batch by batch.
BATCH = 16


class GraphsBeside:
    """The release graphs of ``releases`` (:func:`~presskg.builder.graphs.release_graph`), made by
    this process and a forked one in turns, given back in order by :meth:`results`."""

    def __init__(self, releases: list[Release], keys: dict[str, str], cache: ExtractionCache, named: NamedIris):
        self.releases, self.keys, self.cache, self.named = releases, keys, cache, named
        ctx = mp.get_context("fork")
        self._pipe, child = ctx.Pipe(duplex=False)
        self._process = ctx.Process(target=self._child, args=(child,), name="presskg-graphs", daemon=True)
        self._process.start()
        child.close()

    def _batches(self) -> list[list[Release]]:
        return [self.releases[i:i + BATCH] for i in range(0, len(self.releases), BATCH)]

    def _make(self, batch: list[Release]) -> list[tuple | None]:
        out = []
        for rel in batch:
            try:
                entry = self.cache.entry(rel.identifier).read_bytes()
            except OSError:
                entry = None
            out.append(None if entry is None else release_graph(entry, self.keys[rel.identifier], rel.identifier,
                                                               self.named))
        return out

    def _child(self, conn) -> None:
        """The forked process: the odd batches' graphs, each batch sent as made (``None`` for a batch
        that failed: made again by the build's process, which then raises what it raises)."""
        try:
            for n, batch in enumerate(self._batches()):
                if n % 2:
                    try:
                        made = self._make(batch)
                    except Exception:  # noqa: BLE001 - the build's process makes it and reports
                        made = None
                    conn.send(made)
        finally:
            conn.close()

    def results(self) -> Iterator[tuple | None]:
        """Each release's graph (N-Quads, facts, :class:`~presskg.builder.graphs.Graph`, relations) or
        ``None`` (its cache entry gone), in release order; the even batches made here."""
        alive, done = True, False
        try:
            for n, batch in enumerate(self._batches()):
                made = None
                if n % 2 and alive:
                    try:
                        made = self._pipe.recv()
                    except (EOFError, OSError):
                        alive = False
                        log.warning("the process making release graphs beside the build stopped; the rest "
                                    "are made in the build's process")
                yield from made if made is not None else self._make(batch)
            done = True
        finally:
            self._pipe.close()
            if not done:
                self._process.kill()  # the build stopped before the graphs were made
            self._process.join()

    def close(self) -> None:
        """Stop the forked process should the build have stopped before :meth:`results` was read through."""
        if self._process.is_alive():
            self._process.kill()
        self._process.join()
        self._pipe.close()


def graphs_beside(releases: list[Release], keys: dict[str, str], cache: ExtractionCache, named: NamedIris,
                  settings: Settings) -> GraphsBeside | None:
    """A :class:`GraphsBeside` for a build that reads beside its model (one job or more, on two cores
    or more, enough releases, no cluster: ``--one-process`` keeps one process), else ``None``."""
    if len(releases) < rules_beside.BESIDE_AT or not rules_beside.second_core(settings):
        return None
    return GraphsBeside(releases, keys, cache, named)
