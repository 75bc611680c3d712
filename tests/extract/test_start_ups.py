"""Start-ups and spin-offs are companies: the tokenizer keeps the hyphenated noun whole
(``presskg.nlp.HYPHENATED_NOUNS``), so that its class (lexicon, nouns.toml) types the name beside it; the noun
alone, which the model may take for an organization's name, names nothing (mentions._model_entities).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, labels


@pytest.mark.parametrize("text, name", [
    ("The Italian start-up Orbix will build the probe.", "Orbix"),
    ("Verdant, a start-up based in Leeds, will supply the lens.", "Verdant"),
    ("The spin-off Kelvar Optics will supply the lens.", "Kelvar Optics"),
    ("Start-up Norvale Robotics won the contract on 3 May.", "Norvale Robotics"),
])
def test_a_start_up_is_a_company(read, text, name):
    ext = read(text)
    assert "Company" in classes_of(ext, name), sorted((e.label, sorted(e.classes)) for e in ext.entities.values())
    assert not {"start-up", "spin-off", "Start-up"} & labels(ext), sorted(labels(ext))


def test_the_tokenizer_keeps_the_noun_whole(nlp):
    from presskg.nlp import parse

    words = [t.text for t in next(parse(["Two start-ups and a spin-off, Start-ups too."], nlp=nlp)).tokens]
    assert {"start-ups", "spin-off", "Start-ups"} <= set(words), words
