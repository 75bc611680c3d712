"""Names and words the model misreads (session 24): a joint nationality before a craft's name is no word of it ("the
Franco-Chinese CFOSAT satellite", mentions); a craft's name inside a body named after a person is no craft ("the Max
Planck Institute", known_names); a past form the lemmatizer does not know is the lexicon's verb ("deorbited", tree);
a plural title read as the root verb ("NASA astronauts A and B completed a spacewalk", clauses._title_noun); "completed
a spacewalk" is done by its subject (lexicon PERFORM_VERBS). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from ..helpers import labels, triples

_DAY = dt.date(2026, 3, 14)


def test_a_joint_nationality_is_no_word_of_the_name(read):
    for name in ("ORSAT", "CFOSAT"):  # (a run of proper nouns, and the model's name)
        doc = read(f"After nine years in orbit, the Franco-Chinese {name} satellite has ended its mission.", date=_DAY)
        assert name in labels(doc) and not any("Franco" in x for x in labels(doc)), labels(doc)


def test_a_craft_named_inside_a_persons_institute_is_no_craft(read):
    doc = read("The study was led by Ana Lind, with contributions from the Max Planck Institute for Astronomy.",
               date=_DAY)
    assert "Planck" not in labels(doc), labels(doc)
    assert not any(p == "operatedBy" for s, p, o in triples(doc)), triples(doc)


def test_a_known_craft_alone_is_still_read(read):
    doc = read("Data from Planck helped the study led by the Max Planck Institute for Astronomy.", date=_DAY)
    assert "Planck" in labels(doc), labels(doc)


def test_deorbited_is_a_deorbit(read):
    got = triples(read("The Orvik Space Agency deorbited Vela-2 on 3 March.", date=_DAY))
    assert ("Vela-2", "operatedBy", "Orvik Space Agency") in got, got
    assert any(s.startswith("deorbit (") for s, p, o in got), got


def test_plural_title_read_as_a_verb(read):
    got = triples(read("NASA astronauts Ana Lind and Jon Berg completed a six-hour spacewalk outside the International "
                       "Space Station on 24 January.", date=_DAY))
    walkers = {o for s, p, o in got if p == "participant" and "spacewalk" in s}
    assert walkers == {"Ana Lind", "Jon Berg"}, got
