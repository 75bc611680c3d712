"""A gathering named just before a participle set off by a comma is the one the participle tells of ("gathered in
Milan for the X Congress, hosted by the Y Agency from 14 to 18 October 2024": the host takes part in the Congress,
dated by the clause, and no second meeting is made: rules/occurrences.py); a gathering noun of its own kind takes
back only a gathering named with it ("The workshop will be held in Bremen" is not the Congress told of before; "the
conference" may be: lexicon GENERAL_GATHERING_NOUNS). Sentences written for these tests."""

from __future__ import annotations

from ..helpers import labels, triples

_CONGRESS = ("More than 800 delegates gathered in Lisbon for the 12th European Rocketry Congress, hosted by the "
             "Portuguese Space Agency from 14 to 18 October 2024.")


def test_the_host_of_a_named_gathering_takes_part_in_it(read):
    ext = read(_CONGRESS)
    got = triples(ext)
    assert ("European Rocketry Congress", "participant", "Portugal Space") in got, sorted(got)  # (its kb label)
    assert not any(lab.startswith("meeting") for lab in labels(ext)), sorted(labels(ext))
    dated = {ext.entities[d.subject].label: d.value for d in ext.dates}
    assert dated.get("European Rocketry Congress") == "2024-10-14", dated


def test_a_workshop_is_not_the_congress(read):
    ext = read(_CONGRESS + " The workshop will be held in Bremen in June, hosted by DLR.")
    got = triples(ext)
    assert ("European Rocketry Congress", "locatedIn", "Bremen") not in got, sorted(got)
    assert any(s.startswith("workshop") and p == "locatedIn" and o == "Bremen" for s, p, o in got), sorted(got)


def test_the_conference_may_be_the_congress(read):
    got = triples(read(_CONGRESS + " The conference was opened by ESA in the Altice Arena."))
    assert ("European Rocketry Congress", "participant", "ESA") in got, sorted(got)
