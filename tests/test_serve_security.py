"""``serve`` and ``query`` safe to expose: no request leaves the machine, bounded work, clean stops.

Each test runs the real command (``python -m presskg``) against the first release's build, and a
local listener that records what reaches it.
"""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import threading
import time

import httpx
import psutil
import pyoxigraph as ox
import pytest

from presskg.store.serve_child import Child
from presskg.store.sparqlguard import FederatedQueryError, refuse_service

from .http_helpers import Listener, free_port, port_is_free

PRESSKG = [sys.executable, "-m", "presskg"]
#: The attack of issue 16: a cross product of the whole store sorted whole (11 GB unbounded).
SORT_ATTACK = "SELECT * {?a ?b ?c . ?d ?e ?f} ORDER BY ?c ?f LIMIT 1"
#: A query that runs for ever in little memory (the count streams).
SLOW = "SELECT (COUNT(*) AS ?n) {?a ?b ?c . ?d ?e ?f . ?g ?h ?i}"


class Served:
    def __init__(self, build, *args: str):
        self.port = free_port()
        self.proc = subprocess.Popen([*PRESSKG, "serve", "--build", str(build), "--port", str(self.port), *args],
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.banner = self.proc.stdout.readline().strip()
        self.url = f"http://127.0.0.1:{self.port}"

    def query(self, q: str, *, method: str = "GET", headers: dict | None = None, timeout: float = 60):
        if method == "GET":
            return httpx.get(f"{self.url}/query", params={"query": q}, headers=headers, timeout=timeout)
        return httpx.post(f"{self.url}/query", data={"query": q}, headers=headers, timeout=timeout)

    def children(self) -> list[psutil.Process]:
        return psutil.Process(self.proc.pid).children(recursive=True)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()


@pytest.fixture()
def serve_seed(seed_build):
    started: list[Served] = []

    def start(*args: str, build=seed_build) -> Served:
        s = Served(build, *args)
        started.append(s)
        assert s.banner == f"SPARQL endpoint: http://127.0.0.1:{s.port}/query", s.proc.stderr.read()
        return s

    yield start
    for s in started:
        kids = s.children() if s.proc.poll() is None else []
        s.stop()
        for k in kids:  # never leave an oxigraph behind, even when a test failed
            if k.is_running():
                k.kill()


# --- SERVICE ------------------------------------------------------------------------------


def test_serve_security_service_is_refused_and_nothing_leaves(serve_seed):
    listener = Listener()
    try:
        q = f"SELECT * {{ SERVICE <{listener.url}/sparql> {{ ?s ?p ?o }} }}"
        list(ox.Store().query(q))  # control: Oxigraph alone does call out
        assert len(listener.requests) == 1
        listener.requests.clear()
        s = serve_seed()
        for method in ("GET", "POST"):
            r = s.query(q, method=method)
            assert r.status_code == 403 and "SERVICE" in r.text
        hidden = (f"ASK {{ FILTER EXISTS {{ {{ SELECT ?s {{ OPTIONAL {{ sErViCe silent <{listener.url}/x> "
                  "{ ?s ?p ?o } } } } } }")
        assert s.query(hidden, method="POST").status_code == 403
        assert s.query("SELECT ?service WHERE { ?service ?p ?o } LIMIT 1").status_code == 200  # only the clause
        time.sleep(0.5)
        assert listener.requests == []
    finally:
        listener.close()


def test_query_security_service_refused_locally_and_on_endpoint(seed_build):
    listener = Listener()
    try:
        q = f"SELECT * {{ SERVICE <{listener.url}/sparql> {{ ?s ?p ?o }} }}"
        for extra in ([], ["--endpoint", f"{listener.url}/query"]):
            out = subprocess.run([*PRESSKG, "query", "--build", str(seed_build), *extra, "-e", q],
                                 capture_output=True, text=True)
            assert out.returncode == 2 and out.stderr.count("\n") == 1 and "SERVICE" in out.stderr
        assert listener.requests == []
    finally:
        listener.close()


def test_sparqlguard_parses_rather_than_matches():
    refuse_service('SELECT * { ?s ?p "SERVICE <http://x/> { }" }')  # the word in a literal is data
    refuse_service("SELECT ?service { ?service a ?c }")
    for q in ("SELECT * { SERVICE <http://x/> { ?s ?p ?o } }", "SELECT * {\\u0053ERVICE <http://x/> {?s ?p ?o}}",
              "SELECT * { SERVICE ?where { ?s ?p ?o } }"):
        with pytest.raises(FederatedQueryError):
            refuse_service(q)


# --- Host, timeouts, memory ---------------------------------------------------------------------


def test_serve_security_host_header_checked(serve_seed):
    s = serve_seed()
    assert s.query("ASK {}", headers={"Host": "attacker.example:80"}).status_code == 400  # DNS rebinding
    assert s.query("ASK {}", headers={"Host": f"localhost:{s.port}"}).status_code == 200
    assert httpx.get(f"{s.url}/", headers={"Host": "attacker.example"}).status_code == 400
    assert httpx.post(f"{s.url}/update", data={"update": "DROP ALL"}).status_code in (404, 405)
    assert httpx.get(f"{s.url}/store").status_code == 404


def test_serve_security_timeout_is_an_error_status(serve_seed):
    s = serve_seed("--timeout", "2")
    r = s.query(SLOW)
    assert r.status_code == 504 and "did not finish within 2 s" in r.text
    assert s.query("ASK { ?s ?p ?o }").json() == {"head": {}, "boolean": True}  # and it still answers


def test_serve_security_memory_attack_stays_bounded(serve_seed):
    s = serve_seed("--memory", "300", "--timeout", "60")
    peak = [0]
    done = threading.Event()

    def watch():
        while not done.is_set():
            try:
                peak[0] = max(peak[0], sum(k.memory_info().rss for k in s.children()))
            except psutil.Error:
                pass
            time.sleep(0.05)

    t = threading.Thread(target=watch, daemon=True)
    t.start()
    r = s.query(SORT_ATTACK)
    done.set()
    t.join()
    assert r.status_code == 503 and "more than 300 MB" in r.text
    assert 0 < peak[0] < 400 << 20
    assert s.query("ASK { ?s ?p ?o }").status_code == 200  # a new child took over


def test_query_security_timeout_and_memory_enforced_locally(seed_build):
    start = time.monotonic()
    out = subprocess.run([*PRESSKG, "query", "--build", str(seed_build), "--timeout", "2", "-e", SLOW],
                         capture_output=True, text=True)
    assert out.returncode == 2 and "did not finish within 2 s" in out.stderr
    assert time.monotonic() - start < 10  # the interpreter's start and the store, plus the 2 s
    out = subprocess.run([*PRESSKG, "query", "--build", str(seed_build), "--memory", "300", "-e", SORT_ATTACK],
                         capture_output=True, text=True)
    assert out.returncode == 2 and out.stderr.count("\n") == 1 and "300 MB" in out.stderr


# --- process life ---------------------------------------------------------------------------------


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_serve_security_signal_stops_the_child(serve_seed, sig):
    s = serve_seed()
    assert s.query("ASK {}").status_code == 200
    kids = s.children()
    (oxigraph,) = [k for k in kids if "oxigraph" in k.name()]
    child_port = int(oxigraph.cmdline()[oxigraph.cmdline().index("--bind") + 1].rsplit(":", 1)[1])
    s.proc.send_signal(sig)
    assert s.proc.wait(timeout=20) == 0
    assert not psutil.pid_exists(oxigraph.pid)
    assert not any(k.is_running() and k.status() != psutil.STATUS_ZOMBIE for k in kids)
    assert port_is_free(s.port) and port_is_free(child_port)
    assert "Traceback" not in s.proc.stderr.read()


def test_serve_security_killed_front_takes_its_child(serve_seed):
    """``kill -9`` of the front (or the OOM killer) gives it no chance to stop its Oxigraph: the
    kernel does (a parent-death signal), and the child's port is free again."""
    s = serve_seed()
    assert s.query("ASK {}").status_code == 200
    (oxigraph,) = [k for k in s.children() if "oxigraph" in k.name()]
    child_port = int(oxigraph.cmdline()[oxigraph.cmdline().index("--bind") + 1].rsplit(":", 1)[1])
    s.proc.kill()
    s.proc.wait(timeout=20)
    gone, alive = psutil.wait_procs([oxigraph], timeout=10)
    assert alive == [] and gone == [oxigraph]
    assert port_is_free(child_port)


def test_serve_security_child_outlives_the_thread_that_started_it(seed_build):
    """The front's worker threads come and go; a child started from one that has ended still serves
    (its parent-death signal follows the thread that forked it: one kept for the front's life)."""
    child = Child(seed_build, timeout=10, memory_mb=0)
    started = threading.Thread(target=child.ensure)
    started.start()
    started.join()
    try:
        time.sleep(1)
        assert child.died() is None
        assert httpx.get(f"{child.url}/query", params={"query": "ASK {}"}, timeout=10).status_code == 200
    finally:
        child.stop()


def test_serve_security_bad_port_is_one_line(seed_build):
    out = subprocess.run([*PRESSKG, "serve", "--build", str(seed_build), "--port", "99999"],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 2 and out.stdout == "" and out.stderr.count("\n") == 1 and "99999" in out.stderr


def test_serve_security_port_taken_no_banner(seed_build):
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        out = subprocess.run([*PRESSKG, "serve", "--build", str(seed_build), "--port", str(taken.getsockname()[1])],
                             capture_output=True, text=True, timeout=60)
    assert out.returncode == 2 and out.stdout == ""  # the banner comes only once the port is ours
    assert out.stderr.count("\n") == 1 and "another --port" in out.stderr


def test_serve_security_rebuild_under_serve_reopens(serve_seed, seed_build, tmp_path, release_dir):
    from .conftest import ROOT

    build = tmp_path / "build"
    shutil.copytree(seed_build, build)
    s = serve_seed(build=build)
    count = "SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r a <https://w3id.org/presskg/ontology#Release> }"
    assert s.query(count).json()["results"]["bindings"][0]["n"]["value"] == "1"
    shutil.copy(ROOT / "data" / "samples" / "esa-jaxa-online-meeting-cooperation-2021.txt", release_dir)
    out = subprocess.run([*PRESSKG, "build", str(release_dir), "-o", str(build)], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert s.query(count).json()["results"]["bindings"][0]["n"]["value"] == "2"
