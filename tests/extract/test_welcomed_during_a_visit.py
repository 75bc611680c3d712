""""X visited the centre on 3 May, where she was welcomed by Y": a welcoming clause that hangs on a verb of a visit
(a conjunct, an adverbial clause, a "where" clause on its object or date) is part of that visit: Y takes part in
it, and no second meeting is made (rules/parties._visit_above). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _meetings(got):
    return [e for e in got.entities.values() if "Meeting" in e.classes]


@pytest.mark.parametrize("text, guest, host", [
    ("Dr Alma Teodor visited the Toulouse Space Centre on 3 May, where she was welcomed by CNES President "
     "Philippe Baptiste.", "Alma Teodor", "Philippe Baptiste"),
    ("Minister Jonas Ekberg visited ESTEC on 12 June and was received by ESA Director General Josef "
     "Aschbacher.", "Jonas Ekberg", "Josef Aschbacher"),
    ("Senator Maria Lund toured the Kestrian Space Centre in Arvelle on Friday, where she was greeted by its "
     "director, Ivo Sarr.", "Maria Lund", "Ivo Sarr"),
])
def test_the_welcomer_takes_part_in_the_visit(read, text, guest, host):
    got = read(text)
    meetings = _meetings(got)
    assert len(meetings) == 1, [e.label for e in meetings]
    parts = {o for s, p, o in triples(got) if p == "participant"}
    assert {guest, host} <= parts, triples(got)
