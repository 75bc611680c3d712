"""Reading releases: files → :class:`Release` records → extractions, in worker processes.

The language model and the extraction rules run together, per release: in this process with
one job, else in forked worker processes that each take a batch of releases and send back
small records (the extractions), not spaCy documents. Extractions are cached by content hash
(``cache``), so a release is read by the model once.
"""

from __future__ import annotations

import gc
import logging
import sys
from collections.abc import Iterator
from pathlib import Path

from . import _codec
from .cache import ExtractionCache, entry_extraction
from .errors import InputError
from .extract import Gazetteer, extract
from .ingest import iter_release_paths, read_release
from .model import Extraction, Release
from .nlp import load_model, parse
from .settings import Settings

log = logging.getLogger(__name__)
#: Releases a worker process reads at a time (with ``jobs`` > 1).
WORKER_BATCH = 16


def read_releases(paths: list[str | Path], settings: Settings) -> tuple[list[Release], list[tuple[str, str]]]:
    """Read every release file; a bad file is reported, not fatal."""
    releases, failed, seen = [], [], {}
    for path in iter_release_paths(paths):
        try:
            rel = read_release(path, settings=settings)
        except InputError as exc:
            failed.append((str(path), str(exc)))
            log.error("%s", exc)
            continue
        if rel.identifier in seen:
            msg = (f"{path}: duplicate release identifier {rel.identifier!r} "
                   f"(already read from {seen[rel.identifier]}); rename one of the files")
            failed.append((str(path), msg))
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


def read(releases: list[Release], gazetteer: Gazetteer, settings: Settings, *, progress: bool,
         cache: tuple[ExtractionCache, dict[str, str]] | None = None) -> Iterator[tuple[Release, Extraction | str]]:
    """Parse and extract ``releases`` in order: each with its extraction or the reason it failed.

    With ``jobs`` > 1, worker processes (forked with the model loaded) each parse and extract a
    batch of releases and send back the extractions: the language model and the extraction rules
    both run in parallel, and only small records cross between processes. ``cache`` (the cache
    and each release's key) keeps every extraction made, written by the process that made it.
    """
    if not releases:
        return
    from tqdm import tqdm

    nlp = load_model(settings.model)
    bar = tqdm(total=len(releases), unit="release", disable=not progress, file=sys.stderr, desc="reading")
    jobs = min(settings.jobs, -(-len(releases) // WORKER_BATCH))
    try:
        if jobs <= 1:
            for rel, p in zip(releases, parse((r.text for r in releases), settings=settings, nlp=nlp), strict=True):
                x = _extract_one(rel, p, gazetteer, settings)
                if cache is not None and not isinstance(x, str):
                    cache[0].put(rel.identifier, cache[1][rel.identifier], x)
                yield rel, x
                bar.update(1)
            return
        import multiprocessing as mp
        from concurrent.futures import ProcessPoolExecutor

        global _WORKER
        _WORKER = (nlp, gazetteer, settings, cache)
        batches = [releases[i:i + WORKER_BATCH] for i in range(0, len(releases), WORKER_BATCH)]
        # The workers inherit the model and all this process made: frozen, their collector neither
        # walks those objects nor copies their pages (fork shares them until written).
        ours = gc.get_freeze_count() == 0
        gc.freeze()
        try:
            with ProcessPoolExecutor(jobs, mp_context=mp.get_context("fork")) as pool:
                for batch, results in zip(batches, pool.map(_read_batch, batches), strict=True):
                    for rel, data in zip(batch, results, strict=True):
                        yield rel, entry_extraction(data) if isinstance(data, bytes) else data
                    bar.update(len(batch))
        finally:
            if ours:
                gc.unfreeze()
    finally:
        _WORKER = None
        bar.close()


#: What a forked worker reads releases with: (model, gazetteer, settings, cache and keys or None).
_WORKER: tuple | None = None


def _read_batch(batch: list[Release]) -> list[bytes | str]:
    """Parse and extract a batch in a worker: each extraction as a cache entry's bytes (written to
    the cache here, so the build process only reads them back), or the reason it failed."""
    nlp, gazetteer, settings, cache = _WORKER
    parses = parse((r.text for r in batch), settings=settings, nlp=nlp)
    out = []
    for rel, p in zip(batch, parses, strict=True):
        x = _extract_one(rel, p, gazetteer, settings)
        if isinstance(x, str):
            out.append(x)
        elif cache is not None:
            out.append(cache[0].put(rel.identifier, cache[1][rel.identifier], x))
        else:
            out.append(_codec.dumps(None, x))
    return out


def _extract_one(rel: Release, p, gazetteer: Gazetteer, settings: Settings) -> Extraction | str:
    try:
        return extract(rel, p, gazetteer, min_confidence=settings.min_confidence)
    except Exception as exc:  # one bad release must not sink the build
        log.exception("extraction failed for %s", rel.identifier)
        return f"extraction failed: {exc!r}"
