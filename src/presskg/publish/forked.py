"""Pages made by several processes, each forked from the one that read the build.

Making the pages is pure Python (views, templates, serialization) and holds the interpreter: a
thread pool cannot use a second core. Worker processes started by ``fork`` share the build as
read (the snapshot, the site context) without copying or pickling it; each makes and writes the
pages of a chunk of documents and sends back only what the parent must record (the continuation
pages of each). Where ``fork`` is not available, or for a few pages, the work runs in this process.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from ..errors import BuildError

#: Documents per chunk: big enough that a chunk's answer is cheap to send back, small enough that
#: the workers finish together (a hub page takes as long as a hundred small ones).
CHUNK = 64
#: Below this many documents, forking costs more than it saves.
MIN_PARALLEL = 4 * CHUNK

_TASK: Callable[[Sequence[str]], Any] | None = None


def default_jobs() -> int:
    """The cores this process may use, at most four (the writes share one disk)."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(4, cores))


def _quiet() -> None:
    """A worker leaves Ctrl-C to the parent, which stops the pool and reports it in one line."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _call(chunk: Sequence[str]) -> Any:
    assert _TASK is not None  # set by map_chunks before the workers are forked
    return _TASK(chunk)


def map_chunks(task: Callable[[Sequence[str]], Any], items: Sequence[str], jobs: int) -> Iterator[Any]:
    """``task`` of each chunk of ``items``, in order: in ``jobs`` forked processes when that pays.

    ``task`` may be a closure: the workers are forked after it is set, so it is never pickled
    (only the chunks and the answers are).

    Raises:
        BuildError: a worker died (killed, or out of memory).
    """
    global _TASK
    chunks = [items[i:i + CHUNK] for i in range(0, len(items), CHUNK)]
    if jobs < 2 or len(items) < MIN_PARALLEL or "fork" not in multiprocessing.get_all_start_methods():
        yield from (task(c) for c in chunks)
        return
    _TASK = task
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("fork"), initializer=_quiet)
    try:
        yield from pool.map(_call, chunks)
    except BrokenProcessPool as exc:
        raise BuildError("a publishing process died (killed, or out of memory?); run publish again, "
                         "with --jobs 1 to use one process") from exc
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        _TASK = None
