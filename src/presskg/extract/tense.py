"""The tense of a clause, from its verb's tag and auxiliaries: when a date written without its year falls.

"was launched on 14 September" is a past September, "will launch on 14 March" a coming March,
whichever is nearer the release date (:func:`~presskg.extract.dates.by_tense` moves the year).

>>> from presskg.model import Parse, Token
>>> from presskg.extract.tree import Tree
>>> toks = (Token(0, "It", 0, "it", "PRON", "PRP", "nsubj", 2, "", "O", " "),
...         Token(1, "will", 3, "will", "AUX", "MD", "aux", 2, "", "O", " "),
...         Token(2, "launch", 8, "launch", "VERB", "VB", "ROOT", 2, "", "O", ""))
>>> clause_tense(Tree(Parse(toks, (), ()), "It will launch"), 2)
'future'
"""

from __future__ import annotations

from .lexicon import WORD_CLASSES
from .tree import Tree

#: "is scheduled to launch", "is due to land", "plans to fly": the verb they govern is to come.
SCHEDULE_WORDS = WORD_CLASSES["SCHEDULE_WORDS"]
EFFECT_WORDS = WORD_CLASSES["EFFECT_WORDS"]
UNPLANNED_NOUNS = frozenset(WORD_CLASSES["UNPLANNED_NOUNS"])
SPAN_END_WORDS = WORD_CLASSES["SPAN_END_WORDS"]
PROLONG_VERBS = frozenset(WORD_CLASSES["PROLONG_VERBS"])
RESCHEDULE_VERBS = frozenset(WORD_CLASSES["RESCHEDULE_VERBS"])


def span_end(tree: Tree, head: int, toks: list[int]) -> bool:
    """The date whose words are ``toks`` (``head`` the one the others hang on) ends a span ("extended until
    2027", "until the end of 2030", lexicon ``SPAN_END_WORDS``; "extended to 2031" after ``PROLONG_VERBS``): it
    dates nothing the clause tells."""
    up = tree[head].head
    if tree.lowers[up] == "of" and tree[tree[up].head].pos == "NOUN" and up not in toks:
        up = tree[tree[up].head].head  # past "the end of", "the close of"
    prolonged = tree.lowers[up] in ("to", "into") and tree.lemma(tree[up].head) in PROLONG_VERBS  # "extended to 2031"
    return (tree.lowers[up] in SPAN_END_WORDS or prolonged) and up not in toks


def moved_date(tree: Tree, head: int) -> str | None:
    """"old" for a date a verb of moving an event moves it "from", "new" for one it moves it "to" (lexicon
    ``RESCHEDULE_VERBS``: "postponed from 12 March to 2 April"), None otherwise."""
    up = tree[head].head
    if tree[head].dep != "pobj" or tree.lowers[up] not in ("from", "to") or tree.lemma(tree[up].head) not in \
            RESCHEDULE_VERBS:
        return None
    return "old" if tree.lowers[up] == "from" else "new"


def clause_tense(tree: Tree, i: int) -> str | None:
    """"past", "future", or None (the present, a noun, or nothing said) of the clause of verb ``i``."""
    t = tree[i]
    if t.pos not in ("VERB", "AUX"):
        return None
    aux = [c for c in tree.children(i) if c.dep in ("aux", "auxpass")]
    if any(tree.lemma(c.i) in ("will", "shall") for c in aux):
        return "future"  # "will launch", "will be launched"
    if t.dep == "xcomp" and t.head != i and tree.lemma(t.head) in SCHEDULE_WORDS:
        return "future" if clause_tense(tree, t.head) != "past" else None  # "is scheduled to launch"
    if t.tag == "VBD" or t.tag == "VBN" and any(c.tag == "VBD" or tree.lemma(c.i) == "have" for c in aux):
        return "past"  # "launched", "was launched", "has landed"
    if t.tag == "VBN" and not aux and t.dep in ("ROOT", "conj") and tree.children(i, "nsubj"):
        return "past"  # "ESA handed[VBN] over operations of X in May": a main verb with its subject is a past tense
    if t.tag == "VBN" and tree.lemma(i) in SCHEDULE_WORDS and any(c.tag in ("VBZ", "VBP") for c in aux):
        return "future"  # "is scheduled for 11 December", "are planned for May": what is set is to come
    if t.tag == "VBN" and t.dep == "acl" and not aux and tree.lemma(i) not in SCHEDULE_WORDS:
        return "past"  # "the craft, undocked from the ISS on 9 June, ...", "the satellite launched on 2 May": done
    if t.tag == "VBG" and not aux and t.dep in ("pcomp", "advcl") and t.head != i:
        return governing_tense(tree, t.head)  # "After launching on 3 May, X deployed ...": the clause's tense
    return None


