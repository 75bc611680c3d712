"""Relative clauses in a frame: the antecedent fills the relative pronoun's role ("the probe, which carries X":
the probe carries X). A plural clause tells of every name the antecedent is coordinated with ("A and B, which have
both ..."); a singular one may single out a list's last name ("A, B and the C Agency (CSA), which supplied X":
the C Agency alone), which :attr:`Frame.lone <presskg.extract.frames.Frame.lone>` records so that verb rules do not
spread it over the list again. Split out of :mod:`~presskg.extract.frames`, which calls :func:`relative` once per
clause."""

from __future__ import annotations

from typing import Protocol

from .clauses import relative_acl
from .lexicon import RELATIVE
from .tree import Tree


class Frame(Protocol):
    """The roles of a clause this module fills (:class:`presskg.extract.frames.Frame`, which imports this module:
    named here by its shape, so that the two modules import no cycle)."""

    verb: int
    subj: list[int]
    obj: list[int]
    preps: list[tuple[str, int]]
    passive: bool
    where: int | None
    lone: int | None


def relative(tree: Tree, f: Frame) -> None:
    """Fill the role of a relative pronoun with its antecedent."""
    t = tree[f.verb]
    if t.dep not in ("relcl", "acl") or t.head == f.verb or t.dep == "acl" and not relative_acl(tree, f.verb):
        return  # ("an accord that A and B signed": the parser's "acl" for a relative clause with its pronoun)
    ante = t.head
    found = False
    for role in (f.subj, f.obj):
        for k, i in enumerate(role):
            if tree[i].text.lower() in RELATIVE:
                role[k] = ante
                if (role is f.subj or f.passive) and _plural_clause(tree, f.verb):
                    role.extend(a for a in _coordinated_with(tree, ante) if a not in role)
                elif (last := _singled_out(tree, f.verb, ante)) is not None:
                    role[k] = f.lone = last
                elif _set_between(tree, f.verb, ante):
                    f.lone = ante  # "A, which will develop X, and B, which will build Y": A alone
                found = True
    for k, (p, i) in enumerate(f.preps):
        if tree[i].text.lower() in RELATIVE:
            f.preps[k] = (p, ante)
            found = True
    for c in tree.children(f.verb, "advmod"):
        if c.text.lower() == "where":
            f.where = ante
            found = True
    if found or f.obj:
        return
    if f.passive or f.subj:
        # "a launcher to be launched from X"; "the impact that DART makes" (dropped object)
        f.obj.append(ante)


def _set_between(tree: Tree, v: int, ante: int) -> bool:
    """Whether the relative clause of ``v`` stands between its antecedent and a name coordinated with it after it
    ("Orbix, which will develop X, and Tarsis University, which will build Y"): it tells of its antecedent alone."""
    end = max(tree.subtree(v))
    return any(c > end for c in tree.conjuncts(tree.conj_root(ante)) if c != ante)


def _singled_out(tree: Tree, v: int, ante: int) -> int | None:
    """The last name of a list that a singular relative clause tells of alone: the one whose bracketed short name
    closes right before it ("JPL, the Aerospace Corporation and the Canadian Space Agency (CSA), which supplied
    X"), any last name when the clause's verb is singular ("A and B, which is based in Y"), or the last when it alone
    has an article ("JAXA and the Canadian Space Agency, which contributed X"); None otherwise."""
    names = tree.conjuncts(tree.conj_root(ante))
    if len(names) < 2:
        return None
    last = max(names)
    first = min(tree.subtree(v))  # the relative pronoun, after its comma
    bracketed = first >= 2 and tree[first - 1].text == "," and tree[first - 2].text == ")" \
        and tree[first - 2].head == last
    words = [tree[v], *tree.children(v, "aux", "auxpass")]
    singular = any(w.tag == "VBZ" or w.text.lower() == "was" for w in words)
    # "JAXA and the Canadian Space Agency, which contributed X": only the last name has an article of its own, and
    # the clause follows it: a phrase of its own, which the clause tells of
    article = [any(c.dep == "det" for c in tree.children(n)) for n in sorted(names)]
    apart = first > last and tree[first - 1].text == "," and article[-1] and not any(article[:-1])
    return last if bracketed or singular or apart else None


def _plural_clause(tree: Tree, v: int) -> bool:
    """"..., who have all cooperated", "..., which are both run by X": a relative clause whose verb (or its
    auxiliary) is plural, or that says "all" or "both", tells of every name its antecedent is coordinated with."""
    words = [tree[v], *tree.children(v, "aux", "auxpass")]
    return any(w.tag == "VBP" or w.text.lower() in ("were", "are") for w in words) or any(
        c.text.lower() in ("all", "both") for c in tree.children(v))


def _coordinated_with(tree: Tree, i: int) -> list[int]:
    """The names coordinated with ``i``: "A and B" (B's first conjunct and the rest), and "to A and to B" (the
    objects of coordinated prepositions)."""
    out = tree.conjuncts(tree.conj_root(i))
    p = tree[i].head
    if tree[i].dep == "pobj" and tree[p].dep in ("conj", "prep"):
        out += [o.i for q in tree.conjuncts(tree.conj_root(p)) for o in tree.children(q, "pobj")]
    return [k for k in dict.fromkeys(out) if k != i]
