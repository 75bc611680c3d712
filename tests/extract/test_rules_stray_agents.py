"""frames.py, a "by" agent the parser hangs on a date or a place before it ("signed in Tokyo on 4 May by A and
B") is the participle's, and a "with" phrase hung on a date is the verb's, on sentences written for them."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, expected", [
    ("The agreement was signed in Tokyo on 4 May by ESA Director General Anna Berg and JAXA President Ken Sato.",
     {("agreement", "signatory", "Anna Berg"), ("agreement", "signatory", "Ken Sato")}),
    ("The contract was signed at ESTEC on 3 March by ESA and Vexel Optics.",
     {("contract", "signatory", "ESA"), ("contract", "signatory", "Vexel Optics")}),
    ("The framework agreement was concluded in Seoul on 2 May by KARI and NASA.",
     {("framework agreement", "signatory", "KARI"), ("framework agreement", "signatory", "NASA")}),
    ("The memorandum was signed on 12 October in Bern by the Swiss Space Office and the Polish Space Agency.",
     {("memorandum", "signatory", "Swiss Space Office"), ("memorandum", "signatory", "Polish Space Agency")}),
])
def test_agent_after_a_date_or_place_acts(read, text, expected):
    got = {(s.split(" (")[0].split(" [")[0], p, o) for s, p, o in triples(read(text))}
    assert expected <= got, got


@pytest.mark.parametrize("text", [
    "The agreement was signed in Tokyo on 4 May by 2030 at the latest.",  # "by 2030" is a deadline
    "The memorandum was signed in Rome during a visit by the Italian minister.",  # the visit's, not the signing's
])
def test_no_stray_agent(read, text):
    got = triples(read(text))
    assert not any(p == "signatory" for _, p, _ in got), got


@pytest.mark.parametrize("text, partners", [
    ("CNES hosted a workshop on space debris in Toulouse on 14 March with DLR and ASI.", {"DLR", "ASI"}),
    ("ISRO organised a seminar on remote sensing in Bengaluru on 2 June with CONAE.", {"CONAE"}),
])
def test_with_after_a_date_is_the_verbs(read, text, partners):
    """"... on 14 March with DLR and ASI": the parser hangs "with" on the date; it is the verb's."""
    got = triples(read(text))
    assert {o for s, p, o in got if p == "participant"} >= partners, got
