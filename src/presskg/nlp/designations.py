"""A designation that ends a sentence on one letter: "The first satellite will be Kestrel-A." The model's
tokenizer keeps "A." whole, as it keeps an initial ("John F. Kennedy"): the name then ends with a stop, the
sentence runs on into the next one, and the parser reads both as one ("launched Vela-B. It was built by X").
After a hyphen a lone letter is a designation's last piece, never an initial: this component (the pipeline's
first, before anything reads the words) splits its stop off.

>>> import spacy
>>> nlp = spacy.blank("en")
>>> [t.text for t in split_designation_stops(nlp("ESA launched Vela-B. It works."))]
['ESA', 'launched', 'Vela', '-', 'B', '.', 'It', 'works', '.']
>>> [t.text for t in split_designation_stops(nlp("John F. Kennedy"))]
['John', 'F.', 'Kennedy']
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

#: A letter and its stop right after a hyphen, before a space or the end: the "B." of "Vela-B." (found in the
#: text first: a release seldom has one, and the component then costs a search).
_LETTER_STOP = re.compile(r"(?<=[A-Za-z0-9][-‐])[A-Za-z]\.(?=\s|$)")


def split_designation_stops(doc: Doc) -> Doc:
    """Split "B." into "B" and "." where it ends a hyphenated designation (see the module)."""
    found = {m.start() for m in _LETTER_STOP.finditer(doc.text)}
    if not found:
        return doc
    with doc.retokenize() as retokenizer:
        for tok in doc:
            if tok.idx in found and len(tok.text) == 2:
                retokenizer.split(tok, [tok.text[0], "."], heads=[(tok, 0), (tok, 0)])
    return doc
