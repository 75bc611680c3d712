"""A kind of document written as a name is the release's own agreement (session 23, rules/document_names.py):
"signed a Memorandum of Understanding (MoU)" in two releases makes two agreements, not one node of the corpus, and
"the MoU" later in a release is still the one signed. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from ..helpers import triples

_SIGNED = ("The Orvik Space Agency and the Vela Space Agency signed a Memorandum of Understanding (MoU) on 5 March in "
           "Lund. The MoU covers space science.")


def test_a_memorandum_by_its_kind_is_unnamed(read):
    doc = read(_SIGNED, date=dt.date(2026, 3, 14))
    deals = [e for e in doc.entities.values() if "Agreement" in e.classes]
    assert len(deals) == 1 and not deals[0].named, [(e.label, e.named) for e in deals]


def test_the_mou_later_is_the_one_signed(read):
    got = triples(read(_SIGNED, date=dt.date(2026, 3, 14)))
    deals = {s for s, p, o in got if p == "signatory"}
    assert len(deals) == 1 and (deals.pop(), "topic", "space science") in got, got


def test_a_named_agreement_keeps_its_name(read):
    doc = read("The Orvik Space Agency and NASA signed the Lund Accords (LA) on 5 March.", date=dt.date(2026, 3, 14))
    assert any(e.named and e.label.startswith("Lund Accords") for e in doc.entities.values()), [
        (e.label, e.named) for e in doc.entities.values()]
