"""Two signings told one after the other, each dated in its own clause, stay two: the later agreement is not
signed at the earlier signing, nor takes its date (rules/gatherings.py, frame:signatory). Sentences written
for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _dates(result, start: str) -> set[str]:
    ents = result.entities
    return {d.value for d in result.dates if ents[d.subject].label.startswith(start)}


@pytest.mark.parametrize("text, first, second", [
    ("A letter of intent between the Vela Space Agency and the Tarsis Agency was signed in Madrid on 2 May 2025. "
     "Representatives of the Vela Space Agency and the Helvetic Space Office put their signatures to a joint "
     "declaration on 9 May 2025.", ("letter", "2025-05-02"), ("joint declaration", "2025-05-09")),
    ("The Orbis Institute and the Vela Space Agency signed a memorandum of understanding in Oslo on 3 March 2024. "
     "The Vela Space Agency signed a framework agreement with the Andean Space Commission on 20 March 2024.",
     ("memorandum", "2024-03-03"), ("framework agreement", "2024-03-20")),
])
def test_each_signing_keeps_its_own_date(read, text, first, second):
    got = read(text)
    assert _dates(got, first[0]) == {first[1]}, (got.dates, triples(got))
    assert _dates(got, second[0]) == {second[1]}, (got.dates, triples(got))
