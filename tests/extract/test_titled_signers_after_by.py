"""Titled signers after "by" read whole: "signed by DLR Executive Board Chair Anke Lind and NASA Associate
Administrator Amit Rao at the X Congress" (the parser made the first name the participle's object: split_titles
._agent_title; "Associate" opens a title: lexicon TITLE_WORDS). Sentences written for these tests."""

from __future__ import annotations

from ..helpers import triples


def test_titled_signers_after_by(read):
    got = triples(read("The agreement, signed by DLR Executive Board Chair Anke Lind-Berger and NASA Associate "
                       "Administrator Amit Rao at the International Astronautical Congress in Sydney, provides for "
                       "DLR to supply the launch."))
    deal = {(p, o) for s, p, o in got if s.startswith("agreement")}
    assert {("signatory", "Anke Lind-Berger"), ("signatory", "Amit Rao"),
            ("signedAt", "International Astronautical Congress")} <= deal, sorted(got)
    assert {("Anke Lind-Berger", "headOf", "DLR"), ("Amit Rao", "memberOf", "NASA")} <= got, sorted(got)



def test_a_name_after_by_keeps_its_own_reading(read):
    got = triples(read("The agreement was signed by Anke Lind-Berger and Amit Rao at the International "
                       "Astronautical Congress in Sydney."))
    deal = {(p, o) for s, p, o in got if s.startswith("agreement")}
    assert {("signatory", "Anke Lind-Berger"), ("signatory", "Amit Rao")} <= deal, sorted(got)
