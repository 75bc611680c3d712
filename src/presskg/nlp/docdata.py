"""What presskg reads of a spaCy ``Doc``, as spaCy's own arrays (:class:`DocData`), and the plain
:class:`~presskg.model.Parse` made of them: the model's process makes the arrays, the process that runs
the rules reads them (``builder/rules_beside.py``); in one process :func:`presskg.nlp.to_parse` does both.

The entity recognizer may run on either side (:func:`with_entities`): it is the model's last component
and has its own embedding layer, so it reads of a ``Doc`` only its words, their norms and where its
sentences start, all of which the arrays hold. In ``en_core_web_sm`` it is about half of the model's
time: run beside the rules, it takes that half off the model's process (issue 17).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..model import Parse, Sentence, Span, Token

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: The token attributes :func:`doc_data` reads, in its array's columns.
_COLUMNS = ("HEAD", "DEP", "POS", "TAG", "LEMMA", "ENT_TYPE", "ENT_IOB", "IDX", "LENGTH", "SPACY", "SENT_START",
            "NORM")
#: The component :func:`doc_data` may leave to :func:`with_entities` (spaCy's name for it).
ENTITY_COMPONENT = "ner"


@dataclass(frozen=True)
class DocData:
    """What presskg reads of a spaCy ``Doc``, as spaCy's own arrays: the text, a row of
    :data:`_COLUMNS` per token, the strings of the hashes in its string columns, the entities
    ``(start, end, label)``. Made in the process that runs the model, read into a :class:`Parse`
    (:func:`from_data`) where the rules run: pickled, it is the array's bytes, not a record per token.
    ``entities`` is ``None`` while the entity recognizer has not run (:func:`with_entities` runs it)."""

    text: str
    rows: object  # numpy array, one row per token
    strings: dict[int, str]
    entities: tuple[tuple[int, int, str], ...] | None
    model: str = ""


def doc_data(doc: Doc, *, model: str = "", entities: bool = True) -> DocData:
    """The :class:`DocData` of ``doc``: one ``to_array`` call, and a string lookup per distinct hash;
    ``entities=False``: the entity recognizer has not run on ``doc`` (:func:`with_entities` runs it)."""
    import numpy as np
    from spacy import attrs

    rows = doc.to_array([getattr(attrs, c) for c in _COLUMNS])
    strings = doc.vocab.strings
    names = {h: strings[h] for h in np.unique(rows[:, 1:6]).tolist() if h} if len(rows) else {}
    ents = tuple((e.start, e.end, e.label_) for e in doc.ents) if entities else None
    return DocData(doc.text, rows, names, ents, model)


def with_entities(datas: list[DocData], nlp, batch_size: int) -> list[DocData]:
    """``datas`` (made with ``entities=False``) with what ``nlp``'s entity recognizer finds, as if it
    had run in ``nlp.pipe`` where they were made: each ``Doc`` made again from its words, spaces,
    norms and sentence starts (what the recognizer reads: its features are the words' norms and
    their vocabulary's prefixes, suffixes and shapes; no entity crosses a sentence start), then the
    recognizer over them in batches of ``batch_size``, as ``nlp.pipe`` gives it the same pieces."""
    import numpy as np
    from spacy import attrs
    from spacy.tokens import Doc as _Doc

    cols = [_COLUMNS.index(c) for c in ("IDX", "LENGTH", "SPACY")]
    keep = [_COLUMNS.index("NORM"), _COLUMNS.index("SENT_START")]
    docs = []
    for d in datas:
        words = [d.text[i:i + n] for i, n, _ in d.rows[:, cols].tolist()]
        doc = _Doc(nlp.vocab, words=words, spaces=[bool(s) for s in d.rows[:, cols[2]].tolist()])
        if len(doc):
            doc.from_array([attrs.NORM, attrs.SENT_START], np.ascontiguousarray(d.rows[:, keep]))
        docs.append(doc)
    docs = list(nlp.get_pipe(ENTITY_COMPONENT).pipe(docs, batch_size=batch_size))
    out = []
    ent = [_COLUMNS.index("ENT_TYPE"), _COLUMNS.index("ENT_IOB")]
    for d, doc in zip(datas, docs, strict=True):
        rows = d.rows.copy()
        if len(rows):
            rows[:, ent] = doc.to_array([attrs.ENT_TYPE, attrs.ENT_IOB])
        names = {**d.strings, **{e.label: e.label_ for e in doc.ents}}
        names = {h: names[h] for h in np.unique(rows[:, 1:6]).tolist() if h} if len(rows) else {}
        out.append(DocData(d.text, rows, names, tuple((e.start, e.end, e.label_) for e in doc.ents), d.model))
    return out


def from_data(data: DocData) -> Parse:
    """The :class:`Parse` of a :class:`DocData`; the sentences are the ``Doc``'s (a sentence
    begins at the first token and at every later one marked as a start), less the white space
    at their ends, and none that is only white space."""
    if data.entities is None:
        raise ValueError("the entity recognizer has not run on this DocData (see with_entities)")
    names = {0: "", **data.strings}
    iob = ("O", "I", "O", "B")
    text = data.text
    rows = data.rows.tolist()
    tokens = [
        Token(i, text[idx:idx + length], idx, names[lemma], names[pos], names[tag], names[dep],
              i + head if head < 2**63 else i + head - 2**64, names[ent], iob[ent_iob] if ent_iob < 4 else "O",
              " " if space else "")
        for i, (head, dep, pos, tag, lemma, ent, ent_iob, idx, length, space, _, _) in enumerate(rows)
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
