"""Hostile input and faults (issue 16, build side): each case exits with its code and one line
naming the file, the other releases build, all five outputs re-parse, ``presskg validate``
passes, and the previous build stays whole after a fault. Inputs are made here."""

from __future__ import annotations

import errno
import json
import os
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest

from presskg.cli import main

from .conftest import RELEASES, SEED

GOOD = "date: 2021-03-01\npublisher: ESA\n---\nESA and JAXA signed an agreement in Tokyo on 1 March 2021.\n"
FORMATS = {"graph.trig": ox.RdfFormat.TRIG, "graph.nq": ox.RdfFormat.N_QUADS, "graph.ttl": ox.RdfFormat.TURTLE,
           "graph.rdf": ox.RdfFormat.RDF_XML, "graph.jsonld": ox.RdfFormat.JSON_LD}


def reparse(out: Path) -> int:
    """Every output file parses (RDF/XML also with lxml and expat); returns the quads of graph.nq."""
    import xml.parsers.expat

    import lxml.etree

    counts = {name: sum(1 for _ in ox.parse(path=str(out / name), format=fmt)) for name, fmt in FORMATS.items()}
    lxml.etree.parse(str(out / "graph.rdf"))
    xml.parsers.expat.ParserCreate().Parse((out / "graph.rdf").read_bytes(), True)
    assert len(set(counts.values())) == 1, counts
    return counts["graph.nq"]


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return code, captured.out, captured.err


def check_build(capsys, out: Path, built: set[str]) -> None:
    manifest = json.loads((out / "manifest.json").read_text())
    assert built <= set(manifest["releases"])
    reparse(out)
    code, stdout, _ = run(capsys, "validate", "--build", str(out))
    assert code == 0 and stdout.strip() == "conforms"


@pytest.fixture
def src(tmp_path) -> Path:
    d = tmp_path / "src"
    d.mkdir()
    shutil.copy(RELEASES / f"{SEED}.txt", d)
    return d


BAD_NAMES = ["with space", 'quote"d', "hash#tag", "pct%zz", "angle<x>", "brace{x}", "back\\slash"]


def test_hostile_odd_file_names_become_iris(tmp_path, src, capsys):
    for n in BAD_NAMES:
        (src / f"{n}.txt").write_text(GOOD)
    (src / "new\nline.txt").write_text(GOOD)
    out = tmp_path / "out"
    code, stdout, err = run(capsys, "build", str(src), "-o", str(out))
    assert code == 1  # the newline name is refused, the rest built
    (fail,) = json.loads((out / "errors.json").read_text())
    assert "\\n" in fail["file"] and "control character" in fail["reason"] and "\n" not in fail["reason"]
    assert [line for line in err.splitlines() if line.startswith("skipped")][0].count("\n") == 0
    check_build(capsys, out, {SEED, *BAD_NAMES})
    graphs = {g.value for g in ox.Store.read_only(str(out / "store")).named_graphs()}
    assert "https://w3id.org/presskg/release/with%20space" in graphs
    assert "https://w3id.org/presskg/release/pct%25zz" in graphs


@pytest.mark.parametrize("source, kept", [
    ("https://esa.int/a|b{c}", "https://esa.int/a%7Cb%7Bc%7D"),
    ("javascript:alert(1)", None),
    ("NASA press office", None),
])
def test_hostile_sources_are_encoded_or_refused(tmp_path, src, capsys, source, kept):
    (src / "s.txt").write_text(f"source: {source}\n" + GOOD)
    out = tmp_path / "out"
    code, _, err = run(capsys, "build", str(src), "-o", str(out))
    if kept:
        assert code == 0
        assert f"<{kept}>" in (out / "graph.nq").read_text()
        check_build(capsys, out, {SEED, "s"})
    else:
        assert code == 1
        (fail,) = json.loads((out / "errors.json").read_text())
        assert fail["file"].endswith("s.txt") and "not an http(s) URL" in fail["reason"]
        check_build(capsys, out, {SEED})


