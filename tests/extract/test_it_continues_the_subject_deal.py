""""The arrangement builds on the framework agreement of 2023. It covers X": a subject "it" continues the agreement
that was the subject before it (told of again by its noun), not the latest agreement named in passing
(told_events._subject_deal). With one agreement in view, "it" is that one. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _topic_holders(got, topic):
    return {s.split(" (")[0].split(" [")[0] for s, p, o in triples(got) if p == "topic" and o == topic}


@pytest.mark.parametrize("text, holder", [
    ("ESA and JAXA signed an arrangement on Monday. The arrangement builds on the framework agreement concluded in "
     "2023. It covers lunar exploration and space medicine.", "arrangement"),
    ("CNES and ISRO signed a memorandum in Paris. The memorandum replaces an agreement from 2010. It covers lunar "
     "exploration.", "memorandum"),
    ("ESA and JAXA signed an agreement on Monday. It covers lunar exploration.", "agreement"),
    ("The Council approved the agreement with JAXA, which replaces the accord of 2010. It covers lunar exploration.",
     "agreement"),
])
def test_it_covers_what_the_subject_deal_covers(read, text, holder):
    got = read(text)
    assert _topic_holders(got, "lunar exploration") == {holder}, triples(got)
