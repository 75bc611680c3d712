"""Verb frames: who does what to what, with which prepositions.

A frame gathers a verb's arguments across the constructions that hide them:
passives ("developed by DLR"), relative clauses ("for which CNES is
supplying", "which ESA leads"), participles ("the instrument delivered to
JAXA", "a launcher to be launched from"), and verbs that share a subject
("accomplished by its mission in bringing back"). Rules then read frames
instead of raw arcs.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .lexicon import LIGHT_NOUNS, PARTICLES, RELATIVE, VERB_IDIOMS
from .tree import Tree

SUBJ = ("nsubj", "csubj", "expl")


@dataclass(slots=True)
class Frame:
    """A verb and the tokens that fill its roles (token indices)."""

    verb: int
    lemma: str
    subj: list[int] = field(default_factory=list)
    obj: list[int] = field(default_factory=list)
    dative: list[int] = field(default_factory=list)
    preps: list[tuple[str, int]] = field(default_factory=list)  # (preposition, object token)
    particle: str = ""
    passive: bool = False
    where: int | None = None  # antecedent of a "where" clause
    gaps: list[Frame] = field(default_factory=list)  # "..., and DLR the spectrometer": clauses that share the verb

    def prep(self, *words: str) -> list[int]:
        return [t for p, t in self.preps if p in words]


def build_frames(tree: Tree) -> list[Frame]:
    """One frame per verb, in text order; subjects inherited where the clause has none."""
    frames: dict[int, Frame] = {}
    for t in tree.tokens:
        if t.pos in ("VERB", "AUX") and (t.pos == "VERB" or t.dep in ("ROOT", "relcl", "conj")):
            frames[t.i] = _frame(tree, t.i)
    for i in sorted(frames):  # inherit subjects top-down (heads come before in the chain)
        _inherit(tree, frames, i, set())
    for f in frames.values():  # "a contract meant to ... was signed by X": a passive conjunct's patient
        head = tree[f.verb].head
        if f.passive and not f.obj and tree[f.verb].dep == "conj" and head in frames:
            g = frames[head]
            f.obj.extend(g.obj if g.passive else [i for i in g.subj if tree[i].pos in ("NOUN", "PROPN")])
    for f in frames.values():  # "MPO is developed and operated by ESA": the agent serves both verbs
        if f.passive and not f.subj:
            for c in tree.children(f.verb, "conj"):
                if c.i in frames and frames[c.i].passive and frames[c.i].subj:
                    f.subj.extend(frames[c.i].subj)
    for f in frames.values():
        _gapped(tree, f)
    return [frames[i] for i in sorted(frames) if i not in tree.gapped]


_GAP_LINKS = ("and", ",", "while", "whereas")
_GAP_DETS = ("DT", "PRP$")  # and a number: "and CNES two cameras"


def _gapped(tree: Tree, f: Frame) -> None:
    """"CNES will provide the camera and DLR the spectrometer", "NASA supplies the launcher, ESA the module and
    JAXA the lander": gapping, a clause that says again only a new subject and a new object and leaves the verb
    out. The parser hangs such a remnant anywhere (a conjunct of the object or of the verb, an apposition); its
    mark is in the words: a name right after "and" or a comma, and right after the name a determiner whose noun
    is the new object (coordinated names are never followed by one). Each remnant becomes a frame in
    :attr:`Frame.gaps` with the verb's lemma and the prepositions of the verb that follow it; the remnants'
    words leave the verb's own frame. Only an active verb with a subject and a direct object before the gap
    (and no dative: in "gave NASA the data and JAXA the samples" the names receive); a passive one has its
    own remnants (:func:`_gapped_passive`)."""
    if f.passive and f.subj and f.obj:
        _gapped_passive(tree, f)
    if f.passive or not f.subj or not f.obj or f.dative or tree[f.verb].pos != "VERB":
        return
    first = min(f.obj)
    if first < f.verb or tree[min(tree.subtree(first))].pos == "PROPN":
        return
    end = tree.sentence_of(f.verb).end - 1
    remnants: list[tuple[int, int, int]] = []  # (start of the name, name head, new object)
    k = first + 1
    while k < end:
        t, nxt = tree[k], tree[k + 1]
        name = t.pos == "PROPN" or t.dep == "conj" and t.pos == "VERB" and t.text[:1].isupper()  # "and CNES a
        if t.pos in ("VERB", "AUX") and not name:  # camera": the parser may take a name for a verb
            break  # a clause of its own from here: not a gap
        if name and (nxt.tag in _GAP_DETS and nxt.pos in ("DET", "PRON") or nxt.pos == "NUM"):
            start = k  # back to the name's first word: "the University of Bern"
            while start - 1 > first and (tree[start - 1].pos == "PROPN" or tree[start - 1].text.lower() in (
                    "of", "for", "&") and tree[start - 2].pos == "PROPN"):
                start -= 1
            if start - 1 > first and tree[start - 1].text.lower() == "the":
                start -= 1
            obj = nxt.head
            if tree[start - 1].text.lower() in _GAP_LINKS and obj > k and tree[obj].pos in ("NOUN", "PROPN"):
                remnants.append((start, tree.span_head(start, k + 1), obj))
        k += 1
    if not remnants:
        return
    gap_words = {i for s, _, o in remnants for i in range(s, max(tree.subtree(o)) + 1)}
    f.obj[:] = [i for i in f.obj if i not in gap_words]
    after = remnants[0][0]
    shared = [(p, i) for p, i in f.preps if i > max(gap_words)]
    f.preps[:] = [(p, i) for p, i in f.preps if i < after or i > max(gap_words)]
    for _, head, obj in remnants:
        tree.gapped.update((head, obj))
        f.gaps.append(Frame(f.verb, f.lemma, subj=[head], obj=[obj], preps=list(shared), particle=f.particle))


def _gapped_passive(tree: Tree, f: Frame) -> None:
    """"The orbiter was built by Airbus and the lander by OHB", "X will be provided by ASI, Y by CNES": the
    passive remnant, a new patient (a noun phrase after "and" or a comma) right before "by" and a new agent."""
    agent = min(f.subj)
    if agent < f.verb or min(f.obj) > f.verb:
        return
    end = tree.sentence_of(f.verb).end
    for k in range(agent + 1, end - 1):
        if tree[k].text.lower() != "by" or tree[k - 1].pos not in ("NOUN", "PROPN") or tree[k + 1].pos != "PROPN":
            continue
        start = k - 1  # back over the phrase: "the lander", "the Zephyr camera"
        while start - 1 > agent and (tree[start - 1].pos in ("NOUN", "PROPN", "ADJ", "NUM", "DET")):
            start -= 1
        stop = k + 1
        while stop + 1 < end and (tree[stop + 1].pos == "PROPN" or tree[stop + 1].text.lower() in ("of", "&")
                                  and stop + 2 < end and tree[stop + 2].pos == "PROPN"):
            stop += 1
        if tree[start - 1].text.lower() not in _GAP_LINKS or any(tree[i].pos == "VERB" for i in range(start, k)):
            continue
        obj, who = tree.span_head(start, k), tree.span_head(k + 1, stop + 1)
        tree.gapped.update((obj, who))
        f.subj[:] = [i for i in f.subj if i != who]
        f.obj[:] = [i for i in f.obj if i != obj]
        f.gaps.append(Frame(f.verb, f.lemma, subj=[who], obj=[obj], particle=f.particle, passive=True))


def _frame(tree: Tree, v: int) -> Frame:
    t = tree[v]
    f = Frame(v, tree.lemma(v))
    for c in tree.children(v):
        if c.dep in SUBJ:
            f.subj.append(c.i)
        elif c.dep in ("nsubjpass", "csubjpass"):
            f.obj.append(c.i)
            f.passive = True
        elif c.dep in ("dobj", "obj", "attr", "oprd"):
            f.obj.append(c.i)
        elif c.dep == "dative":
            f.dative.append(c.i)
        elif c.dep == "agent":  # "by A, and by B": the conjoined agent signs too
            for a in [c, *(k for k in tree.children(c.i, "conj") if k.text.lower() == "by")]:
                f.subj.extend(p.i for p in tree.children(a.i, "pobj"))
            if t.tag == "VBN" and t.dep == "conj":
                f.passive = True  # "is developed and operated by ESA": the second participle is passive too
        elif c.dep == "prep":
            for p in tree.children(c.i, "pobj", "pcomp"):
                f.preps.append((c.text.lower(), p.i))
            # "in partnership with", "on board" — keep the inner preposition too
            for p in tree.children(c.i, "pobj"):
                for pp in tree.children(p.i, "prep"):
                    for q in tree.children(pp.i, "pobj"):
                        f.preps.append((f"{c.text.lower()} {p.text.lower()} {pp.text.lower()}", q.i))
        elif c.dep in ("prt", "advmod") and c.text.lower() in PARTICLES:
            f.particle = c.text.lower()
        elif c.dep in ("auxpass",):
            f.passive = True
        elif c.dep == "conj" and c.pos in ("NOUN", "PROPN") and any(
            o.dep in ("dobj", "obj") for o in tree.children(v)
        ):
            f.obj.append(c.i)  # "supplying a spectrometer ... and a rover": the rover hung on the verb
    if f.passive and any(k.dep == "agent" for k in tree.children(v)):
        # "signed by A on behalf of X and by B on behalf of Y": the parser hangs the second "by" on the
        # first's "on" phrase; it is an agent all the same
        for c in tree.children(v, "prep"):
            for k in tree.children(c.i, "conj"):
                if k.text.lower() == "by":
                    f.subj.extend(p.i for p in tree.children(k.i, "pobj") if p.i not in f.subj)
    if t.tag == "VBN" and not any(k.dep == "agent" for k in tree.children(v)):
        _stray_agent(tree, f)
    _idiom(tree, f)
    if t.tag == "VBG" and not f.subj:
        f.subj.extend(_inverted_subject(tree, v))
    if not f.subj and not f.passive and t.dep == "ROOT" and t.tag in ("VBD", "VBZ", "VBP"):
        f.subj.extend(_subject_taken_for_apposition(tree, v))
    _relative(tree, f)
    if t.dep == "acl" and t.head != v:
        if t.tag == "VBN" or any(c.dep == "auxpass" for c in tree.children(v)):
            if not f.obj:
                f.obj.append(t.head)  # "the instrument delivered to JAXA"
                f.passive = True
        elif t.tag == "VBG" and not f.subj:
            f.subj.append(t.head)  # "DLR, working hand in hand with CNES"
    elif not f.obj and (patient := _participle_taken_for_verb(tree, v)) is not None:
        f.obj.append(patient)
        f.passive = True
    return f


def _stray_agent(tree: Tree, f: Frame) -> None:
    """"The agreement was signed in Tokyo on 4 May by A and B", "launched from Kourou on 2 June by Arianespace":
    after a place or a date the parser may hang the "by" agent on that phrase's noun; a "by" agent has no
    business on a date or a place, it is the participle's (a plain "by" phrase too, which on another noun
    may be the noun's own: "during a visit by the minister"). "By 2030" is a deadline, no agent."""
    for c in f.preps:
        kids = [k for k in tree.children(c[1]) if k.dep == "agent" or k.dep == "prep" and k.text.lower() == "by"
                and tree[c[1]].ent_type in ("DATE", "TIME", "GPE", "LOC", "FAC")]
        for a in kids:
            who = [p.i for p in tree.children(a.i, "pobj") if tree[p.i].ent_type not in ("DATE", "TIME", "CARDINAL")
                   and tree[p.i].pos in ("PROPN", "NOUN")]
            f.subj.extend(i for i in who if i not in f.subj)
            f.passive = f.passive or bool(who)


