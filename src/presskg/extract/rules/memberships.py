"""States that are members of an organization, and partners said as such: memberOf, partnerOf.

- a membership noun (lexicon ``MEMBERSHIP_NOUNS``) said of a country: "Portugal is a member of
  EUMETSAT", "Luxembourg, a member state of ESA, ...", "X became the 23rd member state of Y";
- a plural membership noun's list: "ESA's 22 Member States include Germany, France and Italy" (``LISTING_VERBS``),
  "Portugal is one of the member states of EUMETSAT", "member states such as Spain and Poland"; and so a plural
  partner noun's list ("ESA's partners include NASA and JAXA");
- an accession verb (``ACCESSION_VERBS``) with a country as its subject and an organization as its
  object: "Poland joined ESA in 2012";
- coordinated agents said to be partners (``PARTNER_NOUNS``): "NASA and JAXA have been partners since
  1969" (one agent said to be "a partner of Y" is read by ``rules/partners.py``).

Only countries are members here: a person's membership comes with a title (``rules/titles.py``).
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..frames import Frame
from ..lexicon import PARTNER_NOUNS, WORD_CLASSES, in_class
from ..referents import isa, listed_people
from ..registry import Stage, rule
from .post_owners import governed

MEMBERSHIP_NOUNS = WORD_CLASSES["MEMBERSHIP_NOUNS"]
REPRESENT_VERBS = WORD_CLASSES["REPRESENT_VERBS"]
ACCESSION_VERBS = WORD_CLASSES["ACCESSION_VERBS"]
#: Verbs a plural membership noun lists its members with ("ESA's Member States include A and B").
INCLUDE_VERBS = frozenset(WORD_CLASSES["LISTING_VERBS"])


def _is_membership_noun(ctx: Context, noun: int) -> bool:
    """"member", "member state", "participating state" (a modifier's word as written: its lemma is "participate");
    written with capitals too ("an Associate Member", "ESA Member States": the parser's proper nouns)."""
    t = ctx.tree
    word = _word(ctx, noun)
    return word in MEMBERSHIP_NOUNS or any(
        f"{w} {word}" in MEMBERSHIP_NOUNS for c in t.children(noun, "compound", "amod")
        for w in (t.lemma(c.i), c.text.lower()))


def _word(ctx: Context, i: int) -> str:
    """A noun's lemma; a capitalized one's as a common noun's ("Members" → "member")."""
    lemma = ctx.tree.lemma(i)
    if ctx.tree[i].pos == "PROPN" and lemma.endswith("s") and lemma[:-1] in MEMBERSHIP_NOUNS | {"state"}:
        return lemma[:-1]
    return lemma


def _membership_of(ctx: Context, noun: int) -> list[Entity]:
    """The organizations a membership noun is of: "a member (state) of Y", "Y's member", "its member"."""
    t = ctx.tree
    if not _is_membership_noun(ctx, noun):
        return []
    owners = [e for p in t.children(noun, "prep") if p.text.lower() in ("of", "in")
              for o in t.children(p.i, "pobj") for e in ctx.refs(o.i)]
    owners += [e for c in t.children(noun, "poss") for e in ctx.refs(c.i)]
    # "ESA Associate Members": the organization's name before the noun (a compound of it or of its modifier)
    owners += [e for c in t.children(noun, "compound") for k in (c.i, *(g.i for g in t.children(c.i, "compound")))
               if (e := ctx.table.at(k)) is not None]
    return list(dict.fromkeys(e for e in owners if isa(ctx, e, C.Organization)))


def _countries(ctx: Context, i: int) -> list[Entity]:
    return [e for e in ctx.refs(i) if C.Country in e.classes]


@rule("dep:member-state", stage=Stage.PHRASES,
      triggers=("MEMBERSHIP_NOUNS", "ACCESSION_VERBS", "PARTNER_NOUNS", "REPRESENT_VERBS", "LISTING_VERBS"),
      produces=(P.memberOf, P.partnerOf, P.contributesTo), confidence=0.8)
def member_states(ctx: Context) -> None:
    """"Portugal is a member of EUMETSAT", "Luxembourg, a member state of ESA", "Poland joined ESA",
    "NASA and JAXA have been partners", "the agency represents Norway in ESA"."""
    t = ctx.tree
    for tok in t.tokens:
        lemma = t.lemma(tok.i)
        if tok.pos in ("NOUN", "PROPN") and tok.dep in ("attr", "appos"):
            head = tok.head
            subject = [_antecedent(t, head, i) for i in _subjects(t, head)] if tok.dep == "attr" else [head]
            for org in _membership_of(ctx, tok.i) or _of_which(ctx, tok.i) or _told_before(ctx, tok.i):
                for country in (c for i in subject for c in _countries(ctx, i)):
                    ctx.add(country, P.memberOf, org, tok.i)
            if tok.dep == "attr" and lemma in PARTNER_NOUNS and tok.tag == "NNS":  # "A and B are partners"
                agents = [e for i in subject for e in ctx.refs(i) if isa(ctx, e, C.Organization, C.Country)]
                ctx.add_partners(list(dict.fromkeys(agents)), tok.i, "dep:partners-copula", 0.75)
        elif tok.pos in ("NOUN", "PROPN") and tok.dep == "pobj" and t[tok.head].text.lower() == "as":
            _admitted_as(ctx, tok.i)
        elif tok.pos in ("NOUN", "PROPN") and tok.tag in ("NNS", "NNPS") or tok.text in ("States", "Members"):
            _listed_members(ctx, tok.i)
        elif tok.pos == "VERB" and lemma in ACCESSION_VERBS:
            # ("joined ESA as a member": the parser may take a name right after the verb for an adverbial)
            joined = [c for c in t.children(tok.i, "dobj", "npadvmod") if c.dep == "dobj" or c.pos == "PROPN"]
            orgs = [e for c in joined for e in ctx.refs(_antecedent(t, tok.i, c.i)) if isa(ctx, e, C.Organization)]
            orgs += [e for p in t.children(tok.i, "prep") if p.text.lower() == "to"
                     for o in t.children(p.i, "pobj") for e in ctx.refs(o.i) if isa(ctx, e, C.Organization)]
            joiners = [c for s in _subjects(t, tok.i) for c in _countries(ctx, _antecedent(t, tok.i, s))]
            for org in orgs:
                for country in joiners:
                    ctx.add(country, P.memberOf, org, tok.i)
        elif tok.pos == "VERB" and lemma in REPRESENT_VERBS:  # "the agency represents Norway in ESA and EUMETSAT"
            held = [tok.i, *(o.i for o in t.children(tok.i, "dobj"))]  # (the phrase may hang on the country)
            orgs = [e for h in held for p in t.children(h, "prep") if p.text.lower() in ("in", "at", "on")
                    for o in t.children(p.i, "pobj") for e in ctx.refs(o.i)
                    if isa(ctx, e, C.Organization) and not isa(ctx, e, C.Country)]
            for country in (c for o in t.children(tok.i, "dobj") for c in _countries(ctx, o.i)):
                for org in orgs:
                    ctx.add(country, P.memberOf, org, tok.i)


def _listed_members(ctx: Context, noun: int) -> None:
    """The countries a plural membership noun lists: "ESA's 22 Member States include Germany, France and Italy",
    "Portugal is one of the member states of EUMETSAT", "the member states of ESA, such as Spain and Poland,"; and
    so a plural partner noun its partners: "ESA's partners include NASA and JAXA"."""
    t = ctx.tree
    orgs = _membership_of(ctx, noun) or _owner_that_has(ctx, noun) or _owner_with(ctx, noun)
    partners = [] if orgs or t.lemma(noun) not in PARTNER_NOUNS else [  # "ESA's partners include NASA and JAXA"
        e for p in t.children(noun, "prep") if t.lowers[p.i] == "of" for o in t.children(p.i, "pobj")
        for e in ctx.refs(o.i)] + [e for c in t.children(noun, "poss") for e in ctx.refs(c.i)]
    # "Partners in the Tarvos mission are A, B and C": who partners in a mission contributes to it
    works = [e for p in t.children(noun, "prep") if t.lowers[p.i] in ("in", "on", "of") for o in t.children(p.i, "pobj")
             for e in ctx.refs(o.i) if isa(ctx, e, C.Mission, C.Spacecraft)] if t.lemma(noun) in PARTNER_NOUNS else []
    partners = [e for e in partners if isa(ctx, e, C.Organization, C.Country)]
    if not orgs and not partners and not works:
        return
    listed = []
    v = t[noun].head
    if t[noun].dep == "nsubj" and (t.lemma(v) in INCLUDE_VERBS or t.lemma(v) == "be"):  # "... include A, B and C"
        listed = [o.i for o in t.children(v, "dobj", "attr")]
    elif t[noun].dep == "pobj" and t.lowers[v] == "of" and t.lowers[t[v].head] == "one" \
            and t[t[v].head].dep == "attr":  # "A is one of the member states of Y"
        listed = _subjects(t, t[t[v].head].head)
    elif t[noun].dep == "pobj" and t.lowers[v] == "among" and t.lemma(t[v].head) == "be":
        listed = _subjects(t, t[v].head)  # "A and B are among ESA's member states"
    listed += [o.i for p in t.children(noun, "prep") if t.lowers[p.i] in ("including", "like", "as")
               for o in t.children(p.i, "pobj")]  # "member states such as A and B", "including A"
    if noun + 1 < len(t) and t[noun + 1].text == ":":  # "with 23 Member States: A, B", "has 30 Member States: A"
        listed += [c.i for c in t.children(noun, "appos") if c.i > noun]
    if t[noun].dep == "dobj":  # "ESA has 22 member states, including A": the parser may hang "including" on the verb
        listed += [o.i for p in t.children(v, "prep") if t.lowers[p.i] == "including" for o in t.children(p.i, "pobj")]
    for org in orgs:
        for country in (c for i in listed for j in t.conjuncts(i) for c in _countries(ctx, j)):
            ctx.add(country, P.memberOf, org, noun)
    bodies = [e for i in listed for j in t.conjuncts(i) for e in ctx.refs(j) if isa(ctx, e, C.Organization, C.Country)]
    for e in bodies:
        for owner in (o for o in partners if o.key != e.key):
            ctx.add(e, P.partnerOf, owner, noun, "dep:listed-partners", 0.75)
        for work in works:
            ctx.add(e, P.contributesTo, work, noun, "dep:listed-partners", 0.75)


def _owner_that_has(ctx: Context, noun: int) -> list[Entity]:
    """"ESA now has 22 member states": the organization a plural membership noun is the object of "have" of."""
    t = ctx.tree
    v = t[noun].head
    if t[noun].dep != "dobj" or t.lemma(v) not in ("have", "count") or not _is_membership_noun(ctx, noun):
        return []
    return [e for s in _subjects(t, v) for e in ctx.refs(s) if isa(ctx, e, C.Organization)]


def _owner_with(ctx: Context, noun: int) -> list[Entity]:
    """"ESA is an intergovernmental organisation with 23 Member States": the organization a plural membership noun's
    "with" phrase is said of (the noun it hangs on, or that noun's copula's subject)."""
    t = ctx.tree
    w = t[noun].head
    if t[noun].dep != "pobj" or t.lowers[w] != "with" or not _is_membership_noun(ctx, noun):
        return []
    h = t[w].head
    held = _subjects(t, t[h].head) if t[h].dep == "attr" else [h]
    return [e for i in held for e in ctx.refs(i) if isa(ctx, e, C.Organization) and not isa(ctx, e, C.Country)]


def _told_before(ctx: Context, noun: int) -> list[Entity]:
    """"A, B and C are Associate Members": with no organization named, the one whose members the sentence before
    told of ("ESA ... with 23 Member States: ...")."""
    t = ctx.tree
    if not _is_membership_noun(ctx, noun) or (here := t.sentence_index(noun)) == 0:
        return []
    s = t.parse.sentences[here - 1]
    return next((orgs for k in range(s.start, s.end) if t[k].pos in ("NOUN", "PROPN")
                 and (orgs := _membership_of(ctx, k) or _owner_that_has(ctx, k) or _owner_with(ctx, k))), [])


def _subjects(t, verb: int) -> list[int]:
    """A verb's subjects; a coordinated verb's without one of its own are the first verb's ("Estonia signed the
    agreement and will become the agency's 20th member state", "Malta signed and joined ESA")."""
    own = [c.i for c in t.children(verb, "nsubj")]
    if own or t[verb].dep != "conj" or t[verb].pos not in ("VERB", "AUX"):
        return own
    k = verb - 1  # right after "and" (past "will", "also"): "and Estonia joined" has a subject the parser lost
    while k > 0 and t[k].dep in ("aux", "auxpass", "advmod", "neg"):
        k -= 1
    return [c.i for c in t.children(t.conj_root(verb), "nsubj")] if t[k].pos == "CCONJ" or t[k].text == "," else []


def _antecedent(t, verb: int, i: int) -> int:
    """The noun a relative pronoun stands for ("ESA, which Slovenia joined", "Estonia, which joined ESA"): the
    head of the relative clause; else ``i``."""
    return t[verb].head if t[i].tag in ("WDT", "WP") and t[verb].dep == "relcl" and t[verb].head != verb else i


def _of_which(ctx: Context, noun: int) -> list[Entity]:
    """The organization a relative clause's "of which" stands for, when the membership noun names none: "ESA, of
    which Norway is a Member State" (the pronoun hangs on the clause's verb, not on the noun)."""
    t = ctx.tree
    verb = t[noun].head
    if t[noun].dep != "attr" or t[verb].dep != "relcl" or not _is_membership_noun(ctx, noun):
        return []
    if not any(t.lowers[p.i] == "of" and any(o.tag in ("WDT", "WP") for o in t.children(p.i, "pobj"))
               for p in t.children(verb, "prep")):
        return []
    return [e for e in ctx.refs(t[verb].head) if isa(ctx, e, C.Organization) and not isa(ctx, e, C.Country)]


def _admitted_as(ctx: Context, noun: int) -> None:
    """"The Council welcomed Ukraine as a participating state", "EUMETSAT admitted Lithuania as its 30th member
    state", "Slovenia was accepted as an associate member of ESA": the country a verb takes "as" a membership
    noun is a member of the noun's organization, else of the verb's subject (of what it governs, if a council)."""
    t = ctx.tree
    verb = t[t[noun].head].head
    if t[verb].pos not in ("VERB", "AUX"):
        return
    orgs = _membership_of(ctx, noun)
    if not orgs and _is_membership_noun(ctx, noun):
        orgs = [e for s in t.children(verb, "nsubj") for e in ctx.refs(s.i) if isa(ctx, e, C.Organization)]
    subj = [s.i for s in t.children(verb, "nsubj")]
    orgs = [governed(ctx, o, subj) or o for o in orgs]
    members = [c for d in t.children(verb, "dobj", "nsubjpass") for j in t.conjuncts(d.i) for c in _countries(ctx, j)]
    if t.lemma(verb) in ACCESSION_VERBS:  # "Slovenia joins Latvia and Slovakia as ESA Associate Members": all four
        members += [c for d in t.children(verb, "nsubj") for c in _countries(ctx, d.i)]
    for org in dict.fromkeys(orgs):
        for country in members:
            ctx.add(country, P.memberOf, org, noun)


@rule("frame:includes-people", scope="verb", stage=Stage.VERBS, triggers=("COMPOSITION_VERBS",),
      produces=(P.memberOf,), confidence=0.75)
def includes_people(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"The council includes Tomas Berg and Marta Kell", "the board comprises A, B and C", "the panel includes
    experts from industry, including A and B": the people a body is said to include are its members."""
    if f.passive or not in_class("COMPOSITION_VERBS", f.lemma, f.particle or None) or f.lemma == "make":
        return
    bodies = [e for e in subj if isa(ctx, e, C.Organization) and not isa(ctx, e, C.Country)]
    people = [e for i in f.obj for e in listed_people(ctx, i) if C.Person in e.classes]  # (", including A and B")
    for p in dict.fromkeys(people):
        for b in bodies:
            ctx.add(p, P.memberOf, b, f.verb)
