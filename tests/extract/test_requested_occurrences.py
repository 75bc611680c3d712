"""Who requests, triggers or initiates an occurrence takes part in it, as who carries it out or manages it does
(lexicon PERFORM_VERBS): "The activation was triggered by the Moldanian Civil Protection Directorate and is
managed by CNES". "The activation" after "activated" is the occurrence the verb told of (OCCURRENCE_NOUN_VERBS).
A request of a thing, not an occurrence, makes no event. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples

DIRECTORATE = "Moldanian Civil Protection Directorate"


@pytest.mark.parametrize("text, who", [
    (f"The activation was triggered by the {DIRECTORATE} and is managed by CNES.", DIRECTORATE),
    (f"The Charter was activated on 14 November 2026. The activation was requested by the {DIRECTORATE}.",
     DIRECTORATE),
    (f"The recovery was requested by the {DIRECTORATE}.", DIRECTORATE),
])
def test_who_requests_an_occurrence_takes_part(read, text, who):
    got = triples(read(text))
    assert any(p == "participant" and o == who for s, p, o in got), sorted(got)


def test_the_activation_told_by_the_verb_is_one_event(read):
    got = triples(read(f"The {DIRECTORATE} activated the Charter on 14 November 2026. The activation was managed "
                       "by CNES."))
    events = {s for s, p, o in got if p == "participant"}
    assert len(events) == 1 and any("2026-11-14" in s for s in events), sorted(got)
    assert all((s, "participant", o) in got for s in events for o in (DIRECTORATE, "CNES")), sorted(got)


def test_requesting_a_thing_makes_no_event(read):
    got = triples(read(f"ESA requested the data from the {DIRECTORATE}."))
    assert not any(p == "participant" for s, p, o in got), sorted(got)
