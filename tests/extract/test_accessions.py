"""A state that signs an agreement the knowledge base knows and dates (the Artemis Accords, of 2020): the day the
release tells is the signing's, not the agreement's (Context.add_date; link.kb reads ``pk:date``); and who is "in
attendance" at a signing watched it, without signing (gatherings._onlookers, happenings.clause_witnesses). On
sentences written for this test."""

from __future__ import annotations

from ..helpers import triples


def _dates(result) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for d in result.dates:
        out.setdefault(result.entities[d.subject].label.split(" (")[0], set()).add(d.value)
    return out


def test_an_accession_dates_the_signing_not_the_agreement(read):
    dates = _dates(read("Norvania became the 60th country to sign the Artemis Accords on 4 March 2026 during a "
                        "ceremony in Washington."))
    assert "2026-03-04" in dates.get("ceremony", set()) and "2026-03-04" not in dates.get("Artemis Accords", set())


def test_the_known_day_of_an_agreement_is_kept(read):
    assert "2020-10-13" in _dates(read("The Artemis Accords were signed on 13 October 2020.")).get("Artemis Accords",
                                                                                                 set())


def test_who_is_in_attendance_watched_the_signing(read):
    got = {(s.split(" (")[0], p, o) for s, p, o in triples(read(
        "Norvania signed the Artemis Accords on 4 March 2026 during a ceremony in Washington. Ambassador Ilse Varga "
        "signed on behalf of Norvania, with NASA Deputy Administrator Pam Melroy in attendance."))}
    assert ("ceremony", "participant", "Pam Melroy") in got, got
    assert ("Artemis Accords", "signatory", "Pam Melroy") not in got, got
