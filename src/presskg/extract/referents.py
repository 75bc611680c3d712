"""What the arguments of a rule denote: names, descriptions, agents and their organizations.

``things`` resolves a phrase to entities, creating a *described* thing ("a spectrometer", "the meeting", "5.4 grams
of samples") when the phrase names none; rules create such nodes only when they give them a relation.
"""

from __future__ import annotations

from ..model import Entity
from ..vocab import Class as C
from ..vocab import Prop as P
from .agreement_short_names import agreement_named_again
from .bare_references import the_two, titled_person
from .class_nouns import class_noun_above
from .context import Context
from .entities import ancestors, may_take_back
from .groups import apposed_body, governments_of, listed_members, team_behind
from .groups import coordinated_modifier as _coordinated_modifier
from .groups import worker_org as _worker_org  # noqa: F401  (read by rules/gatherings.py as well)
from .lexicon import DESCRIBED_THINGS, HEAD_CLASSES, NAMING_VERBS, WORD_CLASSES, in_class
from .mentions import noun_class
from .named_occurrences import named_occurrence
from .told_events import event_told_by_verb, hosted_visit, said_same, told_by_verb


def things(ctx: Context, i: int, *, create: bool = True) -> list[Entity]:
    """Entities an argument denotes, creating described things ("a spectrometer") on demand."""
    out: list[Entity] = []
    for j in ctx.table.conjuncts(i):
        carried = carried_antecedent(ctx, j)
        ents = ctx.refs(j) if carried is NOT_CARRIED else [carried] if carried else []
        if not ents:
            ents = _worker_org(ctx, j) or apposed_body(ctx, j)  # "with ISRO's commercial arm NSIL"
        if not ents:  # "a robotic arm called Zephyr": the name the naming participle gives the noun
            ents = [e for c in ctx.tree.children(j, "acl") if ctx.tree.lemma(c.i) in NAMING_VERBS
                    for o in ctx.tree.children(c.i, "oprd", "dobj", "attr", "xcomp") for e in ctx.refs(o.i)]
        if not ents:
            ents = titled_person(ctx, j) or _person_of_title(ctx, j)
        if not ents and ctx.tree.lemma(j) in _PAIR_WORDS:
            ents = the_two(ctx, j)
        if not ents:
            ents = listed_members(ctx, j) or governments_of(ctx, j) or team_behind(ctx, j)
        elif (ctx.tree[j].tag == "NNS" or ctx.tree.lemma(j) in _MEMBER_GROUPS) and ctx.table.at(j) is None:
            # the names a plural noun (or "the X crew") lists, beside those
            ents = ents + [e for e in listed_members(ctx, j) if e not in ents]  # the parser joined to it
        if not ents and ctx.tree.lowers[j] in ("each", "one") and (k := ctx.tree.partitive_of(j)) is not None:
            ents = things(ctx, k, create=create)  # "each of the Tessaly satellites carries X": of the satellites
        if not ents and create:
            thing = described(ctx, j)
            ents = [thing] if thing else []
        if not ents and ctx.tree.lemma(j) in WORD_CLASSES["QUANTITY_NOUNS"]:  # "5 grams of samples", "a portion of"
            for p in ctx.tree.children(j, "prep"):  # (its "of" only: "5 grams of samples from [asteroid X]")
                for o in ctx.tree.children(p.i, "pobj") if p.text.lower() == "of" else ():
                    ents = things(ctx, o.i, create=create)
        for e in ents + _coordinated_modifier(ctx, j):
            if e not in out:
                out.append(e)
    return out


def _person_of_title(ctx: Context, j: int) -> list[Entity]:
    """"in the presence of the Minister of Science Elvira Fortunato": the parser hangs the name on the
    title's "of"; no one is the title of a person, so the phrase is that person (see titled_people)."""
    t = ctx.tree
    if t.lemma(j) not in _TITLES:
        return []
    return [e for p in t.children(j, "prep") if p.text.lower() == "of" for o in t.children(p.i, "pobj")
            if (e := ctx.table.at(o.i)) is not None and C.Person in e.classes]


