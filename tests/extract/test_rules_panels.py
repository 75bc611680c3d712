"""frame:head-verb on bodies set up for a task (PANEL_NOUNS, data), on sentences written for it: the person who
chairs or leads "an investigation board" or "a review panel" told of with "a"/"an" heads it, a new unnamed
body; "the council chaired by Y" after a named council makes no second one."""

from __future__ import annotations

import pytest

from ..helpers import classes_of, triples


@pytest.mark.parametrize("text, person, body", [
    ("The Orvana Space Agency set up an investigation board chaired by Henrik Solberg.", "Henrik Solberg",
     "investigation board"),
    ("A review panel headed by Lars Eriksen found no fault in the Kestrel software.", "Lars Eriksen",
     "review panel"),
    ("The Boreal Space Agency formed an independent committee led by Aino Virtanen in May.", "Aino Virtanen",
     "independent committee"),
])
def test_the_chair_of_a_new_panel_heads_it(read, text, person, body):
    result = read(text)
    facts = triples(result)
    heads = [o for s, p, o in facts if s == person and p == "headOf" and o.startswith(body)]
    assert heads, facts
    assert "Organization" in classes_of(result, heads[0])


@pytest.mark.parametrize("text", [
    "The EUMETSAT Council met in May. The council, chaired by Henrik Solberg, approved the budget.",
    "The board chaired by Henrik Solberg met in Oslo.",  # a definite board: one told of elsewhere, if any
])
def test_no_new_body_for_a_board_told_of_before(read, text):
    result = read(text)
    assert not any(e.label.startswith(("council", "board")) for e in result.entities.values()), triples(result)
