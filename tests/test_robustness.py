"""Bad input, hostile text, interrupted and concurrent builds: nothing lost, nothing injected."""

import datetime as dt
import json
import os
import shutil
import signal
import subprocess
import sys
import time

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from presskg._lock import BuildLock
from presskg.builder.build import build
from presskg.errors import BuildError, InputError
from presskg.ingest import check_not_future, read_release
from presskg.nlp import parse

from .conftest import RELEASES, ROOT, SEED


def test_robustness_oversized_file_is_refused(tmp_path):
    f = tmp_path / "huge.txt"
    f.write_bytes(b"NASA and ESA met. " * (20 * 1024 * 1024 // 18))  # about 20 MB
    with pytest.raises(InputError, match=r"huge.txt: .* bytes is larger than the limit .*max_release_bytes"):
        read_release(f)


def test_robustness_long_text_is_parsed_in_pieces_with_exact_offsets(nlp):
    text = "\n\n".join(f"Paragraph {i}: JAXA and ESA met in Tokyo." for i in range(4000))  # > 150,000 chars
    p = next(parse([text], nlp=nlp))
    assert len(p.sentences) >= 4000
    for tok in p.tokens[::997]:
        assert text[tok.idx:tok.idx + len(tok.text)] == tok.text
    for s in p.sentences[::401]:
        assert text[s.start_char:s.end_char] == s.text


def test_robustness_future_date_is_refused(tmp_path):
    with pytest.raises(InputError, match="in the future"):
        check_not_future(dt.date(2031, 1, 1), tmp_path / "x.txt", today=dt.date(2026, 1, 1))
    check_not_future(dt.date(2026, 1, 2), tmp_path / "x.txt", today=dt.date(2026, 1, 1))  # embargo: a day ahead


def test_robustness_duplicate_identifiers_from_two_folders(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    shutil.copy(RELEASES / f"{SEED}.txt", a)
    shutil.copy(RELEASES / f"{SEED}.txt", b)
    result = build([a, b], out=tmp_path / "out", progress=False)
    assert result.releases == [SEED] and result.exit_code == 1
    (err,) = json.loads((tmp_path / "out" / "errors.json").read_text())
    assert "duplicate release identifier" in err["reason"] and str(b) in err["file"]


def test_robustness_second_concurrent_build_fails_fast(tmp_path, release_dir):
    out = tmp_path / "out"
    with BuildLock(out):
        t0 = time.perf_counter()
        with pytest.raises(BuildError, match="being built by another presskg process"):
            build([release_dir], out=out, progress=False)
        assert time.perf_counter() - t0 < 5


def test_robustness_killed_build_leaves_the_previous_build(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    for n in range(8):  # enough releases that the build is still running when it is killed
        for f in (ROOT / "data" / "samples").glob("*.txt"):
            shutil.copy(f, src / f"{f.stem}-{n}.txt")
    out = tmp_path / "out"
    build([RELEASES], out=out, progress=False)
    before = (out / "graph.nq").read_bytes()
    proc = subprocess.Popen([sys.executable, "-m", "presskg", "build", str(src), str(RELEASES), "-o", str(out)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(6)  # the model is reading the releases
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert (out / "graph.nq").read_bytes() == before
    store = ox.Store.read_only(str(out / "store"))
    named = [q for q in store.quads_for_pattern(None, None, None, None) if isinstance(q.graph_name, ox.NamedNode)]
    assert len(named) == len(list(ox.parse(path=str(out / "graph.nq"), format=ox.RdfFormat.N_QUADS)))
    again = build([RELEASES], out=out, progress=False)  # the dead build's lock does not block
    assert again.releases == [SEED]


def test_robustness_input_order_does_not_change_anything(tmp_path):
    samples = ROOT / "data" / "samples"
    build([samples, RELEASES], out=tmp_path / "one", progress=False)
    build([RELEASES, samples], out=tmp_path / "two", progress=False)
    assert (tmp_path / "one" / "graph.nq").read_bytes() == (tmp_path / "two" / "graph.nq").read_bytes()


def test_robustness_serve_warns_off_loopback(monkeypatch, seed_build, capsys):
    import socket

    import uvicorn

    import presskg.store.serve as serve_mod

    def loopback_instead(host, port):  # tests listen on loopback only: the address is only printed
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        return sock

    monkeypatch.setattr(serve_mod, "bind", loopback_instead)
    monkeypatch.setattr(serve_mod.Child, "start", lambda self: None)
    monkeypatch.setattr(uvicorn.Server, "run", lambda self, sockets=None: None)
    assert serve_mod.serve(seed_build, host="0.0.0.0", port=7999) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("SPARQL endpoint: http://0.0.0.0:")
    assert "reachable from other machines" in captured.err
    assert serve_mod.is_loopback("127.0.0.1") and serve_mod.is_loopback("::1") and not serve_mod.is_loopback("0.0.0.0")
    assert "0.0.0.0" not in serve_mod.allowed_hosts("0.0.0.0")  # a wildcard is no name: --allow-host gives them
    assert "kg.example" in serve_mod.allowed_hosts("0.0.0.0", ("kg.example",))


# --- fuzzing ------------------------------------------------------------------------------

WORDS = ["NASA", "ESA", "JAXA", "CNES", "Mars", "Phobos", "MMX", "the", "agency", "signed", "an", "agreement",
         "with", "launched", "from", "Kourou", "on", "6", "December", "2020", "President", "Dr", "lander",
         "mission", "to", "and", "its", "(", ")", ",", "-", "—", "“", "”", "é", "ß", "日本", "🚀", "'s", ";", ":"]

sentences = st.lists(st.one_of(st.sampled_from(WORDS), st.text(min_size=1, max_size=12)), min_size=1, max_size=120)
texts = st.lists(sentences.map(" ".join), min_size=1, max_size=6).map(lambda ss: ". ".join(ss) + ".")
nested = st.recursive(st.sampled_from(WORDS), lambda inner: inner.map(lambda x: f"({x} {x})"), max_leaves=30)
bodies = st.one_of(texts, nested.map(lambda x: f"ESA and NASA {x} met."))


def graph_of(text: str, nlp, gazetteer) -> list:
    """The pipeline from text to validated quads, in memory (what build() does per release)."""
    from presskg.builder.background import background_quads
    from presskg.extract import extract
    from presskg.link.resolve import resolve
    from presskg.model import Release
    from presskg.rdf.encode import encode
    from presskg.rdf.validate import validate_quads

    rel = Release("fuzz", text, date=dt.date(2022, 1, 1))
    (res,) = resolve([extract(rel, next(parse([text], nlp=nlp)), gazetteer)])
    quads = encode(res)
    report = validate_quads([*background_quads(), *quads])
    assert report.conforms, report.text[:2000]
    data = ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
    assert len(set(ox.parse(data, format=ox.RdfFormat.N_QUADS))) == len(set(quads))
    return quads


@settings(max_examples=int(os.environ.get("PRESSKG_FUZZ_EXAMPLES", "12")), deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(body=bodies)
def test_robustness_fuzzed_releases_build_and_conform(body, nlp, gazetteer):
    graph_of(body, nlp, gazetteer)


# --- fuzzed builds: files with odd names, control characters and long lines, built and re-read ---

CONTROLS = ["\x00", "\x01", "\x08", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\u2028", "\u2029", "\r", "\ufeff",
            "\ufffe", "\t"]
ODD_NAMES = ["a b", 'q"uote', "h#sh", "p%zz", "<angle>", "{brace}", "back\\slash", "new\nline", "é-ü", "日本",
             "🚀", "-dash", ".dot", "x" * 120, "a|b", "semi;colon", "tab\tname"]
HEADERS = ["", "title: {t}\ndate: 2021-02-25\npublisher: ESA\n---\n", "title: {t}{c}date: 2020-12-06{c}---\n",
           "source: {u}\n---\n", "date: 31 February 2021\n---\n", "unknown: x\n---\n", "February 25, 2021\n"]
URLS = ["https://esa.int/a|b{c}", "javascript:alert(1)", "http://x/%zz y", "https://ok.example/p?q=1#f", "ftp://x",
        "https:///nohost", "http://[::1", "NASA office"]

names = st.one_of(st.sampled_from(ODD_NAMES), st.text(min_size=1, max_size=30).filter(
    lambda n: "/" not in n and "\x00" not in n and len(n.encode("utf-8", "surrogatepass")) < 200))
dirty = st.lists(st.one_of(st.sampled_from(WORDS), st.sampled_from(CONTROLS), st.text(max_size=8)), max_size=60).map(
    " ".join)
long_line = st.integers(min_value=1, max_value=400).map(lambda n: " ".join(["ESA and JAXA met in Tokyo"] * n))
release_bodies = st.one_of(bodies, dirty, long_line, st.tuples(bodies, dirty).map(" ".join))


@st.composite
def release_files(draw) -> tuple[str, bytes]:
    """One release file: an odd name and suffix, a header (perhaps broken), a dirty body, an encoding."""
    name = draw(names)
    suffix = draw(st.sampled_from([".txt", ".md", ".html"]))
    header = draw(st.sampled_from(HEADERS)).format(t=draw(st.text(max_size=20)), c=draw(st.sampled_from(CONTROLS)),
                                                   u=draw(st.sampled_from(URLS)))
    body = draw(release_bodies)
    text = header + body if suffix != ".html" else (
        f'<html><head><title>{header[:20]}</title><link rel="canonical" href="{draw(st.sampled_from(URLS))}">'
        f"</head><body><article><p>{body}</p></article></body></html>")
    encoding = draw(st.sampled_from(["utf-8", "utf-8", "utf-8", "utf-16", "utf-32", "latin-1"]))
    data = text.encode(encoding, "surrogatepass" if encoding.startswith("utf") else "replace")
    return name + suffix, data


@settings(max_examples=int(os.environ.get("PRESSKG_FUZZ_BUILDS", "3")), deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                 HealthCheck.function_scoped_fixture])
@given(files=st.lists(release_files(), min_size=int(os.environ.get("PRESSKG_FUZZ_MIN_FILES", "1")), max_size=4))
def test_robustness_fuzzed_builds_reparse_and_conform(files, tmp_path_factory):
    """Up to four fuzzed files per build: no traceback, each refusal one line naming the file, and
    every output of the build re-parses (RDF/XML with lxml and expat too) and conforms."""
    import xml.parsers.expat

    import lxml.etree

    from presskg.errors import PresskgError
    from presskg.publish.export import ntriples
    from presskg.rdf.validate import validate_ntriples
    from presskg.store import read_nquads

    src = tmp_path_factory.mktemp("fuzz")
    written = 0
    for i, (name, data) in enumerate(files):
        try:
            (src / f"{i}{name}").write_bytes(data)
            written += 1
        except OSError:  # a name this file system refuses (too long in bytes, reserved)
            continue
    out = src / "out"  # inside the input folder: never read as releases
    try:
        result = build([src], out=out, progress=False)
    except PresskgError as exc:
        assert "\n" not in str(exc)
        assert "nothing to build" in str(exc), exc
        return
    for f, reason in result.failed:
        assert "\n" not in f and "\n" not in reason
    assert len(result.releases) + len(result.failed) == written
    formats = {"graph.trig": ox.RdfFormat.TRIG, "graph.nq": ox.RdfFormat.N_QUADS, "graph.ttl": ox.RdfFormat.TURTLE,
               "graph.rdf": ox.RdfFormat.RDF_XML, "graph.jsonld": ox.RdfFormat.JSON_LD}
    counts = {n: sum(1 for _ in ox.parse(path=str(out / n), format=fmt)) for n, fmt in formats.items()}
    assert len(set(counts.values())) == 1, counts
    lxml.etree.parse(str(out / "graph.rdf"))
    xml.parsers.expat.ParserCreate().Parse((out / "graph.rdf").read_bytes(), True)
    report = validate_ntriples(ntriples(read_nquads(out)))
    assert report.conforms, report.text[:2000]


def test_robustness_the_lock_flushes_nothing_to_disk(tmp_path, monkeypatch):
    """Taking a build's lock writes its owner's pid for the message of a second build, not flushed to disk: the
    pid matters only while its process lives (the lock goes with it), and the flush waited, at the start of a
    rebuild's longest path, for what the file system had yet to write of the previous build (issue 17)."""
    import os

    flushed = []
    real = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (flushed.append(fd), real(fd))[1])
    with BuildLock(tmp_path / "out") as lock:
        assert flushed == []
        assert str(os.getpid()) in lock.pid_file.read_text()
        with pytest.raises(BuildError, match=f"pid {os.getpid()}"):
            BuildLock(tmp_path / "out").__enter__()
