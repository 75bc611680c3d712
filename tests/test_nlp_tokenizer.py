"""The model's tokenizer as presskg loads it (``nlp.load_model``): read from the model's folder without spaCy's
default English one built first, it holds the same rules and patterns as the model loaded plainly, plus
presskg's own special cases ("No.", hyphenated nouns), and so splits the bundled releases the same way."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def both(nlp):
    import spacy

    from presskg.nlp import find_model

    return spacy.load(find_model()).tokenizer, nlp.tokenizer


def test_same_patterns_and_rules_as_the_plain_model(both):
    from presskg.nlp import HYPHENATED_NOUNS

    plain, ours = both
    for attr in ("prefix_search", "suffix_search", "infix_finditer", "token_match", "url_match"):
        a, b = getattr(plain, attr), getattr(ours, attr)
        assert (a is None) == (b is None), attr
        if a is not None:
            assert a.__self__.pattern == b.__self__.pattern, attr
    own = {"No."} | {f for n in HYPHENATED_NOUNS for f in (n, n + "s", n.capitalize(), n.capitalize() + "s")}
    assert {k: v for k, v in ours.rules.items() if k not in own} == plain.rules
    assert own <= set(ours.rules)


def test_same_tokens_on_the_bundled_releases(both):
    from presskg.ingest import read_release

    plain, ours = both
    files = sorted((ROOT / "data" / "samples").rglob("*.txt"))
    assert len(files) >= 30
    for f in files:
        text = read_release(f).text
        assert [t.text for t in ours(text)] == [t.text for t in plain(text)], f.name