def test_hostile_html_canonical_with_braces(tmp_path, src, capsys):
    (src / "page.html").write_text(
        '<html><head><title>ESA news</title><link rel="canonical" href="https://esa.int/x{y}|z">'
        '</head><body><article><p>ESA and JAXA signed an agreement in Tokyo on 1 March 2021. '
        'The agencies will cooperate on Mars missions for many years to come.</p></article></body></html>')
    out = tmp_path / "out"
    code, _, _ = run(capsys, "build", str(src), "-o", str(out))
    assert code in (0, 1)
    check_build(capsys, out, {SEED})


def test_hostile_control_characters_and_line_separators(tmp_path, src, capsys, caplog):
    (src / "ctrl.txt").write_text("title: Pasted\u2028date: 2021-03-01\x0bpublisher: ESA\x0c"
                                  "source: https://esa.int/p\x85---\nESA\x01 and JAXA\x1b met\x08 in Tokyo.\x00\n")
    (src / "late-nul.txt").write_text(GOOD + "x" * 9000 + "\x00 NASA met ESA.\n")
    (src / "u16.txt").write_bytes(b"\xff\xfe" + GOOD.encode("utf-16-le"))
    (src / "u32.txt").write_bytes(b"\x00\x00\xfe\xff" + GOOD.encode("utf-32-be"))
    # " <" in a literal (it once cut the N-Triples the shapes read)
    (src / "lt.txt").write_text(GOOD + "ESA said the cost is < 5 percent of the budget, JAXA agreed.\n")
    out = tmp_path / "out"
    code, _, err = run(capsys, "build", str(src), "-o", str(out))
    assert code == 0
    nq = (out / "graph.nq").read_text()
    assert '<https://w3id.org/presskg/release/ctrl> <http://purl.org/dc/terms/title> "Pasted"' in nq
    assert "<https://w3id.org/presskg/release/ctrl> <http://purl.org/dc/terms/source> <https://esa.int/p>" in nq
    assert "removed" in caplog.text and "ctrl.txt" in caplog.text
    check_build(capsys, out, {SEED, "ctrl", "late-nul", "u16", "u32", "lt"})


def test_hostile_size_checked_before_reading(tmp_path, src, capsys, monkeypatch):
    big = src / "sparse.txt"
    with big.open("wb") as fh:
        fh.truncate(2 * 1024**3)  # a 2 GB sparse file: never read
    read = Path.read_bytes

    def no_big_reads(self):
        assert self != big, "the whole file was read"
        return read(self)

    monkeypatch.setattr(Path, "read_bytes", no_big_reads)
    out = tmp_path / "out"
    code, _, err = run(capsys, "build", str(src), "-o", str(out))
    assert code == 1 and "sparse.txt" in err and "larger than the limit" in err
    check_build(capsys, out, {SEED})


def test_hostile_release_over_time_limit_is_left_out(tmp_path, src, monkeypatch):
    from dataclasses import replace

    import presskg.builder.limits as reading
    from presskg.builder.build import build
    from presskg.settings import DEFAULT_SETTINGS

    (src / "slow.txt").write_text(GOOD.replace("Tokyo", "Slowtown"))
    real = reading.extract

    def slow(rel, *a, **k):
        if "Slowtown" in rel.text:
            import time
            time.sleep(30)
        return real(rel, *a, **k)

    monkeypatch.setattr(reading, "extract", slow)
    result = build([src], out=tmp_path / "out", settings=replace(DEFAULT_SETTINGS, max_release_seconds=2),
                   progress=False)
    assert result.releases == [SEED]
    (fail,) = result.failed
    assert fail[0].endswith("slow.txt") and "longer than 2 s" in fail[1]


