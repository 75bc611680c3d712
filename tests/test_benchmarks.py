"""The benchmark corpus generator (timings themselves live in benchmarks/, never in tests)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from corpus import make_corpus, sources  # noqa: E402

from presskg.ingest import read_release  # noqa: E402


def test_benchmarks_corpus_has_unique_identifiers_and_real_texts(tmp_path):
    paths = make_corpus(tmp_path / "c", 40)
    assert len(paths) == 40 and len({p.stem for p in paths}) == 40
    src = {p.read_text() for p in sources()}
    assert all(p.read_text() in src for p in paths)
    assert read_release(paths[0]).identifier == paths[0].stem


def test_benchmarks_corpus_is_rewritten_from_scratch(tmp_path):
    make_corpus(tmp_path / "c", 30)
    assert len(make_corpus(tmp_path / "c", 5)) == len(list((tmp_path / "c").glob("*.txt"))) == 5
