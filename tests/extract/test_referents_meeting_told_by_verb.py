"""A meeting a verb told of, taken back by "the meeting" (extract/told_events.py), on sentences written for
the tests."""

from ..helpers import triples


def _meetings(x) -> set[str]:
    return {k for k, e in x.entities.items() if "Meeting" in e.classes}


def test_the_meeting_after_met_is_that_meeting(read):
    x = read("ESA and JAXA met in Paris on 3 May. Estonia signed an agreement during the meeting. The meeting was "
             "chaired by Ana Ruiz.")
    assert len(_meetings(x)) == 1
    signed_at = {o for s, p, o in triples(x) if p == "signedAt"}
    assert len(signed_at) == 1 and next(iter(signed_at)).startswith("meeting")


def test_the_meeting_after_delegations_convened(read):
    x = read("NASA and CNES convened in Oslo on 2 June. CNES signed a memorandum with Norway during the meeting.")
    assert len(_meetings(x)) == 1


def test_another_kind_of_gathering_is_another_event(read):
    x = read("ESA and JAXA met in Tokyo on 3 May 2024. The award ceremony was held in Kyoto on 4 May 2024.")
    assert len(_meetings(x)) == 2
