"""Who is tasked or entrusted with making a thing makes it, not who tasks: "ESA has tasked Orbix Systems with
building the Tarn rover", "Orbix Systems was entrusted with developing X" (frames._inherit for the gerund after
"with" of an ENTRUST_VERBS verb; rules/responsible.py for "tasked with" said of an object). Sentences written
for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, maker, tasker", [
    ("ESA has tasked Orbix Systems with building the Tarn rover.", "Orbix Systems", "ESA"),
    ("The Korvan Space Agency entrusted Kelvar Optics with developing the Tarn camera.", "Kelvar Optics",
     "Korvan Space Agency"),
])
def test_the_one_tasked_makes_it(read, text, maker, tasker):
    got = triples(read(text))
    assert ("Tarn", "providedBy", maker) in got, sorted(got)
    assert ("Tarn", "providedBy", tasker) not in got, sorted(got)


def test_tasked_in_the_passive(read):
    got = triples(read("Orbix Systems was tasked with building the Tarn rover."))
    assert ("Tarn", "providedBy", "Orbix Systems") in got, sorted(got)
