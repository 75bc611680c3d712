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

from .agent_lists import agents_hung_on_verb, companions
from .clauses import (
    name_taken_for_adverb,
    participle_taken_for_adjective,
    participle_taken_for_verb,
    phrase_head,
    subject_taken_for_apposition,
)
from .gaps import gapped
from .lexicon import LIGHT_NOUNS, PARTICLES, VERB_IDIOMS, WORD_CLASSES
from .nominal import made_through_noun, sense_by_object
from .pseudo_clefts import cleft_arguments
from .relatives import relative
from .schedules import due_adjective, scheduled, to_be_done
from .tree import Tree
from .verbless import participle_set_off, verb_of_verbless

SUBJ = ("nsubj", "csubj", "expl")
ABOARD_MARKERS = WORD_CLASSES["ABOARD_MARKERS"]
_SENT_DOWN = frozenset(WORD_CLASSES["SENT_DOWN_NOUNS"])


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
    noun: int | None = None  # the event noun the verb stands for ("scheduled for launch": launch)
    gaps: list[Frame] = field(default_factory=list)  # "..., and DLR the spectrometer": clauses that share the verb
    # a singular relative clause's antecedent that is a later name of a list ("A, B and C (CSA), which supplied X"):
    # the clause tells of that name alone, not of the names coordinated with it
    lone: int | None = None

    def prep(self, *words: str) -> list[int]:
        return [t for p, t in self.preps if p in words]

    def aboard(self, tree: Tree) -> list[int]:
        """What the clause's subject rides in: "aboard X", "on board X" (the parser may hang X on "board")."""
        return [i for p, i in self.preps if p in ABOARD_MARKERS] + [
            o.i for p, i in self.preps if p == "on" and tree.lemma(i) == "board"
            for q in tree.children(i, "prep") for o in tree.children(q.i, "pobj")]

    def withs(self, tree: Tree, heads: list[int]) -> list[int]:
        """Objects of the clause's "with" phrases: on the verb, or on the nouns ``heads`` ("held talks with X",
        "signed a memorandum with X": the parser hangs the phrase on either)."""
        return self.prep("with") + [o.i for a in heads for p in tree.children(a, "prep") if p.text.lower() == "with"
                                    for q in [p, *tree.children(p.i, "conj")] if q.text.lower() == "with"
                                    for o in tree.children(q.i, "pobj")]  # ("with X and with Y")


