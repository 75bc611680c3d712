"""A rebuild parses only the release files whose bytes changed (builder.inputs); the result is a
fresh build's, and what reading a file logs is logged again."""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

import pytest

import presskg.builder.inputs
import presskg.builder.reading
from presskg.builder.build import build
from presskg.settings import DEFAULT_SETTINGS

RELEASES = {
    "esa-asi": "title: ESA and ASI meet\npublisher: ESA\ndate: 2022-05-10\n---\n"
               "ESA Director General Josef Aschbacher and ASI President Giorgio Saccoccia met in Rome.\n",
    "jaxa-cnes": "title: JAXA and CNES\npublisher: JAXA\ndate: 2021-02-25\n---\n"
                 "JAXA and CNES signed an agreement on the MMX mission.\n",
    "undated": "title: NASA and DLR\npublisher: NASA\n---\nNASA and DLR agreed to cooperate\x01 on Mars exploration.\n",
}
OUTPUTS = ("graph.nq", "graph.trig", "graph.ttl", "graph.rdf", "graph.jsonld", "graph.html", "report.md",
           "report.html", "errors.json")


@pytest.fixture
def corpus(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    for name, text in RELEASES.items():
        (src / f"{name}.txt").write_text(text, encoding="utf-8")
    return src


@pytest.fixture
def parsed(monkeypatch):
    """The files read whole (parsed) by the build, in order."""
    seen = []
    for module in (presskg.builder.reading, presskg.builder.inputs):
        real = module.read_release

        def counting(path, *, settings=DEFAULT_SETTINGS, _real=real):
            seen.append(path.stem)
            return _real(path, settings=settings)

        monkeypatch.setattr(module, "read_release", counting)
    return seen


def test_inputs_rebuild_parses_only_the_changed_file(corpus, tmp_path, parsed, caplog):
    out = tmp_path / "out"
    build([corpus], out=out, progress=False)
    assert sorted(parsed) == sorted(RELEASES)
    parsed.clear()
    (corpus / "esa-asi.txt").write_text(RELEASES["esa-asi"].replace("Rome", "Paris"), encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="presskg"):
        again = build([corpus], out=out, progress=False)
    assert parsed == ["esa-asi"] and again.reused == 2
    # reading the undated file logged these; not reading it logs them all the same
    logged = [r.getMessage() for r in caplog.records]
    assert any("undated.txt: no release date" in m for m in logged), logged
    assert any("undated.txt: removed 1 control character(s)" in m for m in logged), logged
    fresh = build([corpus], out=tmp_path / "fresh", progress=False)
    for name in OUTPUTS:
        assert (out / name).read_bytes() == (tmp_path / "fresh" / name).read_bytes(), name
    assert (again.entities, again.relations, again.triples) == (fresh.entities, fresh.relations, fresh.triples)


def test_inputs_other_settings_or_a_graph_made_again_read_the_file_whole(corpus, tmp_path, parsed):
    out = tmp_path / "out"
    build([corpus], out=out, progress=False)
    parsed.clear()
    # the settings of reading a file changed: every file is read
    build([corpus], out=out, progress=False, settings=replace(DEFAULT_SETTINGS, max_release_bytes=10**6))
    assert sorted(parsed) == sorted(RELEASES)
    parsed.clear()
    # a release whose graph is made again without its cached extraction is read whole first
    (out / "graph.ttl").unlink()
    (out / "cache" / "jaxa-cnes.extraction.json").unlink()
    again = build([corpus], out=out, progress=False)
    assert sorted(parsed) == sorted(RELEASES)  # every graph made again: every file read whole
    build([corpus], out=tmp_path / "fresh", progress=False)
    assert again.reused == 0
    for name in OUTPUTS:
        assert (out / name).read_bytes() == (tmp_path / "fresh" / name).read_bytes(), name


def test_inputs_a_file_gone_unreadable_is_reported(corpus, tmp_path, monkeypatch):
    """A file known by its bytes that cannot be read whole when its graph is made again is
    reported, and the rest is built."""
    out = tmp_path / "out"
    build([corpus], out=out, progress=False)
    (out / "graph.ttl").unlink()  # every graph made again: every file read whole
    real = presskg.builder.inputs.read_release

    def failing(path, *, settings=DEFAULT_SETTINGS):
        if path.stem == "jaxa-cnes":
            raise OSError(5, "Input/output error")
        return real(path, settings=settings)

    monkeypatch.setattr(presskg.builder.inputs, "read_release", failing)
    res = build([corpus], out=out, progress=False)
    assert res.exit_code == 1 and res.releases == ["esa-asi", "undated"]
    (file, reason), = res.failed
    assert file.endswith("jaxa-cnes.txt") and "cannot read this release (OSError" in reason


def test_inputs_control_characters_are_logged_as_reading_logs_them(tmp_path, caplog, monkeypatch):
    """A file known from the manifest logs the control characters reading would remove, as reading
    logs them (warn_controls), and makes no cleaned text when there are none."""
    import presskg.ingest.sanitize as sanitize

    monkeypatch.setattr(sanitize.log, "disabled", False)  # (another test's logging configuration may disable it)
    logged = 0
    texts = ["plain text\nwith lines", "line\r\nends\rand\u2028separators", "a bell \x07 and \x0b", "",
             "\ud800 lone", "\x85 next line"]
    for text in texts:
        caplog.clear()
        with caplog.at_level(logging.WARNING, logger="presskg"):
            sanitize.clean_text(text, tmp_path / "a.txt")
        cleaned = [r.getMessage() for r in caplog.records]
        caplog.clear()
        with caplog.at_level(logging.WARNING, logger="presskg"):
            sanitize.warn_controls(text, tmp_path / "a.txt")
        assert [r.getMessage() for r in caplog.records] == cleaned, repr(text)
        logged += len(cleaned)
    assert logged == 2  # the bell and the lone surrogate: line ends are not removed
    called = []
    real = sanitize.clean_text
    sanitize.clean_text = lambda text, path: (called.append(text), real(text, path))[1]
    try:
        sanitize.warn_controls("no control here\u2028at all", tmp_path / "a.txt")
        sanitize.warn_controls("a bell \x07", tmp_path / "a.txt")
    finally:
        sanitize.clean_text = real
    assert called == ["a bell \x07"]


def test_inputs_kept_record_is_a_file_name_not_a_path_and_says_what_the_release_said(tmp_path):
    """What a build holds of a release past its graph: its file as one string (a ``Path`` again when asked
    for), its identifier, encoding and warnings; the manifest's note of its input is the release's."""
    from presskg.builder.inputs import Kept, kept, remembered
    from presskg.model import Release

    f = tmp_path / "a-release.txt"
    release = Release("a-release", "some text", title="T", path=f, encoding="utf-8", warnings=("no date",))
    k = kept(release)
    assert isinstance(k, Kept) and not hasattr(k, "__dict__")
    assert (k.identifier, k.path, k.encoding, k.warnings) == ("a-release", f, "utf-8", ("no date",))
    assert k.folder is kept(replace(release, identifier="other", path=tmp_path / "other.txt")).folder  # one string
    assert remembered(k, "abc") == remembered(release, "abc") == {"file": str(f), "key": "abc", "warnings": ["no date"]}
    bare = kept(Release("b", "x", encoding="latin-1"))
    assert bare.path is None and remembered(bare, "k") == {}
    for path in (Path("relative.txt"), Path("/at-the-root.md"), Path("a/b/odd-name.txt"), Path("a/b/x.y.txt"),
                 Path("no-suffix")):  # the file as it was, whatever its name says
        rid = "odd" if path.name == "odd-name.txt" else path.stem
        assert str(kept(Release(rid, "", path=path)).path) == str(path)
