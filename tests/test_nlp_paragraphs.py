"""The paragraph component: a sentence starts after every line break, found from the text."""

from __future__ import annotations

import pytest

from presskg.nlp import _paragraph_starts


def _by_token(doc):
    """The rule said token by token (what the component computed before)."""
    return [t.i > 0 and "\n" in doc[t.i - 1].text for t in doc]


@pytest.mark.parametrize("text", [
    "One.\n\nTwo words here.\nThree", "\n\nLeading breaks.\n", "no break at all", "a \n b \n\n\n c",
    "Trailing break\n", "\n", " ".join(f"Word{i}" + ("\n" if i % 7 == 0 else "") for i in range(200)),
])
def test_nlp_paragraph_starts_after_every_line_break(nlp, text):
    doc = _paragraph_starts(nlp.make_doc(text))
    expected = _by_token(doc)
    assert all(doc[i].is_sent_start for i, e in enumerate(expected) if e)
    assert not any(doc[i].is_sent_start for i, e in enumerate(expected) if i > 0 and not e)
