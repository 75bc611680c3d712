"""What a reader infers from what was read, and what a craft's modifiers say of it.

- "ESA-led mission", "a DLR-built lander": an organization hyphened to a verb of the operate or
  supply class runs or provides the thing the phrase names.
- "Korea's first lunar orbiter", "a Mars lander": a body's adjective or name on a craft noun is the
  craft's target; a craft that orbits or lands on a body targets it.
- "carried out jointly by A, B and C": agents acting together contribute to the craft they act on
  and are partners (a verb rule: any clause with a :data:`JOINT_ADVERBS` word).
- The parties of a bilateral meeting or signing are partners; an onlooker ("with X looking on", "X was
  present at the ceremony", "in the presence of X") or a chair is there but no party.
- Co-providers of a thing are partners; a provider of a mission's part contributes to the mission.
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..entities import ancestors
from ..frames import Frame
from ..lexicon import JOINT_ADVERBS, OPERATE_VERBS, PLANET_ADJECTIVES, SUPPLY_VERBS, WORD_CLASSES
from ..mentions import noun_class
from ..referents import agents, described, isa, organizations_of, things
from ..registry import Stage, rule

CRAFT = (C.Mission, C.Spacecraft)
#: Words that make a participant an onlooker or a chair rather than a party (see :func:`_onlooker`).
ONLOOKER_WORDS = (WORD_CLASSES["PRESENCE_WORDS"] | WORD_CLASSES["WITNESS_VERBS"] | WORD_CLASSES["WITNESS_NOUNS"]
                  | WORD_CLASSES["WITNESS_ROLES"] | WORD_CLASSES["CHAIR_NOUNS"])


def _craft_of(ctx: Context, i: int) -> list[Entity]:
    """The craft a noun phrase headed at ``i`` denotes: a name, or for "this ESA-led mission" the
    latest craft of the noun's class in this sentence or the one before (no new node)."""
    ents = ctx.refs(i)
    if not ents and {c.text.lower() for c in ctx.tree.children(i, "det")} & {"this", "the", "that"}:
        cls = noun_class(ctx.tree, i)
        if cls is not None and isa_class(cls, *CRAFT):
            ents = ctx.recent(i, cls, sentences=1)[:1]
    return [e for e in ents if isa(ctx, e, *CRAFT) and not isa(ctx, e, C.LaunchVehicle)]


def isa_class(cls: str, *classes: str) -> bool:
    return any(c in ancestors(cls) for c in classes)


@rule("dep:hyphened-agent", stage=Stage.PHRASES, triggers=("OPERATE_VERBS", "SUPPLY_VERBS", "FUND_VERBS"),
      produces=(P.operatedBy, P.providedBy, P.contributesTo), confidence=0.8)
def hyphened_agent(ctx: Context) -> None:
    """"this ESA-led mission" (operated by ESA), "a DLR-built lander" (provided by DLR), "the DLR-built Zephyr
    radiometer" (the named instrument, provided by DLR), "the EU-funded Vela mission" (who pays takes part,
    lexicon ``FUND_VERBS``: it provides nothing)."""
    t = ctx.tree
    for tok in t.tokens:
        # (the tagger may read the participle as a past tense: "the NASA-led Artemis program")
        if tok.dep != "amod" or tok.tag not in ("VBN", "VBD") or tok.i < 2 or t[tok.i - 1].text not in ("-", "‐", "–"):
            continue
        org = ctx.table.at(tok.i - 2)
        if not isa(ctx, org, C.Organization):
            continue
        lemma = t.lemma(tok.i)
        # "the DLR-built Corax camera", "the DLR-built Zephyr radiometer": the named instrument; "Vela is an ESA-led
        # mission": the copula's subject
        named = _craft_of(ctx, tok.head) or [e for e in ctx.refs(tok.head) if isa(ctx, e, C.Instrument)] or (
            [e for c in t.children(t[tok.head].head, "nsubj") for e in _craft_of(ctx, c.i)]
            if t[tok.head].dep == "attr" and t.lemma(t[tok.head].head) == "be" else [])
        for thing in named or [e for e in [described(ctx, tok.head)] if e is not None]:
            if lemma in OPERATE_VERBS and isa(ctx, thing, C.Mission, C.Spacecraft, C.Facility):
                ctx.add(thing, P.operatedBy, org, tok.i)
            elif lemma in WORD_CLASSES["FUND_VERBS"]:
                if isa(ctx, thing, C.Mission, C.Spacecraft, C.LaunchVehicle):
                    ctx.add(org, P.contributesTo, thing, tok.i)
            elif lemma in SUPPLY_VERBS and isa(ctx, thing, C.Instrument, C.Spacecraft, C.LaunchVehicle):
                ctx.add(thing, P.providedBy, org, tok.i)


@rule("dep:body-on-craft", stage=Stage.PHRASES, triggers=("PLANET_ADJECTIVES",), produces=(P.target,),
      confidence=0.75)
