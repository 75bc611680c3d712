"""Clauses the small English model parses wrongly, read as the clauses they are.

* A whole sentence read as a noun phrase (:func:`clause_roots`). The model often reads a sentence that opens a
  paragraph, "The spacecraft launched in October 2024 aboard a Falcon Heavy rocket.", as a headline: one noun
  phrase whose head, "spacecraft", is the root and whose verb, "launched", a participle that modifies it ("the
  spacecraft [that was] launched in October"). The same words inside a paragraph parse as a clause. A full
  sentence (it ends with a full stop) is no headline: when its root is a noun and the only verb hung on it is a
  participle right after the noun's phrase, the verb is the clause's (past tense, the root) and the noun its
  subject, with what followed the verb ("The instrument built by X.", with an agent, a caption, stays).
* "asteroid" or "comet" tagged as a verb before a name the tagger does not know ("will study asteroid 2011
  UW158"): the name's class noun, and the name the verb's object (:func:`_body_noun`, also in
  :func:`clause_roots`).
* A person's title before a name tagged as a verb ("NASA astronaut Daniel Reyes will fly", "ESA astronaut A and
  NASA astronaut B completed a spacewalk"): the title is the name's compound, the body before it the title's, and
  a clause the parser hung on the "verb" or a subject it gave it goes back where the noun phrase stands
  (:func:`_title_noun`, in :func:`clause_roots`).
* A craft's verb in the present tense taken for a plural noun ("The Lyra mission studies Venus", "The Vesta
  orbiter images Mars"): the verb (a ``STUDY_VERBS`` word right after a craft's or a mission's class noun, the
  sentence's root) is read as the clause's verb, the class noun its subject and the name after it its object
  (:func:`_verb_taken_for_noun`, in :func:`clause_roots`).
* A made-up name that opens a sentence tagged as an adjective or a verb ("Orbitec will build X", "Orbitec,
  headquartered in Turin, will build X"): a word the model marks as a name, the subject of the clause or set
  off by a comma before a participle, is a proper noun, and the clause's subject (:func:`_name_taken_for_word`).
* A verb the tokenizer split at its prefix's hyphen ("was co-chaired by", lexicon ``VERB_PREFIXES``): the verb
  takes the clause the parser gave the prefix (:func:`~presskg.extract.prefixed_verbs.prefixed_verb`).
* A relative clause labelled as a participle's (:func:`relative_acl`), and a participle hung on the
  complement of an "of" phrase that names no kind of thing (:func:`phrase_head`); a participle read as a verb
  of its own, a subject hung as an apposition, a designation taken for an adverb (:func:`name_taken_for_adverb`):
  the frames read them.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Parse, Token
from ..vocab import Class as C
from .adjective_heads import adjective_head
from .apposed_openers import name_before_apposition
from .candidates import is_designation
from .classes import ancestors
from .lexicon import HEAD_CLASSES, RELATIVE, STUDY_VERBS, WORD_CLASSES
from .prefixed_verbs import VERB_PREFIXES, prefixed_verb
from .tree import Tree

#: What ends a sentence that is a clause, not a headline.
_ENDS = (".", "!")


def clause_roots(parse: Parse) -> Parse:
    """``parse`` with each sentence read as a headline read as a clause, and each body's class noun taken for
    a verb read as the noun (:func:`_body_noun`); the same object when there is none.

    >>> from presskg.model import Sentence
    >>> def tok(i, text, pos, tag, dep, head):
    ...     return Token(i, text, 0, text.lower(), pos, tag, dep, head, "", "O", " ")
    >>> words = [("The", "DET", "DT", "det", 1), ("probe", "NOUN", "NN", "ROOT", 1),
    ...          ("landed", "VERB", "VBN", "acl", 1), ("today", "NOUN", "NN", "npadvmod", 2),
    ...          (".", "PUNCT", ".", "punct", 1)]
    >>> p = Parse(tuple(tok(i, *w) for i, w in enumerate(words)),
    ...           (Sentence(0, 0, 5, 0, 30, "The probe landed today."),), (), "")
    >>> [(t.text, t.dep, t.head) for t in clause_roots(p).tokens]
    [('The', 'det', 1), ('probe', 'nsubj', 2), ('landed', 'ROOT', 2), ('today', 'npadvmod', 2), ('.', 'punct', 2)]
    """
    tokens: list[Token] | None = None
    for t in parse.tokens:
        if t.text.lower() in _BODY_NOUNS and (t.pos == "VERB" or t.dep in _ROLE) \
                and (name := _named_object(parse.tokens, t.i)) is not None:
            tokens = tokens or list(parse.tokens)
            _body_noun(tokens, t.i, name)
        elif t.pos == "VERB" and (t.text.lower() in _TITLE_NOUNS or t.lemma in _TITLE_NOUNS) \
                and (name := _titled_name(parse.tokens, t.i)):  # ("NASA astronauts A and B": the plural too)
            tokens = tokens or list(parse.tokens)
            _title_noun(tokens, t.i, name)
    for s in parse.sentences:
        found = _headline(parse.tokens, s.start, s.end)
        if found is None:
            continue
        noun, verb = found
        if tokens is None:
            tokens = list(parse.tokens)
        tokens[verb] = replace(tokens[verb], dep="ROOT", head=verb, tag="VBD")
        tokens[noun] = replace(tokens[noun], dep="nsubj", head=verb)
        for k in range(verb + 1, s.end):
            if tokens[k].head == noun:
                tokens[k] = replace(tokens[k], head=verb)
    for s in parse.sentences:
        if (found := _name_taken_for_word(parse.tokens, s.start, s.end)) is not None:
            tokens = tokens or list(parse.tokens)
            name, verb = found
            tokens[name] = replace(tokens[name], pos="PROPN", tag="NNP", dep="nsubj", head=verb)
            for k in range(name + 1, verb):  # "Orbitec, headquartered in Turin,": the participle is the name's
                if tokens[k].head == name and tokens[k].pos == "VERB":
                    tokens[k] = replace(tokens[k], dep="acl")
        if (opener := name_before_apposition(parse.tokens, s.start, s.end)) is not None:  # "Kelva-3, the first
            tokens = tokens or list(parse.tokens)  # satellite of the series, was launched": apposed_openers.py
            name, noun = opener
            tokens[name] = replace(tokens[name], pos="PROPN", tag="NNP", dep=tokens[noun].dep)
            tokens[noun] = replace(tokens[noun], dep="appos", head=name)
        if (verb := _verb_taken_for_noun(parse.tokens, s.start, s.end)) is not None:
            tokens = tokens or list(parse.tokens)
            _read_as_verb(tokens, s.start, s.end, verb)
    for t in parse.tokens:  # "the Nubis cloud imager[JJ]": a class noun read as an adjective (adjective_heads.py)
        if (t.tag in ("JJ", "JJR") or t.pos == "NOUN") and (fixed := adjective_head(tokens or parse.tokens, t.i)) \
                is not None:
            tokens = fixed
    for t in parse.tokens:
        if t.text.lower() in VERB_PREFIXES and t.i + 2 < len(parse.tokens) and parse.tokens[t.i + 1].text == "-" \
                and parse.tokens[t.i + 2].pos == "VERB":
            tokens = tokens or list(parse.tokens)
            prefixed_verb(tokens, t.i, t.i + 2)
    return parse if tokens is None else replace(parse, tokens=tuple(tokens))


#: Class nouns of small bodies that are no English verbs, yet tagged as verbs before a name the tagger does not
#: know ("will study asteroid 2011 UW158": "asteroid" a verb, the designation its object).
_BODY_NOUNS = frozenset(k for k, v in HEAD_CLASSES.items() if v in (C.Asteroid, C.Comet) and " " not in k)
#: The dependency the name takes in place of the noun taken for a verb: the object of the verb above it, or of
#: the preposition ("samples from asteroid Vesta").
_ROLE = {"pcomp": "pobj", "xcomp": "dobj", "ccomp": "dobj", "advcl": "dobj", "dobj": "dobj", "conj": "conj"}


def _named_object(tokens: tuple[Token, ...], v: int) -> int | None:
    """The name a body noun taken for a verb has as its object ("asteroid [2011] UW158"), if it has one."""
    return next((t.i for t in tokens if t.head == v and t.i > v and t.dep in ("dobj", "npadvmod", "attr")
                 and t.text[:1].isupper() and t.pos in ("PROPN", "NOUN")), None)


def _body_noun(tokens: list[Token], noun: int, name: int) -> None:
    """Make the noun the name's compound, and the name what the noun was to its head (the verb's object, a
    preposition's object); the noun's other dependents ("in 2029") go to that head."""
    t = tokens[noun]
    head = t.head if t.head != noun else name
    role = "ROOT" if head == name else _ROLE.get(t.dep, "dobj")
    for k, o in enumerate(tokens):
        if o.head == noun and k not in (name, noun) and k > name:
            tokens[k] = replace(o, head=head)
    tokens[name] = replace(tokens[name], head=head, dep=role)
    tokens[noun] = replace(t, pos="NOUN", tag="NN", dep="compound", head=name)


#: Titles that come before a person's name, which the tagger may take for a verb after a body's name ("NASA
#: astronaut Daniel Reyes"; lexicon MEMBER_TITLES and RANK_TITLES, one word).
_TITLE_NOUNS = frozenset(w for k in ("MEMBER_TITLES", "RANK_TITLES") for w in WORD_CLASSES[k] if " " not in w)


def _titled_name(tokens: tuple[Token, ...], v: int) -> int | None:
    """The head of the person's name right after title ``v`` (its last word), if a body's name comes before the
    title and a name after it."""
    if v == 0 or tokens[v - 1].pos != "PROPN" or not tokens[v - 1].text[:1].isupper():
        return None  # a body's name before the title ("NASA astronaut"): else a verb may be a verb
    k = v + 1
    while k < len(tokens) and tokens[k].pos == "PROPN" and tokens[k].text[:1].isupper():
        k += 1
    if k == v + 1:
        return None
    heads = [j for j in range(v + 1, k) if not v < tokens[j].head < k or tokens[j].head == j]
    return heads[0] if len(heads) == 1 else None


def _title_noun(tokens: list[Token], v: int, name: int) -> None:
    """Make title ``v`` the compound of ``name``, and the body before it the title's. Read as a verb, the title
    may have been the root (the clause's verb hung on it is the root again), the subject (the names take its place),
    or have taken a subject coordinated with the body's name ("A and NASA astronaut B": B is A's conjunct)."""
    t = tokens[v]
    if t.head == v:  # the root: the clause's own verb, hung on it, is the root again
        verb = next((o.i for o in tokens if o.head == v and o.i != v and o.pos in ("VERB", "AUX")
                     and o.dep in ("ccomp", "xcomp", "advcl", "conj")), None)
        if verb is None:
            return
        for k, o in enumerate(tokens):
            if o.head == v and k not in (verb, v):  # ("NASA astronauts A and B completed": B is A's conjunct)
                tokens[k] = replace(o, head=name if name < k < verb and o.dep in ("cc", "conj") else verb)
        tokens[verb] = replace(tokens[verb], dep="ROOT", head=verb)
        if tokens[name].head == verb and name < verb and not any(  # the names are the clause's subject
                o.head == verb and o.dep in ("nsubj", "nsubjpass") and o.i not in (name, v - 1) for o in tokens):
            tokens[name] = replace(tokens[name], dep="nsubj")
    elif tokens[name].head == v:  # "NASA astronauts A and B completed X": the names take the title's place; a
        # clause's place before its verb is its subject's ("NASA astronauts A and B, ESA astronaut C ... splashed")
        dep = "nsubj" if t.dep in ("ccomp", "csubj", "advcl") and v < t.head and tokens[t.head].pos == "VERB" \
            else t.dep
        tokens[name] = replace(tokens[name], head=t.head, dep=dep)
    body = v - 1
    subject = next((o.i for o in tokens if o.head == v and o.i < v and o.i != body and o.dep == "nsubj"), None)
    if subject is not None and tokens[body].head == subject and tokens[body].dep == "conj":
        # "ESA astronaut A and NASA astronaut B completed": A is the subject, B its conjunct
        tokens[subject] = replace(tokens[subject], head=tokens[name].head, dep=tokens[name].dep)
        tokens[name] = replace(tokens[name], head=subject, dep="conj")
    tokens[body] = replace(tokens[body], head=v, dep="compound")
    tokens[v] = replace(t, pos="NOUN", tag="NNS" if t.text.endswith("s") else "NN", dep="compound", head=name)


def _headline(tokens: tuple[Token, ...], start: int, end: int) -> tuple[int, int] | None:
    """``(noun, participle)`` of a full sentence parsed as one noun phrase, else None."""
    last = end - 1
    while last > start and tokens[last].text.isspace():
        last -= 1
    if tokens[last].text not in _ENDS:
        return None
    roots = [t for t in tokens[start:end] if t.head == t.i and not t.text.isspace()]
    if len(roots) != 1 or roots[0].pos not in ("NOUN", "PROPN"):
        return None
    noun = roots[0].i
    verbs = [t for t in tokens[start:end] if t.pos in ("VERB", "AUX") and t.head == noun and t.i != noun]
    # "Experts from 30 countries gathered in Vienna": on the noun closing the root's "from" phrase
    verbs = verbs or [t for t in tokens[start:end] if t.pos == "VERB" and t.dep == "acl" and tokens[t.head].dep
                      == "pobj" and tokens[tokens[t.head].head].head == noun and tokens[t.head].i < t.i][:1]
    if len(verbs) != 1 or verbs[0].dep != "acl" or verbs[0].tag != "VBN":
        return None
    verb = verbs[0].i
    if any(t.head == verb and t.dep == "agent" for t in tokens[verb:end]):
        return None  # "The instrument built by X.": a caption, the participle's own reading
    before = [t.i for t in tokens[start:verb] if not t.text.isspace()]
    # a participle with a direct object is a verb in the past, wherever it stands: "The President of X, A, and the
    # President of Y, B, today signed in Rome a letter of intent"
    if any(t.head == verb and t.dep == "dobj" for t in tokens[verb:end]) and noun < verb:
        return noun, verb
    # the participle right after the noun's own words: "The spacecraft launched", "The Zephyr probe landed"
    if not before or before[-1] != tokens[verb].head or not any(
            t.head == noun and t.dep in ("det", "poss", "compound", "nummod", "amod") for t in tokens[start:noun]) \
            and tokens[noun].pos != "PROPN":
        return None
    return noun, verb


def _name_taken_for_word(tokens: tuple[Token, ...], start: int, end: int) -> tuple[int, int] | None:
    """``(name, verb)`` when the sentence opens with a capitalized word tagged as an adjective or a verb that is
    the clause's subject and that the model marks as a name (a new company's "Orbitec will build"), or that is
    set off by a comma before a participle ("Avantec, headquartered in Turin, will build"); else None.
    The main verb must have no other subject: "Many attended" has no name, "European, Japanese and American
    scientists met" no participle."""
    t = tokens[start]
    if t.pos not in ("ADJ", "VERB") or not t.text[:1].isupper() or t.text.isupper() \
            or start + 1 >= end or tokens[start + 1].ent_iob == "I":
        return None
    roots = [k.i for k in tokens[start:end] if k.head == k.i]
    if len(roots) != 1 or tokens[roots[0]].pos != "VERB" or roots[0] == start:
        return None
    verb = roots[0]
    if any(k.head == verb and k.dep in ("nsubj", "nsubjpass") and k.i != start for k in tokens[start:end]):
        return None
    if t.dep in ("nsubj", "nsubjpass") and t.head == verb and t.ent_iob == "B":
        return start, verb
    after = tokens[start + 2] if start + 2 < end else None
    if tokens[start + 1].text == "," and after is not None and after.tag == "VBN" and after.head in (start, verb):
        return start, verb
    return None