def build_frames(tree: Tree) -> list[Frame]:
    """One frame per verb, in text order; subjects inherited where the clause has none."""
    frames: dict[int, Frame] = {}
    for t in tree.tokens:
        if t.pos in ("VERB", "AUX") and (t.pos == "VERB" or t.dep in ("ROOT", "relcl", "conj")):
            frames[t.i] = _frame(tree, t.i)
        elif due_adjective(tree, t.i):  # "KPLO-2, due for launch in 2030, will carry ...": a launch of KPLO-2
            f = Frame(t.i, "be", subj=[t.head])
            scheduled(tree, f)
            if f.noun is not None:
                frames[t.i] = f
    for i in sorted(frames):  # inherit subjects top-down (heads come before in the chain)
        _inherit(tree, frames, i, set())
    for f in frames.values():  # "a contract meant to ... was signed by X": a passive conjunct's patient
        head = tree[f.verb].head
        if f.passive and not f.obj and tree[f.verb].dep == "conj" and head in frames:
            g = frames[head]
            f.obj.extend(g.obj if g.passive else [i for i in g.subj if tree[i].pos in ("NOUN", "PROPN")
                                                  and tree[tree[i].head].dep != "agent"])  # (not a "by" agent)
    for f in frames.values():  # "MPO is developed and operated by ESA": the agent serves both verbs
        if f.passive and not f.subj:
            for c in tree.children(f.verb, "conj"):
                if c.i in frames and frames[c.i].passive and frames[c.i].subj:
                    f.subj.extend(frames[c.i].subj)
    for f in frames.values():  # "Built by X in Y, the arm will be installed on Z": the arm was built
        t = tree[f.verb]
        main = frames.get(t.head)
        if t.tag == "VBN" and t.dep == "advcl" and t.head > f.verb and main is not None and not f.obj \
                and any(c.dep == "agent" for c in tree.children(f.verb)):
            f.obj.extend(i for i in (main.obj if main.passive else main.subj) if tree[i].pos in ("NOUN", "PROPN"))
            f.passive = f.passive or bool(f.obj)
    for f in frames.values():
        gapped(tree, f)
    return [frames[i] for i in sorted(frames) if i not in tree.gapped]


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
            # "worked at X and at Y": a preposition coordinated with the verb's is the verb's too
            f.preps += [(k.text.lower(), p.i) for k in tree.children(c.i, "conj") if k.pos == "ADP"
                        for p in tree.children(k.i, "pobj")]
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
        f.subj.extend(a for a in agents_hung_on_verb(tree, v) if a not in f.subj)  # "by A, the X, and B"
    patients, agents = participle_taken_for_adjective(tree, v) if not f.obj else ([], [])
    if patients:  # "the mission is co-funded by A"
        f.obj.extend(patients)
        f.subj.extend(a for a in agents if a not in f.subj)
        f.passive = True
    if t.tag == "VBN" and not any(k.dep == "agent" for k in tree.children(v)):
        _stray_agent(tree, f)
    # "hosted a workshop in Toulouse on 14 March with DLR and ASI", "arrived on 28 March aboard X": a "with" or
    # "aboard" phrase the parser hangs on a date is the verb's (a date has no company, and carries no one); not on
    # a span of time ("returned after six months aboard the station": where they stayed, not what they rode)
    f.preps.extend((k.text.lower(), o.i) for p, d in list(f.preps) if tree[d].ent_type in ("DATE", "TIME")
                   and p in ("on", "in", "at")
                   for k in tree.children(d, "prep") if k.text.lower() == "with" or k.text.lower() in ABOARD_MARKERS
                   for o in tree.children(k.i, "pobj"))
    if (cleft := cleft_arguments(tree, v)) is not None:  # "What the CSA is providing is an instrument"
        f.subj[:], f.obj[:] = cleft
    _idiom(tree, f)
    scheduled(tree, f)
    conduct = f"{f.lemma} {f.particle}" if f.particle else f.lemma  # ("carried out by X": the verb and particle)
    if (made := made_through_noun(tree, conduct, f.obj)) is not None:
        (f.lemma, f.obj), f.particle = made, ""  # "X will lead the development of Y": X develops Y
    _titled_name(tree, f)
    if t.tag == "VBG" and not f.subj:
        f.subj.extend(_inverted_subject(tree, v))
    if not f.subj and not f.passive and t.dep == "ROOT" and t.tag in ("VBD", "VBZ", "VBP"):
        f.subj.extend(subject_taken_for_apposition(tree, v))
    if not f.subj and (name := name_taken_for_adverb(tree, v)) is not None:
        (f.obj if f.passive and not f.obj else f.subj).append(name)
    if f.subj:  # "ESA, together with NASA, signed", "operated by NASA together with ESA": NASA and ESA
        f.subj.extend(k for k in companions(tree, v, [] if f.passive else list(f.subj)) if k not in f.subj)
    relative(tree, f)
    if t.dep == "acl" and t.head != v:
        if verb_of_verbless(tree, v):
            f.subj.append(t.head)  # "The HTV spacecraft berthed to the station on <date>": the sentence's verb
        elif t.tag == "VBN" or t.tag == "VBD" and not f.subj or participle_set_off(tree, v) or any(
                c.dep == "auxpass" for c in tree.children(v)):  # (a clause on a noun has no past: a participle)
            if not f.obj:  # "the instrument delivered to JAXA", "a memorandum of understanding signed by"
                f.obj.append(_data_source(tree, phrase_head(tree, t.head), v))
                f.passive = True
        elif t.tag == "VBG" and not f.subj:
            f.subj.append(t.head)  # "DLR, working hand in hand with CNES"
    elif not f.obj and (patient := participle_taken_for_verb(tree, v)) is not None:
        f.obj.append(patient)
        f.passive = True
    if t.dep == "acl" and f.passive and f.noun is None:
        scheduled(tree, f)  # "KPLO-2, scheduled for launch in 2030": passive once its noun is its patient
    f.lemma = sense_by_object(tree, f.lemma, f.obj)  # "launched the Space Skills initiative": started it
    return f


