"""A function run in a forked process while this one does other work.

The build forks, rather than spawning, so that the child starts with what this process has
already made (the graphs, the entity graph) without pickling it. A child must not use
Oxigraph's store nor rudof: their thread pools do not survive a fork.
"""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Callable


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