def done_once(tree: Tree, i: int) -> bool:
    """The clause of verb ``i`` tells of a deed done: a past tense, no perfect ("has lifted off three times" tells
    of a record, not of one deed)."""
    return clause_tense(tree, i) == "past" and not any(tree.lemma(c.i) == "have" for c in tree.children(i, "aux"))


def governing_tense(tree: Tree, i: int, *, steps: int = 6) -> str | None:
    """The tense of the clause word ``i`` belongs to: its own, if a verb, else that of the verb it hangs
    on ("During a visit to Tsukuba on 3 May, X met Y": the visit's date is in the past of "met"). A
    participle on the way ("the launch planned for 3 May") stops the walk, its own tense said or not."""
    j = i
    for _ in range(steps):
        if tree[j].pos in ("VERB", "AUX"):
            return clause_tense(tree, j)
        if tree[j].head == j:
            return None
        j = tree[j].head
    return None


def date_tense(tree: Tree, head: int, at: int) -> str | None:
    """The tense that places a yearless date whose head word is ``head`` and which dates word ``at``: the
    governing clause's, unless a word of taking effect (lexicon ``EFFECT_WORDS``) stands between ("appointed
    X, effective 1 July": when it takes effect, told in advance or not, is the 1 July nearest the release), or a
    noun of what no one plans, which has happened (lexicon ``UNPLANNED_NOUNS``: "will investigate the failure on
    4 March")."""
    j = head
    for _ in range(6):
        if j == at or tree[j].head == j:
            break
        j = tree[j].head
        if tree.lowers[j] in EFFECT_WORDS:
            return None
        if tree.lemma(j) in UNPLANNED_NOUNS:
            return "past"  # "the failure of X on 4 March": what no one plans has happened
    if any(c.dep in ("dobj", "nsubj", "nsubjpass") and tree.lemma(c.i) in UNPLANNED_NOUNS for c in tree.children(at)):
        return "past"  # "will investigate the failure of X on 4 March": the date the failure's (dates:locate)
    if moved_date(tree, head) == "new":
        return "future"  # "has been postponed to 2 April": the day it now takes place, to come
    return governing_tense(tree, at)


def gapped_clause(tree: Tree, at: int, head: int) -> int:
    """Where a date at ``head`` that hangs on verb ``at`` belongs: to a gapped clause after the verb's own ("X is
    scheduled for launch in 2028, and Y in 2029": the name Y, left with the date, stands for its clause), else
    to the verb. A date after the gapped name dates it, not the first clause's deed."""
    if tree[at].pos not in ("VERB", "AUX"):
        return at
    for c in tree.children(at, "conj"):
        if c.pos in ("PROPN", "NOUN") and c.i < head and tree.lowers[c.i - 1] in ("and", ",", "while") and not any(
                k.dep in ("nsubj", "nsubjpass") for k in tree.children(c.i)):
            return c.i
    return at


#: Words that date the start of what goes on ("starting in 2031", "beginning in May").
_ONWARDS = ("starting", "beginning")


def from_onwards(tree: Tree, verb: int, dates: list[int]) -> bool:
    """"Argonaut will deliver cargo to the Moon from 2030": a future clause dated only by when it starts ("from",
    "starting", "beginning": the date tokens ``dates``) tells of a service that will go on, no event on a day; so
    does "starting in 2031" on such a clause, which the parser may read as a verb of its own."""
    if tree.lowers[verb] in _ONWARDS and tree[verb].tag == "VBG" and tree[verb].dep != "ROOT":
        return True
    tense = clause_tense(tree, verb)
    if tree[verb].dep == "conj" and not tree.children(verb, "nsubj", "nsubjpass", "aux", "auxpass"):
        tense = clause_tense(tree, tree[verb].head)  # "will be integrated in Rome and launched from 2027": the
        # first verb's "will" (the tagger may read the second as a past tense)
    return tense == "future" and bool(dates) and all(
        tree.lowers[tree[k].head] in ("from", *_ONWARDS) for k in dates)