def test_hostile_killed_worker_loses_only_its_release(tmp_path, monkeypatch):
    from dataclasses import replace

    import presskg.builder.limits as reading
    from presskg.builder.build import build
    from presskg.settings import DEFAULT_SETTINGS

    src = tmp_path / "src"
    src.mkdir()
    for i in range(20):
        (src / f"r{i:02d}.txt").write_text(GOOD.replace("Tokyo", "Paris" if i != 7 else "Killtown"))
    real = reading.extract

    def killer(rel, *a, **k):
        if "Killtown" in rel.text:
            os.kill(os.getpid(), 9)
        return real(rel, *a, **k)

    monkeypatch.setattr(reading, "extract", killer)
    result = build([src], out=tmp_path / "out", settings=replace(DEFAULT_SETTINGS, jobs=2), progress=False)
    assert len(result.releases) == 19 and "r07" not in result.releases
    (fail,) = result.failed
    assert fail[0].endswith("r07.txt") and "worker died" in fail[1]


def test_hostile_output_inside_input_is_not_read(tmp_path, src, capsys):
    out = src / "build"
    for _ in range(2):
        code, stdout, _ = run(capsys, "build", str(src), "-o", str(out))
        assert code == 0 and "built 1 release(s)" in stdout
    code, stdout, _ = run(capsys, "query", "leaders", "--build", str(out))
    assert code == 0 and "(0 rows)" not in stdout
    other = tmp_path / "other"  # a folder holding an older build: not releases either
    shutil.copytree(src, other / "in")
    code, stdout, _ = run(capsys, "build", str(other), "-o", str(tmp_path / "o2"))
    assert code == 0 and "built 1 release(s)" in stdout


def test_hostile_duplicate_names_keep_the_first_path(tmp_path, capsys):
    a, b = tmp_path / "a", tmp_path / "b"
    for d in (a, b):
        d.mkdir()
        shutil.copy(RELEASES / f"{SEED}.txt", d)
    for order in ([b, a], [a, b]):
        out = tmp_path / f"out-{order[0].name}"
        code, _, err = run(capsys, "build", *map(str, order), "-o", str(out))
        assert code == 1
        (fail,) = json.loads((out / "errors.json").read_text())
        assert fail["file"] == str(b / f"{SEED}.txt") and f"kept {a / SEED}.txt" in fail["reason"]


def previous(out: Path) -> dict[str, bytes]:
    return {n: (out / n).read_bytes() for n in [*FORMATS, "graph.html", "manifest.json"]}


@pytest.mark.parametrize("err", [errno.ENOSPC, errno.EACCES, errno.EROFS])
def test_hostile_disk_full_or_denied_keeps_the_previous_build(tmp_path, src, capsys, monkeypatch, err):
    import presskg._atomic as atomic

    out = tmp_path / "out"
    assert run(capsys, "build", str(src), "-o", str(out))[0] == 0
    before = previous(out)
    (src / "more.txt").write_text(GOOD)
    real = atomic.write_pieces_beside

    def full(dest, *a, **k):
        if dest.name == "graph.rdf":
            raise OSError(err, os.strerror(err), str(dest))
        return real(dest, *a, **k)

    monkeypatch.setattr(atomic, "write_pieces_beside", full)
    code, _, stderr = run(capsys, "build", str(src), "-o", str(out))
    assert code == 2 and stderr.count("\n") == 1 and str(out) in stderr
    assert os.strerror(err) in stderr
    assert previous(out) == before
    monkeypatch.undo()
    assert run(capsys, "build", str(src), "-o", str(out))[0] == 0  # and the next build succeeds
    assert not [p for p in out.iterdir() if p.name.startswith(".") and p.name != ".presskg.lock"
                and not p.name.startswith(".presskg.lock")]
    check_build(capsys, out, {SEED, "more"})


