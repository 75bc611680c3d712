"""An agreement's terms name its fields ("The memorandum sets out a framework for joint work on space weather": lexicon
PROVISION_VERBS, phrasal ones too; rules/terms.py), and a topic preposition said again names a second topic ("views
on the X programme and on climate monitoring": rules/fields.topic_list). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _topics(ext, what):
    return {o for s, p, o in triples(ext) if p == "topic" and s.startswith(what)}


@pytest.mark.parametrize("text, field", [
    ("ESA and JAXA signed a memorandum on 3 May. The memorandum sets out a framework for joint work on space "
     "weather.", "space weather"),
    ("ESA and JAXA signed an agreement on 3 May. The agreement lays down rules for cooperation in satellite "
     "navigation.", "satellite navigation"),
])
def test_the_fields_an_agreement_sets_out(read, text, field):
    ext = read(text)
    assert any(t == field for t in _topics(ext, "memorandum") | _topics(ext, "agreement")), sorted(triples(ext))


def test_a_topic_preposition_said_again(read):
    ext = read("ESA and JAXA held talks in Tokyo on 3 May. The two sides exchanged views on the Vela programme and "
               "on climate monitoring.")
    assert {"climate monitoring"} <= _topics(ext, "talks"), sorted(triples(ext))


def test_a_set_out_that_is_no_agreement_gives_no_topic(read):
    ext = read("The team set out a plan for joint work on space weather.")
    assert not any(p == "topic" for _, p, _ in triples(ext)), sorted(triples(ext))
