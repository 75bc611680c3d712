"""Who makes, supplies or flies a thing, read from what the clause says of an unknown name: chosen or
entrusted to build it ("KSA selected Corvane to supply the star trackers"), charged with it ("Orbix is responsible
for building the rover"), leading a consortium, chosen to fly, or the subject of a verb of making whose object is a
made thing ("Orvik will build the Lumen orbiter"). Split out of :mod:`.doing`, which asks here."""

from __future__ import annotations

from ..vocab import Class
from . import lexicon
from .candidates import noun_class
from .classes import ancestors
from .designations import designated_span
from .tree import Tree

_SUPPLY = lexicon.WORD_CLASSES["SUPPLY_VERBS"]
_MAKING = lexicon.WORD_CLASSES["MAKING_NOUNS"]
#: The words of a charge, from its phrases ("responsible for", "in charge of": lexicon RESPONSIBILITY_PHRASES).
_CHARGE_WORDS = frozenset(p.split()[-2] for p in lexicon.WORD_CLASSES["RESPONSIBILITY_PHRASES"])
_SELECT = lexicon.WORD_CLASSES["SELECT_VERBS"]
_ENTRUST = lexicon.WORD_CLASSES["ENTRUST_VERBS"]
_MAKE = lexicon.WORD_CLASSES["MAKER_VERBS"] | lexicon.WORD_CLASSES["SUPPLY_VERBS"]
_CREW_FLIGHT = lexicon.WORD_CLASSES["CREW_FLIGHT_VERBS"]
_LEAD = lexicon.WORD_CLASSES["OPERATE_VERBS"]
_GROUPS = lexicon.WORD_CLASSES["COMPANY_GROUP_NOUNS"]
#: What a body makes: a thing of these classes (or of a class under them).
_MADE = (Class.Spacecraft, Class.Instrument, Class.LaunchVehicle)


def chosen_maker(tree: Tree, h: int) -> Class | None:
    """"KSA selected Corvane to supply the star trackers", "Vexel was chosen to build the lander", "ESA
    contracted Orbix to build the rover": who is chosen or entrusted (``SELECT_VERBS``, ``ENTRUST_VERBS``) to
    make or supply a thing (``MAKER_VERBS``, ``SUPPLY_VERBS``) is a company; the model often takes such a
    one-word name for a person (a person chosen to fly or to lead is not read here)."""
    t = tree[h]
    if t.dep not in ("dobj", "nsubjpass") or tree.lemma(t.head) not in _SELECT | _ENTRUST:
        return None
    makes = [x for x in tree.children(t.head, "xcomp", "advcl") if x.pos == "VERB" and tree.lemma(x.i) in _MAKE
             and any(c.dep == "dobj" for c in tree.children(x.i))]
    return Class.Company if makes else None


def charged_maker(tree: Tree, start: int, end: int) -> Class | None:
    """"Orbix is responsible for building the rover", "Orbix will be in charge of the development of the
    camera": who is charged (RESPONSIBILITY_PHRASES) with making a thing (a gerund of SUPPLY_VERBS, a
    MAKING_NOUNS noun) is a body; a name of more than one word the model took for a person is left to it (one
    word alone is seldom a person's name in a release)."""
    t = tree[tree.span_head(start, end)]
    if t.dep != "nsubj" or t.ent_type == "PERSON" and end - start > 1 or tree[t.head].pos not in ("AUX", "VERB"):
        return None
    charges = [c.i for c in tree.children(t.head, "acomp") if tree.lowers[c.i] in _CHARGE_WORDS]
    charges += [o.i for p in tree.children(t.head, "prep") if tree.lowers[p.i] == "in"
                for o in tree.children(p.i, "pobj") if tree.lowers[o.i] in _CHARGE_WORDS]
    for c in charges:
        for p in tree.children(c, "prep"):
            if tree.lowers[p.i] not in ("for", "of"):
                continue
            for o in tree.children(p.i, "pobj", "pcomp"):
                if o.pos == "VERB" and tree.lemma(o.i) in _SUPPLY or tree.lemma(o.i) in _MAKING:
                    return Class.Organization
    return None


def chosen_crew(tree: Tree, start: int, end: int) -> Class | None:
    """"NASA selected Ana Ruiz to fly on X", "Lena Varga was chosen to travel to the station": a name of two
    capitalized words or more chosen (``SELECT_VERBS``) to fly (``CREW_FLIGHT_VERBS``) with nothing flown is a
    person; a one-word name may be a payload chosen to fly ("selected Corvid to fly on X")."""
    h = tree.span_head(start, end)
    t = tree[h]
    if end - start < 2 or not all(tree[k].pos == "PROPN" and tree[k].text[:1].isupper() for k in range(start, end)):
        return None
    if t.dep not in ("dobj", "nsubjpass") or tree.lemma(t.head) not in _SELECT:
        return None
    flies = [x for x in tree.children(t.head, "xcomp", "advcl") if tree.lemma(x.i) in _CREW_FLIGHT
             and not any(c.dep == "dobj" for c in tree.children(x.i))]
    return Class.Person if flies else None


def group_leader(tree: Tree, h: int) -> Class | None:
    """"a consortium led by Orbivex Marlow": who leads (``OPERATE_VERBS``) a group of companies
    (``COMPANY_GROUP_NOUNS``) is a company, whatever the model says (a team may be led by a person)."""
    t = tree[h]
    if t.dep != "pobj" or tree[t.head].dep != "agent":
        return None
    led = tree[t.head].head
    group = tree[led].head
    if tree.lemma(led) not in _LEAD or tree[led].dep != "acl" or tree.lemma(group) not in _GROUPS:
        return None
    return Class.Company


def subject_maker(tree: Tree, start: int, end: int) -> Class | None:
    """"Orvik will build the Lumen orbiter", "Kelvane supplies the star trackers": the subject of a verb of making or
    supplying (``MAKER_VERBS``, ``SUPPLY_VERBS``) whose direct object is a made thing (a craft, an instrument, a
    launcher, by its class noun) is a body. Not a designation ("Kestrel-2 will supply ..." is a craft), nor a name of
    several words the model took for a person."""
    h = tree.span_head(start, end)
    t = tree[h]
    if t.dep != "nsubj" or tree[t.head].pos != "VERB" or tree.lemma(t.head) not in _MAKE or designated_span(
            tree, start, end) or t.ent_type == "PERSON" and end - start > 1:
        return None
    for o in tree.children(t.head, "dobj"):
        cls = noun_class(tree, o.i) if o.pos == "NOUN" else None
        if cls is not None and any(m in ancestors(cls) for m in _MADE):
            return Class.Organization
    return None
