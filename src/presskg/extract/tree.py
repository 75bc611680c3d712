"""Navigation over the dependency tree of a :class:`~presskg.model.Parse`.

spaCy's ``Token.children`` and friends, rebuilt on plain records so that the
extraction rules run on hand-made parses in unit tests.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from functools import cached_property

from ..model import Parse, Sentence, Token
from ..vocab import Class as C
from .classes import ancestors
from .lexicon import HEAD_CLASSES, WORD_CLASSES

_PLACE_OF_NOUNS = WORD_CLASSES["PLACE_OF_NOUNS"]

_COOPERATION = frozenset(WORD_CLASSES["COOPERATION_NOUNS"])
_UNITS = frozenset(WORD_CLASSES["MEASURE_UNITS"])
_BACK = frozenset(WORD_CLASSES["BACK_ADJECTIVES"])
_BUILD = frozenset(WORD_CLASSES["BUILD_ADJECTIVES"])
_BUILD_ENDS = frozenset(WORD_CLASSES["BUILD_ADJECTIVE_ENDS"])

# words that make an apposition a title or a post, not a list's next name ("Lena Varga, ESA Director General, and")
_POST_WORDS = frozenset(w for k in ("TITLE_WORDS", "RANK_TITLES", "HEAD_TITLES", "MEMBER_TITLES")
                        for w in WORD_CLASSES[k])
#: The marks of a possessive, as the tokenizer splits them off ("ESA's", "Mars'").
POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})


def _plural_head(t: Token) -> str | None:
    """"the Tycho Accords", "the Vela Treaties": the tagger leaves a plural proper noun unlemmatized, so the
    class noun a name ends on went unread; its singular, when that (and not the plural) is a class noun of
    what one name calls in the plural: an agreement or an event ("the Vela Games"). A plural of bodies or
    things is not: "the International Departments" are several, "Atlantis Rockets" makes rockets. A class noun
    written with an inner capital is a common noun, whatever its class: "twelve CubeSats" are CubeSats."""
    low = t.text.lower()
    if t.pos != "PROPN" or not t.text[:1].isupper() or low in HEAD_CLASSES:
        return None
    camel = not t.text.isupper() and any(ch.isupper() for ch in t.text[1:-1])
    for cut, end in (("ies", "y"), ("s", "")):
        if low.endswith(cut) and (one := low[: -len(cut)] + end) in HEAD_CLASSES:
            return one if camel or {C.Agreement, C.Event} & set(ancestors(HEAD_CLASSES[one])) else None
    return None


#: The verbs of the lexicon's verb classes (one word each).
_VERBS = frozenset(w for k, words in WORD_CLASSES.items() if k.endswith("_VERBS") for w in words if " " not in w)


def _verb_lemma(t: Token) -> str:
    """The token's lemma, lower-cased; for a past form the model's lemmatizer does not know it, the lexicon's verb:
    it makes "deorbited", "downlinked" "deorbite", "downlinke" (a stem's "e" put back), which no verb class holds.

    >>> from presskg.model import Token
    >>> _verb_lemma(Token(0, "deorbited", 0, "deorbite", "VERB", "VBN", "ROOT", 0, "", "O", ""))
    'deorbit'
    >>> _verb_lemma(Token(0, "launched", 0, "launch", "VERB", "VBN", "ROOT", 0, "", "O", ""))
    'launch'
    """
    lemma = (t.lemma or t.text).lower()
    if t.tag in ("VBD", "VBN") and lemma.endswith("e") and lemma not in _VERBS and lemma[:-1] in _VERBS:
        return lemma[:-1]
    return lemma


class Tree:
    """Children, subtrees and sentence lookup for one parsed release."""

    def __init__(self, parse: Parse, text: str):
        self.parse = parse
        self.text = text
        self.tokens = parse.tokens
        kids: list[list[int]] = [[] for _ in self.tokens]
        for t in self.tokens:
            if t.head != t.i:
                kids[t.head].append(t.i)
        self._children = kids
        tokens = self.tokens
        # the child tokens of each token, made once: the rules ask for them a few hundred thousand times
        self._kid_tokens = [tuple(tokens[c] for c in k) for k in kids]
        # lower-cased lemmas, made once: asked about a million times per hundred releases
        self._lemmas = [_plural_head(t) or _verb_lemma(t) for t in tokens]
        self.noun_classes: dict[int, str | None] = {}  # candidates.noun_class's, by token
        self._subtrees: dict[int, tuple[int, ...]] = {}
        # heads of a gapped clause's remnant ("... and DLR the spectrometer": "DLR", "spectrometer"), which the
        # parser hangs as conjuncts of the clause's object or verb: set by frames, they join no coordination
        self.gapped: set[int] = set()
        # list items the parser hung as conjuncts of a name inside the list's first item (:meth:`_item_before`)
        self._lifted: set[int] = set()
        self._sent_of = [0] * len(self.tokens)
        for s in parse.sentences:
            for i in range(s.start, s.end):
                self._sent_of[i] = s.index

    def __getitem__(self, i: int) -> Token:
        return self.tokens[i]

    def __len__(self) -> int:
        return len(self.tokens)

    def children(self, i: int, *deps: str) -> Sequence[Token]:
        """Children of token ``i``, only those with one of ``deps`` when given."""
        kids = self._kid_tokens[i]
        if deps and kids:  # (a leaf, most tokens, has none to filter)
            return [t for t in kids if t.dep in deps]
        return kids

    def date_preps(self, i: int) -> list[Token]:
        """Prepositions the parser hangs on a date phrase of word ``i`` that are the word's own: "took place from
        16 to 25 June [in Vienna]", "was held on 4 May [in Paris]" (a date is in no place)."""
        return [q for p in self.children(i, "prep") for o in self.children(p.i, "pobj") if o.ent_type == "DATE"
                for q in self.children(o.i, "prep") if q.text.lower() in ("in", "at")]

    def head(self, i: int) -> Token:
        return self.tokens[self.tokens[i].head]

    def ancestors(self, i: int) -> Iterator[Token]:
        seen = set()
        while self.tokens[i].head != i and i not in seen:
            seen.add(i)
            i = self.tokens[i].head
            yield self.tokens[i]

    def subtree(self, i: int) -> tuple[int, ...]:
        """Indices of ``i`` and all its descendants, in text order (made once per token: the rules
        ask for the same subtrees about sixteen thousand times per hundred releases)."""
        hit = self._subtrees.get(i)
        if hit is None:
            out, todo = [], [i]
            while todo:
                j = todo.pop()
                out.append(j)
                todo.extend(self._children[j])
            hit = self._subtrees[i] = tuple(sorted(out))
        return hit

    def span_head(self, start: int, end: int) -> int:
        """The token of ``[start, end)`` that hangs outside it (a name's syntactic head): the last such,
        else the last token."""
        for i in range(end - 1, start - 1, -1):
            h = self.tokens[i].head
            if not start <= h < end or h == i:
                return i
        return end - 1

    def sentence_of(self, i: int) -> Sentence:
        return self.parse.sentences[self._sent_of[i]]

    def sentence_index(self, i: int) -> int:
        return self._sent_of[i]

    def span_text(self, start: int, end: int) -> str:
        """Text of tokens ``[start, end)`` as it stands in the release."""
        if start >= end:
            return ""
        return self.text[self.tokens[start].idx : self.tokens[end - 1].end]

    def conjuncts(self, i: int) -> list[int]:
        """``i`` and the tokens coordinated with it ("GOSAT-1 and GOSAT-2"); in a list of indefinite nouns
        the parser may take the second for an apposition of the first ("a radar, a camera and a
        magnetometer": :meth:`listed_apposition`), and so in a list of names ("signed by Lena Varga, ESA, NASA
        and JAXA": :meth:`named_list`)."""
        out, todo = [], [i]
        listed = self._listed  # (made first: it fills _lifted)
        while todo:
            j = todo.pop()
            if j in out:
                continue
            out.append(j)
            todo.extend(c.i for c in self.children(j, "conj") if c.i not in self.gapped and c.i not in self._lifted)
            todo.extend(listed.get(j, ()))
            todo.extend(self._slashed(j))
        return sorted(out)

    def _slashed(self, j: int) -> list[int]:
        """Names joined by a slash ("ISRO/DOS", "NASA/JPL engineers"): the parser hangs the first on the second."""
        toks = self.tokens
        return [k for k in (j - 2, j + 2) if 0 <= k < len(toks) and toks[(j + k) // 2].text == "/"
                and toks[k].pos == toks[j].pos == "PROPN" and (toks[k].head == j or toks[j].head == k)]

    @cached_property
    def _listed(self) -> dict[int, list[int]]:
        """The list items each noun has as misparsed appositions (:meth:`listed_apposition`), found once:
        :meth:`conjuncts` is asked some hundred thousand times per hundred releases."""
        out: dict[int, list[int]] = {}
        for t in self.tokens:
            if t.dep == "appos" and t.head != t.i and (self.listed_apposition(t.head, t.i)
                                                       or self.named_list(t.head, t.i)):
                out.setdefault(t.head, []).append(t.i)
            elif t.dep == "appos" and t.head != t.i and (first := self._item_before(t.i)) is not None:
                out.setdefault(first, []).append(t.i)
                # "..., and a magnetometer provided by Y" hung on the same name: the list's too, not the name's
                lifted = [c.i for c in self._kid_tokens[t.head]
                          if c.dep == "conj" and c.i > t.i and self._indefinite(c.i)]
                out[first] += lifted
                self._lifted.update(lifted)
        return out

    def _indefinite(self, k: int) -> bool:
        return self.tokens[k].pos == "NOUN" and any(c.dep == "det" and c.text.lower() in ("a", "an")
                                                    for c in self._kid_tokens[k])

    def _item_before(self, a: int) -> int | None:
        """"a camera from DLR, a spectrometer from CNES and a radar from ASI": the parser hangs the second item
        as an apposition of the name that ends the first ("DLR"). The first item, when ``a`` is an indefinite noun
        set off by a comma after a name inside the post-modifier ("from DLR", "built by X") of an indefinite noun,
        and a third item follows (coordinated with ``a`` or with the first)."""
        tokens, kids, indefinite = self.tokens, self._kid_tokens, self._indefinite
        name = tokens[a].head
        if not indefinite(a) or tokens[name].dep != "pobj" or tokens[min(self.subtree(a)) - 1].text != ",":
            return None
        up = tokens[tokens[name].head]  # "from", "by"
        first = up.head if up.dep in ("prep", "agent") else None
        if first is not None and up.dep == "agent" and tokens[first].dep == "acl":
            first = tokens[first].head  # "a camera built by X"
        if first is None or first >= name or not indefinite(first):
            return None
        third = any(c.dep == "conj" and indefinite(c.i) for c in kids[a]) or any(
            c.dep == "conj" and c.i > a and indefinite(c.i) for k in (first, name) for c in kids[k])
        return first if third else None

    def listed_apposition(self, j: int, a: int) -> bool:
        """"a radar sounder, a thermal imager and a magnetometer": an indefinite noun set after an
        indefinite noun by a comma, itself coordinated with a third ("and a magnetometer"), is a list's
        item, not an apposition ("MMX, a Japanese mission" has no third)."""
        def indefinite(k: int) -> bool:
            return any(c.dep == "det" and c.text.lower() in ("a", "an") for c in self._kid_tokens[k])
        return (a > j and self.tokens[a - 1].text != "(" and indefinite(j) and indefinite(a)
                and any(c.dep == "conj" and indefinite(c.i) for c in self._kid_tokens[a]))

    def named_list(self, j: int, a: int) -> bool:
        """"Lena Varga, ESA, NASA and JAXA", "A, the Vela Space Agency and the Tamar Institute": the parser hangs
        the second name as an apposition of the first and the rest as its conjuncts. A proper noun set after a
        proper noun by a comma, itself coordinated with a further proper noun, is a list's item, unless it says
        what the first is: a possessive or a title word in it ("Lena Varga, ESA's Director General, and Tom
        Hale", "Tom Hale, NASA Administrator, and ..."), or a bracket ("Orbivex (Norland), Kelmar and ...")."""
        tokens = self.tokens
        if not (a > j and tokens[j].pos == "PROPN" and tokens[a].pos == "PROPN"):
            return False
        first = min(self.subtree(a))
        if tokens[first - 1].text != "," or not any(c.dep == "conj" and c.pos == "PROPN" for c in self._kid_tokens[a]):
            return False
        theirs = {k for c in self._kid_tokens[a] if c.dep in ("conj", "cc", "punct") for k in self.subtree(c.i)}
        own = [k for k in self.subtree(a) if k not in theirs]  # the apposition's own words, not its conjuncts'
        return not any(tokens[k].dep in ("poss", "case") or tokens[k].text in ("(", ")")
                       or self._lemmas[k] in _POST_WORDS for k in own)

    def parallel_apposition(self, j: int, a: int) -> bool:
        """"two satellites from X Laboratories, a technology demonstrator from Y and two cubesats": a noun
        set after the object of a preposition by a comma, with a phrase of the same preposition of its own
        and a further item coordinated after it, is the next item of a list, not an apposition saying
        what ``j`` is ("from Orvik, a company from Bergen," is one)."""
        tok = self.tokens[j]
        if tok.dep != "pobj" or tok.head == j:
            return False
        word = self.tokens[tok.head].text.lower()
        return any(c.dep == "prep" and c.text.lower() == word for c in self._kid_tokens[a]) and any(
            self.tokens[k].dep == "conj" for k in self.subtree(a) if k > a)

    def aside(self, i: int) -> bool:
        """A clause set off by a comma ("the probe, comprising an orbiter and a lander,"): it says more of
        what its noun refers to; it does not make the noun a new thing. So does a phrase of how the clause's
        deed is done, which the parser hangs on the object ("leads the mission in partnership with ESA":
        "in" and a noun of lexicon ``COOPERATION_NOUNS``): the mission is the one told of."""
        tok = self.tokens[i]
        if tok.dep == "prep" and tok.text.lower() == "in":
            return any(self.lemma(o.i) in _COOPERATION for o in self.children(i, "pobj"))
        first = min(self.subtree(i))
        return tok.dep in ("acl", "relcl") and first > 0 and self.tokens[first - 1].text == ","

    def recalling_words(self, i: int) -> frozenset[int]:
        """The modifiers of noun ``i`` that do not make a definite noun a new thing, as other modifiers do: a
        size or mass, a number and a unit of lexicon ``MEASURE_UNITS`` ("the 120-kilogram satellite", "the 120 kg
        satellite", "the two-tonne spacecraft"), and an adjective of lexicon ``BACK_ADJECTIVES`` ("the new
        satellite"): such a noun is the one told of before.

        >>> from presskg.model import Parse, Token
        >>> words = [("the", "DT", "det", 4), ("new", "JJ", "amod", 4), ("120", "CD", "nummod", 3),
        ...          ("kg", "NN", "compound", 4), ("satellite", "NN", "ROOT", 4)]
        >>> toks = tuple(Token(i, w, i * 10, w, {"CD": "NUM", "JJ": "ADJ"}.get(g, "NOUN"), g, d, h)
        ...              for i, (w, g, d, h) in enumerate(words))
        >>> sorted(Tree(Parse(toks, ()), "").recalling_words(4))
        [1, 2, 3]
        """
        kids = [c for c in self._kid_tokens[i] if c.i < i and c.dep in ("compound", "amod", "nummod", "npadvmod")]
        back = frozenset(c.i for c in kids if c.dep == "amod" and self.lowers[c.i] in _BACK)
        back |= frozenset(k for c in kids if c.dep == "amod" and self._build_word(c.i) for k in self.subtree(c.i))
        units = [c.i for c in kids if self.lemma(c.i) in _UNITS]
        numbers = [k for u in units for k in self.subtree(u) if self.tokens[k].pos == "NUM"]
        numbers += [c.i for c in kids if c.pos == "NUM"]
        if not units or not numbers:
            return back
        return back | frozenset(k for u in units for k in self.subtree(u)) | frozenset(numbers)

    def _build_word(self, i: int) -> bool:
        """The adjective at ``i`` tells how a craft is built or flown (lexicon ``BUILD_ADJECTIVES``; a hyphened one
        ending in a word of ``BUILD_ADJECTIVE_ENDS``: "six-wheeled", "solar-powered"), not which craft it is."""
        if self.lowers[i] in _BUILD:
            return True
        return self.lowers[i] in _BUILD_ENDS and i > 1 and self.tokens[i - 1].text in ("-", "‐")

    def conj_root(self, i: int) -> int:
        """The first conjunct of the coordination ``i`` belongs to."""
        while self.tokens[i].dep == "conj" and self.tokens[i].head != i:
            i = self.tokens[i].head
        return i

    def brackets(self, width: int) -> Iterator[tuple[int, int]]:
        """``(open, close)`` of every non-empty bracket ``( ... )`` after a first token, at most ``width``
        tokens from one to the other: "Tessera Aerospace (Italy)", "the Zephyr camera (JAXA)"."""
        n = len(self.tokens)
        for tok in self.tokens:
            if tok.text != "(" or tok.i == 0:
                continue
            close = next((k for k in range(tok.i + 1, min(tok.i + width, n)) if self.tokens[k].text == ")"), None)
            if close is not None and close > tok.i + 1:
                yield tok.i, close

    @cached_property
    def lowers(self) -> list[str]:
        return [t.text.lower() for t in self.tokens]

    @cached_property
    def written_lower(self) -> frozenset[str]:
        """The words the release writes in lower case (a capitalized word it never so writes is no common word)."""
        return frozenset(t.text for t in self.tokens if t.text.islower())

    def lemma(self, i: int) -> str:
        return self._lemmas[i]

    def place_named(self, i: int) -> int | None:
        """The name a lowercase place noun ``i`` (lexicon PLACE_OF_NOUNS) names after "of" ("the city of Torvik":
        Torvik), else None."""
        if self[i].text not in _PLACE_OF_NOUNS or self.ranked(i):
            return None
        return next((o.i for p in self.children(i, "prep") if self.lowers[p.i] == "of"
                     for o in self.children(p.i, "pobj") if o.pos == "PROPN"), None)

    def partitive_of(self, i: int) -> int | None:
        """The plural noun a partitive word ``i`` picks one of ("the first of these satellites", "the last of the
        four satellites", "one of the two landers": an ordinal, a superlative or "one", then "of"), else None."""
        if not (self[i].pos in ("ADJ", "NUM") or self.lowers[i] in ("one", "each")):
            return None
        return next((o.i for p in self.children(i, "prep") if self.lowers[p.i] == "of"
                     for o in self.children(p.i, "pobj") if o.tag == "NNS" or self.camel_plural(o.i)), None)

    def camel_plural(self, i: int) -> bool:
        """A class noun's plural written with an inner capital, which the tagger calls a name: "CubeSats"."""
        return self[i].tag == "NNPS" and self._lemmas[i] != self.lowers[i]

    def owner_words(self, i: int) -> list[int]:
        """The words that say whose noun ``i`` is: its possessive ("VSA's centre", "its electronics") and the
        object of its "of" phrase ("the laboratory of X", "the detectors of the Kestrel camera")."""
        return [c.i for c in self.children(i, "poss")] + [
            o.i for p in self.children(i, "prep") if self.lowers[p.i] == "of" for o in self.children(p.i, "pobj")]

    def ranked(self, i: int) -> bool:
        """Noun ``i`` is ranked among others of its kind by a superlative or an ordinal before it ("the largest
        city of Kestria", "the second city of X"): one town in a place, not a name of the place."""
        return any(self[k].tag in ("JJS", "RBS") or self[k].ent_type == "ORDINAL" for k in range(max(0, i - 2), i))

    def token_at(self, char: int) -> int:
        """The first token at or after character ``char`` (the tokens are in order: found by bisection)."""
        k = bisect.bisect_left(self.tokens, char, key=lambda t: t.idx)
        return self.tokens[k].i if k < len(self.tokens) else 0

    def on_board(self, i: int) -> bool:
        """Word ``i`` is the "board" of "on board", a preposition the parser may split ("the radar on board Kelvo-2":
        "board" a compound of the name), no class noun of a governing board."""
        return i > 0 and self.lowers[i] == "board" and self.lowers[i - 1] == "on"

    def hyphened_end(self, i: int) -> int:
        """Past the end of the hyphened word the tokenizer split whose first piece is at ``i`` ("micro-launcher" read
        as "micro", "-", "launcher"): ``i + 3``, or ``i + 1`` when there is none."""
        if i + 2 < len(self) and self[i + 1].text in ("-", "‐") and not self[i].whitespace \
                and not self[i + 1].whitespace and self[i + 2].text.isalpha():
            return i + 3
        return i + 1

    def hyphened_start(self, i: int) -> int:
        """Where the hyphened word the tokenizer split and whose last piece is at ``i`` begins ("re-entry",
        "lift-off", "break-up" are read as "re", "-", "entry"): ``i - 2``, or ``i`` when there is none."""
        if i >= 2 and self[i - 1].text in ("-", "‐") and not self[i - 1].whitespace and not self[i - 2].whitespace \
                and self[i - 2].text.isalpha():
            return i - 2
        return i


def verb_key(tree: Tree, verb: int) -> str:
    """The verb's lemma, with its particle when it has one ("lift off", "touch down", "carry out")."""
    prt = [c.text.lower() for c in tree.children(verb, "prt")]
    return f"{tree.lemma(verb)} {prt[0]}" if prt else tree.lemma(verb)
