"""One build at a time per output folder, and a way for readers (``serve``, ``publish``) to see one running.

Below every stage: the build takes the lock, the stages that read a build ask whether it is held.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from . import _atomic
from .errors import BuildError

LOCK_FILE = ".presskg.lock"


class BuildLock:
    """One build at a time per output folder: a second one fails fast with a clear message.

    The lock is an OS lock on ``.presskg.lock`` (:mod:`filelock`): taken atomically, and let go by
    the system when its process dies, so a killed build's lock never blocks the next build. The
    owner's pid is kept beside it (``.presskg.lock.pid``), for the message only.
    """

    def __init__(self, out: Path):
        from filelock import FileLock

        self.path = out / LOCK_FILE
        self.pid_file = out / f"{LOCK_FILE}.pid"
        self._lock = FileLock(self.path, timeout=0)

    def __enter__(self) -> BuildLock:
        from filelock import Timeout

        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._lock.acquire()
        except Timeout:
            raise BuildError(
                f"{self.path.parent} is being built by another presskg process "
                f"({self._owner()}); wait for it to finish"
            ) from None
        # for the message only, and only while this process lives (its lock goes with it): not flushed to disk,
        # where the flush waited for what the file system had yet to write, on a rebuild's longest path (issue 17)
        _atomic.write_bytes(self.pid_file, json.dumps({"pid": os.getpid()}).encode("utf-8"), durable=False)
        return self

    def __exit__(self, *exc) -> None:
        self.pid_file.unlink(missing_ok=True)
        self._lock.release()

    def _owner(self) -> str:
        try:
            return f"pid {int(json.loads(self.pid_file.read_text())['pid'])}"
        except (OSError, ValueError, KeyError, TypeError):
            return "unknown process"

    def held(self) -> bool:
        """True while another process (or another lock object) holds the lock."""
        from filelock import Timeout

        if not self.path.exists():
            return False
        try:
            self._lock.acquire()
        except Timeout:
            return True
        except OSError:
            return False
        self._lock.release()
        return False


def is_locked(out: Path) -> bool:
    """True while a build writes ``out`` (``presskg serve`` refuses such a store)."""
    return BuildLock(out).held()
