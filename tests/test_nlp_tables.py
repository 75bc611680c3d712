"""The tables that stand in for the model's attribute ruler and lemmatizer give every token what they give it."""

from pathlib import Path

import pytest
import spacy

from presskg.ingest import read_release
from presskg.nlp import TABLE_LEMMATIZER_COMPONENT, TABLE_RULER_COMPONENT, find_model, load_model
from presskg.nlp.tables import TableLemmatizer, TableRuler

ROOT = Path(__file__).resolve().parents[1]

#: Sentences written for the ruler's kinds of pattern: a fine tag alone, a tag with a word ("a", "the",
#: "that" as a conjunction or a relative), a word with its dependency ("there is"), two-token patterns
#: ("gonna", "ain't", "let's", "y'all", "c'mon", "gotta"), white space, and words no pattern names.
WRITTEN = [
    "The agency said that the probe, which it launched, is one that works.",
    "There is a lander and there are two rovers; there was nothing else.",
    "We're gonna launch it, ain't we? Let's go, y'all. C'mon, we gotta fly.",
    "Something happened to anyone who knew anything, or nobody.",
    "Indeed, but the Moon  \n\n  shines. Whether or not it rains, once done, it's over.",
    "Kestrel's 3 cameras (and 2 spectrometers) flew 5,000 km at 7.8 km/s — $12m!",
    "",
    "   ",
]


def _annotations(doc) -> list[tuple]:
    return [(t.text, t.pos_, t.tag_, t.dep_, t.head.i, t.lemma_, str(t.morph)) for t in doc]


@pytest.fixture(scope="module")
def ruler_and_table():
    """The model as it ships (nothing added), and presskg's pipeline."""
    return spacy.load(find_model()), load_model()


def _tabled(plain, texts: list[str]) -> list:
    """The texts through the model up to its parser, then through the two tables."""
    table, lemmas = TableRuler(plain.get_pipe("attribute_ruler")), TableLemmatizer(plain.get_pipe("lemmatizer"))
    with plain.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        docs = list(plain.pipe(texts))
    return [lemmas(table(d)) for d in docs]


def _texts() -> list[str]:
    files = sorted((ROOT / "data" / "releases").glob("*.txt")) + sorted((ROOT / "data" / "samples").glob("*.txt"))
    return [read_release(p).text for p in files]


def test_table_ruler_stands_in_for_the_attribute_ruler(ruler_and_table):
    _, nlp = ruler_and_table
    names = nlp.pipe_names
    assert TABLE_RULER_COMPONENT in names and "attribute_ruler" not in names and "lemmatizer" not in names
    assert names.index("parser") < names.index(TABLE_RULER_COMPONENT) < names.index(TABLE_LEMMATIZER_COMPONENT)


@pytest.mark.parametrize("text", WRITTEN)
def test_tables_give_written_sentences_the_rulers_annotations(ruler_and_table, text):
    plain, _ = ruler_and_table
    assert [_annotations(d) for d in _tabled(plain, [text])] == [_annotations(plain(text))]


def test_tables_give_every_bundled_release_the_rulers_annotations(ruler_and_table):
    """Every token of the 13 bundled releases (the first release and the samples): the same part of
    speech, tag, dependency, lemma and morphology as with the model's ruler and lemmatizer."""
    plain, _ = ruler_and_table
    texts = _texts()
    assert len(texts) >= 13
    want = [_annotations(d) for d in plain.pipe(texts)]
    got = [_annotations(d) for d in _tabled(plain, texts)]
    assert sum(len(w) for w in want) > 3_000
    assert got == want


def test_table_ruler_is_a_table_not_a_matcher_run(ruler_and_table):
    """What makes it fast: a combination of tag, word, dependency is worked out once, then looked up."""
    plain, _ = ruler_and_table
    table = TableRuler(plain.get_pipe("attribute_ruler"))
    with plain.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        doc = plain("The first satellite and the second satellite and the third satellite.")
    table(doc)
    combinations = len(table._table)
    assert combinations < len(doc)
    table(doc)
    assert len(table._table) == combinations


def test_table_lemmatizer_keeps_a_lemma_the_ruler_set(ruler_and_table):
    """"gonna": the ruler's two-token pattern gives "gon" the lemma "go", which the lemmatizer keeps."""
    plain, _ = ruler_and_table
    (doc,) = _tabled(plain, ["We're gonna launch it."])
    assert [t.lemma_ for t in doc if t.lower_ in ("gon", "na", "launch")] == ["go", "to", "launch"]
