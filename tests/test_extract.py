"""Extraction rules: hand-built parses for the mechanics, short invented sentences for the rules.

The sentences are written for these tests (not taken from any release), so a rule
that passes them reads the construction, not one text.
"""

import datetime as dt

import pytest

from presskg.extract.frames import build_frames
from presskg.extract.gazetteer import Gazetteer, name_key
from presskg.extract.mentions import is_acronym
from presskg.extract.tree import Tree
from presskg.model import KBEntry, Parse, Sentence, Token

from .helpers import classes_of, labels, triples


def _parse(rows: list[tuple[str, str, str, int]]) -> tuple[Parse, str]:
    """Build a Parse from (text, pos, dep, head) rows, words separated by spaces."""
    tokens, idx = [], 0
    for i, (text, pos, dep, head) in enumerate(rows):
        tokens.append(Token(i, text, idx, text.lower(), pos, "VBN" if dep == "relcl" else "", dep, head))
        idx += len(text) + 1
    text = " ".join(r[0] for r in rows)
    return Parse(tuple(tokens), (Sentence(0, 0, len(tokens), 0, len(text), text),)), text


def test_extract_gazetteer_is_robust_to_case_and_punctuation():
    gaz = Gazetteer([KBEntry("x:h2", "Hayabusa2", frozenset({"Mission"}), ("Hayabusa 2",)),
                     KBEntry("x:hope", "Hope", frozenset({"Mission"}))])
    assert name_key("HAYABUSA-2") == name_key("Hayabusa 2")
    parse, _ = _parse([("the", "DET", "det", 1), ("HAYABUSA-2", "PROPN", "ROOT", 1), ("hope", "NOUN", "dobj", 1)])
    hits = list(gaz.find(parse.tokens, 0, 3))
    assert [(h.start, h.entries[0].iri) for h in hits] == [(1, "x:h2")]  # "hope" is a word, not the mission


def test_extract_relative_pronoun_takes_its_antecedent():
    # "the lander which DLR built"
    parse, text = _parse([("the", "DET", "det", 1), ("lander", "NOUN", "ROOT", 1), ("which", "PRON", "dobj", 4),
                          ("DLR", "PROPN", "nsubj", 4), ("built", "VERB", "relcl", 1)])
    (frame,) = build_frames(Tree(parse, text))
    assert frame.lemma == "built" and frame.subj == [3] and frame.obj == [1]


@pytest.mark.parametrize(("word", "expected"), [("JAXA", True), ("VENµS", True), ("GOSAT-2", True),
                                                 ("MicrOmega", False), ("Agency", False), ("A", False)])
def test_extract_acronyms(word, expected):
    assert is_acronym(word) is expected


def test_extract_titles_head_and_member(read):
    x = read("NASA Administrator Maria Lopez met Dr Kenji Sato, Vice President of JAXA, and Anna Berg, "
             "Director General of the European Space Agency (ESA).")
    t = triples(x)
    assert ("Maria Lopez", "headOf", "NASA") in t
    assert ("Kenji Sato", "memberOf", "JAXA") in t
    assert ("Anna Berg", "headOf", "ESA") in t
    assert classes_of(x, "Maria Lopez") == {"Person"}


def test_extract_acronym_definition_both_orders(read):
    x = read("The Lunar Dust Observatory (LDO) will fly in 2030. LDO is a mission of the Korea Aerospace "
             "Research Institute. The TGX (Titan Geology Explorer) probe will follow.")
    names = [{e.label, *e.aliases} for e in x.entities.values()]
    assert {"LDO", "Lunar Dust Observatory"} in [n & {"LDO", "Lunar Dust Observatory"} for n in names]
    assert {"TGX", "Titan Geology Explorer"} in [n & {"TGX", "Titan Geology Explorer"} for n in names]
    ldo = next(e for e in x.entities.values() if "LDO" in {e.label, *e.aliases})
    assert ldo.classes == {"Mission"}  # "LDO is a mission" beats the head noun "Observatory"


def test_extract_nationality_distributes_over_coordination(read):
    x = read("The agencies praised the Italian COSMO-1 and COSMO-2 satellites and the French-German ARGO lander.")
    t = triples(x)
    assert ("COSMO-1", "country", "Italy") in t and ("COSMO-2", "country", "Italy") in t
    assert ("ARGO", "country", "France") in t and ("ARGO", "country", "Germany") in t
    assert "Lander" in classes_of(x, "ARGO")