def body_on_craft(ctx: Context) -> None:
    """"Korea's first lunar orbiter", "the Mars lander InSight": the body a craft noun names is its target. The
    parser may hang the adjective on the name after the craft noun ("the lunar lander Peregrine", "the Martian
    orbiter Hope"): the name is the craft when a craft noun stands between them."""
    t = ctx.tree
    for tok in t.tokens:
        if tok.dep not in ("amod", "compound") or t[tok.head].pos != "NOUN" and not _craft_noun_between(ctx, tok.i):
            continue
        planet = PLANET_ADJECTIVES.get(tok.text.lower())
        body = None
        if planet:
            entries = ctx.gaz.lookup(planet)
            body = ctx.table.add_kb(entries[0]) if entries else None
        elif tok.pos == "PROPN":
            body = ctx.table.at(tok.i)
        if body is None or not isa(ctx, body, C.CelestialBody) or body.label == "Earth":
            continue
        head = tok.head  # "NASA's Mars rover Perseverance": the craft noun is a compound of the name
        if t[head].pos == "NOUN" and t[head].dep == "compound" and t[t[head].head].pos == "PROPN" \
                and t[head].head > head:
            head = t[head].head
        for craft in _own_craft(ctx, head):
            ctx.add(craft, P.target, body, tok.i)


def _craft_noun_between(ctx: Context, i: int) -> bool:
    """Whether a craft noun (its class a craft's) joins the adjective at ``i`` to the name it hangs on."""
    t = ctx.tree
    head = t[i].head
    return t[head].pos == "PROPN" and head > i + 1 and any(
        c.pos == "NOUN" and i < c.i < head and (cls := noun_class(t, c.i)) is not None and isa_class(cls, *CRAFT)
        for c in t.children(head, "compound"))


def _own_craft(ctx: Context, i: int) -> list[Entity]:
    """The craft of the phrase headed at ``i`` itself, not of a phrase coordinated with it: "the Tessaly lunar
    lander and the Aurelia satellites" (Aurelia no lunar craft); "the Tessaly and Aurelia lunar landers" (both)."""
    t = ctx.tree
    crafts = _craft_of(ctx, i)
    conj = [c.i for c in t.children(i, "conj")]
    if not conj:
        return crafts
    own = set(t.subtree(i)) - {k for c in conj for k in t.subtree(c)}
    return [c for c in crafts if any(m.start in own for m in c.mentions)]


@rule("infer:destination-target", stage=Stage.INFERENCE, produces=(P.target,), confidence=0.75,
      after=("frame:orbit", "frame:land-on"))
def destination_target(ctx: Context) -> None:
    """A craft that orbits or lands on a body (other than Earth) targets it."""
    for (s, p, o), r in list(ctx.relations.items()):
        if p not in (P.orbits, P.landedOn):
            continue
        craft, body = ctx.table.entities[s], ctx.table.entities[o]
        if isa(ctx, craft, *CRAFT) and body.label != "Earth":
            ctx.add(craft, P.target, body, _token_of(ctx, r.evidence.start_char))


@rule("infer:whole-targets", stage=Stage.INFERENCE, produces=(P.target,), confidence=0.7,
      after=("infer:destination-target", "frame:sample-source-target"))
def whole_targets(ctx: Context) -> None:
    """"The return capsule of Chang'e-6 ... bringing back samples from the Moon": what an unnamed part of a craft
    (its capsule, its lander) went to, the craft went to. A named part keeps its own goal ("Huygens, released from
    Cassini, landed on Titan": Cassini's goal is Saturn)."""
    for (s, p, o), r in list(ctx.relations.items()):
        if p != P.target or ctx.table.entities[s].named:
            continue
        part, body = ctx.table.entities[s], ctx.table.entities[o]
        for whole in ctx.objects(part, P.partOf):
            if isa(ctx, whole, C.Mission, C.Spacecraft) and not isa(ctx, whole, C.LaunchVehicle):
                ctx.add(whole, P.target, body, _token_of(ctx, r.evidence.start_char))


def _token_of(ctx: Context, char: int) -> int:
    for tok in ctx.tree.tokens:
        if tok.idx >= char:
            return tok.i
    return 0


@rule("frame:jointly", scope="verb", stage=Stage.VERBS, triggers=(), produces=(P.contributesTo, P.partnerOf),
      confidence=0.75)
