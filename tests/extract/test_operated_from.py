"""A launcher operated from a spaceport or a named pad is launched from it ("The Zephra-1 rocket is operated by
Halvik Launch Systems from the Brenna Spaceport", "... operates the Zephra-1 rocket from Launch Complex 2 at ...";
rule frame:operated-from, lexicon OPERATE_VERBS, LAUNCH_SITE_WORDS); operated "from its headquarters" names no
launch site, and a satellite operated from a control centre none either. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, site", [
    ("The Zephra-1 rocket is operated by Halvik Launch Systems from the Brenna Spaceport.", "Brenna Spaceport"),
    ("Halvik Launch Systems operates the Zephra-1 rocket from the Brenna Spaceport.", "Brenna Spaceport"),
    ("Halvik Launch Systems operates the Zephra-1 rocket from Launch Complex 2 at the Brenna Spaceport.",
     "Launch Complex 2"),
])
def test_a_launcher_operated_from_a_site_is_launched_there(read, text, site):
    got = triples(read(text))
    assert ("Zephra-1", "launchSite", site) in got, got


@pytest.mark.parametrize("text", [
    "Halvik Launch Systems operates the Zephra-1 rocket from its headquarters in Tromso.",
    "ESA operates the Lumo-2 satellite from the Brenna Control Centre.",
])
def test_an_office_or_a_control_centre_is_no_launch_site(read, text):
    got = triples(read(text))
    assert not any(p == "launchSite" for _, p, _ in got), got
