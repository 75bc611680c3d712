"""The Oxigraph server behind ``presskg serve``: started, watched, bounded and restarted.

``oxigraph serve-read-only`` answers SPARQL fast and in the store's own format, but it cannot be
exposed as it is (see :mod:`presskg.store.serve`), so it listens on a loopback port of its own that only
the front talks to. This module keeps that child process right:

- **memory**: its private memory is capped with ``RLIMIT_DATA`` (heap and anonymous maps, not the
  store's files mapped from disk). A query that needs more (a cross product sorted whole) makes
  the allocation fail; the child aborts, and the next request starts a new one. Without the cap
  one anonymous query took 11 GB;
- **rebuilds**: a build puts a new ``store/`` folder in place by renaming it (``store.replacing``);
  the child still reads the old, deleted one. Each request compares the folder's identity
  (device, inode) with the one the child opened and, when it changed, starts a child on the new
  store (a build still writing never has its store at ``store/``: it is renamed there whole);
- **stopping**: :meth:`Child.stop` terminates it, then kills it, and waits, so its port is free.
  A front killed outright (``kill -9``, the OOM killer) cannot stop it: on Linux the child is
  started with a parent-death signal (``prctl(PR_SET_PDEATHSIG)``), so the kernel kills it too.
  That signal follows the *thread* that started it, and the front's worker threads come and go
  (anyio retires an idle one after ten seconds), so every child is started from one thread kept
  for the server's life.
"""

from __future__ import annotations

import ctypes
import os
import resource
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

from presskg.errors import StoreError
from presskg.store import STORE_DIR

#: Seconds a new child may take before its port answers.
START_SECONDS = 30


def oxigraph_binary() -> str:
    """The ``oxigraph`` command installed beside this Python, else on PATH."""
    here = Path(sys.executable).parent / "oxigraph"
    found = str(here) if here.is_file() else shutil.which("oxigraph")
    if not found:
        raise StoreError("the 'oxigraph' server is not installed: pip install 'oxigraph' (same version as pyoxigraph)")
    return found


def _parent_death_signal() -> Callable[[], None] | None:
    """A ``preexec_fn`` that has the kernel kill the child when the thread that forked it ends (so
    when the front dies, however), or None where ``prctl`` is not there (not Linux). The function is
    found here, in the front: the forked child only calls it, and leaves at once should the front
    already be gone by then."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        prctl = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return None
    front = os.getpid()

    def preexec() -> None:
        prctl(_PR_SET_PDEATHSIG, _KILL)
        if os.getppid() != front:  # the front died between the fork and the prctl
            os._exit(1)

    return preexec


_PR_SET_PDEATHSIG = 1  # <linux/prctl.h>
_KILL = signal.SIGKILL  # a read-only server has nothing to write before it goes


def _free_loopback_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_dev, st.st_ino


class Child:
    """One ``oxigraph serve-read-only`` on the build's store, on a private loopback port.

    Thread-safe: the front calls :meth:`ensure` from worker threads.
    """

    def __init__(self, build: Path, *, timeout: float, memory_mb: int):
        self.store = Path(build) / STORE_DIR
        self.timeout = timeout
        self.memory_mb = memory_mb
        self.proc: subprocess.Popen | None = None
        self.url = ""
        self.opened: tuple[int, int] | None = None
        self.restarts = 0
        self._lock = threading.Lock()
        # the one thread that starts children: it lives as long as the front (see the module)
        self._starter = ThreadPoolExecutor(max_workers=1, thread_name_prefix="presskg-oxigraph")

    def command(self, port: int) -> list[str]:
        # Oxigraph's own timeout comes after the front's: the front answers an error status first,
        # so the child never gets to end a 200 response early with a cut body.
        return [oxigraph_binary(), "serve-read-only", "--location", str(self.store), "--bind",
                f"127.0.0.1:{port}", "--timeout-s", str(int(self.timeout) + 5)]

    def start(self) -> None:
        """Start a child on the store as it is now; returns when it answers.

        Raises:
            StoreError: no store, or the server does not come up.
        """
        if not self.store.is_dir():
            raise StoreError(f"no store at {self.store}: run 'presskg build' (or 'make run') first")
        last = ""
        for _ in range(3):  # the free port may be taken meanwhile, or a rebuild renames the store under us
            port = _free_loopback_port()
            opened = _identity(self.store)
            # its messages go to a file, read when it stops: a pipe nobody reads could fill and block it
            log = tempfile.TemporaryFile()
            proc = self._starter.submit(
                subprocess.Popen, self.command(port), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                stderr=log, env={**os.environ, "RUST_BACKTRACE": "0"}, preexec_fn=_parent_death_signal()).result()
            proc.presskg_log = log  # type: ignore[attr-defined]
            self._cap_memory(proc.pid)
            url = f"http://127.0.0.1:{port}"
            if self._wait_ready(proc, url):
                self.proc, self.url, self.opened = proc, url, opened
                return
            last = _stop(proc)
        raise StoreError(f"the Oxigraph server did not start on {self.store}: {last or 'no answer'}")

    def _cap_memory(self, pid: int) -> None:
        if self.memory_mb > 0:
            limit = self.memory_mb << 20
            try:
                resource.prlimit(pid, resource.RLIMIT_DATA, (limit, limit))
            except (OSError, ValueError):  # the child already exited: start() reports why
                pass

    @staticmethod
    def _wait_ready(proc: subprocess.Popen, url: str) -> bool:
        deadline = time.monotonic() + START_SECONDS
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                return False
            try:
                httpx.get(f"{url}/", timeout=1, trust_env=False).raise_for_status()
                return True
            except httpx.HTTPError:
                time.sleep(0.05)
        return False

    def ensure(self) -> str:
        """The child's base URL: a new child if the last one died or the store was replaced.

        Raises:
            StoreError: the store is missing (a build is renaming it right now) or will not open.
        """
        with self._lock:
            now = _identity(self.store)
            if now is None:
                time.sleep(0.2)  # between the two renames of a store being put in place
                now = _identity(self.store)
                if now is None:
                    raise StoreError(f"no store at {self.store} right now (a build is replacing it?): retry")
            alive = self.proc is not None and self.proc.poll() is None
            if not alive or now != self.opened:
                if self.proc is not None:
                    _stop(self.proc)
                    self.restarts += 1
                self.proc = None
                self.start()
            return self.url

    def died(self) -> int | None:
        """The exit status of the current child if it has stopped, else None."""
        with self._lock:
            return None if self.proc is None else self.proc.poll()

    def stop(self) -> None:
        with self._lock:
            if self.proc is not None:
                _stop(self.proc)
                self.proc = None


def _stop(proc: subprocess.Popen) -> str:
    """Terminate (then kill) ``proc`` and wait for it; its last error line, if any."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    err = ""
    log = getattr(proc, "presskg_log", None)
    if log is not None:
        log.seek(0)
        err = log.read().decode("utf-8", "replace")
        log.close()
    lines = [ln for ln in err.splitlines() if ln.strip()]
    return lines[-1][:300] if lines else ""


__all__ = ["Child", "oxigraph_binary"]