def test_hostile_read_only_output(tmp_path, src, capsys):
    out = tmp_path / "out"
    assert run(capsys, "build", str(src), "-o", str(out))[0] == 0
    before = previous(out)
    out.chmod(0o555)
    try:
        if os.access(out, os.W_OK):
            pytest.skip("running as root: a read-only folder stays writable")  # not counted as a pass
        code, _, stderr = run(capsys, "build", str(src), "-o", str(out))
    finally:
        out.chmod(0o755)
    assert code == 2 and stderr.count("\n") == 1 and "permission denied" in stderr.lower()
    assert previous(out) == before


def test_hostile_damaged_manifest_caches_and_store(tmp_path, src, capsys, caplog):
    out = tmp_path / "out"
    assert run(capsys, "build", str(src), "-o", str(out))[0] == 0
    (out / "manifest.json").write_text('{"version": 2, "graphs": [1], "state": "x", "files": 3}')
    (out / "cache" / "network.memo").write_text('{"format": "presskg-graph-memo-1", "strings": 5}')
    for f in (out / "cache").glob("*.extraction.json"):
        f.write_text('{"format": "presskg-extraction-1", "key": 1, "x": [1, 2]}')
    code, stdout, _ = run(capsys, "build", str(src), "-o", str(out))
    assert code == 0 and "built 1 release(s)" in stdout
    assert "manifest.json is damaged" in caplog.text and "damaged cache entry" in caplog.text
    check_build(capsys, out, {SEED})
    (out / "graph.nq").write_bytes((out / "graph.nq").read_bytes()[:5000])
    code, _, stderr = run(capsys, "stats", "--build", str(out))
    assert code == 2 and stderr.count("\n") == 1 and "debug" in stderr
    (out / "store" / "CURRENT").write_text("garbage\n")
    code, _, stderr = run(capsys, "query", "leaders", "--build", str(out))
    assert code == 2 and stderr.count("\n") == 1 and "store is damaged" in stderr
    code, stdout, _ = run(capsys, "build", str(src), "-o", str(out))  # made again, with a warning
    assert code == 0 and "store is damaged" in caplog.text
    check_build(capsys, out, {SEED})
    assert run(capsys, "query", "leaders", "--build", str(out))[0] == 0


def test_hostile_pickle_cache_is_never_loaded(tmp_path, src, capsys):
    import pickle

    out = tmp_path / "out"
    assert run(capsys, "build", str(src), "-o", str(out))[0] == 0
    marker = tmp_path / "pwned"

    class Evil:
        def __reduce__(self):
            return (os.system, (f"touch {marker}",))

    (out / "cache" / "network.memo").write_bytes(pickle.dumps(Evil()))
    (out / "cache" / f"{SEED}.pickle").write_bytes(pickle.dumps(Evil()))
    (src / "more.txt").write_text(GOOD)
    assert run(capsys, "build", str(src), "-o", str(out))[0] == 0
    assert not marker.exists()


def test_hostile_leftovers_of_a_killed_build_are_removed(tmp_path, src, capsys):
    out = tmp_path / "out"
    assert run(capsys, "build", str(src), "-o", str(out))[0] == 0
    junk = [out / ".graph.nq.abcd1234", out / ".store.old", out / ".pages.zz99zz99", out / "cache" / ".x.qwer5678"]
    for j in junk:
        j.mkdir() if "store" in j.name or "pages" in j.name else j.write_bytes(b"x" * 100)
    assert run(capsys, "build", str(src), "-o", str(out))[0] == 0
    assert not any(j.exists() for j in junk)


