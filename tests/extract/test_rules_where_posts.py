"""A post held at a place of work a "where" clause names (rules/where_posts.py, frame:where-title; lexicon
SERVE_VERBS, HEAD_TITLES, MEMBER_TITLES). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


@pytest.mark.parametrize("text, person, kind, org", [
    ("Lena Varga joins from the Andes Space Institute, where she was Director of Engineering.", "Lena Varga",
     "memberOf", "Andes Space Institute"),
    ("Tomas Lind comes from Kestrel Dynamics, where he served as chief engineer.", "Tomas Lind", "memberOf",
     "Kestrel Dynamics"),
    ("Before that, Ingrid Hansen spent ten years at the Orla Institute, where she was Director General.",
     "Ingrid Hansen",
     "headOf", "Orla Institute"),
])
def test_the_post_is_at_the_place_of_work(read, text, person, kind, org):
    t = triples(read(text))
    assert (person, kind, org) in t, sorted(t)


@pytest.mark.parametrize("text", [
    "Lena Varga visited the Andes Space Institute, where she met the engineers.",
    "Lena Varga joins from the Andes Space Institute, where she was Director of the Zephyr Centre.",
    "The rover was tested in Toulouse, where it was a success.",
])
def test_no_post_without_a_title_for_the_place(read, text):
    t = triples(read(text))
    assert not [x for x in t if x[1] in ("memberOf", "headOf") and x[2] in ("Andes Space Institute", "Toulouse")], \
        sorted(t)
