"""Trade names of launcher part makers ("Carbotek Composites", "Teral Motors", "Tessin Structures": lexicon
COMPANY_NAME_WORDS) are companies, not people or bare organizations; the words alone name nothing. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, labels


@pytest.mark.parametrize("text, name", [
    ("The defect was traced to a nozzle throat supplied by Carbotek Composites.", "Carbotek Composites"),
    ("The engines are supplied by Teral Motors.", "Teral Motors"),
    ("The fairing is made by Tessin Structures.", "Tessin Structures"),
])
def test_a_part_makers_trade_name_is_a_company(read, text, name):
    assert classes_of(read(text), name) == {"Company"}, classes_of(read(text), name)


def test_the_words_alone_name_nothing(read):
    x = read("The new structures and composites were built by ESA.")
    assert labels(x) == {"ESA"}, labels(x)
