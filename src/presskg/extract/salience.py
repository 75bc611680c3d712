"""Which of several earlier things a reference most likely means: the subject of its clause.

"Huygens had been released from Cassini, and it then cruised ... before it reached Titan": both craft
fit "it", and the latest (Cassini) is the wrong one. Readers (and centering theory) take a subject
pronoun or description to continue the subject before it, so for a reference that is a subject, a
subject among the candidates of the most recent sentence that has any wins over what came after it;
other references ("controlling its operations") mean the latest mention. A latest candidate told of only in
a relative clause ("Data will be shared with JAXA, which operates the GOSAT-GW satellite. The mission, funded
by the EU, ...") gives way to a subject of the two sentences before it, else to the latest thing told of
otherwise. And a subject description of a body ("The agency was founded in 1996") whose latest fit was told of
only in passing (a participle's or a relative's phrase: "a sample lent by NASA") means the release's publisher
when it fits (:func:`publisher_over_passing`): a release speaks of its own agency by its noun. A definite noun said
again ("the agency opened ... and joined ESA's programme. X will lead the agency") means what it meant the time
before, over a body told of since only as the owner or modifier of another noun (:func:`as_said_before`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ..model import Entity
from ..vocab import Class as C
from .candidates import span_head
from .classes import ancestors
from .tree import Tree

#: Dependencies that make a mention its clause's subject.
SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def most_salient(tree: Tree, found: Iterable[tuple[Entity, int]], at: int,
                 subjects: frozenset[int] | set[int] = frozenset()) -> Entity | None:
    """The entity the reference at token ``at`` means, from candidates ``(entity, start of its latest
    mention)`` latest first. A reference that is a subject means, by parallelism, the latest subject
    in the sentence of the latest candidate; any other ("its operations") the latest candidate.
    ``subjects`` are starts of candidates known to be subjects though no mention starts there (a
    description, "the spacecraft", that stands for a named thing)."""
    first: tuple[Entity, int] | None = None
    parallel = _role(tree, at) in SUBJECTS
    buried, plain = False, None  # (the latest told of only in a relative clause; the latest told of otherwise)
    embedded: tuple[Entity, int] | None = None  # the latest subject of a clause inside a sentence, and the sentence
    aside: tuple[Entity, int] | None = None  # the latest, told of only inside another's description
    for ent, start in found:
        if not parallel and first is None and _in_description(tree, ent, start):
            aside = aside or (ent, start)  # "Thales Alenia Space, a joint venture of Thales and Leonardo, ... the
            continue  # company's plant": the thing described, not a name in its description
        if aside is not None and (tree.sentence_index(start) != tree.sentence_index(aside[1])
                                  or not _described_by(tree, ent, start, aside[1])):
            return aside[0]
        if first is None:
            first = (ent, start)
            if not parallel:
                break
            buried = _in_relative(tree, ent, start)
        elif tree.sentence_index(start) != tree.sentence_index(first[1]) and not (
                buried and tree.sentence_index(first[1]) - tree.sentence_index(start) <= 2):
            break  # (after one told of in a relative clause: a subject up to two sentences back wins)
        if embedded is not None and tree.sentence_index(start) != embedded[1]:
            break  # (a main subject wins over a clause's in its sentence, not over one told before)
        if start in subjects or is_subject(tree, ent, start):
            if embedded is None and not _main_subject(tree, ent, start) and start not in subjects:
                embedded = (ent, tree.sentence_index(start))  # ("X was built by Y, with Z supplying it": X)
                continue
            return ent
        if buried and plain is None and ent is not first[0] and not _in_relative(tree, ent, start):
            plain = ent
    if first is None and aside is not None:
        return aside[0]
    return embedded[0] if embedded else plain or (first[0] if first else None)


def _in_description(tree: Tree, ent: Entity, start: int) -> bool:
    """Whether the mention of ``ent`` at ``start`` lies inside an apposition set beside another name ("Thales Alenia
    Space, a joint venture between Thales and Leonardo,"): named in passing, to say what the other is."""
    return _inside(tree, ent, start, lambda k: tree[k].dep == "appos" and tree[k].pos == "NOUN"
                   and tree[tree[k].head].pos == "PROPN" and tree[k].head < k)


def _described_by(tree: Tree, ent: Entity, start: int, inner: int) -> bool:
    """Whether ``ent``'s mention at ``start`` is the name whose apposition holds token ``inner``."""
    m = next((m for m in ent.mentions if m.start == start), None)
    if m is None:
        return False
    k = inner
    for _ in range(12):
        if tree[k].dep == "appos" and m.start <= tree[k].head < m.end:
            return True
        if tree[k].head == k:
            return False
        k = tree[k].head
    return False


def _main_subject(tree: Tree, ent: Entity, start: int) -> bool:
    """Whether the subject mention of ``ent`` at ``start`` is its sentence's (its verb the root, or a verb
    joined to the root), not that of a clause inside it."""
    m = next((m for m in ent.mentions if m.start == start), None)
    if m is None:
        return True
    k = span_head(tree, m.start, m.end)
    for _ in range(4):  # (up from a name in the subject's phrase to the subject's verb)
        if tree[k].dep in SUBJECTS:
            break
        k = tree[k].head
    v = tree[k].head
    while tree[v].dep == "conj" and tree[v].head != v:
        v = tree[v].head
    return tree[v].head == v


def _in_relative(tree: Tree, ent: Entity, start: int) -> bool:
    """Whether the mention of ``ent`` at ``start`` lies inside a relative clause ("JAXA, which operates the
    GOSAT-GW satellite"): a thing told of in passing, which a subject description ("The mission, funded by
    ...") continues less readily than the subject before it."""
    return _inside(tree, ent, start, lambda k: tree[k].dep == "relcl")


def _inside(tree: Tree, ent: Entity, start: int, clause: Callable[[int], bool]) -> bool:
    """Whether the mention of ``ent`` at ``start`` lies inside a clause that ``clause`` says of a token above it
    (up to twelve heads up)."""
    m = next((m for m in ent.mentions if m.start == start), None)
    if m is None:
        return False
    k = span_head(tree, m.start, m.end)
    for _ in range(12):
        if clause(k):
            return True
        if tree[k].head == k:
            return False
        k = tree[k].head
    return False


def is_subject(tree: Tree, ent: Entity, start: int) -> bool:
    """Whether the mention of ``ent`` at ``start`` is (in) its clause's subject."""
    m = next((m for m in ent.mentions if m.start == start), None)
    return m is not None and _role(tree, span_head(tree, m.start, m.end)) in SUBJECTS


def _role(tree: Tree, i: int) -> str:
    """The dependency of the phrase token ``i`` is in: its own, or that of the noun it modifies (or owns: "its
    arm was supplied by X" is a subject's phrase, and "its" then means the latest subject, as "it" would)."""
    tok = tree[i]
    for _ in range(4):  # "the Zephyr probe": the name modifies the noun that is the subject; "A and B"
        if tok.dep == "conj":
            tok = tree[tree.conj_root(tok.i)]
        elif tok.dep in ("compound", "nmod", "amod", "poss") and tree[tok.head].pos in ("NOUN", "PROPN"):
            tok = tree[tok.head]
        else:
            break
    return tok.dep


def described_subjects(t: Tree, named_at: Callable[[int], Entity | None], definite: Callable[[int], Entity | None],
                       i: int, first_sentence: int) -> list[tuple[Entity, int]]:
    """"The spacecraft headed back. It separated ...": subjects before ``i`` (from sentence
    ``first_sentence`` on) that are definite descriptions (``definite``) of a named thing, or of an unnamed
    agreement or event (:func:`_unnamed_as_a_rule`), not names themselves (``named_at``), with their token, so
    that a pronoun subject can continue them as it continues a named subject."""
    start = t.parse.sentences[max(first_sentence, 0)].start
    out = []
    for j in range(start, i):
        if t[j].dep in SUBJECTS and t[j].pos == "NOUN" and named_at(j) is None:
            ent = definite(j)
            if ent is not None and (ent.named or _unnamed_as_a_rule(ent)) and C.Person not in ent.classes:
                out.append((ent, j))
    return out


def publisher_over_passing(tree: Tree, found: list[tuple[Entity, int]], at: int, best: Entity | None,
                           publisher: str | None, key: Callable[[str], str]) -> Entity | None:
    """``best``, unless the reference at ``at`` is a subject, ``best`` was told of last only in passing (inside a
    participle or a relative clause) and the publisher (``publisher``, matched by ``key``) is among ``found``."""
    if best is None or not publisher or _role(tree, at) not in SUBJECTS:
        return best
    start = next((s for e, s in found if e is best), None)
    if start is None or not _in_passing(tree, best, start):
        return best
    wanted = key(publisher)
    return next((e for e, _ in found if key(e.label) == wanted or any(key(a) == wanted for a in e.aliases)), best)


def _in_passing(tree: Tree, ent: Entity, start: int) -> bool:
    """Inside a relative clause or a participle, also one the parser hung as a preposition's object ("a piece of
    regolith lent by X")."""
    return _inside(tree, ent, start, lambda k: tree[k].dep in ("relcl", "acl") or tree[k].dep == "pobj"
                   and tree[k].pos == "VERB")


def _unnamed_as_a_rule(ent: Entity) -> bool:
    """An agreement or an event, which releases seldom name: "The agreement, first signed in 2015, covers X. It was
    signed by ...", "The workshop gathered forty experts. It was opened by ...": "it" continues them as it continues a
    named subject."""
    return any(c == C.Agreement or C.Event in ancestors(c) for c in ent.classes)


def as_said_before(tree: Tree, found: list[tuple[Entity, int]], at: int, best: Entity | None,
                   definite: Callable[[int], Entity | None]) -> Entity | None:
    """``best``, unless it was told of last only as the owner or modifier of another noun ("ESA's programme", "the
    ESA council") and the same definite noun before that mention (``definite`` reads it) meant another of ``found``:
    then that one. "The agency opened its first licences and joined ESA's programme. [...] will lead the agency":
    the agency of the first sentence, not ESA."""
    start = next((s for e, s in found if e is best), None)
    m = next((m for m in best.mentions if m.start == start), None) if best is not None else None
    if m is None:
        return best
    k = span_head(tree, m.start, m.end)
    if tree[k].dep not in ("poss", "compound") or m.start <= tree[k].head < m.end:
        return best
    lemma, first = tree.lemma(at), tree.parse.sentences[max(tree.sentence_index(at) - 3, 0)].start
    for j in range(m.start - 1, first - 1, -1):
        if tree.lemma(j) == lemma and tree[j].pos == "NOUN" and any(
                tree.lowers[c.i] == "the" for c in tree.children(j, "det")):
            before = definite(j)
            return before if before is not None and any(e is before for e, _ in found) else best
    return best