def _inverted_subject(tree: Tree, v: int) -> list[int]:
    """"Signing for NASA was Anna Lind", "Putting their names to it were A and B": a gerund before a
    form of "be" (its head, or an auxiliary the parser hung after it) whose named complement is who
    acts. A progressive ("ESA is signing") has its "be" before the verb and a subject of its own."""
    t = tree[v]
    be = [t.head] if t.dep == "csubj" and tree.lemma(t.head) == "be" else [
        c.i for c in tree.children(v, "aux") if c.i > v and tree.lemma(c.i) == "be"]
    return [c.i for b in be for c in tree.children(b, "attr") if c.pos == "PROPN"]


def _idiom(tree: Tree, f: Frame) -> None:
    """"let go of X", "part company with X": a verb, a verb or noun after it and a preposition that
    together mean one verb (:data:`VERB_IDIOMS`, data); the frame takes that verb's lemma and the
    preposition's object as its object, so the rules of the verb read the idiom too."""
    for c in tree.children(f.verb):
        if c.dep not in ("xcomp", "ccomp", "dobj", "prt") or c.i < f.verb:
            continue
        for p in tree.children(c.i, "prep"):
            lemma = VERB_IDIOMS.get(f"{f.lemma} {tree.lemma(c.i)} {p.text.lower()}")
            if lemma is not None:
                f.lemma = lemma
                for o in tree.children(p.i, "pobj"):
                    f.obj.append(o.i)
                    # "handed over control of the satellite to EUMETSAT": the parser hangs the
                    # recipient on the phrase's object; it is the verb's
                    f.preps.extend(("to", q.i) for r in tree.children(o.i, "prep") if r.text.lower() == "to"
                                   for q in tree.children(r.i, "pobj") if ("to", q.i) not in f.preps)
                return


