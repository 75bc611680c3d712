"""``presskg serve``: the build's store as a read-only SPARQL endpoint (the Oxigraph server).

presskg does not implement HTTP: it starts ``oxigraph serve-read-only`` (the
``oxigraph`` package, same version as pyoxigraph, same store format) on the
build's store, on loopback unless told otherwise, with a query timeout; the
store's default graph holds the facts of every named graph (see ``store``).
"""

from __future__ import annotations

import ipaddress
import shutil
import subprocess
import sys
from pathlib import Path

from .cache import is_locked
from .errors import StoreError
from .store import STORE_DIR


def oxigraph_binary() -> str:
    """The ``oxigraph`` command installed beside this Python, else on PATH."""
    here = Path(sys.executable).parent / "oxigraph"
    found = str(here) if here.is_file() else shutil.which("oxigraph")
    if not found:
        raise StoreError("the 'oxigraph' server is not installed: pip install 'oxigraph' (same version as pyoxigraph)")
    return found


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def server_command(build: str | Path, host: str, port: int, timeout: int) -> list[str]:
    """The Oxigraph server command line for a build.

    Raises:
        StoreError: no store, or a build is writing it right now.
    """
    store = Path(build) / STORE_DIR
    if not store.is_dir():
        raise StoreError(f"no store at {store}: run 'presskg build' (or 'make run') first")
    if is_locked(Path(build)):
        raise StoreError(f"{build} is being built right now; serve it when the build has finished")
    bind = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    return [oxigraph_binary(), "serve-read-only", "--location", str(store), "--bind", bind,
            "--timeout-s", str(timeout)]


def endpoint_url(host: str, port: int) -> str:
    h = f"[{host}]" if ":" in host else host
    return f"http://{h}:{port}/query"


def serve(build: str | Path = "build", *, host: str = "127.0.0.1", port: int = 7878, timeout: int = 30) -> int:
    """Serve until Ctrl-C; returns the exit code."""
    cmd = server_command(build, host, port, timeout)
    print(f"SPARQL endpoint: {endpoint_url(host, port)}", flush=True)
    print(f"query page: {endpoint_url(host, port).rsplit('/', 1)[0]}/  (read-only, queries time out after "
          f"{timeout} s; Ctrl-C stops)", flush=True)
    if not is_loopback(host):
        print(f"warning: listening on {host}, reachable from other machines", file=sys.stderr, flush=True)
    proc = subprocess.Popen(cmd)
    try:
        return proc.wait()
    except KeyboardInterrupt:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        print("stopped", flush=True)
        return 0
