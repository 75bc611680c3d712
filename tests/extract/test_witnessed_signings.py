""""The agreement was signed in the presence of the Minister": an onlooker tells that a signing took place, even
where no signer is named, and takes part in it; "It was signed in the presence of C" after a signing told of is
that signing; a name after a title in the witness phrase is the witness ("in the presence of the Minister for
Research, A B", the parser hanging the name on "presence"); and "signed at the summit" is signed at that event,
made where no other rule made it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import triples


def _signings(got):
    return {o for s, p, o in got if p == "signedAt"}


@pytest.mark.parametrize("text, who", [
    ("The agreement was signed in the presence of Tomas Reyl.", "Tomas Reyl"),
    ("A cooperation accord was signed on 4 May in the presence of Prime Minister Ana Duarte.", "Ana Duarte"),
    ("The memorandum was signed in the presence of the Velorian Minister for Research, Lars Haugen.",
     "Lars Haugen"),
    ("The contract was signed with Prime Minister Ana Duarte looking on.", "Ana Duarte"),
])
def test_an_onlooker_makes_a_signing_with_no_signer_named(read, text, who):
    got = triples(read(text))
    signings = _signings(got)
    assert len(signings) == 1 and (next(iter(signings)), "participant", who) in got, got


def test_an_onlooker_of_a_signing_told_of_before_is_at_that_signing(read):
    got = triples(read("ESA and JAXA signed a framework agreement on 3 March. It was signed in the presence of "
                       "Tomas Reyl, the Velorian ambassador."))
    signings = _signings(got)
    assert len(signings) == 1 and (next(iter(signings)), "participant", "Tomas Reyl") in got, got


@pytest.mark.parametrize("text, event, place", [
    ("A cooperation agreement was signed at the summit in Tokyo.", "summit", "Tokyo"),
    ("A data-sharing arrangement was signed at the symposium in Nairobi, in the presence of Ana Duarte.",
     "symposium", "Nairobi"),
])
def test_signed_at_an_event_noun_is_signed_there(read, text, event, place):
    got = {(s.split(" [")[0], p, o.split(" [")[0]) for s, p, o in triples(read(text))}
    assert _signings(got) == {event} and (event, "locatedIn", place) in got, got


@pytest.mark.parametrize("text", [
    "The agreement was signed by both parties.",
    "Tomas Reyl attended the opening of the exhibition.",
])
def test_no_onlooker_no_signing(read, text):
    assert not _signings(triples(read(text)))
