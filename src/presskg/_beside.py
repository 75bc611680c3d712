"""A function run beside the build, in a forked process or a thread, while the build does other work.

The build forks, rather than spawning, so that the child starts with what this process has
already made (the graphs, the entity graph) without pickling it. A child must not use
Oxigraph's store nor rudof: their thread pools do not survive a fork. A thread pays off only
for work that leaves the interpreter free, such as Oxigraph's bulk load of a text or waiting
on the kernel.
"""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor


class Forked:
    """``fn()`` running in a forked process; :meth:`wait` gives its (picklable) return value."""

    def __init__(self, fn: Callable[[], object], *, name: str):
        ctx = mp.get_context("fork")
        self._pipe, child = ctx.Pipe(duplex=False)
        self._process = ctx.Process(target=self._run, args=(fn, child), name=name)
        self._process.start()
        child.close()

    @staticmethod
    def _run(fn: Callable[[], object], conn) -> None:
        try:
            conn.send(("ok", fn()))
        except BaseException as exc:
            conn.send(("error", repr(exc)))

    def wait(self) -> tuple[bool, object]:
        """``(True, value)`` once ``fn`` returned, or ``(False, what went wrong)``."""
        try:
            status, value = self._pipe.recv()
        except EOFError:  # the process died without a word
            status, value = "error", "its process stopped"
        self._process.join()
        return status == "ok", value

    def stop(self) -> None:
        """End the process now (its result is no longer wanted), and wait for it."""
        self._process.kill()
        self._process.join()
        self._pipe.close()


class Threaded:
    """``fn()`` running in a thread of this process (a one-thread :class:`ThreadPoolExecutor`);
    :meth:`wait` as :meth:`Forked.wait`, with the exception itself as what went wrong."""

    def __init__(self, fn: Callable[[], object], *, name: str):
        pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
        self._future: Future | None = pool.submit(fn)
        pool.shutdown(wait=False)  # the thread ends when fn does; nothing else is submitted

    def wait(self) -> tuple[bool, object]:
        """``(True, value)`` once ``fn`` returned, or ``(False, the exception it raised)``."""
        if self._future is None:
            return False, RuntimeError("the result was taken")
        exc = self._future.exception()
        return (False, exc) if exc is not None else (True, self._future.result())

    def result(self) -> object:
        """What ``fn`` returned, which this object then forgets; what it raised, raised again."""
        ok, value = self.wait()
        self._future = None
        if not ok:
            raise value
        return value