def _data_source(tree: Tree, noun: int, v: int) -> int:
    """"Data from the rover's Sorin spectrometer, contributed by CSA, show ...", "Images from the Orca camera,
    operated by X, show ...": a participle set off after a "from" phrase on a noun of what a craft sends down
    (lexicon ``SENT_DOWN_NOUNS``) is said of the source the phrase names, which the parser skipped; else ``noun``."""
    if tree.lemma(noun) not in _SENT_DOWN or tree[v - 1].text != ",":
        return noun
    return next((o.i for p in tree.children(noun, "prep") if tree.lowers[p.i] == "from"
                 for o in tree.children(p.i, "pobj") if o.i < v and o.pos in ("NOUN", "PROPN")), noun)


def _stray_agent(tree: Tree, f: Frame) -> None:
    """"The agreement was signed in Tokyo on 4 May by A and B", "launched from Kourou on 2 June by Arianespace":
    after a place or a date the parser may hang the "by" agent on that phrase's noun; a "by" agent has no
    business on a date or a place, it is the participle's (a plain "by" phrase too, which on another noun
    may be the noun's own: "during a visit by the minister"; not on a role: "selected as an astronaut by ESA"),
    or on the recipient's noun ("provided to the Vela mission by DLR"). "By 2030" is a deadline, no agent."""
    for c in f.preps:  # (or on the noun of an "at" / "in" place: "at ESA's operations centre by A and B")
        kids = [k for k in tree.children(c[1]) if k.dep == "agent" or k.dep == "prep" and k.text.lower() == "by"
                and (tree[c[1]].ent_type in ("DATE", "TIME", "GPE", "LOC", "FAC") or c[0] in ("at", "in", "as", "to"))]
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
    # (the named complement, or a name after "be" that the parser or a repair made its subject)
    return [c.i for b in be for c in tree.children(b, "attr", "nsubj") if c.pos == "PROPN" and c.i > b]


def _verb_preps(tree: Tree, f: Frame) -> list:
    """The verb's prepositions, and a last "to" the parser hung on a noun of its object or of its "from" phrase
    ("carried samples from asteroid Lyra to Earth": "to Earth" says where they were carried), not in a clause
    of its own."""
    preps = list(tree.children(f.verb, "prep"))
    inner = [q for q in tree.subtree(f.verb) if q > f.verb and tree[q].dep == "prep" and tree.lowers[q] == "to"
             and tree[tree[q].head].pos in ("NOUN", "PROPN") and _within_clause(tree, q, f.verb)]
    return preps + [tree[q] for q in inner[-1:]]


def _within_clause(tree: Tree, i: int, v: int) -> bool:
    """No verb stands between the word at ``i`` and the verb ``v`` above it."""
    while (i := tree[i].head) != v:
        if tree[i].pos in ("VERB", "AUX") or tree[i].head == i:
            return False
    return True