def _verb_taken_for_noun(tokens: tuple[Token, ...], start: int, end: int) -> int | None:
    """The root of a full sentence that is a craft's verb in the present tense taken for a plural noun, or hung
    over its subject as a compound: a ``STUDY_VERBS`` word ending in "s", right after a class noun of a craft
    or a mission, with a name or a noun phrase hung after it ("The Lyra mission studies Venus")."""
    if end - start < 4 or tokens[end - 1].text not in _ENDS:
        return None
    roots = [t for t in tokens[start:end] if t.head == t.i]
    if len(roots) != 1:
        return None
    v = roots[0]
    if v.i == start or not v.text.endswith("s") or v.lemma.lower() not in STUDY_VERBS \
            or not (v.pos == "NOUN" and v.tag == "NNS" or v.pos == "VERB" and tokens[v.i - 1].dep == "compound"):
        return None
    noun = tokens[v.i - 1]
    cls = HEAD_CLASSES.get(noun.text.lower())
    if noun.head != v.i or cls is None or not {"Spacecraft", "Mission"} & set(ancestors(cls)):
        return None
    after = [t for t in tokens[v.i + 1:end] if t.head == v.i and t.dep in _OBJECT_READINGS]
    return v.i if after and (after[0].pos == "PROPN" or after[0].pos == "NOUN" and after[0].dep in _NOUN_OBJECT) \
        else None


