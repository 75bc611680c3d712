"""Who supplies a part, read across the sentence: a pronoun that points forward, a passive with no agent,
and a country that contributes an instrument.

- "Because it contributed the Zephyr altimeter, Canada will receive ...": a pronoun subject of an
  adverbial clause set before its main clause (:data:`FORWARD_MARKERS`: "because", "since", "after")
  stands for the main clause's subject when that names an agent or a country (a reader does not look
  back for "it" here);
- "an agreement signed by A and B, guaranteeing that the Vela satellites will be developed": a passive
  clause without "by" has no provider; the signers of the clause above it did not develop the craft;
- "Brastek signed a contract with the Vela Space Agency to build X": the contract's infinitive is done by
  the contractor, the "with" party, unless that party is a customer (an agency) and the signer is not;
- "Canada contributed the Zephyr altimeter" and, anywhere in the release, "Zephyr is part of the Vela
  mission": the supplier takes part in the mission (``contributesTo``), also when it is a country, which
  ``providedBy`` cannot name.
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..candidates import noun_class
from ..classes import ancestors
from ..context import Context
from ..frames import Frame
from ..groups import worker_org
from ..lexicon import WORD_CLASSES
from ..referents import agents, isa, things
from ..registry import Stage, rule
from ..tree import Tree

SUPPLY_VERBS = WORD_CLASSES["SUPPLY_VERBS"]
BACKING_NOUNS = WORD_CLASSES["BACKING_NOUNS"]
FORWARD_MARKERS = WORD_CLASSES["FORWARD_MARKERS"]
CONTRACT_NOUNS = WORD_CLASSES["CONTRACT_NOUNS"]
#: Classes of the bodies that order work under contract: agencies, ministries, governments (lexicon data).
CUSTOMER_CLASSES = WORD_CLASSES["CUSTOMER_CLASSES"]
_FORWARD_PRONOUNS = ("it", "they")
_PARTS = (C.Instrument, C.Spacecraft)


def forward_subject(ctx: Context, f: Frame) -> list[Entity] | None:
    """The main clause's agents a forward-pointing pronoun subject of ``f`` stands for, or None when the
    subject is no such pronoun ("Because it built X, ESA ..." -> ESA)."""
    t = ctx.tree
    tok = t[f.verb]
    pron = [i for i in f.subj if t[i].text.lower() in _FORWARD_PRONOUNS and t[i].head == f.verb]
    if not pron or tok.dep != "advcl" or tok.head < f.verb:
        return None
    if not any(c.text.lower() in FORWARD_MARKERS for c in t.children(f.verb, "mark")):
        return None
    main = [c.i for c in t.children(tok.head, "nsubj") if c.i > f.verb]
    found = [e for e in agents([e for i in main for e in things(ctx, i, create=False)], ctx)]
    return found or None


def suppliers(ctx: Context, f: Frame, subj: list[Entity]) -> list[Entity]:
    """The agents that supply what ``f``'s clause speaks of: the subject, read forward where a pronoun
    points forward; none for a passive whose agent is not its own ("will be developed; ...")."""
    ahead = forward_subject(ctx, f)
    if ahead is not None:
        return ahead
    hired = contractors(ctx, f)
    if hired is not None:  # a contract's work: its contractor's, or nobody's the text names
        return hired
    if f.passive:
        own = set(ctx.tree.subtree(f.verb))
        return agents([e for i in f.subj if i in own for e in things(ctx, i, create=False) or given_by(ctx, i)], ctx)
    return agents(subj, ctx)


def given_by(ctx: Context, i: int) -> list[Entity]:
    """"funded by ESA and by a grant from the Ministry of Industry": who gives the backing a backing noun (lexicon
    ``BACKING_NOUNS``) names in its "from" phrase acts through it."""
    t = ctx.tree
    if t.lemma(i) not in BACKING_NOUNS:
        return []
    return [e for p in t.children(i, "prep") if p.text.lower() == "from" for o in t.children(p.i, "pobj")
            for e in things(ctx, o.i, create=False)]


def contractors(ctx: Context, f: Frame) -> list[Entity] | None:
    """"ESA signed a contract with OHB to build six satellites", "ESA awarded OHB a contract to develop X": an
    infinitive that says what a contract (CONTRACT_NOUNS) is for is done by the contractor, the "with" phrase
    of the contract or of its verb, or the one awarded it, not by the customer who signs. ``None`` when the
    clause is no contract's infinitive."""
    t = ctx.tree
    tok = t[f.verb]
    if tok.tag != "VB" or not any(c.text.lower() == "to" for c in t.children(f.verb, "aux")):
        return None
    head = tok.head
    while t[head].pos in ("ADJ", "NUM") and t[head].head != head:  # "a contract worth 300 million euros to build X"
        head = t[head].head
    if t.lemma(head) in CONTRACT_NOUNS and t[head].pos in ("NOUN", "PROPN"):  # "a contract to build X" (not the
        # verb: "ESA contracted Orbix to build X" is the chosen one's work, read as for "selected Orbix to build")
        contract, verb = head, t[head].head
    else:  # "signed a contract with OHB to build X"
        contract = next((c.i for c in t.children(head, "dobj") if t.lemma(c.i) in CONTRACT_NOUNS), None)
        verb = head
    if contract is None:
        return None
    withs = [p.i for p in t.children(verb, "prep") if p.text.lower() == "with"]
    withs += [k for k in t.subtree(contract) if t[k].dep == "prep" and t[k].text.lower() == "with"]
    who = [o.i for p in withs for o in t.children(p, "pobj")] + [c.i for c in t.children(verb, "dative")]
    # "awarded a contract to OHB" (the parser's dative "to"), "OHB won a contract to build X" (CONTRACT_WIN_VERBS)
    who += [o.i for c in t.children(verb, "dative", "prep") if c.text.lower() == "to" for o in t.children(c.i, "pobj")]
    if t.lemma(verb) in WORD_CLASSES["CONTRACT_WIN_VERBS"]:
        who += [c.i for c in t.children(verb, "nsubj")]
    if t.lemma(verb) in WORD_CLASSES["AWARD_VERBS"]:  # "OHB has been awarded a contract by ESA to build X"
        who += [c.i for c in t.children(verb, "nsubjpass")]
        # "awarded a contract worth 85 million euros to OHB to build X": "to OHB" hung on the amount
        who += [o.i for k in t.subtree(contract) if t[k].dep == "prep" and t.lowers[k] == "to"
                for o in t.children(k, "pobj")]
    # ("to a consortium led by X, with Y and Z as partners": the consortium is its leader's)
    hired = agents([e for i in who for j in t.conjuncts(i) for e in ctx.refs(j) or worker_org(ctx, j)], ctx)
    if any(not _customer(ctx, e) for e in hired):  # "OHB won a contract with ESA to build X": not ESA
        hired = [e for e in hired if not _customer(ctx, e)]
    # "Brastek signed a contract with the Vela Space Agency to build X": a customer in the "with" phrase
    # (an agency, a government body) and a signer that is none: the signer is the contractor
    signers = agents([e for c in t.children(verb, "nsubj") for j in t.conjuncts(c.i) for e in ctx.refs(j)], ctx)
    if withs and hired and all(_customer(ctx, e) for e in hired) and not any(_customer(ctx, e) for e in signers):
        return signers  # (none when the signer is unknown: the agency builds nothing here)
    return hired


