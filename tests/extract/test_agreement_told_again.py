"""An agreement written again with another agreement word, narrowed by nothing but words that point back, is the
one told of just before (coreference._agreement_told_again). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

_DAY = dt.date(2026, 3, 14)


def _deals(got) -> list[str]:
    return [e.label for e in got.entities.values() if "Agreement" in e.classes]


def test_the_renewed_arrangement_is_the_memorandum(read):
    got = read("The Kelvane Space Agency and JAXA signed a memorandum in Tokyo on 5 March. Under the renewed "
               "arrangement, the two agencies will share data from the Orsa-4 satellite.", date=_DAY)
    assert len(_deals(got)) == 1, _deals(got)


def test_two_in_view_stay_apart(read):
    got = read("ESA and JAXA signed an agreement on 5 March. ESA and CNES signed a memorandum in May. Under the "
               "arrangement, the agencies will share data.", date=_DAY)
    assert len(_deals(got)) == 3, _deals(got)


def test_another_years_arrangement_is_another(read):
    got = read("ESA and JAXA signed an agreement on 5 March. Under the 2015 arrangement with NASA, JAXA shares data.",
               date=_DAY)
    ents = got.entities
    assert not any(r.predicate == "signatory" and ents[r.object].label == "NASA" for r in got.relations), _deals(got)