#: How the parser hangs the object of a verb it took for a noun: a name even as an adverb ("monitors Europa"),
#: a common noun only as the noun phrase's own ("studies the solar wind", not "studies today").
_OBJECT_READINGS = ("appos", "dobj", "compound", "advmod", "npadvmod")
_NOUN_OBJECT = ("appos", "dobj", "compound")


def _read_as_verb(tokens: list[Token], start: int, end: int, v: int) -> None:
    """Make ``v`` the clause's verb (present tense), the class noun before it its subject (with the words before
    it that were hung on ``v``) and the first noun phrase after it its object."""
    noun = v - 1
    for k in range(start, noun):
        if tokens[k].head == v:
            tokens[k] = replace(tokens[k], head=noun)
    tokens[noun] = replace(tokens[noun], dep="nsubj", head=v)
    tokens[v] = replace(tokens[v], pos="VERB", tag="VBZ", dep="ROOT", head=v)
    obj = next(t.i for t in tokens[v + 1:end] if t.head == v and t.dep in _OBJECT_READINGS)
    tokens[obj] = replace(tokens[obj], dep="dobj")


def relative_acl(tree: Tree, v: int) -> bool:
    """"an accord that CNES and DLR signed in 2015": the parser may hang a relative clause as the noun's "acl"
    with its pronoun as the verb's object; such a clause is read as a relative one."""
    return any(c.text.lower() in RELATIVE and c.dep in ("dobj", "nsubj", "nsubjpass") for c in tree.children(v))


