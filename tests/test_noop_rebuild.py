"""A rebuild with nothing changed reads the manifest and stops: no model, no page, no file written."""

from __future__ import annotations

import pytest

from presskg.builder.build import build

FILES = ("graph.nq", "graph.trig", "graph.ttl", "graph.rdf", "graph.jsonld", "graph.html", "report.html",
         "manifest.json", "errors.json")


def _stamps(out):
    return {f: (out / f).stat().st_mtime_ns for f in FILES}


def test_noop_rebuild_does_nothing(release_dir, tmp_path, monkeypatch):
    out = tmp_path / "build"
    first = build([release_dir], out=out, progress=False)
    before = _stamps(out)
    import presskg.builder.build
    import presskg.builder.reading

    def refuse(*a, **k):
        raise AssertionError("a no-op rebuild did work it need not do")

    monkeypatch.setattr(presskg.builder.reading, "load_model", refuse)
    monkeypatch.setattr(presskg.builder.build, "write_pages", refuse)
    again = build([release_dir], out=out, progress=False)
    assert _stamps(out) == before
    assert (again.releases, again.reused) == (first.releases, len(first.releases))
    assert (again.entities, again.relations, again.triples) == (first.entities, first.relations, first.triples)
    assert set(again.outputs) == set(first.outputs)


@pytest.mark.parametrize("change", ["remove a page", "edit a release", "stricter settings"])
def test_noop_rebuild_only_when_nothing_changed(release_dir, tmp_path, change):
    from dataclasses import replace

    from presskg.settings import DEFAULT_SETTINGS

    out = tmp_path / "build"
    build([release_dir], out=out, progress=False)
    settings = DEFAULT_SETTINGS
    if change == "remove a page":
        (out / "graph.html").unlink()
    elif change == "edit a release":
        f = next(release_dir.glob("*.txt"))
        f.write_text(f.read_text(encoding="utf-8") + "\nThe agencies met again in Tokyo.\n", encoding="utf-8")
    else:
        settings = replace(DEFAULT_SETTINGS, min_confidence=0.9)
    before = (out / "manifest.json").stat().st_mtime_ns
    build([release_dir], out=out, progress=False, settings=settings)
    assert (out / "graph.html").is_file()
    assert (out / "manifest.json").stat().st_mtime_ns != before, f"{change}: the build stopped as if nothing changed"
