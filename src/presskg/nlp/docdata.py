"""What presskg reads of a spaCy ``Doc``, as spaCy's own arrays (:class:`DocData`), and the plain
:class:`~presskg.model.Parse` made of them: the model's process makes the arrays, the process that runs
the rules reads them (``builder/rules_beside.py``); in one process :func:`presskg.nlp.to_parse` does both.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..model import Parse, Sentence, Span, Token

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: The token attributes :func:`doc_data` reads, in its array's columns.
_COLUMNS = ("HEAD", "DEP", "POS", "TAG", "LEMMA", "ENT_TYPE", "ENT_IOB", "IDX", "LENGTH", "SPACY", "SENT_START")


@dataclass(frozen=True)
class DocData:
    """What presskg reads of a spaCy ``Doc``, as spaCy's own arrays: the text, a row of
    :data:`_COLUMNS` per token, the strings of the hashes in its string columns, the entities
    ``(start, end, label)``. Made in the process that runs the model, read into a :class:`Parse`
    (:func:`from_data`) where the rules run: pickled, it is the array's bytes, not a record per token."""

    text: str
    rows: object  # numpy array, one row per token
    strings: dict[int, str]
    entities: tuple[tuple[int, int, str], ...]
    model: str = ""


def doc_data(doc: Doc, *, model: str = "") -> DocData:
    """The :class:`DocData` of ``doc``: one ``to_array`` call, and a string lookup per distinct hash."""
    import numpy as np
    from spacy import attrs

    rows = doc.to_array([getattr(attrs, c) for c in _COLUMNS])
    strings = doc.vocab.strings
    names = {h: strings[h] for h in np.unique(rows[:, 1:6]).tolist() if h} if len(rows) else {}
    return DocData(doc.text, rows, names, tuple((e.start, e.end, e.label_) for e in doc.ents), model)


def from_data(data: DocData) -> Parse:
    """The :class:`Parse` of a :class:`DocData`; the sentences are the ``Doc``'s (a sentence
    begins at the first token and at every later one marked as a start), less the white space
    at their ends, and none that is only white space."""
    names = {0: "", **data.strings}
    iob = ("O", "I", "O", "B")
    text = data.text
    rows = data.rows.tolist()
    tokens = [
        Token(i, text[idx:idx + length], idx, names[lemma], names[pos], names[tag], names[dep],
              i + head if head < 2**63 else i + head - 2**64, names[ent], iob[ent_iob] if ent_iob < 4 else "O",
              " " if space else "")
        for i, (head, dep, pos, tag, lemma, ent, ent_iob, idx, length, space, _) in enumerate(rows)
    ]
    starts = [0, *(i for i, row in enumerate(rows) if i and row[10] == 1)] if rows else []
    sentences = []
    for start, end in zip(starts, [*starts[1:], len(rows)], strict=True):
        while start < end and tokens[start].text.isspace():
            start += 1
        while end > start and tokens[end - 1].text.isspace():
            end -= 1
        if start == end:
            continue
        sc, ec = tokens[start].idx, tokens[end - 1].end
        sentences.append(Sentence(len(sentences), start, end, sc, ec, text[sc:ec]))
    entities = tuple(Span(*e) for e in data.entities)
    return Parse(tokens=tuple(tokens), sentences=tuple(sentences), entities=entities, model=data.model)