def phrase_head(tree: Tree, noun: int) -> int:
    """The noun a participle after ``noun`` describes: ``noun``, or the noun whose "of" phrase it closes when
    ``noun`` names no kind of thing and that one does ("a memorandum of understanding signed by X", "a letter of
    intent signed in May": the memorandum, the letter).

    >>> from presskg.model import Sentence
    >>> words = [("a", "det", 1), ("memorandum", "dobj", 1), ("of", "prep", 1), ("understanding", "pobj", 2)]
    >>> toks = tuple(Token(i, w, 0, w, "NOUN", "NN", d, h, "", "O", " ") for i, (w, d, h) in enumerate(words))
    >>> phrase_head(Tree(Parse(toks, (Sentence(0, 0, 4, 0, 30, ""),), (), ""), ""), 3)
    1
    """
    t = tree[noun]
    if t.dep != "pobj" or tree[t.head].text.lower() != "of" or tree.lemma(noun) in HEAD_CLASSES:
        return noun
    outer = tree[t.head].head
    kinds = (tree.lemma(outer), f"{tree.lemma(outer)} of {tree.lemma(noun)}")  # "letter of intent" is one
    return outer if tree[outer].pos == "NOUN" and any(k in HEAD_CLASSES for k in kinds) else noun


def participle_taken_for_verb(tree: Tree, v: int) -> int | None:
    """"Under an accord concluded in May by A and B, X ...": the parser may read a participle that
    follows an opening phrase as a verb of its own (past tense, no subject, no auxiliary). A verb
    with a "by" agent and neither subject nor auxiliary is that participle, and the noun phrase
    right before it is what it tells of (its head: "an accord of cooperation on Y" gives "accord")."""
    t = tree[v]
    if t.dep != "advcl" or t.tag not in ("VBD", "VBN") or v == 0:
        return None
    kids = tree.children(v)
    if not any(c.dep == "agent" for c in kids) or any(
            c.dep in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in kids):
        return None
    k = v - 1
    while tree[k].dep == "punct" and tree[k].text in ")]" and k > 0:  # "accord (the Accord)": its noun
        k = tree[k].head
    if tree[k].pos not in ("NOUN", "PROPN") or tree.sentence_index(k) != tree.sentence_index(v):
        return None
    # up "noun -> of/on -> noun" links to the head of the phrase
    while tree[k].dep == "pobj" and tree[tree[k].head].head < k and tree[tree[tree[k].head].head].pos in (
            "NOUN", "PROPN"):
        k = tree[tree[k].head].head
    return k


