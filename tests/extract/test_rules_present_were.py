"""rules/presence.py, dep:present-were on sentences written for it: "Among those present at the signing were A and
B", "Present were representatives of X and Y" — the copula inverted lists who took part in the event."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, event, who", [
    ("ESA and JAXA signed an agreement in Tokyo on 4 May. Among those present at the signing were Anna Berg and "
     "Ken Sato.", "signing", {"Anna Berg", "Ken Sato"}),
    ("The Kestrel workshop took place in Paris on 2 June. Present were representatives of ASI and DLR.",
     "Kestrel workshop", {"ASI", "DLR"}),
    ("CNES and ISRO held talks in Bengaluru on 3 March. Among those attending were Marc Dubois and Ravi Kumar.",
     "talks", {"Marc Dubois", "Ravi Kumar"}),
])
def test_present_were_take_part(read, text, event, who):
    got = triples(read(text))
    assert who <= {o for s, p, o in got if p == "participant" and s.startswith(event)}, got


@pytest.mark.parametrize("text", [
    "ESA is present in Kourou.",  # no event, no list
    "Among those present were the pictures of the Kestrel probe.",  # no event told of, no agent
])
def test_present_were_nothing(read, text):
    got = triples(read(text))
    assert not any(p == "participant" for _, p, _ in got), got
