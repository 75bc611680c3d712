"""Parts a craft carries: "the orbiter carries a magnetometer", "X was mounted on the Y satellite",
"Z will fly aboard the probe". The verb is a :data:`CARRY_VERBS` word and the preposition an
:data:`ABOARD_PREPOSITIONS` word (data), so a new wording of either joins without code."""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..candidates import noun_class
from ..context import Context
from ..enumerations import enumerations, opens_list
from ..frames import Frame
from ..lexicon import ABOARD_PREPOSITIONS, PARTICIPATION_NOUNS, WORD_CLASSES, in_class
from ..referents import described, isa, things
from ..registry import Stage, rule
from ..told_craft import craft_by_noun
from .makers import made_by, maker_marks

PARTS = (C.Instrument, C.Spacecraft)
WHOLES = (C.Spacecraft, C.Mission)
FURTHER = WORD_CLASSES["FURTHER_WORDS"]
#: Parts of a craft an instrument is mounted on or carried by (lexicon MOUNTING_NOUNS, CRAFT_PART_NOUNS).
MOUNTINGS = frozenset(WORD_CLASSES["MOUNTING_NOUNS"]) | frozenset(WORD_CLASSES["CRAFT_PART_NOUNS"])


#: Prepositions of what goes along with a part: "will fly on X, together with the Y spectrometer".
_BESIDE = ("with", "together with", "along with", "alongside")


def _whole(ctx: Context, e: Entity) -> bool:
    return isa(ctx, e, *WHOLES) and not isa(ctx, e, C.LaunchVehicle)


def _wholes_at(ctx: Context, i: int) -> list[Entity]:
    """The crafts the phrase at ``i`` names as where a part sits: the craft ("mounted on the rover"), else the craft
    whose holding part it names ("on the rover's robotic arm", "the mast of Talvi": :data:`MOUNTINGS`)."""
    t = ctx.tree
    if t.lemma(i) == "flight" or i > 0 and t.lemma(i - 1) == "flight":
        return []  # "carrying X into orbit on flight VA265": a launcher's flight, no craft the thing is part of
    found = [e for e in things(ctx, i, create=False) if _whole(ctx, e)]
    if not found and (e := craft_by_noun(ctx, i, determined=True)) is not None:
        return [e]  # "will fly on the Korean lunar lander": a craft told by its noun (not "each satellite")
    if found or t[i].pos != "NOUN" or t.lemma(i) not in MOUNTINGS:
        return found
    return [e for k in t.owner_words(i) for e in things(ctx, k, create=False) if _whole(ctx, e)]


@rule("frame:carried", scope="verb", stage=Stage.VERBS, triggers=("CARRY_VERBS", "FLY_PAYLOAD_VERBS", "MATE_VERBS"),
      produces=(P.partOf, P.providedBy, P.contributesTo), confidence=0.75)