def test_extract_launch_site_and_dated_launch_event(read):
    x = read("The Juno probe was launched from the Kennedy Space Center on 5 August 2011.")
    t = triples(x)
    assert ("Juno", "launchSite", next(lbl for lbl in labels(x) if "Kennedy" in lbl)) in t
    launch = [e for e in x.entities.values() if "Launch" in e.classes]
    assert launch and any(d.value == "2011-08-05" for d in x.dates if d.subject == launch[0].key)


def test_extract_described_instrument_for_a_mission(read):
    x = read("CNES is supplying a spectrometer for the Europa Clipper mission.")
    t = triples(x)
    spectro = [lbl for (s, p, o) in t for lbl in [s] if p == "providedBy" and o == "CNES"]
    assert spectro and (spectro[0], "partOf", "Europa Clipper") in t
    assert ("CNES", "contributesTo", "Europa Clipper") in t


def test_extract_meeting_participants_topics_and_partners(read):
    x = read("On 3 March, ISRO Chairman Ravi Kumar and CNES President Paul Martin held a meeting in Paris. "
             "They discussed the Trishna mission.", date=dt.date(2022, 3, 4))
    t = triples(x)
    meeting = next(e for e in x.entities.values() if "Meeting" in e.classes)
    assert (meeting.label, "participant", "Ravi Kumar") in t and (meeting.label, "participant", "Paul Martin") in t
    assert (meeting.label, "locatedIn", "Paris") in t
    assert ("CNES", "partnerOf", "ISRO") in t or ("ISRO", "partnerOf", "CNES") in t
    assert any(d.value == "2022-03-03" and d.subject == meeting.key for d in x.dates)
    assert any(p == "topic" and s == meeting.label and "TRISHNA" in o.upper() for s, p, o in t)


def test_extract_signing_with_signatories_and_place(read):
    x = read("NASA and the Brazilian Space Agency signed an agreement on lunar exploration in Brasilia "
             "on 10 May 2023.")
    deal = next(e for e in x.entities.values() if "Agreement" in e.classes)
    signers = {x.entities[r.object] for r in x.relations if r.subject == deal.key and r.predicate == "signatory"}
    assert {"NASA", "Brazilian Space Agency"} <= {n for e in signers for n in (e.label, *e.aliases)}
    assert any(d.value == "2023-05-10" and d.subject == deal.key for d in x.dates)
    assert any(p == "locatedIn" and o in ("Brasilia", "Brasília") for s, p, o in triples(x))  # the signing's place


def test_extract_pronoun_possessive_operator(read):
    x = read("ESA congratulated JAXA for the success of its Akatsuki mission.")
    assert ("Akatsuki", "operatedBy", "JAXA") in triples(x)


def test_extract_moon_of_a_planet(read):
    x = read("The probe will study Deimos, one of Mars' two moons.")
    assert ("Deimos", "orbits", "Mars") in triples(x)


def test_extract_no_date_without_release_date(read):
    x = read("The meeting held last July in Rome brought ESA and ASI together.", date=None)
    assert not any(d.value.startswith("20") and len(d.value) == 7 for d in x.dates)


def test_extract_model_labels_are_overridden_by_domain_evidence(read):
    x = read("JAXA and NASA discussed Phobos and Ryugu.")
    assert classes_of(x, "JAXA") == {"SpaceAgency"}
    assert classes_of(x, "Phobos") == {"Moon"}


def test_extract_signature_caption(read):
    x = read("The heads of CNES and ISRO met in Bangalore on 2 March.\n\n"
             "[Photo] Trishna agreement signature: Dr. Ana Ruiz (President of CNES) and "
             "Dr. Vikram Rao (Chairman of ISRO)", date=dt.date(2022, 3, 3))
    t = triples(x)
    deal = next(e for e in x.entities.values() if "Agreement" in e.classes)
    signers = {o for s, p, o in t if s == deal.label and p == "signatory"}
    assert {"Ana Ruiz", "Vikram Rao", "CNES", "ISRO"} <= signers
    assert any(s == deal.label and p == "topic" and o.upper() == "TRISHNA" for s, p, o in t)