def _idiom(tree: Tree, f: Frame) -> None:
    """"let go of X", "part company with X": a verb, a verb or noun after it and a preposition that
    together mean one verb (:data:`VERB_IDIOMS`, data); the frame takes that verb's lemma and the
    preposition's object as its object, so the rules of the verb read the idiom too. "Came to rest": a verb, a
    preposition and its noun that mean one verb, which takes no object from them; "joined forces": a verb and its
    object that mean one verb, which keeps no object."""
    t = tree[f.verb]  # "came to rest on its surface": a verb, "to" and a noun, or the infinitive the parser read
    said = [VERB_IDIOMS.get(f"{f.lemma} {p.text.lower()} {tree.lemma(o.i)}") for p in _verb_preps(tree, f)
            for o in tree.children(p.i, "pobj")]
    if t.dep in ("advcl", "xcomp") and any(c.text.lower() == "to" for c in tree.children(f.verb, "aux")):
        said.append(VERB_IDIOMS.get(f"{tree.lemma(t.head)} to {f.lemma}"))  # (the infinitive is the idiom's verb)
    if (lemma := next(filter(None, said), None)) is not None:
        f.lemma = lemma
        return
    for c in tree.children(f.verb):
        if c.dep not in ("xcomp", "ccomp", "dobj", "prt") or c.i < f.verb:
            continue
        if c.dep == "dobj" and (lemma := VERB_IDIOMS.get(f"{f.lemma} {tree.lemma(c.i)}")) is not None:
            f.lemma = lemma  # "ESA and JAXA joined forces (with X)": a verb and its noun, one verb with no object
            f.obj = [i for i in f.obj if i != c.i]
            return
        # the preposition on the noun, or on the verb right after the noun ("took office as President of X")
        after = max(tree.subtree(c.i)) + 1
        for p in [*tree.children(c.i, "prep"), *(q for q in tree.children(f.verb, "prep") if q.i == after)]:
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


#: "select", "award": who is given the task does what the purpose clause says.
ENTRUST_VERBS = WORD_CLASSES["ENTRUST_VERBS"]
#: "awarded a contract to build X": a contract chosen is no builder.
CONTRACT_NOUNS = WORD_CLASSES["CONTRACT_NOUNS"]
#: Words of a title a name may follow ("DLR Chair Anke Lind"; frames made for every verb: made once).
_TITLES = WORD_CLASSES["TITLE_WORDS"] | WORD_CLASSES["HEAD_TITLES"]


def _titled_name(tree: Tree, f: Frame) -> None:
    """"signed by DLR Chair Anke Lind", "by the Chair of the Vela Board, Anke Lind": after a title the
    parser may hang the name on the verb (a noun-phrase modifier, an apposition). The name fills the
    slot of the phrase its title heads (TITLE_WORDS, HEAD_TITLES) when that phrase ends right before
    it (a comma between or not), so the rules of the verb read who signed, met or visited."""
    # (or on the noun the verb's other slot holds: "It was signed by the Chair of X, A, ...": "A" apposed to "It")
    hung = [a for i in (f.obj if f.passive else []) for a in tree.children(i, "appos")]
    for c in list(tree.children(f.verb, "npadvmod", "appos", "dep")) + hung:
        if c.pos != "PROPN" or c.i < f.verb or c.ent_type not in ("PERSON", ""):
            continue
        start = min(tree.subtree(c.i))
        before = start - 2 if start >= 2 and tree[start - 1].text == "," else start - 1

        def titled(i: int, before: int = before, start: int = start) -> bool:  # (its comma may hang on it)
            return tree.lemma(i) in _TITLES and max(tree.subtree(i)) in (before, start - 1)

        if any(titled(i) for i in f.subj):
            f.subj.append(c.i)
        elif any(titled(i) for i in f.obj):
            f.obj.append(c.i)
        else:
            f.preps += [(p, c.i) for p, i in f.preps if titled(i)][:1]
    # "The Director of X, A, and the Chair of Y signed": the next title the parser joined to the first one's name
    f.subj.extend(k.i for i in list(f.subj) for a in [i, *(c.i for c in tree.children(i, "appos"))]
                  if tree[a].pos == "PROPN" for k in tree.children(a, "conj")
                  if tree.lemma(k.i) in _TITLES and k.i not in f.subj)
    # "Deputy Minister for Science Anna Lind met X": the name the parser took for the portfolio's object
    f.subj.extend(o.i for i in f.subj if tree.lemma(i) in _TITLES for p in tree.children(i, "prep")
                  for o in tree.children(p.i, "pobj") if o.ent_type == "PERSON" and max(tree.subtree(i)) == o.i)


