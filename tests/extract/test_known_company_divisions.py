""""The Kirra spacecraft was built by Lockheed Martin Space in Denver": trade-name words (lexicon COMPANY_NAME_WORDS)
right after a company the knowledge base knows name its division, one name with it; the model's fragment ("Space",
"Space Systems") is no company of its own (trade_names.trade_tail, read by mentions._model_entities). A company
listed after a known one keeps its own name. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import labels, triples


@pytest.mark.parametrize("text, craft, maker", [
    ("The Kirra spacecraft was built by Lockheed Martin Space in Denver.", "Kirra", "Lockheed Martin Space"),
    ("Lockheed Martin Space in Denver built the Kirra spacecraft.", "Kirra", "Lockheed Martin Space"),
    ("The Kirra rover was built by Lockheed Martin Space Systems.", "Kirra", "Lockheed Martin Space Systems"),
])
def test_a_known_companys_division_is_one_name(read, text, craft, maker):
    x = read(text)
    assert (craft, "providedBy", maker) in triples(x), triples(x)
    assert not {"Space", "Space Systems"} & labels(x), labels(x)


def test_a_company_listed_after_a_known_one_keeps_its_name(read):
    x = read("Lockheed Martin and Space Exploration Technologies signed the contract.")
    assert "Lockheed Martin" in labels(x) and "Lockheed Martin Space" not in labels(x), labels(x)
