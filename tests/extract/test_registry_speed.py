"""What makes the rules cheap to run: memoized verb dispatch, per-tree indexes, per-rule timing."""

from __future__ import annotations

import pytest

from presskg.extract import extract, lexicon, registry
from presskg.extract.candidates import noun_class
from presskg.extract.registry import REGISTRY, Stage, verb_dispatch, verb_rules
from presskg.extract.tree import Tree
from presskg.model import Parse, Release, Sentence, Token


def _tree() -> Tree:
    words = [("ESA", "ESA", "PROPN", "NNP", "nsubj", 1), ("launched", "launch", "VERB", "VBD", "ROOT", 1),
             ("the", "the", "DET", "DT", "det", 3), ("Lander", "", "NOUN", "NN", "dobj", 1)]
    text, tokens, idx = "", [], 0
    for i, (w, lemma, pos, tag, dep, head) in enumerate(words):
        tokens.append(Token(i, w, idx, lemma, pos, tag, dep, head, "", "O", " " if i < 3 else ""))
        text += w + (" " if i < 3 else "")
        idx = len(text)
    return Tree(Parse(tuple(tokens), (Sentence(0, 0, 4, 0, len(text), text),), (), "test"), text)


def test_registry_verb_dispatch_matches_fires_on():
    fire = verb_dispatch()
    for lemma, particle in [("launch", None), ("lift", "off"), ("sign", None), ("zzz", None), ("meet", None)]:
        expected = tuple(r for r in verb_rules() if r.fires_on(lemma, particle))
        assert fire(lemma, particle) == expected
        assert fire(lemma, particle) == expected  # from the memo


def test_registry_verb_dispatch_follows_the_registry_and_the_lexicon(monkeypatch):
    assert "frame:orbit" not in [r.name for r in verb_dispatch()("circumnavigate", None)]  # remembered
    monkeypatch.setitem(lexicon.WORD_CLASSES, "ORBIT_VERBS", lexicon.WORD_CLASSES["ORBIT_VERBS"] | {"circumnavigate"})
    assert "frame:orbit" in [r.name for r in verb_dispatch()("circumnavigate", None)]
    monkeypatch.setattr(registry, "REGISTRY", {})
    assert verb_dispatch()("launch", None) == ()
    registry.rule("v", stage=Stage.VERBS, scope="verb", triggers=("LAUNCH_VERBS",), produces=(),
                  confidence=0.5)(lambda ctx, f, s: None)
    assert [r.name for r in verb_dispatch()("launch", None)] == ["v"]


def test_registry_timing_counts_each_rule_body_once():
    release = Release("r", "ESA launched the Lander", date="2020-01-01")
    tree = _tree()
    times = registry.timing()
    try:
        extract(release, tree.parse, _empty_gazetteer())
    finally:
        registry.timing(False)
    assert registry.TIMES is None
    assert set(times) == {r.name for r in REGISTRY.values() if r.scope == "document"} | {
        r.name for r in verb_dispatch()("launch", None)}
    assert all(v >= 0 for v in times.values())


def test_tree_lemma_and_noun_class_are_kept_per_tree():
    tree = _tree()
    assert tree.lemma(1) == "launch" and tree.lemma(3) == "lander"  # no lemma: the text, lower-cased
    assert noun_class(tree, 3) == "Lander"
    assert tree.noun_classes == {3: "Lander"}


def _empty_gazetteer():
    from presskg.extract import Gazetteer

    return Gazetteer([])


@pytest.fixture(autouse=True)
def _no_timing_left():
    yield
    registry.timing(False)