def test_hostile_lock_is_taken_atomically_and_released_by_death(tmp_path, src):
    import subprocess
    import sys

    from presskg._lock import BuildLock
    from presskg.builder.build import build
    from presskg.errors import BuildError

    out = tmp_path / "out"
    holder = subprocess.Popen([sys.executable, "-c", "import sys,time; sys.path[:0]=sys.argv[1:2]\n"
                               "from presskg._lock import BuildLock\nfrom pathlib import Path\n"
                               f"l=BuildLock(Path({str(out)!r})); l.__enter__(); print('held', flush=True); "
                               "time.sleep(60)", str(Path(__file__).parents[1] / "src")],
                              stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "held"
    with pytest.raises(BuildError, match=f"being built by another presskg process \\(pid {holder.pid}\\)"):
        build([src], out=out, progress=False)
    holder.kill()
    holder.wait()
    with BuildLock(out):  # the dead holder's lock is taken over at once
        pass


def test_hostile_graph_breaking_the_shapes_names_its_release(tmp_path, src, capsys, monkeypatch):
    import presskg.builder.stream as stream_mod

    (src / "bad.txt").write_text(GOOD)
    real = stream_mod.encode_layers  # release graphs are encoded as they stream through the build

    def broken(res):  # a source written as a literal: what a hole in ingest's checks would make
        facts, text = real(res)
        if res.release.identifier == "bad":
            node = facts[0].graph_name
            facts.append(ox.Quad(node, ox.NamedNode("http://purl.org/dc/terms/source"), ox.Literal("x"), node))
        return facts, text

    monkeypatch.setattr(stream_mod, "encode_layers", broken)
    out = tmp_path / "out"
    code, _, err = run(capsys, "build", str(src), "-o", str(out))
    assert code == 1
    (fail,) = json.loads((out / "errors.json").read_text())
    assert fail["file"].endswith("bad.txt") and "SHACL" in fail["reason"] and "\n" not in fail["reason"]
    check_build(capsys, out, {SEED})


def test_hostile_failing_pages_leave_the_previous_build(tmp_path, src, capsys, monkeypatch):
    import presskg.builder.build as build_mod

    out = tmp_path / "out"
    assert run(capsys, "build", str(src), "-o", str(out))[0] == 0
    before = previous(out)
    (src / "more.txt").write_text(GOOD)
    real = build_mod.write_pages

    def fails(G, where, *a, **k):
        real(G, where, *a, **k)  # the new pages are made, then the build dies
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(where))

    monkeypatch.setattr(build_mod, "write_pages", fails)
    code, _, stderr = run(capsys, "build", str(src), "-o", str(out))
    assert code == 2 and stderr.count("\n") == 1
    assert previous(out) == before and not list(out.glob(".pages.*"))


def test_hostile_killed_between_store_and_pages_is_made_again(tmp_path, src, capsys, monkeypatch):
    import presskg.builder.build as build_mod

    out = tmp_path / "out"
    assert run(capsys, "build", str(src), "-o", str(out))[0] == 0
    (src / "more.txt").write_text(GOOD)

    class Killed(BaseException):
        """As if the process were killed once the store is swapped, before the pages move in."""

    def killed(*a, **k):
        raise Killed

    monkeypatch.setattr(build_mod, "publish_pages", killed)
    with pytest.raises(Killed):
        main(["build", str(src), "-o", str(out)])
    assert not (out / "manifest.json").exists()  # the folder says it is between two builds
    monkeypatch.undo()
    code, stdout, _ = run(capsys, "build", str(src), "-o", str(out))
    assert code == 0 and "(0 unchanged)" in stdout
    check_build(capsys, out, {SEED, "more"})
    assert "more" in (out / "graph.html").read_text() or (out / "releases" / "more.html").exists()


def test_hostile_one_long_line_builds_in_pieces(tmp_path, src, capsys, nlp):
    from presskg.nlp import CHUNK_CHARS, parse

    line = "ESA and JAXA met in Tokyo on 1 March 2021. " * 800 + "x" * (CHUNK_CHARS + 10) + " NASA met ESA."
    (src / "line.txt").write_text("date: 2021-03-01\npublisher: ESA\n---\n" + line)  # no line end at all
    p = next(parse([line], nlp=nlp))
    for s in p.sentences[::97]:
        assert line[s.start_char:s.end_char] == s.text
    out = tmp_path / "out"
    code, _, _ = run(capsys, "build", str(src), "-o", str(out))
    assert code == 0
    check_build(capsys, out, {SEED, "line"})