def subject_taken_for_apposition(tree: Tree, v: int) -> list[int]:
    """"After a cruise aboard the X spacecraft, ESA's Y probe today made a descent": after a long opening
    phrase the parser may hang the subject on that phrase as an apposition. An apposition whose phrase
    ends right before a main verb with no subject (adverbs aside) is that verb's subject."""
    k = v - 1
    while k >= 0 and (tree[k].pos == "ADV" or tree[k].dep in ("npadvmod", "advmod", "neg")):
        k -= 1
    if k < 0 or tree.sentence_index(k) != tree.sentence_index(v):
        return []
    a = next((x.i for x in (tree[k], *tree.ancestors(k)) if x.dep == "appos"), None)
    if a is None or tree[a].pos not in ("NOUN", "PROPN") or max(tree.subtree(a)) != k or tree[a].head > a:
        return []
    return [a]


def name_taken_for_adverb(tree: Tree, v: int) -> int | None:
    """"Aurora-3 lifted off from Kourou", "Vela-2B will carry a radar": the tagger may take a designation
    for an adverb and the parser hang it on the verb as one. A designation (:func:`is_designation`) hung
    as an adverb before a verb that has no subject, nothing but auxiliaries and adverbs between, is the
    verb's subject (its patient when the verb is passive). So is a name hung as a noun-phrase adverb after an
    opening phrase ("On Monday, ESA signed contracts with A and B"), not a date's ("Monday, ..."), and a class noun
    a designation names, which the tagger read as a number ("The Orla-5 probe discovered ice on Mars")."""
    for c in tree.children(v, "advmod", "npadvmod", "dep"):
        named = c.dep == "npadvmod" and c.pos == "PROPN" and c.ent_type not in ("DATE", "TIME") \
            and not any(k.dep == "case" for k in tree.children(c.i)) or c.dep == "npadvmod" and c.pos == "NOUN" \
            and any(is_designation(k.text) for k in tree.children(c.i, "nummod", "compound"))  # "The Orla-5 probe"
        if c.i < v and (is_designation(c.text) or named) and all(
                tree[k].dep in ("aux", "auxpass", "neg", "advmod") for k in range(c.i + 1, v)):
            return c.i
    return None


