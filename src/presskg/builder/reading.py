"""Reading releases: files → :class:`Release` records → extractions, in worker processes.

The language model and the extraction rules run together, per release: in this process with
one job, else in forked worker processes that each take a batch of releases and send back
small records (the extractions), not spaCy documents. Extractions are cached by content hash
(``cache``), so a release is read by the model once.
"""

from __future__ import annotations

import gc
import logging
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from presskg import _codec
from presskg.builder import rules_beside
from presskg.builder.cache import ExtractionCache, entry_extraction
from presskg.builder.limits import _read_guarded
from presskg.errors import InputError
from presskg.extract import Gazetteer
from presskg.ingest import iter_release_paths, read_release
from presskg.ingest.sanitize import shown
from presskg.model import Extraction, Release
from presskg.nlp import load_model
from presskg.settings import Settings

log = logging.getLogger(__name__)
#: Releases a worker process reads at a time (with ``jobs`` > 1).
WORKER_BATCH = 16


def read_releases(paths: list[str | Path], settings: Settings, out: str | Path | None = None,
                  known: Callable[[Path], Release | None] | None = None,
                  ) -> tuple[list[Release], list[tuple[str, str]]]:
    """Read every release file (none inside the output folder ``out``); a bad file is reported, not fatal.

    Of two files with the same name (in two folders) the one whose path sorts first is kept, whatever
    the order of ``paths``: the same inputs always give the same build. ``known``: the record of a
    file the previous build read (:func:`~presskg.builder.inputs.known_release`), else ``None``.
    """
    releases, failed, seen = [], [], {}
    for path in sorted(set(iter_release_paths(paths, exclude=[out] if out is not None else [])), key=str):
        try:
            rel = (known(path) if known is not None else None) or read_release(path, settings=settings)
        except InputError as exc:
            failed.append((shown(path), str(exc)))
            log.error("%s", exc)
            continue
        except (Exception, RecursionError) as exc:  # noqa: BLE001 - no file may stop the build
            msg = f"{shown(path)}: cannot read this release ({type(exc).__name__}: {exc})"
            log.debug("reading %s failed", path, exc_info=True)
            failed.append((shown(path), " ".join(msg.split())))
            log.error("%s", msg)
            continue
        if rel.identifier in seen:
            msg = (f"{shown(path)}: duplicate release identifier {rel.identifier!r}: kept "
                   f"{shown(seen[rel.identifier])} (the path that sorts first); rename one of the files")
            failed.append((shown(path), msg))
            log.error("%s", msg)
            continue
        seen[rel.identifier] = path
        releases.append(rel)
    return sorted(releases, key=lambda r: r.identifier), failed


def read_extractions(releases: list[Release], keys: dict[str, str], cache: ExtractionCache,
                     gazetteer: Gazetteer, settings: Settings,
                     progress: bool) -> tuple[dict[str, Extraction], list[tuple[str, str]]]:
    """Extractions of ``releases``: from the cache, or read now (and cached)."""
    done: dict[str, Extraction] = {}
    for r in releases:
        hit = cache.get(r.identifier, keys[r.identifier])
        if hit is not None:
            done[r.identifier] = hit
    failed = []
    todo = [r for r in releases if r.identifier not in done]
    for rel, x in read(todo, gazetteer, settings, progress=progress, cache=(cache, keys)):
        if isinstance(x, str):
            failed.append((str(rel.path or rel.identifier), x))
        else:
            done[rel.identifier] = x
    return done, failed


def iter_extractions(releases: list[Release], keys: dict[str, str], cache: ExtractionCache,
                     gazetteer: Gazetteer, settings: Settings, progress: bool,
                     keep: Callable[[Extraction], object] | None = None) -> Iterator[tuple[Release, object]]:
    """Like :func:`read_extractions`, one release at a time and none kept: each cached extraction,
    then those read now (and cached), each with its extraction (or what ``keep`` keeps of it) or
    the reason it failed."""
    todo = []
    for r in releases:
        hit = cache.get(r.identifier, keys[r.identifier])
        if hit is None:
            todo.append(r)
        else:
            yield r, keep(hit) if keep is not None else hit
    yield from read(todo, gazetteer, settings, progress=progress, cache=(cache, keys), keep=keep)