def _participle_taken_for_verb(tree: Tree, v: int) -> int | None:
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


def _subject_taken_for_apposition(tree: Tree, v: int) -> list[int]:
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


def _relative(tree: Tree, f: Frame) -> None:
    """Fill the role of a relative pronoun with its antecedent."""
    t = tree[f.verb]
    if t.dep != "relcl" or t.head == f.verb:
        return
    ante = t.head
    found = False
    for role in (f.subj, f.obj):
        for k, i in enumerate(role):
            if tree[i].text.lower() in RELATIVE:
                role[k] = ante
                if (role is f.subj or f.passive) and _plural_clause(tree, f.verb):
                    role.extend(a for a in _coordinated_with(tree, ante) if a not in role)
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


def _inherit(tree: Tree, frames: dict[int, Frame], i: int, seen: set[int]) -> None:
    f = frames[i]
    if f.subj or i in seen:
        return
    seen.add(i)
    t = tree[i]
    gov = _governor(tree, i)
    if gov is None or gov not in frames:
        return
    _inherit(tree, frames, gov, seen)
    g = frames[gov]
    if t.dep in ("conj", "advcl", "pcomp", "xcomp", "ccomp") or tree[t.head].dep == "prep":
        if t.dep == "xcomp" and g.obj:
            f.subj.extend(g.obj)  # "allows JAXA to ...", "MIO is designed to clarify ..."
        else:
            f.subj.extend(g.subj)
        if t.dep in ("conj", "xcomp") and not f.obj and g.passive and f.passive:
            f.obj.extend(g.obj)
            f.passive = True




def _governor(tree: Tree, i: int) -> int | None:
    """The verb a clause depends on ("bringing" ← "in" ← "accomplished"; "has responsibility for developing")."""
    for a in tree.ancestors(i):
        if a.pos in ("VERB", "AUX"):
            return a.i
        if a.pos in ("NOUN", "PROPN") and not (tree.lemma(a.i) in LIGHT_NOUNS and a.dep in ("dobj", "attr")):
            return None
        if a.pos == "ADJ" and a.dep == "acomp":
            continue  # "is responsible for the launch"
    return None
