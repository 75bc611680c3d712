"""The sentence-start component: a sentence starts after every line break, after a dateline and after a stop of its
own before a capital, found from the text."""

from __future__ import annotations

import pytest

from presskg.nlp.sentence_starts import sentence_starts


def _by_token(doc):
    """The rule said token by token (what the component computed before)."""
    return [t.i > 0 and "\n" in doc[t.i - 1].text for t in doc]


@pytest.mark.parametrize("text", [
    "One.\n\nTwo words here.\nThree", "\n\nLeading breaks.\n", "no break at all", "a \n b \n\n\n c",
    "Trailing break\n", "\n", " ".join(f"Word{i}" + ("\n" if i % 7 == 0 else "") for i in range(200)),
])
def test_nlp_paragraph_starts_after_every_line_break(nlp, text):
    doc = sentence_starts(nlp.make_doc(text))
    expected = _by_token(doc)
    assert all(doc[i].is_sent_start for i, e in enumerate(expected) if e)
    assert not any(doc[i].is_sent_start for i, e in enumerate(expected) if i > 0 and not e)


@pytest.mark.parametrize("text, first", [
    ("Toulouse, 9 March 2026 - The minister visited the centre.", "The"),
    ("Title\n\nLongueuil, Quebec, July 25, 2012 — The contribution was unveiled.", "The"),
    ("PARIS, Feb. 25 (AFP) -- CNES and JAXA signed.", "CNES"),
    ("Veldhaven, January 12, 2026: The Zephra rocket lifted off.", "The"),
])
def test_nlp_paragraph_starts_after_a_dateline(nlp, text, first):
    """The dateline is set apart: the parser no longer reads its city as the lead's subject."""
    doc = sentence_starts(nlp.make_doc(text))
    assert [t.text for t in doc if t.is_sent_start and t.i > 0 and "\n" not in doc[t.i - 1].text] == [first]


@pytest.mark.parametrize("text", [
    "ESA, JAXA and NASA signed the GOSAT-2 - a deal of note.",
    "The minister, born in 1960 - a physicist - said so.",
    "Sentinel-1D, launched on 5 December - the fourth of its kind.",
])
def test_nlp_paragraph_no_dateline_in_a_sentence_with_a_dash(nlp, text):
    doc = sentence_starts(nlp.make_doc(text))
    assert not any(t.is_sent_start for t in doc if t.i > 0)


def test_nlp_paragraph_a_dateline_dates_the_lead(read):
    """The dateline's date still reaches the lead's verb in the next sentence (rule dates:dateline)."""
    got = read("Toulouse, 9 March 2026 - Germany's minister, Katherina Reiche, visited the Toulouse Space "
               "Centre with a delegation.", date=None)
    assert any(d.value == "2026-03-09" for d in got.dates), got.dates


@pytest.mark.parametrize("text, starts", [
    ("It was signed by KASA Administrator Yoon Young-bin. KOMPSAT-7A was built by KARI.", ["KOMPSAT-7A"]),
    ("The deal was signed by Ana Lind. Orvik-2 flies next.", ["Orvik-2"]),
    ("It was signed by Dr. Ana Lind in St. Louis, and by Mr. Berg.", []),  # abbreviations keep their stops
    ("Launched on a Vega-C in 2027. It works.", ["It"]),
    ("The U.S. Army signed. NASA too.", ["NASA"]),  # ("U.S." keeps its stops)
    ("It was built by OHB. NASA flies it.", []),  # (a stop after a capital is left to the parser)
])
def test_nlp_a_stop_of_its_own_before_a_capital_starts_a_sentence(nlp, text, starts):
    doc = sentence_starts(nlp.make_doc(text))
    assert [t.text for t in doc if t.i > 0 and t.is_sent_start] == starts


def test_nlp_a_merged_sentence_is_split_in_the_parse(nlp):
    """The parser keeps the start it is given: two sentences, and the second's subject is its own."""
    from presskg.nlp import parse

    got = next(parse(["The contract was signed in Seoul by KASA Administrator Yoon Young-bin. KOMPSAT-7A was built "
                      "by KARI."], nlp=nlp))
    assert len(got.sentences) == 2, [s.text for s in got.sentences]


def test_nlp_no_sentence_starts_after_and(nlp):
    """"... Nichole Ayers and JAXA astronaut Kimiya Yui." is one sentence: the word after "and" (or "or") between two
    words of a line is told to open none; the parse keeps the sentence whole."""
    text = ("Kutryk will serve as a mission specialist alongside NASA astronauts Anne McClain and Nichole Ayers and "
            "JAXA astronaut Kimiya Yui.")
    doc = sentence_starts(nlp.make_doc(text))
    after = [t for t in doc if t.i > 0 and doc[t.i - 1].text in ("and", "or")]
    assert after and all(t.is_sent_start is False for t in after)
    assert len(list(nlp(text).sents)) == 1


@pytest.mark.parametrize("text, item, inside", [
    ("Key facts:\n- Launcher: Ariane 6\n- Partners: ESA, NASA", "- Launcher: Ariane 6",
     ["Launcher", ":", "Ariane", "6"]),
    ("Facts:\n\u2022 Mass: 2 tonnes. Launch: 2029", "\u2022 Mass: 2 tonnes.", ["Mass", ":", "2", "tonnes", "."]),
])
def test_nlp_a_list_item_is_one_sentence(nlp, text, item, inside):
    """"- Launcher: Ariane 6" is one sentence (the parser made three: "-" | "Launcher:" | "Ariane 6"): the item's bullet
    opens it and no word of it opens another, up to its stop."""
    doc = sentence_starts(nlp.make_doc(text))
    at = text.index(item)
    words = [t for t in doc if at <= t.idx < at + len(item)]
    assert words[0].is_sent_start is True and [t.text for t in words[1:]] == inside
    assert all(t.is_sent_start is False for t in words[1:]), [(t.text, t.is_sent_start) for t in words]