#: :func:`carried_antecedent` of a noun it does not apply to.
NOT_CARRIED = object()


def carried_antecedent(ctx: Context, j: int) -> Entity | None | object:
    """"Hayabusa3 released its return capsule ... The capsule landed": a definite noun of a carried craft
    (lexicon ``CARRIED_CRAFT_NOUNS``) is the latest craft told of with that noun, described ("its return
    capsule") or named ("the Tern capsule", "the Pipit lander", a lander by class), never the mother craft
    its class would also fit; ``None`` when there is none in view, :data:`NOT_CARRIED` for other nouns."""
    t = ctx.tree
    lemma = t.lemma(j)
    if lemma not in CARRIED_CRAFT_NOUNS or ctx.table.at(j) is not None or not _is_definite(ctx, j):
        return NOT_CARRIED
    if j in ctx.described:
        return ctx.table.entities[ctx.described[j]]
    cls = HEAD_CLASSES.get(lemma)
    for ent in ctx.before(j):
        if isa(ctx, ent, C.Event) or not isa(ctx, ent, C.Spacecraft, C.Instrument):
            continue
        if not ent.named and lemma in ent.label.lower().split() or ent.named and (
                any(m.end < len(t) and t.lemma(m.end) == lemma or t.lemma(_noun_named(t, m.end - 1)) == lemma
                    for m in ent.mentions)  # ("the Tern capsule", "the Tern sample-return capsule")
                or cls not in (None, C.Spacecraft) and any(cls in ancestors(k) for k in ent.classes)):
            ctx.described[j] = ent.key
            return ent
    return None


def _noun_named(t, k: int) -> int:
    """The class noun a name's last word ``k`` is set before, past field words ("the Tern sample-return capsule"); ``k``
    when it is set before none."""
    return class_noun_above(t, t[k].head) if t[k].dep == "compound" and t[k].head > k else k


CARRIED_CRAFT_NOUNS = WORD_CLASSES["CARRIED_CRAFT_NOUNS"]
_VERB_EVENTS = {C.Landing: "landing", C.Launch: "launch", C.SampleReturn: "sample return", C.Meeting: "meeting"}
#: Words that stand alone for two things told just before: "the two plunged", "both landed".
_PAIR_WORDS = frozenset({"two", "both"})
#: Singular nouns of several members, which list them (lexicon ``MEMBER_GROUP_NOUNS``: "the X crew, including A").
_MEMBER_GROUPS = frozenset(WORD_CLASSES["MEMBER_GROUP_NOUNS"])
_PORTS = frozenset(WORD_CLASSES["PORT_NOUNS"])
_VAGUE = frozenset(WORD_CLASSES["VAGUE_QUANTIFIERS"])
_DOCKING = frozenset(WORD_CLASSES["DOCKING_PREPOSITIONS"])
#: Title nouns a definite description of a person may use: "the minister", "the Administrator".
_TITLES = WORD_CLASSES["HEAD_TITLES"] | WORD_CLASSES["MEMBER_TITLES"]
#: Adjectives that leave a definite description pointing back ("the new agreement" just signed).
BACK_ADJECTIVES = WORD_CLASSES["BACK_ADJECTIVES"]


