"""The live endpoint and pushing to a triplestore, against a real Oxigraph server on loopback."""

import json
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, HTTPServer

import psutil
import pyoxigraph as ox
import pytest

from presskg.store.push import PushError, push
from presskg.store.serve import oxigraph_binary, serve

from .http_helpers import Listener, send


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_up(url: str, seconds: float = 20) -> None:
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            urllib.request.urlopen(url, timeout=1).read()
            return
        except (urllib.error.URLError, ConnectionError, OSError):
            time.sleep(0.1)
    raise TimeoutError(url)


def sparql_select(endpoint: str, query: str) -> dict:
    req = urllib.request.Request(f"{endpoint}?{urllib.parse.urlencode({'query': query})}",
                                 headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(req, timeout=10) as resp:
        return json.loads(resp.read())


@pytest.fixture()
def served(seed_build):
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "presskg", "serve", "--build", str(seed_build), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    first = proc.stdout.readline().strip()
    yield proc, first, port
    kids = psutil.Process(proc.pid).children(recursive=True) if proc.poll() is None else []
    if proc.poll() is None:
        proc.kill()
        proc.wait()
    for k in kids:  # its oxigraph child too: a killed front leaves it running
        if k.is_running():
            k.kill()


def test_serve_answers_sparql_over_http(served):
    proc, first, port = served
    assert first == f"SPARQL endpoint: http://127.0.0.1:{port}/query"
    endpoint = first.split(": ", 1)[1]
    wait_up(f"http://127.0.0.1:{port}/")
    doc = sparql_select(endpoint, "SELECT ?p WHERE { ?p <https://w3id.org/presskg/ontology#headOf> "
                                  "<https://w3id.org/presskg/resource/CNES> }")
    assert {b["p"]["value"] for b in doc["results"]["bindings"]} >= {"https://w3id.org/presskg/resource/Jean-Yves_Le_Gall"}
    # the query command speaks the same protocol
    out = subprocess.run([sys.executable, "-m", "presskg", "query", "--endpoint", endpoint, "--format", "csv", "-e",
                          "SELECT DISTINCT ?l WHERE { pkr:JAXA rdfs:label ?l }"], capture_output=True, text=True)
    assert out.returncode == 0 and out.stdout.splitlines() == ["l", "JAXA"]


def test_serve_refuses_updates(served):
    proc, first, port = served
    wait_up(f"http://127.0.0.1:{port}/")
    req = urllib.request.Request(f"http://127.0.0.1:{port}/update", data=b"update=DROP+ALL", method="POST",
                                 headers={"Content-Type": "application/x-www-form-urlencoded"})
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(req, timeout=10)
    assert 400 <= err.value.code < 500


def test_serve_stops_cleanly_on_ctrl_c(served):
    proc, first, port = served
    wait_up(f"http://127.0.0.1:{port}/")
    proc.send_signal(signal.SIGINT)
    assert proc.wait(timeout=15) == 0


def test_serve_refuses_a_missing_store(tmp_path):
    from presskg.errors import StoreError

    with pytest.raises(StoreError, match="no store"):
        serve(tmp_path, port=free_port())


def test_serve_refuses_a_store_being_written(seed_build, tmp_path):
    import shutil

    from presskg._lock import BuildLock
    from presskg.errors import StoreError

    build = tmp_path / "b"
    shutil.copytree(seed_build, build)
    with BuildLock(build), pytest.raises(StoreError, match="being built"):
        serve(build, port=free_port())


@pytest.fixture()
def triplestore(tmp_path):
    port = free_port()
    proc = subprocess.Popen([oxigraph_binary(), "serve", "--location", str(tmp_path / "db"), "--bind",
                             f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    wait_up(f"{base}/")
    yield base
    proc.terminate()
    proc.wait(timeout=10)


def graph_counts(endpoint: str) -> dict[str, int]:
    doc = sparql_select(endpoint, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    return {b["g"]["value"]: int(b["n"]["value"]) for b in doc["results"]["bindings"]}


def test_push_loads_every_graph_and_is_idempotent(seed_build, triplestore):
    from presskg.store import open_store

    expected: dict[str, int] = {}
    for q in open_store(seed_build).quads_for_pattern(None, None, None, None):
        if not isinstance(q.graph_name, ox.DefaultGraph):  # the union default graph is not pushed
            expected[q.graph_name.value] = expected.get(q.graph_name.value, 0) + 1
    first = push(seed_build, f"{triplestore}/store", batch_size=2000)
    assert first.graphs == len(expected) and first.triples == sum(expected.values())
    assert first.requests > first.graphs  # the big knowledge-base graph went in several batches
    assert graph_counts(f"{triplestore}/query") == expected
    push(seed_build, f"{triplestore}/store", batch_size=2000)
    assert graph_counts(f"{triplestore}/query") == expected


class _Refuse(BaseHTTPRequestHandler):
    def do_PUT(self):  # noqa: N802 (http.server's naming)
        self.rfile.read(int(self.headers.get("Content-Length", 0)))  # as real stores do, read, then refuse
        self.send_response(401)
        self.send_header("WWW-Authenticate", "Basic")
        self.end_headers()

    def log_message(self, *args):
        pass


def test_push_refused_is_one_clear_error(seed_build):
    server = HTTPServer(("127.0.0.1", 0), _Refuse)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with pytest.raises(PushError, match="401.*PRESSKG_PUSH_TOKEN"):
            push(seed_build, f"http://127.0.0.1:{server.server_port}/store", retries=0)
    finally:
        server.shutdown()


def test_push_unreachable(seed_build):
    with pytest.raises(PushError, match="cannot reach"):
        push(seed_build, f"http://127.0.0.1:{free_port()}/store", retries=0, timeout=2)


# --- push: faithful, bounded, honest ---------------------------------------------------------


def build_graphs(build) -> dict:
    from rdflib import Dataset, URIRef

    ds = Dataset()
    ds.parse(build / "graph.nq", format="nquads")
    return {str(g.identifier): g for g in ds.graphs() if isinstance(g.identifier, URIRef) and len(g)}


def as_oxigraph_stores(g):
    """``g`` as an Oxigraph store gives it back: the store keeps xsd:nonNegativeInteger as xsd:integer."""
    from rdflib import Graph

    store = ox.Store()
    store.load(g.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
    return Graph().parse(data=ox.serialize(store, format=ox.RdfFormat.N_TRIPLES).decode(), format="nt")


@pytest.mark.parametrize("batch_size", [100, 1000, 50_000])
def test_push_every_graph_isomorphic_in_oxigraph(seed_build, triplestore, batch_size):
    from rdflib import Graph
    from rdflib.compare import isomorphic

    expected = build_graphs(seed_build)
    assert any(any(isinstance(t, __import__("rdflib").BNode) for t in g.all_nodes()) for g in expected.values())
    summary = push(seed_build, f"{triplestore}/store", batch_size=batch_size)
    assert summary.graphs == len(expected)
    for name, g in expected.items():
        got = urllib.request.urlopen(urllib.request.Request(
            f"{triplestore}/store?graph={urllib.parse.quote(name, safe='')}",
            headers={"Accept": "application/n-triples"}), timeout=30).read().decode()
        assert isomorphic(Graph().parse(data=got, format="nt"), as_oxigraph_stores(g)), (name, batch_size)


def test_push_sends_the_build_exactly(seed_build):
    """What goes over the wire, batch after batch, is each graph of graph.nq exactly (terms and blank nodes)."""
    from rdflib import Graph
    from rdflib.compare import isomorphic

    received: dict[str, Graph] = {}

    def store(h, body):
        graph = urllib.parse.parse_qs(urllib.parse.urlsplit(h.path).query)["graph"][0]
        if h.command == "PUT":
            received[graph] = Graph()
        received[graph].parse(data=body.decode(), format="nt")
        send(h, 204)

    listener = Listener(store)
    try:
        summary = push(seed_build, f"{listener.url}/store", batch_size=100)
    finally:
        listener.close()
    expected = build_graphs(seed_build)
    assert summary.requests > 3 * len(expected) and set(received) == set(expected)
    for name, g in expected.items():
        assert isomorphic(received[name], g), name


def test_push_redirect_not_followed_token_stays(seed_build, monkeypatch):
    other = Listener()
    redirect = Listener(lambda h, body: send(h, 302, headers={"Location": f"{other.url}/store"}))
    monkeypatch.setenv("PRESSKG_PUSH_TOKEN", "s3cret")
    try:
        out = subprocess.run([sys.executable, "-m", "presskg", "push", "--build", str(seed_build),
                              "--graph-store", f"{redirect.url}/store"], capture_output=True, text=True, timeout=60)
    finally:
        redirect.close()
        other.close()
    assert out.returncode == 1 and "pushed" not in out.stdout
    assert out.stderr.count("\n") == 1 and "302" in out.stderr and "not followed" in out.stderr
    assert len(redirect.requests) == 1 and redirect.requests[0][2]["Authorization"] == "Bearer s3cret"
    assert other.requests == []  # the token never reached the other port


@pytest.mark.parametrize("behaviour", ["never_answer", "trickle"])
def test_push_slow_store_times_out(seed_build, behaviour):
    from . import http_helpers

    listener = Listener(getattr(http_helpers, behaviour))
    start = time.monotonic()
    try:
        out = subprocess.run([sys.executable, "-m", "presskg", "push", "--build", str(seed_build), "--graph-store",
                              f"{listener.url}/store", "--timeout", "1", "--retries", "0"],
                             capture_output=True, text=True, timeout=60)
    finally:
        listener.close()
    assert out.returncode == 1 and "pushed" not in out.stdout
    assert out.stderr.count("\n") == 1 and "within 1 s" in out.stderr
    assert time.monotonic() - start < 15  # interpreter start and graph.nq, then 2 s at most


def test_push_bad_url_is_one_line(seed_build):
    out = subprocess.run([sys.executable, "-m", "presskg", "push", "--build", str(seed_build),
                          "--graph-store", "not-a-url"], capture_output=True, text=True, timeout=60)
    assert out.returncode == 2 and out.stderr.count("\n") == 1 and "not an http(s) URL" in out.stderr


def test_push_batches_keep_blank_nodes_together():
    from presskg.store.push import batches

    b = ox.BlankNode("x")
    plain = [ox.Triple(ox.NamedNode(f"http://s/{i}"), ox.NamedNode("http://p"), ox.Literal(str(i))) for i in range(5)]
    blank = [ox.Triple(ox.NamedNode(f"http://s/{i}"), ox.NamedNode("http://p"), b) for i in range(4)]
    got = batches(blank[:2] + plain + blank[2:], 2)
    assert got[0] == blank and all(len(x) == 2 for x in got[1:-1]) and sum(map(len, got)) == 9
