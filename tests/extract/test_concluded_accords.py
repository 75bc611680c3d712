"""An agreement told by a noun and a participle of concluding, with no party, is an agreement of its own, dated by
the participle and signed at the gathering a "during" phrase names (rules/concluded_accords.py). Sentences
written for these tests."""

from __future__ import annotations

import datetime as dt

_DAY = dt.date(2026, 3, 14)


def _deals(got) -> dict[str, set[str]]:
    return {k: {d.value for d in got.dates if d.subject == k} for k, e in got.entities.items()
            if "Agreement" in e.classes}


def test_an_accord_concluded_during_a_visit(read):
    got = read("The plan is the first outcome of the accord concluded on 26 February, during the state visit the "
               "Kelvanian President made to Norway.", date=_DAY)
    deals = _deals(got)
    assert list(deals.values()) == [{"2026-02-26"}], deals
    ents = got.entities
    assert any(r.predicate == "signedAt" and r.subject in deals and ents[r.object].label.startswith("state visit")
               for r in got.relations), [(ents[r.subject].label, r.predicate, ents[r.object].label)
                                         for r in got.relations]


def test_dated_apart_from_the_agreement_before(read):
    got = read("On 2 March in Oslo, ESA and the Norwegian Space Agency signed an agreement on the Orsa mission. It is "
               "the first outcome of the accord concluded on 26 February, during the state visit the Kelvanian "
               "President made to Norway.", date=_DAY)
    deals = _deals(got)
    assert sorted(map(sorted, deals.values())) == [["2026-02-26"], ["2026-03-02"]], deals