def described(ctx: Context, i: int, cls: str | None = None) -> Entity | None:
    """The described thing headed by noun ``i``, made once; ``None`` if the noun names no such thing."""
    t = ctx.tree
    tok = t[i]
    if i in ctx.described:
        return ctx.table.entities[ctx.described[i]]
    lemma = t.lemma(i)
    elliptic = _elliptic_head(ctx, i) if tok.text.lower() in ("one", "another") else None
    if elliptic is not None:
        lemma = t.lemma(elliptic)
        cls = cls or noun_class(t, elliptic)
    scheduled = i in ctx.frames and ctx.frames[i].noun is not None  # "is due for launch": the copula's event
    if tok.pos == "NOUN" and (told := event_told_by_verb(ctx, i)) is not None:  # "X opened Y. The opening ..."
        ctx.described[i] = told.key
        return told
    if tok.pos == "NOUN" and (host := hosted_visit(ctx, i)) is not None:  # "A welcomed B to X. During the visit"
        told = described(ctx, host, C.Meeting)
        if told is not None:
            ctx.described[i] = told.key
        return told
    if tok.pos not in ("NOUN", "VERB", "NUM", "PROPN") and not scheduled or (
            lemma not in DESCRIBED_THINGS and tok.text.lower() not in DESCRIBED_THINGS and cls is None):  # "talks"
        return None
    if tok.tag == "NNS" and any(t.lowers[c.i] in _VAGUE for c in t.children(i, "det", "amod")):
        return None  # "takes part in some programmes", "several missions": no particular things
    if tok.pos == "PROPN" and cls is None:  # ("the Charter": a named agreement called by its class noun)
        return ctx.table.entities[ctx.described.setdefault(i, again.key)] if (
            again := agreement_named_again(ctx, i)) is not None else None
    if tok.pos in ("VERB", "PROPN") or scheduled:  # a verb's event ("set down in 2019": a landing), a field name
        said = f"{ctx.frames[i].lemma} {ctx.frames[i].particle}".strip() if i in ctx.frames else t.lemma(i)
        label = _VERB_EVENTS.get(cls, said)  # (a verb with its particle: "step down", not "step")
        ent = ctx.table.add_described(f"d:{ctx.release.identifier}:{i}", label, cls, i, i + 1, "described")
        ctx.described[i] = ent.key
        if i in ctx.frames and ctx.frames[i].noun is not None:  # "scheduled for launch": the launch is the verb's
            ctx.described.setdefault(ctx.frames[i].noun, ent.key)
        return ent
    if ctx.table.at(i) is not None or _docked_at(ctx, i):
        return None
    cls = cls or noun_class(t, i) or (noun_class(t, elliptic) if elliptic is not None else None)
    if (named := named_occurrence(ctx, i, cls)) is not None:  # "the AquaVal campaign": the name's, no twin
        return ctx.table.entities[ctx.described.setdefault(i, named.key)]
    if cls is None:  # "a letter of intent ... The letter was signed by A": the thing that noun heads, just told of
        same = _same_head(ctx, i) if tok.pos == "NOUN" and _is_definite(ctx, i) else None
        if same is not None:
            ctx.described[i] = same.key
        return same
    carried = carried_antecedent(ctx, i) if tok.pos == "NOUN" else NOT_CARRIED
    prior = carried if carried is not NOT_CARRIED else ctx.definite(i) if tok.pos == "NOUN" else None
    if prior is None and carried is NOT_CARRIED and tok.pos == "NOUN" and lemma in DESCRIBED_THINGS \
            and _is_definite(ctx, i):
        prior = _latest_of(ctx, i, cls) or told_by_verb(ctx, i, cls, described)
    if prior is not None:
        ctx.described[i] = prior.key
        return prior
    start, end = _np_span(ctx, i)
    start = min(start, t.hyphened_start(i))  # ("a controlled re-entry": the parser may leave "re-" off the phrase)
    end = max(end, t.hyphened_end(i))  # ("a micro-launcher": the parser may make "micro" the head, "-launcher" apart)
    label = t.span_text(start, end)
    ent = ctx.table.add_described(f"d:{ctx.release.identifier}:{i}", label, cls, start, end, "described")
    ctx.described[i] = ent.key
    return ent