def _inherit(tree: Tree, frames: dict[int, Frame], i: int, seen: set[int]) -> None:
    f = frames[i]
    if f.subj and f.passive and not f.obj and to_be_done(tree, i) and tree[i].head in frames:
        f.obj.extend(frames[tree[i].head].subj)  # "the arm is to be delivered ... by a supply flight": its agent too
    if f.subj or i in seen:
        return
    seen.add(i)
    t = tree[i]
    gov = _governor(tree, i)
    if gov is None or gov not in frames:
        return
    _inherit(tree, frames, gov, seen)
    g = frames[gov]
    if t.dep == "advcl" and g.lemma in ENTRUST_VERBS and any(c.text.lower() == "to" for c in tree.children(i, "aux")):
        # "OHB was selected by ESA to develop X", "awarded 5 million to Orbex to develop X": who is entrusted
        # does it, not who entrusts (ENTRUST_VERBS, data)
        given = g.obj if g.passive else [o.i for d in g.dative for o in tree.children(d, "pobj")] + g.prep("to")
        if not given and not g.passive:  # "ESA selected the company Vexel to build X": the one chosen builds it
            given = [o for o in g.obj if tree.lemma(o) not in CONTRACT_NOUNS and tree[o].ent_type != "MONEY"]
        if given:
            f.subj.extend(given)
            return
    if t.dep == "pcomp" and g.lemma in ENTRUST_VERBS and tree[t.head].text.lower() == "with" and g.obj:
        # "ESA tasked Orbix with building X", "Orbix was entrusted with developing X": the one entrusted does it
        f.subj.extend(o for o in g.obj if tree.lemma(o) not in CONTRACT_NOUNS)
        return
    if t.dep == "advcl" and t.tag == "VBN" and i < gov and not f.subj and not f.obj and not f.passive and not any(
            c.dep in ("aux", "auxpass", "nsubj", "nsubjpass", "mark") for c in tree.children(i)):
        # "Launched in 2012 from Plesetsk, Vela was designed ...", "Built by X, the satellite carried ...": a bare
        # participle opening the sentence is passive, and what it is done to is the subject of the clause it opens
        f.passive = True
        f.obj.extend(g.obj if g.passive else g.subj)
        return
    if f.passive and not f.obj and to_be_done(tree, i):
        f.obj.extend(g.subj)  # "the camera is due to be delivered", "is set to be launched", "is to be delivered"
        return
    if t.dep in ("conj", "advcl", "pcomp", "xcomp", "ccomp") or tree[t.head].dep == "prep":
        # "was built by A and launched from B": two participles share one auxiliary (and not A)
        shared = t.dep == "conj" and t.tag == "VBN" and g.passive and not f.passive and not any(
            c.dep in ("aux", "auxpass", "nsubj", "nsubjpass") for c in tree.children(i))
        f.passive = f.passive or shared
        if t.dep == "xcomp" and g.obj and not all(tree[o].dep == "attr" for o in g.obj):
            f.subj.extend(g.obj)  # "allows JAXA to ..."; "X became the 41st country to sign": X signs
        elif t.dep == "conj" and g.passive and not f.passive:  # "X was released by A and landed": X landed, not A
            f.subj.extend(g.obj)
        elif t.dep == "conj" and f.passive and not f.obj and not g.passive and tree[gov].tag != "VBN":
            # "X is part of Y and is scheduled to launch", "X won the award and was praised" (not a participle the
            # parser took for the main verb: "Samples returned by X were delivered to Y")
            f.obj.extend(g.subj)
        elif not (t.dep == "conj" and f.passive and (shared or not g.passive)):  # "X ... was delivered": X no agent
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
