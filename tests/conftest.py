"""Shared fixtures (the only place fixtures live, as in spaCy)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
RELEASES = ROOT / "data" / "releases"
SEED = "cnes-jaxa-2021-02-25"
SHARED = ROOT.parent / "shared"
EVAL = SHARED / "eval"


def shared_eval() -> Path:
    """``../shared/eval``, or skip: it exists in CI, not in a user's lone clone."""
    if not (EVAL / "score.py").is_file():
        pytest.skip("../shared/eval is absent (a clone without the shared reference material)")
    return EVAL


@pytest.fixture(scope="session")
def kb():
    from presskg.link.kb import load_kb

    return load_kb()


@pytest.fixture(scope="session")
def gazetteer(kb):
    from presskg.extract import Gazetteer

    return Gazetteer(kb[1])


@pytest.fixture(scope="session")
def nlp():
    from presskg.nlp import load_model

    return load_model()


@pytest.fixture(scope="session")
def read(nlp, gazetteer):
    """Extract from a short text with the real model: ``read("text", date=...)``."""
    import datetime as dt

    from presskg.extract import extract
    from presskg.model import Release
    from presskg.nlp import parse

    def _read(text: str, date: dt.date | None = dt.date(2021, 2, 25), publisher: str | None = None):
        rel = Release(identifier="t", text=text, date=date, publisher=publisher)
        return extract(rel, next(parse([text], nlp=nlp)), gazetteer)

    return _read


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory) -> Path:
    """The real first release, built once for the whole session."""
    from presskg.builder.build import build

    out = tmp_path_factory.mktemp("seed") / "build"
    build([RELEASES], out=out, progress=False)
    return out


SAMPLES = ROOT / "data" / "samples"


@pytest.fixture(scope="session")
def samples_build(tmp_path_factory) -> Path:
    """The bundled releases (``data/releases`` and ``data/samples``), built once: the README's examples."""
    from presskg.builder.build import build

    out = tmp_path_factory.mktemp("samples") / "build"
    build([RELEASES, SAMPLES], out=out, progress=False)
    return out


@pytest.fixture(scope="session")
def corpus_build(tmp_path_factory) -> Path:
    """A build of 37 releases: the first release and three copies of each sample, each copy its own release."""
    from presskg.builder.build import build

    src = tmp_path_factory.mktemp("corpus")
    shutil.copy(RELEASES / f"{SEED}.txt", src)
    for f in sorted(SAMPLES.glob("*.txt")):
        for copy in "abc":
            shutil.copy(f, src / f"{f.stem}-{copy}{f.suffix}")
    out = src.parent / "corpus-build"
    build([src], out=out, progress=False)
    return out


@pytest.fixture()
def release_dir(tmp_path) -> Path:
    d = tmp_path / "releases"
    d.mkdir()
    shutil.copy(RELEASES / f"{SEED}.txt", d)
    return d


@pytest.fixture(scope="session")
def samples_site(samples_build) -> Path:
    """The linked-data site of :func:`samples_build`, published once for the session."""
    from presskg.publish.site import publish

    return publish(samples_build, samples_build.parent / "site").site
