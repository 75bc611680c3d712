"""A name right after its class noun that the parser took for an adverb: "The Italian company Argotec built the
CubeSat", parsed with "company" the subject and "Argotec" an adverb of "built".

The name was then no argument of any clause, and the rules read "the company" as a builder nobody named. A
proper noun hung on the verb as an adverbial, right after a noun of the knowledge's classes (lexicon
HEAD_CLASSES) that is the same verb's subject, is the subject; the class noun is a word of its name's phrase (a
compound of it), as in "the company Argotec built", read right. And a lowercase word is no proper noun, whatever
the tagger said (:func:`lowercase_nouns`). A given name the tagger took for a preposition opening a clause with
no subject ("Per Lund, Director General of X, signed ...": "Per" a preposition, "Lund" its object) is the first
word of the subject's name (:func:`names_taken_for_prepositions`).
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Parse
from .lexicon import HEAD_CLASSES, OCCURRENCE_NOUNS

#: What the parser makes of the name: an adverb of the verb, or a bare noun phrase hung on it.
_ADVERBIAL = ("advmod", "npadvmod")


def named_subjects(parse: Parse) -> Parse:
    """``parse`` with such a name made the subject and its class noun a compound of it; the same object when
    there is none.

    >>> from presskg.model import Token
    >>> words = [("The", "DET", "det", 1), ("company", "NOUN", "nsubj", 3), ("Argotec", "PROPN", "advmod", 3),
    ...          ("built", "VERB", "ROOT", 3), ("it", "PRON", "dobj", 3)]
    >>> toks = tuple(Token(i, w, 0, w.lower(), pos, "", dep, h, "", "O", " ")
    ...              for i, (w, pos, dep, h) in enumerate(words))
    >>> [(t.text, t.dep, t.head) for t in named_subjects(Parse(toks, (), (), "")).tokens][1:3]
    [('company', 'compound', 2), ('Argotec', 'nsubj', 3)]
    """
    toks = parse.tokens
    tokens = None
    for p in toks:
        if p.pos != "PROPN" or p.dep not in _ADVERBIAL or p.i == 0 or p.head <= p.i:
            continue
        noun = toks[p.i - 1]
        if noun.pos != "NOUN" or noun.head != p.head or noun.dep not in ("nsubj", "nsubjpass") \
                or noun.text.lower() not in HEAD_CLASSES and noun.lemma not in HEAD_CLASSES:
            continue
        tokens = tokens or list(toks)
        tokens[p.i] = replace(tokens[p.i], dep=noun.dep, head=p.head)
        tokens[noun.i] = replace(tokens[noun.i], dep="compound", head=p.i)
    return parse if tokens is None else replace(parse, tokens=tuple(tokens))


def lowercase_nouns(parse: Parse) -> Parse:
    """``parse`` with the lowercase words the tagger took for proper nouns made common nouns ("the star tracker",
    "the congress": a proper noun is written with a capital), a lone noun of an occurrence capitalized only to
    open a sentence ("Touchdown is planned ..."), and one the tagger took for an adjective in a noun's slot ("after
    liftoff", "The capsule returned": a class noun with its determiner); the same object when there is none.

    >>> from presskg.model import Token
    >>> toks = (Token(0, "the", 0, "the", "DET", "DT", "det", 2, "", "O", " "),
    ...         Token(1, "star", 4, "star", "PROPN", "NNP", "compound", 2, "", "O", " "),
    ...         Token(2, "trackers", 9, "tracker", "PROPN", "NNPS", "dobj", 2, "", "O", ""))
    >>> [(t.pos, t.tag) for t in lowercase_nouns(Parse(toks, (), (), "")).tokens][1:]
    [('NOUN', 'NN'), ('NOUN', 'NNS')]
    """
    toks = parse.tokens
    tokens = None
    starts = {s.start for s in parse.sentences}
    for t in toks:
        if t.pos == "PROPN" and t.text.isalpha() and t.text.islower():
            tokens = tokens or list(toks)
            tokens[t.i] = replace(t, pos="NOUN", tag="NNS" if t.tag == "NNPS" else "NN")
        elif t.pos == "PROPN" and t.i in starts and t.text.lower() in OCCURRENCE_NOUNS and t.dep != "compound" \
                and not any(k.head == t.i and k.pos == "PROPN" for k in toks[max(t.i - 3, 0):t.i + 4]):
            tokens = tokens or list(toks)  # "Touchdown is planned on 26 November": capitalized to open the sentence
            tokens[t.i] = replace(t, pos="NOUN", tag="NN", lemma=t.text.lower())
        elif t.pos == "ADJ" and t.dep in ("pobj", "dobj", "nsubj", "nsubjpass") and (
                t.text.lower() in OCCURRENCE_NOUNS or t.text.lower() in HEAD_CLASSES and t.i > 0
                and toks[t.i - 1].pos == "DET" and toks[t.i - 1].head == t.i):
            # "failed shortly after liftoff", "The capsule returned ...": an occurrence noun, or a determined class
            # noun, in a noun's slot
            tokens = tokens or list(toks)
            tokens[t.i] = replace(t, pos="NOUN", tag="NN", lemma=t.text.lower())
    return parse if tokens is None else replace(parse, tokens=tuple(tokens))


def names_taken_for_prepositions(parse: Parse) -> Parse:
    """``parse`` with such a given name made a proper noun of its name, and the name the subject of the verb; the
    same object when there is none. Only at a sentence's start, with a proper noun right after the word, then the
    verb or an apposition set off by a comma, and a verb with no subject ("In Paris, ESA signed", "On Monday, ESA
    signed": a subject of its own, however the parser hung it; the word stays a preposition).

    >>> from presskg.model import Sentence, Token
    >>> words = [("Per", "ADP", "prep", 5), ("Lund", "PROPN", "pobj", 0), (",", "PUNCT", "punct", 1),
    ...          ("Director", "PROPN", "appos", 1), (",", "PUNCT", "punct", 1), ("signed", "VERB", "ROOT", 5)]
    >>> toks = tuple(Token(i, w, 0, w.lower(), pos, "", dep, h, "", "O", " ")
    ...              for i, (w, pos, dep, h) in enumerate(words))
    >>> p = names_taken_for_prepositions(Parse(toks, (Sentence(0, 0, 6, 0, 40, ""),), (), ""))
    >>> [(t.text, t.pos, t.dep, t.head) for t in p.tokens][:2]
    [('Per', 'PROPN', 'compound', 1), ('Lund', 'PROPN', 'nsubj', 5)]
    """
    toks = parse.tokens
    tokens = None
    for s in parse.sentences:
        w = toks[s.start] if s.start < s.end - 1 else None
        if w is None or w.pos != "ADP" or w.dep != "prep" or not w.text.istitle():
            continue
        name, verb = toks[w.i + 1], toks[w.head]
        if name.pos != "PROPN" or name.head != w.i or name.dep != "pobj" or verb.pos not in ("VERB", "AUX") \
                or name.ent_type not in ("", "PERSON") or any(t.head == verb.i and (t.dep in (
                    "nsubj", "nsubjpass", "csubj", "expl") or t.dep == "npadvmod" and t.pos == "PROPN")
                    for t in toks[s.start:s.end]):
            continue  # ("On Monday, ESA signed": a date, and a subject the parser hung on the verb as an adverb)
        after = name.i + 1
        if not (after == verb.i or toks[after].text == "," and any(t.head == name.i and t.dep == "appos"
                                                                    for t in toks[after:s.end])):
            continue  # the name, then its verb or its title set off by a comma ("Per Lund, Director General of X,")
        tokens = tokens or list(toks)
        tokens[w.i] = replace(w, pos="PROPN", tag="NNP", dep="compound", head=name.i, lemma=w.text)
        tokens[name.i] = replace(name, dep="nsubj", head=verb.i)
    return parse if tokens is None else replace(parse, tokens=tuple(tokens))