def _docked_at(ctx: Context, i: int) -> bool:
    """"docked at the station's airlock": a port a craft docks at (lexicon PORT_NOUNS after DOCKING_PREPOSITIONS)
    stands for the craft it is of (rules/docking_ports.py), no thing of its own."""
    t = ctx.tree
    if t.lemma(i) not in _PORTS or t[i].dep != "pobj" or t.lowers[t[i].head] not in _DOCKING:
        return False
    f = ctx.frames.get(t[t[i].head].head)
    return f is not None and in_class("DOCK_VERBS", f.lemma, f.particle or None)


def _elliptic_head(ctx: Context, i: int) -> int | None:
    """"a pair of agreements ...: one on Hera and one on MMX" — "one" stands for an agreement."""
    for a in ctx.tree.ancestors(i):
        if a.pos == "NOUN" and a.tag == "NNS" and ctx.tree.lemma(a.i) in DESCRIBED_THINGS:
            return a.i
        if a.pos == "NOUN" and a.tag == "NN" and ctx.tree.lemma(a.i) in ("pair", "couple", "number", "set"):
            for p in ctx.tree.children(a.i, "prep"):
                for o in ctx.tree.children(p.i, "pobj"):
                    if ctx.tree.lemma(o.i) in DESCRIBED_THINGS:
                        return o.i
    return None


def _is_definite(ctx: Context, i: int) -> bool:
    """"the agreement", "the new agreement", "the cooperation agreement": a definite noun whose modifiers
    do not make it a new thing (an adjective of :data:`BACK_ADJECTIVES`, a common noun the earlier thing's
    label repeats, checked by :func:`_latest_of`), or a clause set off by a comma ("the congress, which was attended
    by ..."); "the launch of X", "the second agreement" are new."""
    kids = ctx.tree.children(i)
    return any(c.text.lower() in ("the", "this", "that") for c in kids if c.dep == "det") and not any(
        c.dep in ("prep", "acl", "relcl", "nummod") and not ctx.tree.aside(c.i)  # ("the congress, which was ...")
        or (c.dep == "amod" and c.text.lower() not in BACK_ADJECTIVES and c.tag != "VBG")  # ("implementing")
        or (c.dep == "compound" and not (c.pos == "NOUN" and c.text.islower())) for c in kids
    )


def _same_head(ctx: Context, i: int) -> Entity | None:
    """The described thing of the sentence or the one before whose phrase noun ``i`` heads ("letter" of "a letter
    of intent"), for a noun that names no class by itself."""
    t, here = ctx.tree, ctx.tree.sentence_index(i)
    for ent in ctx.before(i):
        m = ent.mentions[0] if ent.mentions else None
        if m is not None and not ent.named and here - t.sentence_index(m.start) <= 1 and t.lemma(m.start) == t.lemma(i):
            return ent
    return None


#: Nouns of a gathering that may stand for any named one (lexicon data).
_ANY_GATHERING = frozenset(WORD_CLASSES["GENERAL_GATHERING_NOUNS"])


def _latest_of(ctx: Context, i: int, cls: str) -> Entity | None:
    """The latest thing of class ``cls`` before ``i`` that the noun may take back: its label holds the
    noun's compound words ("the cooperation agreement" is the "cooperation agreement" told of, not a
    "framework agreement" told of after it), and it is named or of the same noun ("the camera" is not the
    radar told of before; "the instrument", a noun of lexicon GENERIC_NOUNS, may be)."""
    lemma = ctx.tree.lemma(i)
    words = [c.text.lower() for c in ctx.tree.children(i, "compound", "amod") if c.dep == "compound" or c.tag == "VBG"]
    same = said_same(ctx, i, cls)
    for ent in ctx.before(i):
        if same and isa(ctx, ent, C.Meeting, C.Conference):
            return ent  # "At the same session": the meeting told of, whatever noun named it
        # ("the conference" after the named "ESA Council at Ministerial Level", a meeting: a noun of any gathering,
        # lexicon GENERAL_GATHERING_NOUNS, takes back a named one of either kind)
        if any(cls in ancestors(k) for k in ent.classes) or cls == C.Conference and lemma in _ANY_GATHERING \
                and ent.named and isa(ctx, ent, C.Meeting):
            label = ent.label.lower().split()
            if not all(w in label for w in words):
                continue  # ("the framework agreement": the one so called, though another was told of since)
            if may_take_back(ent, lemma):
                return ent
    return None


