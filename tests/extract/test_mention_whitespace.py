"""A mention's text and offsets never take in the line breaks or spaces the model's entity ran over
(a title's last name before a blank line; a name before a line break): the NIF anchor of a mention is the
name itself. Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, word", [
    ("Norvane and Kestria pool radar data to watch floods in the Vantor basin\n\n"
     "The two agencies signed the accord on Monday.", "Vantor"),
    ("Meridia and Kestria pool satellite data to monitor floods in the Vantor basin\n\n"
     "ARVELLE, 12 March 2026 – The agencies signed the accord on Monday.", "Vantor"),
    ("Orbix opens a test centre in Port Selby\n\nThe company said the centre would open in May.", "Selby"),
    ("Crew of four returns to Earth with Dr Lena Marsh\n\nThe capsule landed on Sunday.", "Marsh"),
])
def test_a_mention_ends_on_the_name_not_on_the_line_break(read, text, word):
    got = read(text)
    mentions = [m for e in got.entities.values() for m in e.mentions if word in m.text]
    assert mentions, sorted(m.text for e in got.entities.values() for m in e.mentions)
    for m in mentions:
        assert m.text == m.text.strip(), repr(m.text)
        assert text[m.start_char:m.end_char] == m.text


def test_no_mention_starts_or_ends_with_white_space(read):
    got = read("Lumen-1 images reach Brevik\n\nARVELLE, 3 May 2026 – The Meridian Space Agency and Orbix "
               "signed a contract in Arvelle.\n\nLumen-1 was built by Orbix.")
    assert all(m.text == m.text.strip() for e in got.entities.values() for m in e.mentions), \
        sorted(repr(m.text) for e in got.entities.values() for m in e.mentions)