def jointly(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"Webb is being carried out jointly by CSA, NASA and ESA", "A and B developed X together"."""
    t = ctx.tree
    if not any(t.lemma(c.i) in JOINT_ADVERBS for c in t.children(f.verb, "advmod")):
        return
    parties = organizations_of(ctx, agents(subj, ctx))
    parties = [p for p in parties if isa(ctx, p, C.Organization, C.Country)]
    if not parties:
        return
    for i in f.obj + f.prep("on", "in"):  # "carried out jointly", "work together on the Gateway"
        for craft in things(ctx, i, create=False):
            if isa(ctx, craft, *CRAFT, C.LaunchVehicle):
                for a in parties:
                    ctx.add(a, P.contributesTo, craft, f.verb)
    if len(parties) >= 2:
        ctx.add_partners(parties, f.verb, "frame:jointly", 0.75)


@rule("infer:providers", stage=Stage.INFERENCE,
      produces=(P.providedBy, P.partOf, P.contributesTo, P.partnerOf), confidence=0.75,
      after=("frame:supply",))
def provider_inferences(ctx: Context) -> None:
    """Co-providers of a thing named in one sentence are partners ("the camera was developed by CNES and
    DLR"), not of things told of by a plural noun ("selected A, B and C to build landers": each its own); a
    provider of a mission's part contributes to it. Providers told of in different sentences are no partners: "ASI
    contributed the Corvina cubesat. Corvina was built by Aerolis" tells of a customer and its contractor, not of
    two bodies that cooperate."""
    for ent in list(ctx.table.entities.values()):
        providers = ctx.objects(ent, P.providedBy)
        at = ent.mentions[0].start if ent.mentions else 0
        by_sentence: dict[int, list[Entity]] = {}
        for a in providers:
            by_sentence.setdefault(ctx.relations[(ent.key, P.providedBy, a.key)].evidence.sentence, []).append(a)
        plural = not ent.named and any(ctx.tree[m.end - 1].tag == "NNS" for m in ent.mentions)
        for same in by_sentence.values() if not plural else ():
            ctx.add_partners(same, at, "infer:co-providers", 0.7)
        # (a mission within a programme is no part supplied: who builds its craft takes no part in the programme)
        for a in providers if not isa(ctx, ent, C.Mission) else ():
            for whole in ctx.objects(ent, P.partOf):
                if ctx.table.is_a(whole, C.Mission) or ctx.table.is_a(whole, C.Spacecraft):
                    ctx.add(a, P.contributesTo, whole, at, "infer:provider-of-part", 0.75)


@rule("infer:meeting-partners", stage=Stage.INFERENCE, produces=(P.partnerOf,), confidence=0.7,
      after=("frame:meet", "dep:witnesses"))
def meeting_partners(ctx: Context) -> None:
    """The two sides of a bilateral meeting or signing are partners ("the CNES and JAXA heads met");
    onlookers and chairs are not parties, and a meeting of many (a council) makes no pairs."""
    for ev in list(ctx.table.entities.values()):
        if not isa(ctx, ev, C.Meeting) or ev.label.split()[-1].lower() in WORD_CLASSES["SIDELESS_MEETING_NOUNS"]:
            continue  # (a hearing or a debate has no sides: who testifies before a committee is no partner of it)
        parties = [p for p in ctx.objects(ev, P.participant) if not _onlooker(ctx, ev, p)]
        orgs = [o for o in organizations_of(ctx, parties) if not _delegation(ctx, o)]
        at = ev.mentions[0].start if ev.mentions else 0
        for side in ([o for o in orgs if isa(ctx, o, C.Organization)], [o for o in orgs if C.Country in o.classes]):
            if len(side) == 2:
                ctx.add_partners(side, at, "infer:meeting-partners", 0.7)


def _delegation(ctx: Context, body: Entity) -> bool:
    """"a delegation", "the JAXA delegation" (lexicon DELEGATION_NOUNS), unnamed: the people of a body on a trip,
    whose leader heads it; no side of a meeting of its own ("X led a delegation to Tokyo" pairs no one with it)."""
    return not body.named and any(ctx.tree.lemma(m.end - 1) in WORD_CLASSES["DELEGATION_NOUNS"] for m in body.mentions)


def _onlooker(ctx: Context, ev: Entity, who: Entity) -> bool:
    """True when the sentence that makes ``who`` a participant of ``ev`` has them look on, be present or
    chair: a word of :data:`ONLOOKER_WORDS` on the path from their mention up to its clause's verb, or
    on that verb ("was present at", "looking on", "in the presence of", "chaired by", "as a witness")."""
    t = ctx.tree
    rel = ctx.relations.get((ev.key, P.participant, who.key))
    if rel is None:
        return False
    if rel.evidence.method == "dep:witnesses":
        return True
    for m in who.mentions:
        if t.sentence_index(m.start) != rel.evidence.sentence:
            continue
        path = [m.end - 1] + [a.i for a in t.ancestors(m.end - 1)]
        for j in path:
            tok = t[j]
            words = {t.lemma(j)} | {f"{t.lemma(j)} {c.text.lower()}" for c in t.children(j, "prt", "advmod")}
            words |= {t.lemma(c.i) for c in t.children(j, "acomp")}
            words |= {t.lemma(o.i) for p in t.children(j, "prep") if p.text.lower() == "as"
                      for o in t.children(p.i, "pobj")}
            if words & ONLOOKER_WORDS:
                return True
            if tok.pos in ("VERB", "AUX") and tok.dep not in ("acl", "advcl", "xcomp"):
                break
    return False