def _np_span(ctx: Context, i: int) -> tuple[int, int]:
    """Determiner-free span of a noun and its left modifiers: "videoconference meeting"."""
    t = ctx.tree
    start = i
    for c in sorted(t.children(i), key=lambda c: c.i):
        if c.i < i and c.dep in ("compound", "amod", "nmod", "nummod") and all(
            t[k].dep not in ("punct", "cc") and (k == c.i or t[k].tag != "DT") for k in range(c.i, i)
        ):
            start = min(start, min(t.subtree(c.i)))
            break
    for k in range(start, i):  # "the mission's laser altimeter": an owner hung on the compound is no modifier
        if t[k].dep == "poss":
            start = max(start, max(t.subtree(k)) + 1)
    while start < i and t[start].tag == "DT":  # (nor a determiner the parser hung on one: "The X crew return capsule")
        start += 1
    return start, i + 1


def listed_people(ctx: Context, i: int) -> list[Entity]:
    """The people a list headed at ``i`` names, however the parser chained it: in "A, Director of X,
    and B, President of Y" or "A of X, B of Y and C of Z" later names often hang on an apposition or
    on the last organization; every person that is a list item (a conjunct or an apposition) counts, also after
    "including" ("heads of agencies from 12 countries, including A and B")."""
    t = ctx.tree
    out: list[Entity] = []
    todo, seen = [i], set()
    while todo:
        j = todo.pop()
        if j in seen:
            continue
        seen.add(j)
        ent = ctx.table.at(j)
        listed = j == i or t[j].dep in ("conj", "appos") or t[j].dep == "pobj" and t.lowers[t[j].head] == "including"
        if ent is not None and C.Person in ent.classes and listed:
            out.append(ent)
        todo.extend(c.i for c in t.children(j) if c.dep in ("conj", "appos", "pobj", "compound")
                    or c.dep == "prep" and c.text.lower() in ("of", "from", "including"))  # "Director of X, and B",
        # "heads of agencies from 12 countries, including A and B": not "with B"
    return list(dict.fromkeys(out))


def agents(ents: list[Entity], ctx: Context) -> list[Entity]:
    return [e for e in ents if ctx.table.is_a(e, C.Agent) or C.Country in e.classes]


def organizations_of(ctx: Context, people: list[Entity]) -> list[Entity]:
    """The organizations people head or belong to (as found so far); a body whose name holds another of them
    ("the Executive Board of [DLR]") acts as that organization, and stands aside; an unnamed group acts for the
    body it is of ("A delegation from ISRO visited CNES. The two sides ...": ISRO)."""
    out = []
    for p in people:
        if C.Person in p.classes:
            out.extend(ctx.objects(p, P.headOf) or ctx.objects(p, P.memberOf))
        elif not p.named and p.mentions and (acting := _worker_org(ctx, p.mentions[0].end - 1)):
            out.extend(acting[:1])
        elif ctx.table.is_a(p, C.Organization) or C.Country in p.classes:
            out.append(p)
    out = list(dict.fromkeys(out))
    return [o for o in out if not any(x is not o and _holds(o, x) for x in out)] if len(out) > 1 else out


def _holds(outer: Entity, inner: Entity) -> bool:
    """True when a mention of ``outer`` holds one of ``inner`` ("the Board of [the Vela Agency]")."""
    return any(m.start <= n.start and n.end <= m.end and (m.start, m.end) != (n.start, n.end)
               for m in outer.mentions for n in inner.mentions)


