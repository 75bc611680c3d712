"""An acronym a release uses without defining it, spelled by the initials of one body or thing it names in
full, is that one ("the Korvan Space Agency ... KSA Director General Ivo Brandt"), and not what the knowledge
base knows by the same letters (KSA: Saudi Arabia). A person's initials, two names with the same initials, or
none, leave the acronym as it was (acronyms.undefined_acronyms). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..helpers import labels, triples


@pytest.mark.parametrize("text, head, body", [
    ("The workshop was organised by the Korvan Space Agency and the Baltic Research Institute. "
     "KSA Director General Ivo Brandt opened it.", "Ivo Brandt", "Korvan Space Agency"),
    ("More than 400 experts met in Bonn, at the invitation of the Vela Space Agency. "
     "VSA Director General Ana Ruiz opened the symposium.", "Ana Ruiz", "Vela Space Agency"),
    ("The Tamar Research Institute will build the camera. TRI President Lena Varga said the work starts in May.",
     "Lena Varga", "Tamar Research Institute"),
])
def test_an_undefined_acronym_is_the_named_body(read, text, head, body):
    ext = read(text)
    got = triples(ext)
    assert (head, "headOf", body) in got, sorted(got)
    assert "Saudi Arabia" not in labels(ext), sorted(labels(ext))


def test_the_acronym_alone_names_the_body(read):
    ext = read("The Orvana Space Agency joined the Kestrel mission in 2024. OSA will provide the Kestrel camera.")
    got = triples(ext)
    assert ("Kestrel camera [t]", "providedBy", "Orvana Space Agency") in got, sorted(got)
    assert "OSA" not in labels(ext), sorted(labels(ext))


@pytest.mark.parametrize("text, kept", [
    # a known acronym no name of the release spells keeps its reading
    ("The Korvan Institute signed an agreement with KSA on 3 May.", "Saudi Arabia"),
    # two names with the same initials: the acronym is neither's
    ("The Vela Space Agency and the Varna Science Academy met in Sofia. VSA will lead the study.", None),
])
def test_an_acronym_no_single_name_spells(read, text, kept):
    ext = read(text)
    if kept is not None:
        assert kept in labels(ext), sorted(labels(ext))
    else:
        got = triples(ext)
        assert not [x for x in got if "VSA" in x or x[0] in ("Vela Space Agency", "Varna Science Academy")
                    and x[1] == "headOf"], sorted(got)
        ents = {e.label: e for e in ext.entities.values()}
        for name in ("Vela Space Agency", "Varna Science Academy"):
            if name in ents:
                assert "VSA" not in ents[name].aliases, (name, ents[name].aliases)


def test_a_persons_initials_are_no_acronym(read):
    ext = read("Dr Ana Ruiz Torres said the mission was ready. ART will fly in 2027.")
    people = [e for e in ext.entities.values() if "Person" in e.classes]
    assert people, sorted(labels(ext))
    assert all("ART" not in e.aliases for e in people), [(e.label, e.aliases) for e in people]