def _customer(ctx: Context, e: Entity) -> bool:
    """A body that orders work rather than doing it under contract (lexicon ``CUSTOMER_CLASSES``)."""
    return any(isa(ctx, e, c) for c in CUSTOMER_CLASSES)


def shared_objects(ctx: Context, verb: int) -> list[int]:
    """"builds and operates the Orsa rocket": the object of a verb coordinated after ``verb`` (with no subject of
    its own) that ``verb``, having none, shares; [] otherwise."""
    t = ctx.tree
    if t.children(verb, "dobj", "obj", "prt") or any(t.lowers[p.i] in ("with", "for", "to") for p in
                                                      t.children(verb, "prep")):
        return []
    for c in t.children(verb, "conj"):
        if c.pos == "VERB" and c.i > verb and not t.children(c.i, "nsubj", "nsubjpass"):
            return [o.i for o in t.children(c.i, "dobj", "obj")] or shared_objects(ctx, c.i)
    return []


def patients(ctx: Context, f: Frame) -> list[int]:
    """What ``f``'s clause makes or supplies: its object, or, for a participle the parser hung on the clause
    before it ("the mission includes the Zephyr camera, provided by ASI"; "Built by OHB, the probe ..."),
    the object it follows or else the subject of that clause."""
    t = ctx.tree
    tok = t[f.verb]
    if not f.obj and not f.passive and (shared := shared_objects(ctx, f.verb)):
        return shared  # "Veltra builds and operates the Orsa rocket": the object the verbs share
    if f.obj or tok.dep != "advcl" or tok.tag != "VBN" or t.children(f.verb, "nsubj", "nsubjpass"):
        return [_supplied_before(ctx, f, i) for i in (_said_of(ctx, i) for i in f.obj)]
    gov = ctx.frames.get(tok.head)
    if gov is None:
        return []
    before = [i for i in gov.obj if i < f.verb and t[f.verb - 1].text == ","]
    return before[-1:] or ([] if gov.passive else [i for i in gov.subj if i > f.verb])


def _supplied_before(ctx: Context, f: Frame, i: int) -> int:
    """"Japan provides a module for the station, built by Hoshino": a participle set off by a comma after the
    "for"/"to" phrase of a supplying clause tells of what is supplied, the clause's object, not of the phrase's
    noun the parser hangs it on; any other token stands for itself."""
    t = ctx.tree
    tok, prep = t[f.verb], t[t[i].head]
    if tok.dep != "acl" or tok.head != i or t[f.verb - 1].text != "," or t[i].dep != "pobj" \
            or prep.text.lower() not in ("for", "to"):
        return i
    if t[prep.head].dep in ("dobj", "obj") and t.lemma(t[prep.head].head) in SUPPLY_VERBS:
        return prep.head  # "provides [a module for the station], built by": the parser hangs "for" on the object
    objs = [c.i for c in t.children(prep.head, "dobj", "obj") if c.i < i] if t.lemma(prep.head) in SUPPLY_VERBS else []
    return objs[0] if objs else i