def carried(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"InSight, which carries HP3", "HP3 is carried by InSight": the object (the passive's subject) is part of the
    carrying craft (the agent); "mounted on X", "aboard X": the thing moved is part of the craft the preposition
    names; "carries a camera from DLR": who the part comes from provides it (:func:`_from_whom`); "the agency will
    fly an instrument on X" (FLY_PAYLOAD_VERBS): the body provides it and contributes to X."""
    _from_whom(ctx, f)
    objs = [e for i in f.obj + [j for o in f.obj for j in _hung_on_agent(ctx, o)]
            for e in (_listed_items(ctx, i) or things(ctx, i) + _included(ctx, i)) if isa(ctx, e, *PARTS)]
    t = ctx.tree  # ("fly an instrument on X": the parser may hang the phrase on the object)
    hung = [o.i for j in f.obj for p in t.children(j, "prep") if t.lowers[p.i] in ABOARD_PREPOSITIONS
            for o in t.children(p.i, "pobj")] if f.lemma in WORD_CLASSES["FLY_PAYLOAD_VERBS"] else []
    mated = f.prep("with") if f.lemma in WORD_CLASSES["MATE_VERBS"] else []  # "integrated with the X lander"
    aboard = [e for i in [i for p, i in f.preps if p in ABOARD_PREPOSITIONS or p.startswith("on board")] + hung
              + mated for e in _wholes_at(ctx, i)]
    if aboard:
        parts = objs or [e for i in f.subj for e in things(ctx, i) if isa(ctx, e, *PARTS)]
        # "the Kestrel camera will fly on Orla, together with the Lumen spectrometer": the part beside it too
        parts += [e for p, i in f.preps if p in _BESIDE for e in things(ctx, i, create=False)
                  if isa(ctx, e, C.Instrument) and parts and e not in parts]
        wholes = aboard
    elif f.lemma in ("carry", "house", "accommodate", "host"):  # "is carried by the X satellite": the agent carries
        # ("the rover's mast carries the Vidar camera": the craft whose part carries it)
        parts, wholes = objs, [e for e in subj if _whole(ctx, e)] or [e for i in f.subj for e in _wholes_at(ctx, i)]
    else:
        return
    flown = aboard and f.lemma in WORD_CLASSES["FLY_PAYLOAD_VERBS"] and not f.passive
    for part in parts:
        for whole in wholes:
            if part.key != whole.key and not (isa(ctx, part, C.Spacecraft) and isa(ctx, whole, C.Instrument)):
                ctx.add(part, P.partOf, whole, f.verb)
    marks = [k for i in f.obj for k in maker_marks(ctx, i)]  # "fly the French IRIS imager": France's body's
    for body in [e for e in subj if isa(ctx, e, C.Organization)] if flown else []:  # "X will fly an instrument on Y"
        for part in (p for p in parts if isa(ctx, p, C.Instrument)) if not marks or made_by(ctx, body, marks) else ():
            ctx.add(part, P.providedBy, body, f.verb, "frame:flown-payload", 0.7)
        for whole in wholes:
            ctx.add(body, P.contributesTo, whole, f.verb, "frame:flown-payload", 0.7)


def _hung_on_agent(ctx: Context, i: int) -> list[int]:
    """"carry a drill provided by X and a spectrometer built by Y": the parser joins the second thing to the
    first one's agent X; a common noun with its own determiner so joined is another object of the verb."""
    t = ctx.tree
    return [c.i for v in t.children(i, "acl") for a in t.children(v.i, "agent") for o in t.children(a.i, "pobj")
            for c in t.children(o.i, "conj") if t[c.i].pos == "NOUN" and t.children(c.i, "det")]


def _from_whom(ctx: Context, f: Frame) -> None:
    """"will carry a camera from DLR and a spectrometer from CNES": the parser hangs each "from" phrase on the
    verb; a body it names provides the part named right before it (an "of"/"from" phrase on the part's own
    noun is ``dep:instrument-of-org``'s)."""
    t = ctx.tree
    objects = sorted({j for i in f.obj for j in t.conjuncts(i)})
    for i in f.prep("from"):
        before = [j for j in objects if j < t[i].head]
        if not before:
            continue
        givers = [e for e in ctx.refs(i) if isa(ctx, e, C.Organization)]
        for part in (e for e in things(ctx, before[-1]) if isa(ctx, e, C.Instrument)):
            for g in givers:
                ctx.add(part, P.providedBy, g, t[i].head, "frame:carried-from", 0.7)


def _included(ctx: Context, i: int) -> list[Entity]:
    """"carries six instruments, including a radar sounder provided by ASI": the things a plural class noun names
    some of after a list opener (lexicon ``ENUMERATORS``), each a thing of its own word's class; beside the plural,
    which the list does not exhaust."""
    t = ctx.tree
    if t[i].tag != "NNS" or noun_class(t, i) is None:
        return []
    return [e for p in t.children(i, "prep") if opens_list(t, p.i) for o in t.children(p.i, "pobj")
            for j in t.conjuncts(o.i) if t[j].pos == "NOUN" for e in things(ctx, j)]


def _listed_items(ctx: Context, i: int) -> list[Entity]:
    """"three instruments: a radar, a spectrometer and a star tracker": the things a plural class noun sets
    out after a colon, each a thing of the noun's class (unless its own word says another), not the plural."""
    t = ctx.tree
    cls = noun_class(t, i)
    if t[i].tag != "NNS" or cls is None or not any(t[k].text == ":" for k in range(i + 1, min(i + 3, len(t)))):
        return []
    # a named item may lead the list: "two instruments: the Auroral Imager (AI), supplied by X, and a radar"
    heads = [c.i for c in t.children(i, "appos") if c.i > i and t[c.i].pos in ("NOUN", "PROPN")
             and t[c.i - 1].text != "("]
    items = [j for h in heads for j in t.conjuncts(h)]
    # "three instruments: the Vela Dust Counter, a magnetometer and a camera": items the parser hung on the one
    # before as an apposition, when the count says so
    siblings = sorted({j for h in heads for j in _list_siblings(t, h) if t[j].dep in ("appos", "conj")} - set(items))
    if siblings and _count(t, i) == len(items) + len(siblings):
        items += siblings
    # "the Corax spectrometer": the name in the item's phrase, not a second, described spectrometer
    named = [e for j in items if (e := ctx.table.at(j) or ctx.named_child(j)) is not None]
    return named + [e for j in items if t[j].pos == "NOUN" and ctx.table.at(j) is None and ctx.named_child(j) is None
                    and (e := described(ctx, j, noun_class(t, j) or cls)) is not None]


_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def _count(t, i: int) -> int | None:
    """The number a plural noun is counted with ("three instruments", "4 payloads"), if any."""
    for c in t.children(i, "nummod"):
        word = t.lowers[c.i]
        return int(word) if word.isdigit() else _COUNTS.get(word)
    return None


@rule("dep:listed-parts", stage=Stage.PHRASES, triggers=("ENUMERATORS", "ABOARD_PREPOSITIONS", "FURTHER_WORDS"),
      produces=(P.partOf,), confidence=0.7)
def listed_parts(ctx: Context) -> None:
    """"Of the instruments carried on X, four, namely A, B and C", "four instruments will be on
    board: a camera (CAM), ...": the listed things are part of the craft the class noun's phrase names,
    or, when it names none ("will be on board"; "two further instruments, D and E", FURTHER_WORDS), of the
    craft the text was speaking of."""
    t = ctx.tree
    wholes: dict[int, list[Entity]] = {}
    items = enumerations(t)
    for k, entry in list(items.items()):  # "a Zephyr camera (ZC), a wide-field imager (WFI), ...": the
        for j in _list_siblings(t, k):  # parser may hang an item on the one before it as an apposition
            items.setdefault(j, entry)
    for k, (_, noun) in items.items():
        part = ctx.table.at(k)
        if part is None or not isa(ctx, part, *PARTS):
            continue
        if noun not in wholes:
            wholes[noun] = _whole_of_list(ctx, noun)
        for whole in wholes[noun]:
            if whole.key != part.key:
                ctx.add(part, P.partOf, whole, k)


def _list_siblings(t, k: int) -> list[int]:
    """The words of the items set after the list item at ``k`` as appositions not in brackets (a bracket
    holds the item's short name), with their own bracketed short names."""
    out: list[int] = []
    for c in t.children(k, "appos"):
        if c.i == 0 or t[c.i - 1].text == "(" or t[c.i].pos not in ("NOUN", "PROPN"):
            continue
        for j in t.conjuncts(c.i):
            out += [j] + [x.i for x in t.children(j, "compound")]
            out += [y for x in t.children(j, "appos") if t[x.i - 1].text == "(" for y in t.subtree(x.i)[:4]]
    return out


def _whole_of_list(ctx: Context, noun: int) -> list[Entity]:
    t = ctx.tree
    near = [c.i for c in t.children(noun, "compound", "poss")]
    for p in t.children(noun, "prep"):
        if p.text.lower() in ("of", "on", "aboard", "onboard", "for"):
            near += [o.i for o in t.children(p.i, "pobj")]
    for v in t.children(noun, "acl", "relcl"):  # "instruments carried on X"
        near += [o.i for p in t.children(v.i, "prep") if p.text.lower() in ABOARD_PREPOSITIONS
                 for o in t.children(p.i, "pobj")]
    found = [e for i in near for e in ctx.refs(i) if _whole(ctx, e)]
    if found:
        return found[:1]
    verb = t[noun].head
    aboard = any(c.text.lower() in ("aboard", "onboard") or (c.text.lower() == "on" and any(
        t.lemma(o.i) == "board" for o in t.children(c.i, "pobj"))) for c in t.children(verb))
    named = [e for c in t.children(verb) if c.text.lower() in ("aboard", "onboard", "on")
             for o in t.children(c.i, "pobj") for j in [o.i, *(x.i for x in t.children(o.i, "dobj", "pobj"))]
             for e in ctx.refs(j) if _whole(ctx, e)]  # "will be on board the Vela probe: ..."
    if t[noun].dep in ("nsubj", "nsubjpass") and aboard and named:
        return named[:1]
    if t[noun].dep in ("nsubj", "nsubjpass") and aboard:  # "four instruments will be on board"
        return [e for e in ctx.recent(noun, C.Mission, sentences=1) + ctx.recent(noun, C.Spacecraft, sentences=1)
                if _whole(ctx, e)][:1]
    if any(t.lemma(c.i) in FURTHER or t.lowers[c.i] in FURTHER for c in t.children(noun, "amod")):
        # "In two further instruments, D and E, ...": more of the parts just told of, of the one craft in view
        # (the sentence and the one before; two in view say nothing)
        seen = {e.key: e for e in ctx.recent(noun, C.Mission, sentences=1) + ctx.recent(noun, C.Spacecraft,
                                                                                            sentences=1)
                if _whole(ctx, e)}
        return list(seen.values()) if len(seen) == 1 else []
    return []


@rule("dep:contribution", stage=Stage.PHRASES, triggers=("PARTICIPATION_NOUNS", "COMPOSITION_VERBS"),
      produces=(P.contributesTo, P.providedBy, P.partOf), confidence=0.75)
def contributions(ctx: Context) -> None:
    """"Canada's contribution to the X telescope", "the Japanese contribution, made up of the A and B
    instruments": who contributes (possessive, nationality, "of"/"by"/"from"), to what ("to"/"in"),
    and what the contribution is made of (provided by the contributor, part of the craft)."""
    t = ctx.tree
    for tok in t.tokens:
        if tok.pos != "NOUN" or t.lemma(tok.i) not in PARTICIPATION_NOUNS:
            continue
        who: list[Entity] = []
        for c in t.children(tok.i, "poss", "compound"):  # ("their support": each of those it takes back)
            who += [e for e in ctx.refs(c.i) if isa(ctx, e, C.Organization, C.Country)]
        for c in t.children(tok.i, "amod"):
            entry = ctx.gaz.country_of_word(c.text) if c.text[:1].isupper() else None
            if entry is not None:
                who.append(ctx.table.add_kb(entry))
        goals: list[Entity] = []
        for p in t.children(tok.i, "prep"):
            objs = [e for o in t.children(p.i, "pobj") for e in things(ctx, o.i, create=False)]
            if p.text.lower() in ("of", "by", "from"):
                who += [e for e in objs if isa(ctx, e, C.Organization, C.Country)]
                if p.text.lower() == "of":  # "its support of the X mission": what is supported
                    goals += [e for e in objs if _whole(ctx, e)]
            elif p.text.lower() in ("to", "in", "for"):
                goals += [e for e in objs if _whole(ctx, e) or isa(ctx, e, C.LaunchVehicle)]
        for v in t.children(tok.i, "relcl", "acl"):  # "the contribution Canada is making to X"
            if t.lemma(v.i) in ("make", "bring", "provide", "offer"):
                who += [e for c in t.children(v.i, "nsubj") for e in things(ctx, c.i, create=False)
                        if isa(ctx, e, C.Organization, C.Country)]
                goals += [e for p in t.children(v.i, "prep") if p.text.lower() in ("to", "in", "for")
                          for o in t.children(p.i, "pobj") for e in things(ctx, o.i, create=False)
                          if _whole(ctx, e) or isa(ctx, e, C.LaunchVehicle)]
        made_of = [e for j in _apposed(ctx, tok.i) for e in things(ctx, j, create=False)  # "X, Canada's
                   if isa(ctx, e, *PARTS) and not isa(ctx, e, C.LaunchVehicle)]  # contribution to Y"
        if t.lemma(tok.head) == "be" and tok.dep in ("attr", "nsubj"):  # "X is Canada's contribution to Y",
            other = "nsubj" if tok.dep == "attr" else "attr"  # "Canada's contribution to Y is X"
            made_of += [e for c in t.children(tok.head, other) for e in things(ctx, c.i, create=False)
                        if isa(ctx, e, *PARTS) and not isa(ctx, e, C.LaunchVehicle)]
        heads = [v.i for v in t.children(tok.i, "acl", "relcl")]
        if tok.dep in ("nsubj", "nsubjpass"):
            heads.append(tok.head)
        for v in heads:
            particle = next((c.text.lower() for c in t.children(v, "prt")), None)
            if not in_class("COMPOSITION_VERBS", t.lemma(v), particle):
                continue
            args = [c.i for c in t.children(v, "dobj")] + [o.i for p in t.children(v, "prep")
                                                          if p.text.lower() == "of" for o in t.children(p.i, "pobj")]
            made_of += [e for i in args for e in things(ctx, i) if isa(ctx, e, *PARTS)]
        for a in dict.fromkeys(who):
            for g in goals:
                ctx.add(a, P.contributesTo, g, tok.i)
            for x in made_of:
                ctx.add(x, P.providedBy, a, tok.i)
        for x in made_of:
            for g in goals:
                if x.key != g.key:
                    ctx.add(x, P.partOf, g, tok.i)



def _apposed(ctx: Context, i: int) -> list[int]:
    """The phrases set beside a noun by apposition, either way ("X, the contribution", "the contribution, X")."""
    t = ctx.tree
    out = [c.i for c in t.children(i, "appos")]
    if t[i].dep == "appos":
        out.append(t[i].head)
    first, last = min(t.subtree(i)), max(t.subtree(i))
    # (or the sentence ends there)
    closed = t[last].text == "," or (last + 1 < len(t) and t[last + 1].text in (",", ".", ";"))
    if not out and first >= 2 and t[first - 1].text == "," and closed:
        before = first - 2  # "X, Canada's contribution to Y, arrived": set off by commas, however it was parsed
        if t[before].pos in ("NOUN", "PROPN") and i not in t.subtree(before):
            out.append(before)
    return out


@rule("dep:on-a-crafts-part", stage=Stage.PHRASES, triggers=("MOUNTING_NOUNS", "CRAFT_PART_NOUNS"),
      produces=(P.partOf,), confidence=0.7)
def on_a_crafts_part(ctx: Context) -> None:
    """"The Lusitania camera on the rover's mast", "a spectrometer on the arm of the Talvi rover": a thing whose
    "on" phrase names a part of a craft that holds instruments (:data:`MOUNTINGS`) is part of that craft."""
    t = ctx.tree
    for tok in t.tokens:
        if tok.pos != "NOUN" or tok.dep != "pobj" or t.lowers[tok.head] not in ("on", "aboard", "onboard") \
                or t.lemma(tok.i) not in MOUNTINGS:
            continue  # (the part may be a thing of its own: "the arm of the Talvi rover", an instrument)
        holder = t[tok.head].head
        parts = [e for e in things(ctx, holder) if isa(ctx, e, *PARTS)
                 and not isa(ctx, e, C.LaunchVehicle, C.Mission)] if t[holder].pos in ("NOUN", "PROPN") else []
        for part in parts:
            for whole in _wholes_at(ctx, tok.i):
                if part.key != whole.key:
                    ctx.add(part, P.partOf, whole, tok.i)
