"""A passive verb's last "by" agent after an apposition, which the parser hangs on the verb as its conjunct
("signed by Estonia's minister, Marten Kask, and NSA Director General Ines Valbert"), signs too
(agent_lists.py, read by frames.py). A conjoined clause or verb is no agent. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, signer", [
    ("The agreement was signed by Estonia's education minister, Marten Kask, and NSA Director General "
     "Ines Valbert.", "Ines Valbert"),
    ("The contract was signed by Orbiteka's chief executive, Lena Marsh, and NSA Director General Ines Valbert "
     "in Paris.", "Ines Valbert"),
])
def test_the_last_agent_hung_on_the_verb_signs(read, text, signer):
    found = triples(read(text))
    assert any(p == "signatory" and o == signer for _, p, o in found), sorted(found)


@pytest.mark.parametrize("text, not_agent", [
    ("The agreement was signed by Marten Kask, Estonia's education minister, and Tallinn hosted the ceremony.",
     "Tallinn"),
    ("The satellite was built by Korvane Industries, a company based in Turin, and Orbiteka launched it in May.",
     "Orbiteka"),
])
def test_a_conjoined_clause_is_no_agent(read, text, not_agent):
    found = triples(read(text))
    assert not any(p in ("signatory", "providedBy") and o == not_agent for _, p, o in found), sorted(found)