def _said_of(ctx: Context, i: int) -> int:
    """"Zephyr is a lander that DLR built", "Zephyr is an instrument developed by JAXA": a described noun that
    is the attribute of a copula stands for the copula's named subject, one set beside a name for that name ("Vela,
    a mission developed with Norway,"); any other token stands for itself."""
    t = ctx.tree
    tok = t[i]
    k = min(t.subtree(i)) - 2  # "Vela, a mission developed with Norway,": the name the noun is set beside
    if tok.pos == "NOUN" and tok.dep != "attr" and k >= 0 and t[k + 1].text == "," and ctx.table.at(i) is None \
            and (named := ctx.table.at(k)) is not None and named.named and ctx.apposed(i) is named:
        return k
    if tok.dep != "attr" or tok.pos != "NOUN" or ctx.table.at(i) is not None or t.lemma(tok.head) != "be":
        return i
    subj = [c.i for c in t.children(tok.head, "nsubj") if ctx.ref(c.i) is not None]
    return subj[0] if subj else i


@rule("infer:supplier-of-part", stage=Stage.INFERENCE, produces=(P.contributesTo,), confidence=0.75,
      after=("frame:supply", "frame:as-part-of", "dep:part-noun", "frame:carried"))
def supplier_of_part(ctx: Context) -> None:
    """"Because it contributed the Zephyr altimeter, Canada ..." + "Zephyr, on board the Vela probe":
    whoever supplies a part takes part in the craft or mission it is part of; so do the countries of unnamed
    bodies that supply it ("eight instruments contributed by institutes in Japan, France and India":
    :func:`countries_behind`)."""
    for f in ctx.frames.values():
        if f.lemma not in SUPPLY_VERBS or f.lemma == "equip" or (f.passive and not f.subj):
            continue
        subj = [e for i in f.subj for e in ctx.refs(i)]
        who = [e for e in suppliers(ctx, f, subj) if isa(ctx, e, C.Organization, C.Country)]
        who = who or [e for i in f.subj for e in countries_behind(ctx, i)]
        parts = [e for i in f.obj for e in things(ctx, i, create=False)
                 if isa(ctx, e, *_PARTS) and not isa(ctx, e, C.LaunchVehicle, C.Mission)]
        for part in parts:
            for whole in ctx.objects(part, P.partOf):
                if isa(ctx, whole, C.Mission, C.Spacecraft) and not isa(ctx, whole, C.LaunchVehicle):
                    for a in who:
                        ctx.add(a, P.contributesTo, whole, f.verb)


def told_apart(ctx: Context, e: Entity, f: Frame) -> bool:
    """A thing joined to a participle's noun has a participle of its own: "an array provided by ASI, and a probe
    developed at KASI" — "provided" is not said of the probe (even when the array is no thing read), nor of a
    name before its own noun's participle ("and the Orsa-NG sounder developed by CNES")."""
    t = ctx.tree
    return any(c.dep == "acl" and c.i != f.verb and c.tag == "VBN" for m in e.mentions if m.start > f.verb
               for k in range(m.start, m.end) for j in {k, _named_noun(t, k)} for c in t.children(j))


def _named_noun(t: Tree, k: int) -> int:
    """The noun a name's word is a compound of, past the name's other words ("the Orsa - NG sounder"); else ``k``."""
    while t[k].dep == "compound" and t[k].head > k:
        k = t[k].head
    return k


def countries_behind(ctx: Context, i: int) -> list[Entity]:
    """"Institutes in France and Italy", "agencies and institutes from Japan and India", "French and Swedish
    laboratories": a plural noun of bodies no name tells (its class an organization's) stands, as a supplier, for
    the countries of its "in"/"from" phrase or of its nationality adjectives: each takes part as a state (the graph
    contract lets a country contribute)."""
    t = ctx.tree
    nouns = [j for j in ctx.table.conjuncts(i) if t[j].tag == "NNS" and ctx.table.at(j) is None
             and (cls := noun_class(t, j)) is not None and C.Organization in ancestors(cls)]
    found = [e for j in nouns for p in t.children(j, "prep") if t.lowers[p.i] in ("in", "from")
             for o in t.children(p.i, "pobj") for k in ctx.table.conjuncts(o.i)
             if (e := ctx.table.at(k)) is not None and C.Country in e.classes]
    words = [k for j in nouns for c in t.children(j, "amod") for k in t.conjuncts(c.i)]
    found += [ctx.table.add_kb(k) for w in words if (k := ctx.gaz.country_of_word(t[w].text)) is not None]
    return list(dict.fromkeys(found))