def read(releases: list[Release], gazetteer: Gazetteer, settings: Settings, *, progress: bool,
         cache: tuple[ExtractionCache, dict[str, str]] | None = None,
         keep: Callable[[Extraction], object] | None = None) -> Iterator[tuple[Release, object]]:
    """Parse and extract ``releases`` in order: each with its extraction (or ``keep(extraction)``,
    picklable) or the reason it failed.

    With one job, at least :data:`~presskg.builder.rules_beside.BESIDE_AT` releases, two cores and
    ``settings.rules_beside``, the model
    parses in this process while the rules extract the batch before in a forked process
    (:mod:`~presskg.builder.rules_beside`: the model keeps one core, the rules take the other);
    ``keep`` then runs there, and only what it keeps comes back.

    With ``jobs`` > 1, worker processes (forked with the model loaded) each parse and extract a
    batch of releases and send back the extractions: the language model and the extraction rules
    both run in parallel, and only small records cross between processes. ``cache`` (the cache
    and each release's key) keeps every extraction made, written by the process that made it.
    A release that takes longer than ``settings.max_release_seconds`` (or, in a worker, more
    memory than ``settings.max_release_memory``) is reported and left out. Should a worker die
    (killed, or by the system when memory runs out), its releases are read again one by one in
    new workers, and those that kill their worker again are reported.
    """
    if not releases:
        return
    from tqdm import tqdm

    def kept(x):  # what the caller keeps of an extraction read here
        return x if keep is None or isinstance(x, str) else keep(x)

    if settings.dask:
        yield from _on_cluster(releases, settings, progress=progress, cache=cache, keep=keep)
        return
    nlp = load_model(settings.model)
    bar = tqdm(total=len(releases), unit="release", disable=not progress, file=sys.stderr, desc="reading")
    jobs = min(settings.jobs, -(-len(releases) // WORKER_BATCH))
    global _WORKER
    _WORKER = (nlp, gazetteer, settings, cache)
    try:
        if jobs <= 1:
            # The model and all made before, frozen: the collector's full collections, which the
            # parses' many small records set off, no longer walk the model's objects each time
            # (nor, in the rules' process, copy their pages: fork shares them until written).
            ours = gc.get_freeze_count() == 0  # else the program manages its frozen heap: left alone
            if ours:
                gc.freeze()
            try:
                if len(releases) >= rules_beside.BESIDE_AT and rules_beside.second_core(settings):
                    yield from rules_beside.read_beside(releases, nlp, gazetteer, settings, WORKER_BATCH,
                                                        cache=cache, keep=keep, done=bar.update)
                    return
                yield from rules_beside.read_in_turn(releases, nlp, gazetteer, settings, WORKER_BATCH, cache=cache,
                                                     keep=keep, done=bar.update)
            finally:
                if ours:
                    gc.unfreeze()
            return
        batches = [releases[i:i + WORKER_BATCH] for i in range(0, len(releases), WORKER_BATCH)]
        # The workers inherit the model and all this process made: frozen, their collector neither
        # walks those objects nor copies their pages (fork shares them until written).
        ours = gc.get_freeze_count() == 0
        gc.freeze()
        try:
            for rel, data in _in_workers(batches, jobs):
                yield rel, kept(entry_extraction(data) if isinstance(data, bytes) else data)
                bar.update(1)
        finally:
            if ours:
                gc.unfreeze()
    finally:
        _WORKER = None
        bar.close()


def _on_cluster(releases: list[Release], settings: Settings, *, progress: bool,
                cache: tuple[ExtractionCache, dict[str, str]] | None,
                keep: Callable[[Extraction], object] | None = None) -> Iterator[tuple[Release, object]]:
    """:func:`read` on a Dask cluster (``settings.dask``): the workers read (and run ``keep``, so that
    this process does not decode the extractions it only caches), this process keeps the cache."""
    from tqdm import tqdm

    from presskg.builder.cluster import read_on_cluster

    with tqdm(total=len(releases), unit="release", disable=not progress, file=sys.stderr, desc="reading") as bar:
        for rel, data in read_on_cluster(releases, cache[1] if cache else None, settings, settings.dask,
                                         WORKER_BATCH, keep=keep):
            if isinstance(data, str):
                yield rel, data
            else:
                entry, value = data if keep is not None else (data, None)
                if cache is not None:
                    cache[0].put_bytes(rel.identifier, entry)
                yield rel, value if keep is not None else entry_extraction(entry)
            bar.update(1)


def _in_workers(batches: list[list[Release]], jobs: int) -> Iterator[tuple[Release, bytes | str]]:
    """Each release of ``batches`` with what a worker made of it; batches a dead worker held are
    read again a release at a time, and a release that kills its worker twice is reported."""
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    left: list[list[Release]] = []
    with ProcessPoolExecutor(jobs, mp_context=mp.get_context("fork")) as pool:
        futures = [(batch, pool.submit(_read_batch, batch)) for batch in batches]
        for batch, fut in futures:
            try:
                results = fut.result()
            except BrokenProcessPool:  # every batch not done yet fails with it
                left.append(batch)
                continue
            yield from zip(batch, results, strict=True)
    if not left:
        return
    todo = [r for batch in left for r in batch]
    log.warning("a reading worker died (killed, or out of memory); %d release(s) are read again, each in "
                "a worker of its own", len(todo))
    for rel in todo:  # one release per worker: a release that kills its worker loses only itself
        with ProcessPoolExecutor(1, mp_context=mp.get_context("fork")) as pool:
            try:
                (data,) = pool.submit(_read_batch, [rel]).result()
            except BrokenProcessPool:
                log.error("%s: its reading worker died again; left out", rel.path or rel.identifier)
                data = ("its reading worker died (killed, or out of memory: see Settings.max_release_memory); "
                        "left out")
        yield rel, data


#: What a forked worker reads releases with: (model, gazetteer, settings, cache and keys or None).
_WORKER: tuple | None = None
#: The address-space limit set in this worker process (once).
_LIMITED = False


def _read_batch(batch: list[Release]) -> list[bytes | str]:
    """Parse and extract a batch in a worker: each extraction as a cache entry's bytes (written to
    the cache here, so the build process only reads them back), or the reason it failed."""
    nlp, gazetteer, settings, cache = _WORKER
    _limit_memory(settings.max_release_memory)
    out = []
    for rel, x in zip(batch, _read_guarded(batch, nlp, gazetteer, settings), strict=True):
        if isinstance(x, str):
            out.append(x)
        elif cache is not None:
            out.append(cache[0].put(rel.identifier, cache[1][rel.identifier], x))
        else:
            out.append(_codec.dumps(None, x))
    return out


def _limit_memory(extra: int) -> None:
    """Let this worker process grow by ``extra`` bytes of address space at most (Linux; once)."""
    global _LIMITED
    if _LIMITED or extra <= 0:
        return
    _LIMITED = True
    try:
        import resource

        pages = int(open("/proc/self/statm").read().split()[0])
        limit = pages * os.sysconf("SC_PAGE_SIZE") + extra
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard == resource.RLIM_INFINITY or limit <= hard:
            resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (OSError, ValueError, ImportError):
        pass


