"""The model's tokenizer as presskg loads it (``nlp.load_model``): read from the model's folder without spaCy's
default English one built first, it holds the same rules and patterns as the model loaded plainly, plus
presskg's own special cases ("No.", hyphenated nouns), names of a lower-case letter and a hyphen ("e-GEOS") and a
stop after a name's last capital ("SpaceX."), and so splits the bundled releases the same way."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def both(nlp):
    import spacy

    from presskg.nlp import find_model

    return spacy.load(find_model()).tokenizer, nlp.tokenizer


def test_same_patterns_and_rules_as_the_plain_model(both):
    from presskg.nlp import _CAPITAL_STOP, HYPHENATED_NOUNS

    plain, ours = both
    for attr in ("prefix_search", "suffix_search", "infix_finditer", "url_match"):
        a, b = getattr(plain, attr), getattr(ours, attr)
        assert (a is None) == (b is None), attr
        if a is not None:  # (presskg's stop after a name's last capital first: see the test below)
            assert (f"{_CAPITAL_STOP.pattern}|" if attr == "suffix_search" else "") + a.__self__.pattern \
                == b.__self__.pattern, attr
    own = {"No."} | {f for n in HYPHENATED_NOUNS
                     for f in (n, n + "s", n.capitalize(), n.capitalize() + "s", n.title(), n.title() + "s")}
    assert {k: v for k, v in ours.rules.items() if k not in own} == plain.rules
    assert own <= set(ours.rules)


def test_same_tokens_on_the_bundled_releases(both):
    from presskg.ingest import read_release

    plain, ours = both
    files = sorted((ROOT / "data" / "samples").rglob("*.txt"))
    assert len(files) >= 30
    for f in files:
        text = read_release(f).text
        assert [t.text for t in ours(text)] == [t.text for t in plain(text)], f.name


def test_a_lower_case_letter_and_a_hyphen_open_one_name(both):
    """"e-GEOS" is one word (the model's infix rule makes three); "H-IIA", "X-band", "e-mail" are as before."""
    plain, ours = both
    for text, name in [("The Italian company e-GEOS will process the data.", "e-GEOS"),
                       ("A contract went to i-Orbix (Turin).", "i-Orbix")]:
        words = [t.text for t in ours(text)]
        assert name in words and name not in [t.text for t in plain(text)], words
    for text in ["The H-IIA rocket carries an X-band radio.", "Send an e-mail to the e-team."]:
        assert [t.text for t in ours(text)] == [t.text for t in plain(text)], text


def test_exceptions_are_loaded_once_with_presskg_s_own(nlp, monkeypatch):
    """The tokenizer loads the model's exceptions once, presskg's special cases and its names' token_match
    among them (issue 17: setting token_match after the load made spaCy load every exception again),
    and is the tokenizer that adding them after the load made: the same rules, the same tokens."""
    import spacy

    from presskg.nlp import LETTER_HYPHEN_NAME, _special_cases, find_model

    ours = nlp.tokenizer
    loads: list[int] = []
    real = type(ours)._load_special_cases
    monkeypatch.setattr(type(ours), "_load_special_cases",
                        lambda self, cases: (loads.append(len(cases or {})), real(self, cases))[1])
    plain = spacy.load(find_model()).tokenizer
    fresh = type(ours)(ours.vocab).from_bytes(plain.to_bytes(exclude=["vocab"]), exclude=["vocab"])
    assert [n for n in loads if n] == [len(fresh.rules)] and len(fresh.rules) > 1000

    after = spacy.load(find_model()).tokenizer  # the former way: added to the loaded tokenizer
    for text, substrings in _special_cases().items():
        after.add_special_case(text, substrings)
    kept = after.token_match
    after.token_match = lambda text: LETTER_HYPHEN_NAME.fullmatch(text) or (kept(text) if kept else None)
    assert ours.rules == after.rules
    texts = [f.read_text(encoding="utf-8") for f in sorted((ROOT / "data" / "samples").rglob("*.txt"))]
    texts.append("Flight No. 7 and the start-ups, Spin-offs, e-GEOS, d-Sat, H-IIA: don't we? http://a.org/b-c")
    for text in texts:
        assert [(t.text, t.norm_) for t in ours(text)] == [(t.text, t.norm_) for t in after(text)]


def test_a_stop_after_a_names_last_capital_ends_the_sentence(nlp):
    """"... launched by SpaceX. It flew": the model's tokenizer keeps the stop with "SpaceX" (as with initials), and
    the sentence ran on into the next; initials and abbreviations keep theirs."""
    plain, ours = nlp.tokenizer, nlp
    for text, name in [("The probe was launched by SpaceX. It reached orbit.", "SpaceX"),
                       ("The camera flies on Vela-2C. It was built in Turin.", "Vela-2C")]:
        doc = ours(text)
        assert name in [t.text for t in doc] and len(list(doc.sents)) == 2, [t.text for t in doc]
    words = [t.text for t in plain("John F. Kennedy spoke in the U.S. Then Dr. Lee, Ph.D. left.")]
    assert {"F.", "U.S.", "Dr.", "Ph.D."} <= set(words), words
