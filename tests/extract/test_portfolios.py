"""extract.portfolios on sentences written for it: a minister's portfolio names the ministry."""

from __future__ import annotations

import pytest

from ..helpers import labels, triples


@pytest.mark.parametrize("text, person, ministry", [
    ("Anna Quill, Minister of Higher Education, Research and Innovation, attended the ceremony.",
     "Anna Quill", "Ministry of Higher Education, Research and Innovation"),
    ("John Baker, the Minister of Science and Technology, spoke.", "John Baker",
     "Ministry of Science and Technology"),
])
def test_portfolios_name_the_ministry_the_minister_heads(read, text, person, ministry):
    result = read(text)
    assert ministry in labels(result), labels(result)
    assert (person, "headOf", ministry) in triples(result), triples(result)


def test_portfolios_a_list_without_and_keeps_its_first_field(read):
    """"Minister of Science, Anna Quill, said": the name after the comma is the minister, not a field."""
    result = read("The Minister of Science, Anna Quill, said the mission was ready.")
    assert "Ministry of Science" in labels(result) and "Anna Quill" in labels(result), labels(result)


@pytest.mark.parametrize("text", [
    "The minister of the Vela region met the Director of Zephyr Labs.",
    "The agreement was welcomed by Maria Vela, Minister for Universities and Science.",
])
def test_portfolios_not_for_lower_case_other_titles_or_minister_for(read, text):
    """A "Minister for X" holds a portfolio that is often no ministry of its own."""
    result = read(text)
    assert not any(lbl.startswith("Ministry") for lbl in labels(result)), labels(result)
