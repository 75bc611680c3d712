""""Eight instruments contributed by agencies and institutes in Japan, France and India", "built by French and Swedish
laboratories", "carries instruments from France and Germany": the countries whose unnamed bodies supply a craft's
instruments, or that its instruments come from, take part in the craft (contributesTo: the graph contract lets a
country contribute, not provide). rules/suppliers.py countries_behind (infer:supplier-of-part); a part "from" a
country was read before (infer:part-from-country), kept here beside the new wording. People in a country are no
such plural. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, craft, states", [
    ("JAXA's Ardent probe will be launched in 2030. Ardent will carry eight instruments contributed by agencies and "
     "institutes in Japan, France, Germany, Canada and India.", "Ardent",
     ("Japan", "France", "Germany", "Canada", "India")),
    ("ESA's Veyra probe entered orbit around Venus. The spacecraft carries nine science instruments supplied by "
     "institutes in France, Italy, Sweden and Japan.", "Veyra", ("France", "Italy", "Sweden", "Japan")),
    ("ESA's Veyra probe entered orbit around Venus. Its five instruments were built by French and Swedish "
     "laboratories.", "Veyra", ("France", "Sweden")),
    ("ESA's Veyra probe entered orbit around Venus. Laboratories in Italy and Spain developed the probe's two "
     "cameras.", "Veyra", ("Italy", "Spain")),
    ("JAXA's Ardent probe will be launched in 2030. Ardent carries instruments from France and Germany.", "Ardent",
     ("France", "Germany")),
    ("The Koru lander carries a camera from Japan and a seismometer from the Australian National University.", "Koru",
     ("Japan",)),
])
def test_countries_behind_a_crafts_instruments_contribute_to_it(read, text, craft, states):
    got = triples(read(text))
    for state in states:
        assert (state, "contributesTo", craft) in got, got


@pytest.mark.parametrize("text", [
    "ESA's Veyra probe entered orbit around Venus. The spacecraft carries two instruments built by researchers in "
    "Sweden.",
    "The Tarn capsule carries samples from Mars.",
])
def test_people_and_samples_give_no_contributing_state(read, text):
    got = triples(read(text))
    assert not any(p == "contributesTo" for _, p, _ in got), got
