"""Reading releases within limits: the language model and the rules per batch, a release that runs past
its time (or memory) left out with the reason, never the whole build.

Used by the local reading (``reading``) and by the Dask workers (``cluster``).
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Iterator
from contextlib import contextmanager

from presskg.extract import Gazetteer, extract
from presskg.model import Extraction, Release
from presskg.nlp import DocData, entities_of, parse, parse_data
from presskg.settings import Settings

log = logging.getLogger("presskg.builder.reading")


def _read_guarded(batch: list[Release], nlp, gazetteer: Gazetteer, settings: Settings) -> list[Extraction | str]:
    """Parse and extract ``batch`` within the time (and memory) limits: the whole batch first (the
    model is quicker on batches), and should that run out, each release alone, so that only the
    release at fault is left out."""
    seconds = settings.max_release_seconds
    try:
        with _time_limit(seconds * len(batch)):
            parses = list(parse((r.text for r in batch), settings=settings, nlp=nlp))
            return [_extract_one(rel, p, gazetteer, settings) for rel, p in zip(batch, parses, strict=True)]
    except (_TimeUp, MemoryError, RecursionError):
        if len(batch) == 1:
            return [_over_limit(batch[0], seconds)]
    out: list[Extraction | str] = []
    for rel in batch:
        try:
            with _time_limit(seconds):
                out.append(_extract_one(rel, next(parse([rel.text], settings=settings, nlp=nlp)), gazetteer, settings))
        except (_TimeUp, MemoryError, RecursionError):
            out.append(_over_limit(rel, seconds))
    return out


def _parse_guarded(batch: list[Release], nlp, settings: Settings, *,
                   entities: bool = True) -> list[list[tuple[int, DocData]] | str]:
    """What the model reads of each release of ``batch`` (:func:`~presskg.nlp.parse_data`, ``entities``
    as it takes them), within the time limit as :func:`_read_guarded` sets it for the model and the
    rules together (:func:`_batch_or_each`)."""
    return _batch_or_each(batch, list(range(len(batch))), [None] * len(batch), settings,
                          lambda ids: parse_data([batch[i].text for i in ids], settings=settings, nlp=nlp,
                                                 entities=entities))


def _entities_guarded(batch: list[Release], parsed: list[list[tuple[int, DocData]] | str], nlp,
                      settings: Settings) -> list[list[tuple[int, DocData]] | str]:
    """``parsed`` (:func:`_parse_guarded`'s of ``batch``) with the entities the model's recognizer finds
    (:func:`~presskg.nlp.entities_of`, in the batches :func:`~presskg.nlp.parse_data` would have run it in),
    within the same time limit (:func:`_batch_or_each`)."""
    todo = [i for i, p in enumerate(parsed) if not isinstance(p, str)]
    return _batch_or_each(batch, todo, list(parsed), settings,
                          lambda ids: entities_of([parsed[i] for i in ids], settings=settings, nlp=nlp))


def _batch_or_each(batch: list[Release], todo: list[int], out: list, settings: Settings, run) -> list:
    """``out`` with ``run(ids)``'s results at the releases ``todo`` of ``batch`` names, within the time limit:
    the whole of them first, and should that run out, each release alone, so that only the one at fault is
    left out (its slot: :func:`_over_limit`'s message)."""
    seconds = settings.max_release_seconds
    try:
        with _time_limit(seconds * len(todo)):
            for i, p in zip(todo, run(todo), strict=True):
                out[i] = p
            return out
    except (_TimeUp, MemoryError, RecursionError):
        if len(todo) == 1:
            out[todo[0]] = _over_limit(batch[todo[0]], seconds)
            return out
    for i in todo:
        try:
            with _time_limit(seconds):
                out[i] = next(iter(run([i])))
        except (_TimeUp, MemoryError, RecursionError):
            out[i] = _over_limit(batch[i], seconds)
    return out


def _extract_guarded(rel: Release, p, gazetteer: Gazetteer, settings: Settings) -> Extraction | str:
    """The extraction of ``rel`` from its parse ``p``, within the time (and memory) limit of one release."""
    seconds = settings.max_release_seconds
    try:
        with _time_limit(seconds):
            return _extract_one(rel, p, gazetteer, settings)
    except (_TimeUp, MemoryError, RecursionError):
        return _over_limit(rel, seconds)


def _over_limit(rel: Release, seconds: float) -> str:
    gc.collect()
    log.error("%s: reading it took longer than %g s or more memory than allowed; left out",
              rel.path or rel.identifier, seconds)
    return (f"reading it took longer than {seconds:g} s (Settings.max_release_seconds) or more memory than "
            "allowed (Settings.max_release_memory); left out")


class _TimeUp(BaseException):  # noqa: N818 - not an error of the user's: the timer's signal
    """Raised by the timer of :func:`_time_limit` (a BaseException: the rules' handlers let it through)."""


@contextmanager
def _time_limit(seconds: float) -> Iterator[None]:
    """Raise :class:`_TimeUp` in this thread after ``seconds`` (a real-time timer: main thread only,
    elsewhere no limit)."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer") or seconds <= 0:
        yield
        return

    def up(signum, frame):
        raise _TimeUp()

    old = signal.signal(signal.SIGALRM, up)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def _extract_one(rel: Release, p, gazetteer: Gazetteer, settings: Settings) -> Extraction | str:
    try:
        return extract(rel, p, gazetteer, min_confidence=settings.min_confidence)
    except Exception as exc:  # one bad release must not sink the build
        log.exception("extraction failed for %s", rel.identifier)
        return f"extraction failed: {exc!r}"
