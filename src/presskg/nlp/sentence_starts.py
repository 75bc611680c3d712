"""Where sentences start, set before the parser reads a release (the pipeline's component ``presskg_paragraphs``).

The parser decides most sentence ends itself; it is told three it misses: after a line break, after a paragraph's
dateline (and none inside a list item's line, "- Launcher: Ariane 6", before its stop), and after a full stop that
is a token of its own, followed by a capital ("... by KASA Administrator Yoon Young-bin. KOMPSAT-7A was built by ..."
was read as one sentence). The tokenizer keeps the stop of an abbreviation or an initial with its word ("Dr.", "St.",
"F."), so a stop standing alone after a lower-case letter or a digit (or a name's last capital after one, "SpaceX.",
which presskg's tokenizer splits) ends a sentence. And it is told one it makes wrongly: no sentence starts after an
"and" or an "or" between two words of a line ("... Nichole Ayers and | JAXA astronaut Kimiya Yui." was read as two).
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc

from presskg.ingest import BULLETS

#: A dateline at a paragraph's start: "Toulouse, 9 March 2026 - ", "Longueuil, Quebec, July 25, 2012 — ",
#: "PARIS, Feb. 25 (AFP) -- ", "Sriharikota, January 12, 2026: ": a place, a comma, a date (or an agency), and a
#: dash set off by spaces or a colon.
_DATELINE = re.compile(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3},(?: (?:[A-Z][\w.'’]*|\d{1,4}|\([A-Z]+\)),?){1,6}"
                       r"(?<=[\d)])(?: (?:--|[—–-])|:) (?=\S)")


def sentence_starts(doc: Doc) -> Doc:
    """A sentence starts after every token holding a line break (spaCy makes line breaks tokens of
    their own; a token's trailing whitespace is one space at most), and after a paragraph's dateline:
    the parser otherwise takes the dateline's city for the subject of the lead ("Toulouse, 9 March -
    The minister visited..." read as "Toulouse visited"). Found from the text's line breaks, not by
    visiting every token: the component then costs next to nothing."""
    text, n = doc.text, len(doc)
    if n == 0:
        return doc
    starts = [t.idx for t in doc] if n < 64 else doc.to_array("IDX").tolist()

    def start_at(char: int) -> None:
        """A sentence starts at ``char`` and runs to its stop at least: set apart from a dateline, the
        lead's first words are otherwise parsed as sentences of their own ("ESA" | "and CNES signed")."""
        j = bisect.bisect_left(starts, char)
        if 0 < j < n and starts[j] == char:
            doc[j].is_sent_start = True
            k = j + 1
            while k < n and doc[k - 1].text not in (".", "!", "?", ";") and "\n" not in doc[k].text:
                doc[k].is_sent_start = False
                k += 1

    paragraphs = [0]
    at = text.find("\n")
    done = -1
    while at >= 0:
        j = bisect.bisect_right(starts, at) - 1  # the token the line break is in, or trails
        if j != done and 0 <= j < n - 1 and at < starts[j] + len(doc[j]):
            doc[j + 1].is_sent_start = True
            paragraphs.append(starts[j + 1])
            done = j
        at = text.find("\n", at + 1)
    for p in paragraphs:
        m = _DATELINE.match(text, p)
        if m is not None:
            start_at(m.end())
        elif text[p:p + 1] in BULLETS and text[p + 1:p + 2] == " ":
            start_at(p)  # "- Launcher: Ariane 6": a list item is one sentence (else "-" | "Launcher:" | "Ariane 6")
    for m in _STOP.finditer(text):  # "... Young-bin. KOMPSAT-7A was built": a stop of its own, then a capital
        j = bisect.bisect_left(starts, m.start())
        if 0 < j < n - 1 and starts[j] == m.start() and doc[j].text == "." and starts[j + 1] == m.end() + 1:
            doc[j + 1].is_sent_start = True
    for m in _JOINER.finditer(text):  # "... Nichole Ayers and | JAXA astronaut Kimiya Yui": no sentence ends on "and"
        j = bisect.bisect_left(starts, m.end())
        if 0 < j < n and starts[j] == m.end() and doc[j].is_sent_start is None:
            doc[j].is_sent_start = False
    return doc


#: "and" or "or" between two words on one line: the word after it opens no sentence (the parser sometimes ends one
#: there, before a capitalized name).
_JOINER = re.compile(r"(?<=[\w,]) (?:and|or) (?=\w)")
#: A full stop after a lower-case letter or a digit (or a capital after one: "SpaceX."), before a space and a
#: capital letter.
_STOP = re.compile(r"(?:(?<=[a-z0-9])|(?<=[a-z0-9][A-Z]))\.(?= [A-Z])")
