"""Two of the model's components looked up rather than run token by token: the same annotations, for less.

``en_core_web_sm``'s ``attribute_ruler`` gives every token its coarse part of speech, its
morphology and some lemmas from the tagger's fine tag (179 Matcher patterns over TAG, LOWER, DEP
and IS_SPACE). Run as it ships, it tries every pattern on every token: 16 % of the model's time
on press releases, more than the tagger and the lemmatizer together. Yet all its patterns but
eight read one token only, and a token's result then depends on four values of that token alone,
of which few combinations occur. :class:`TableRuler` therefore asks spaCy's own Matcher, with
the ruler's own one-token patterns, once per combination (on a one-token ``Doc`` holding it),
remembers what the ruler's ``set_token_attrs`` made of it, and sets whole documents from that
table with ``Doc.from_array``; the few multi-token patterns still run through a Matcher of their
own, and the tokens they touch are done as the ruler does them, pattern by pattern in the ruler's
order.

The rule lemmatizer's lemma is a function of a token's form, part of speech and morphology (its
own cache has that key); it is computed in Python for every token nonetheless.
:class:`TableLemmatizer` asks the lemmatizer once per combination and sets the lemmas of a whole
document at once.

Their output is the components' (``tests/test_nlp_tables.py`` compares every token of the bundled
releases, and sentences written for the ruler's kinds of pattern).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.pipeline import AttributeRuler
    from spacy.tokens import Doc

#: What a one-token pattern may read of its token, in the order of the key of a combination.
_READ = ("TAG", "LOWER", "DEP", "IS_SPACE")
#: What the table sets in bulk; a result that sets anything else (DEP: one pattern) is set token by token.
_BULK = ("POS", "TAG", "LEMMA", "MORPH")


class TableRuler:
    """A spaCy pipeline component that gives a document the annotations ``ruler`` would give it.

    >>> import spacy
    >>> from presskg.nlp import find_model
    >>> nlp = spacy.load(find_model())
    >>> text = "Gon na sign it: the agencies' chiefs met in Paris."
    >>> want = [(t.pos_, t.tag_, t.lemma_, str(t.morph)) for t in nlp(text)]
    >>> table = TableRuler(nlp.get_pipe("attribute_ruler"))
    >>> with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
    ...     doc = nlp(text)
    >>> doc = nlp.get_pipe("lemmatizer")(table(doc))
    >>> [(t.pos_, t.tag_, t.lemma_, str(t.morph)) for t in doc] == want
    True
    """

    def __init__(self, ruler: AttributeRuler) -> None:
        from spacy.attrs import IDS
        from spacy.matcher import Matcher

        self.vocab = ruler.vocab
        self._attrs = ruler.attrs  # per pattern id (the ruler's order): {attribute id: value}, normalized
        self._indices = ruler.indices
        self._single = Matcher(self.vocab, validate=False)
        self._multi = Matcher(self.vocab, validate=False)
        words: set[str] = set()
        for i, entry in enumerate(ruler.patterns):
            ones = [p for p in entry["patterns"] if len(p) == 1]
            more = [p for p in entry["patterns"] if len(p) > 1]
            if ones:
                self._single.add(str(i), ones)
            if more:
                self._multi.add(str(i), more)
            words |= {w for p in ones for tok in p for w in _lowers(tok.get("LOWER"))}
        # a lower-case form no pattern names stands for all of them in a key (one that a REGEX
        # condition may match is kept as it is)
        self._words = {self.vocab.strings.add(w) for w in words}
        self._regexes = any(isinstance(tok.get("LOWER"), dict) and "REGEX" in tok["LOWER"]
                            for entry in ruler.patterns for p in entry["patterns"] if len(p) == 1 for tok in p)
        self._other = self.vocab.strings.add("presskg-other-word")
        self._read = [IDS[a] for a in _READ]
        self._bulk = [IDS[a] for a in _BULK]
        self._by_lower: Any = None  # the patterns' LOWER conditions alone, made when first needed
        self._lower_key: dict[int, int] = {}
        self._table: dict[tuple[int, int, int, int], tuple[list[int], dict[int, int] | None]] = {}

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) == 0:
            return doc
        read = doc.to_array(self._read).tolist()
        values = doc.to_array(self._bulk)
        touched = self._multi_targets(doc) if len(doc) > 1 else {}
        slow: list[int] = []
        for i, (tag, lower, dep, space) in enumerate(read):
            _, bulk = self._result(tag, lower, dep, space)
            if bulk is None or i in touched:
                slow.append(i)
            elif bulk:
                for col, value in bulk.items():
                    values[i, col] = value
        doc.from_array(self._bulk, values)
        if slow:
            self._one_by_one(doc, slow, touched)
        return doc

    def _multi_targets(self, doc: Doc) -> dict[int, list[int]]:
        """Token -> the multi-token patterns that set it (the token at the pattern's index in its match)."""
        out: dict[int, list[int]] = {}
        for m, start, end in self._multi(doc, allow_missing=True):
            pid = int(self.vocab.strings[m])
            index = self._indices[pid]
            out.setdefault(start + index if index >= 0 else end + index, []).append(pid)
        return out

    def _result(self, tag: int, lower: int, dep: int, space: int) -> tuple[list[int], dict[int, int] | None]:
        """The ruler's pattern ids for a combination, and what they set (``None``: set token by token)."""
        key = (tag, self._key_lower(lower, space), dep, space)
        hit = self._table.get(key)
        if hit is None:
            hit = self._table[key] = self._work_out(*key)
        return hit

    def _key_lower(self, lower: int, space: int) -> int:
        k = self._lower_key.get(lower)
        if k is None:
            if lower in self._words or space or (self._regexes and self._matches_any(lower)):
                k = lower
            else:
                k = self._other
            self._lower_key[lower] = k
        return k

    def _matches_any(self, lower: int) -> bool:
        """Whether some one-token pattern's condition on LOWER could hold for this word (asked of the Matcher)."""
        from spacy.tokens import Doc as _Doc

        word = self.vocab.strings[lower]
        one = _Doc(self.vocab, words=[word], spaces=[False])
        return bool(self._lower_only(one))

    def _lower_only(self, doc: Doc) -> list:
        # patterns reduced to their LOWER condition, made once
        if self._by_lower is None:
            from spacy.matcher import Matcher

            self._by_lower = Matcher(self.vocab, validate=False)
            for i in range(len(self._attrs)):
                got = self._single.get(str(i))
                if got is None:
                    continue
                reduced = [[{"LOWER": tok["LOWER"]}] for p in got[1] for tok in p if "LOWER" in tok]
                if reduced:
                    self._by_lower.add(str(i), reduced)
        return self._by_lower(doc)

    def _work_out(self, tag: int, lower: int, dep: int, space: int) -> tuple[list[int], dict[int, int] | None]:
        """Run the one-token patterns on a one-token document holding the combination, apply what
        matched in the ruler's order with spaCy's ``set_token_attrs``, and read back what changed."""
        from spacy.tokens import Doc as _Doc
        from spacy.tokens._retokenize import set_token_attrs

        s = self.vocab.strings
        one = _Doc(self.vocab, words=[s[lower]], spaces=[False], tags=[s[tag]], deps=[s[dep] or "dep"], heads=[0])
        if not dep:
            one[0].dep = 0
        ids = sorted(int(s[m]) for m, _, _ in self._single(one, allow_missing=True))
        before = one.to_array(self._bulk).tolist()[0]
        set_attrs: set[int] = set()
        for pid in ids:
            set_token_attrs(one[0], self._attrs[pid])
            set_attrs |= set(self._attrs[pid])
        if set_attrs - set(self._bulk):
            return ids, None
        after = one.to_array(self._bulk).tolist()[0]
        return ids, {col: after[col] for col in range(len(self._bulk)) if after[col] != before[col]
                     or self._bulk[col] in set_attrs}

    def _one_by_one(self, doc: Doc, slow: list[int], extra: dict[int, list[int]]) -> None:
        """Tokens a multi-token pattern touches, or whose result sets more than the table does: every
        pattern that holds for them, single or not, applied in the ruler's order as the ruler would."""
        from spacy.tokens._retokenize import set_token_attrs

        read = doc.to_array(self._read).tolist()
        for i in slow:
            ids, _ = self._result(*read[i])
            for pid in sorted(set(ids) | set(extra.get(i, []))):
                set_token_attrs(doc[i], self._attrs[pid])


def _lowers(cond: Any) -> list[str]:
    """The words a LOWER condition names (equality or IN)."""
    if isinstance(cond, str):
        return [cond]
    if isinstance(cond, dict) and "IN" in cond:
        return list(cond["IN"])
    return []


class TableLemmatizer:
    """A spaCy pipeline component that gives a document the lemmas ``lemmatizer`` would give it
    (a lemma already set, by the attribute ruler, is kept, as the lemmatizer keeps it)."""

    def __init__(self, lemmatizer: Any) -> None:
        from spacy.attrs import LEMMA, MORPH, ORTH, POS

        self.lemmatizer = lemmatizer
        self.vocab = lemmatizer.vocab
        self._read = [ORTH, POS, MORPH, LEMMA]
        self._lemma = [LEMMA]
        self._table: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) == 0 or self.lemmatizer.overwrite:
            return self.lemmatizer(doc)
        rows = doc.to_array(self._read)
        lemmas = rows[:, 3].copy()
        table = self._table
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma:
                continue
            got = table.get((orth, pos, morph))
            if got is None:
                got = table[(orth, pos, morph)] = self.vocab.strings.add(self.lemmatizer.lemmatize(doc[i])[0])
            lemmas[i] = got
        doc.from_array(self._lemma, lemmas.reshape(-1, 1))
        return doc
