"""Names that are people by the posts they take or hold: "Lena Varga was appointed Director of X", "Ivo Stark serves
as President of X"; and a coined designation that is made is no person ("ChaSTE-X, built by
the Vikram Centre,": :func:`made_designation`). The model often reads such a name as a place or a body, or misses it
(moved out of :mod:`.described_names`; read by :func:`.names.context_class` and :func:`.names.not_a_person`).
"""

from __future__ import annotations

from ..vocab import Class as C
from .candidates import is_coined, is_designation
from .classes import ancestors
from .doing import role_class
from .lexicon import DESIGNATED_MADE, HEAD_TITLES, MEMBER_TITLES, WORD_CLASSES
from .tree import Tree, verb_key

PERSON_DEEDS = WORD_CLASSES["PERSON_DEEDS"]


def given_a_post(tree: Tree, head: int) -> bool:
    """"Lena Varga was appointed Director of X", "... was elected as its Chair", "the Board of X appointed
    Lena Varga as its Chief Executive": an appointment verb (``PERSON_DEEDS``) whose patient the name is
    (passive subject or object) with a title after it; a body may be appointed prime contractor, not a
    director."""
    tok = tree[head]
    verb = tok.head
    if tok.dep not in ("nsubjpass", "dobj") or tree.lemma(verb) not in PERSON_DEEDS:
        return False
    posts = [c.i for c in tree.children(verb, "oprd", "attr", "xcomp", "dobj") if c.i != head]
    posts += [o.i for p in tree.children(verb, "prep") if p.text.lower() == "as" for o in tree.children(p.i, "pobj")]
    return any(_titles(tree, i) & (HEAD_TITLES | MEMBER_TITLES) for i in posts)


def takes_a_post(tree: Tree, head: int) -> bool:
    """"Ivo Stark became Chief Executive of X", "Ivo Stark serves as President of X": the subject of a verb of
    coming into or holding a post (lexicon ``BECOME_VERBS``) whose predicate or "as" phrase is the title of a body's
    head is a person (a body becomes a member or a contractor, never a president)."""
    tok = tree[head]
    verb = tok.head
    if tok.dep != "nsubj" or verb_key(tree, verb) not in _BECOME:
        return False
    objects = [c.i for c in tree.children(verb, "dobj")]
    return any(_titles(tree, i) & HEAD_TITLES for i in post_phrases(tree, verb, objects))


def post_phrases(tree: Tree, verb: int, objects: list[int]) -> list[int]:
    """The words that may name the post a verb of coming into or leaving one tells of: its predicate noun, its "as"
    phrase, the "as" phrase of one of its ``objects`` ("succeeds Z as President", "takes up his post as President")
    and the "of" phrase of an object that is a post's noun ("assumed the role of President", lexicon
    ``POST_NOUNS``), or of its "from" phrase's noun; read by rules/becomes.py too."""
    t = tree
    out = [c.i for c in t.children(verb, "attr", "oprd", "acomp", "xcomp")]
    out += [o.i for p in t.children(verb, "prep") if t.lowers[p.i] == "as" for o in t.children(p.i, "pobj")]
    # "takes over from Z as Chair of X", "retired from ESA as its Director of Y": the parser hangs the "as" on the
    # "from" phrase's noun
    objects = objects + [o.i for p in t.children(verb, "prep") if t.lowers[p.i] == "from"
                         for o in t.children(p.i, "pobj")]
    return out + [o.i for x in objects for p in t.children(x, "prep") if t.lowers[p.i] == "as"
                  or t.lowers[p.i] == "of" and t.lemma(x) in _POSTS for o in t.children(p.i, "pobj")]


_BECOME = frozenset(WORD_CLASSES["BECOME_VERBS"])
_POSTS = frozenset(WORD_CLASSES["POST_NOUNS"])


def _titles(tree: Tree, i: int) -> set[str]:
    """A title noun's readings: its lemma, its word, and its words with the compound ones before it ("Chief
    Executive", "Director General")."""
    words = [c.i for c in tree.children(i, "compound") if c.i < i] + [i]
    words += [c.i for c in tree.children(i, "compound", "amod") if c.i == i + 1]  # "Director General"
    return {tree.lemma(i), tree[i].text.lower(), " ".join(tree[k].text.lower() for k in sorted(words))}


def made_designation(tree: Tree, start: int, end: int) -> str | None:
    """The class of a coined designation that is made ("ChaSTE-X was built by X", "ChaSTE-X, built by X,": lexicon
    ``DESIGNATED_MADE``), which no person's name is ("Jean-Luc", "DeLuca" are no coined designations made); else
    None."""
    word = tree.span_text(start, end)
    if not (is_designation(word) and is_coined(word)):
        return None
    made = role_class(tree, start, end) or next((DESIGNATED_MADE.get(tree.lemma(c.i)) for c in tree.children(
        tree.span_head(start, end), "acl") if c.tag == "VBN"), None)
    return made if made is not None and C.Person not in ancestors(made) else None