def fronted_aboard(tree: Tree, verb: int) -> bool:
    """"On board Tarsis are a seismometer and a camera", "Aboard the lander is a drill": a "be" with an
    aboard phrase (lexicon ``ABOARD_MARKERS``) before it is inverted; what follows is aboard, and the name
    before the verb (its subject to the parser) is the craft, not what the predicate noun says it is."""
    for p in tree.children(verb, "prep"):
        if p.i < verb and (p.text.lower() in WORD_CLASSES["ABOARD_MARKERS"] or p.text.lower() == "on" and any(
                tree.lowers[o.i] == "board" for o in tree.children(p.i, "pobj"))):
            return True
    return False


def participle_taken_for_adjective(tree: Tree, v: int) -> tuple[list[int], list[int]]:
    """"The mission is co-funded by A and B", "The probe was jointly-built by C": the parser may read a hyphened
    participle as an adjective complement of "be". Such a participle is a passive verb: the subject of "be" is
    its patient, its "by" phrase its agent. Returns (patients, agents), both empty when it is no such reading."""
    t = tree[v]
    if t.dep != "acomp" or t.tag != "VBN" or not t.text.isalpha() or tree.lemma(t.head) != "be" or (
            v + 1 < len(tree) and tree[v + 1].text == "-"):
        return [], []
    agents = [o.i for p in tree.children(v, "prep", "agent") if p.text.lower() == "by"
              for o in tree.children(p.i, "pobj")]
    return [c.i for c in tree.children(t.head, "nsubj")], agents