def isa(ctx: Context, e: Entity, *classes: str) -> bool:
    return any(ctx.table.is_a(e, c) for c in classes)


def flown_craft(ctx: Context, e: Entity) -> bool:
    """``e`` is a craft or a mission that flies to where it goes: no launcher (which only lifts it), no instrument
    (which a craft carries)."""
    return isa(ctx, e, C.Spacecraft, C.Mission) and not isa(ctx, e, C.LaunchVehicle, C.Instrument)


# --- rules ------------------------------------------------------------------------------


def _clause_tokens(ctx: Context, v: int) -> list[int]:
    """Tokens of a verb's clause, without the clauses embedded in it."""
    t = ctx.tree
    out, todo = [], [c.i for c in t.children(v) if c.dep not in ("relcl", "advcl", "ccomp", "conj", "acl")]
    while todo:
        j = todo.pop()
        out.append(j)
        todo.extend(c.i for c in t.children(j) if c.dep not in ("relcl", "acl", "advcl", "ccomp"))
    return sorted(out)


def clause_locatives(ctx: Context, v: int) -> list[int]:
    """Objects of "at" / "in" anywhere in a verb's clause ("signed an agreement on X in Brasilia"), but in a phrase
    of another event set before or after it ("following a meeting in Tokyo", "after talks in Tokyo": lexicon
    SEQUENCE_WORDS), whose place that is."""
    t = ctx.tree
    return [c.i for i in _clause_tokens(ctx, v) if t[i].dep == "prep" and t[i].text.lower() in ("at", "in")
            and not _in_sequence_phrase(ctx, i, v) for c in t.children(i, "pobj")]


_SEQUENCE = frozenset(WORD_CLASSES["SEQUENCE_WORDS"])


def _in_sequence_phrase(ctx: Context, i: int, v: int) -> bool:
    """Whether token ``i`` sits, below verb ``v``, in a phrase a sequence word opens ("following a meeting in X")."""
    for a in ctx.tree.ancestors(i):
        if a.i == v:
            return False
        if ctx.tree.lowers[a.i] in _SEQUENCE:
            return True
    return False


def places_in(ctx: Context, i: int) -> list[Entity]:
    """Places a locative phrase names: "on AEM's premises in Mexico City" gives Mexico City, "in the desert
    near Woomera" Woomera, "off the coast of Florida" Florida, "on the plain of Arcadia Planitia" Arcadia Planitia,
    "at JAXA's Tokyo office" Tokyo."""
    t = ctx.tree
    places = [e for e in things(ctx, i, create=False) if ctx.table.is_a(e, C.Place) and not ctx.table.is_a(e, C.Event)]
    if places:
        return places
    if t.lowers[i] in _SEATS or t.lemma(i) in _SEATS:  # "at JAXA's Tokyo office", "our Toulouse site": the town
        places = [e for c in t.children(i, "compound") for e in things(ctx, c.i, create=False)  # that names it
                  if ctx.table.is_a(e, C.Place) and not ctx.table.is_a(e, C.Event)]
    for p in t.children(i, "prep"):  # ("off the coast of X": lexicon PLACE_PART_NOUNS)
        if p.text.lower() in ("in", "at", "near") or p.text.lower() == "of" and t.lemma(i) in _PLACE_PARTS:
            for o in t.children(p.i, "pobj"):
                places += places_in(ctx, o.i)
    return places


#: (and of a landform: "on the plain of Arcadia Planitia", "in the valley of X": lexicon LANDFORM_NOUNS)
_PLACE_PARTS = frozenset(WORD_CLASSES["PLACE_PART_NOUNS"]) | frozenset(WORD_CLASSES["LANDFORM_NOUNS"])
#: where a body works, which its town may name ("JAXA's Tokyo office": lexicon SEAT_NOUNS)
_SEATS = frozenset(WORD_CLASSES["SEAT_NOUNS"])
