"""Groups that stand for the names behind them: a plural noun for the names listed after it ("three
partners: A, B and C"), the governments of states for the states ("the governments of France and India"), a
team for the organization it works for ("a JAXA recovery team"), and "they" for the team told of just before
("JAXA sent a team to Woomera. They retrieved the capsule").
"""

from __future__ import annotations

from ..model import Entity
from ..vocab import Class as C
from .context import Context
from .entities import compatible
from .lexicon import ENUMERATORS, SECOND_CLASSES, WORD_CLASSES, WORKER_NOUNS
from .mentions import noun_class

#: Singular nouns of several members (lexicon ``MEMBER_GROUP_NOUNS``): "the crew, including A and B".
_COLLECTIVE = frozenset(WORD_CLASSES["MEMBER_GROUP_NOUNS"])

PLURAL = WORD_CLASSES["PLURAL"]
HEAD_VERBS = WORD_CLASSES["HEAD_VERBS"]
#: Nouns of a group sent on a trip or to a meeting, a state's own as well as a body's (lexicon data).
DELEGATION_NOUNS = WORD_CLASSES["DELEGATION_NOUNS"]
GOVERNMENT_NOUNS = WORD_CLASSES["GOVERNMENT_NOUNS"]
#: How many sentences back "they" looks for the team it stands for.
TEAM_REACH = 1


def listed_members(ctx: Context, j: int) -> list[Entity]:
    """"three partners: ASI, Airbus and OHB", "several partners, including ASI, Airbus and OHB", "instruments
    such as X and Y": a plural noun with no name of its own stands for the names listed after it (after a
    list opener of the lexicon, ``ENUMERATORS``: a colon, "including"), so a rule that reads the noun reads each
    member. Members must fit the noun's class when it names one ("instruments": instruments), else be
    agents or countries ("partners")."""
    t = ctx.tree
    if t[j].tag != "NNS" and t.lemma(j) not in _COLLECTIVE or ctx.table.at(j) is not None:
        return []
    # (or two names or more set beside it by a comma: "The two satellites, Varda-1 and Varda-2, were launched",
    # "two astronauts from X, A and B,": past the noun's own phrase)
    heads = [c.i for c in t.children(j, "appos")
             if c.i > j and (any(t[k].text in ENUMERATORS for k in range(j + 1, c.i))
                             or t[min(t.subtree(c.i)) - 1].text == "," and len(t.conjuncts(c.i)) >= 2)]
    for p in t.children(j, "prep"):
        if t[p.i].text.lower() in ENUMERATORS or f"{t[p.i - 1].text} {t[p.i].text}".lower() in ENUMERATORS:
            heads += [o.i for o in t.children(p.i, "pobj")]
            # the parser may hang the later items on the plural noun itself, after a bracket closed the first
            # ("organisations, including the Polish Space Agency (POLSA), the Luxembourg Space Agency and X")
            heads += [c.i for c in t.children(j, "conj", "appos") if c.i > p.i
                      and any(t[k].text == ")" for k in range(p.i, c.i))]
            # ("the crew, including A, B and C": the later items an apposition of the noun, after the first's comma)
            heads += [c.i for c in t.children(j, "appos") if c.i > max(t.subtree(p.i)) and c.i not in heads
                      and t[min(t.subtree(c.i)) - 1].text == ","]
    cls = noun_class(t, j)
    # "the two agencies": a noun of two classes (SECOND_CLASSES: an agency may be a space agency) fits either
    kinds = (cls, SECOND_CLASSES[t.lemma(j)]) if cls and t.lemma(j) in SECOND_CLASSES else (cls,)
    out: list[Entity] = []
    for h in heads:
        for k in ctx.table.conjuncts(h):
            e = ctx.table.at(k) or (ctx.named_child(k) if t[k].pos == "NOUN" else None)  # "the Corax spectrometer"
            if e is None or e in out:
                continue
            if any(compatible(x, c) for x in kinds for c in e.classes) if cls else any(
                    ctx.table.is_a(e, x) for x in (C.Agent, C.Country)):
                out.append(e)
    return out


def governments_of(ctx: Context, j: int) -> list[Entity]:
    """"The governments of France and India agreed to cooperate", "the Japanese and Indian governments": a plural
    noun of a state's bodies (lexicon ``GOVERNMENT_NOUNS``) with the states after "of", or their nationality
    adjectives before it, stands for the states, each acting as a state (the graph contract lets a country fill
    an agent's place)."""
    t = ctx.tree
    if t[j].tag != "NNS" or t.lemma(j) not in GOVERNMENT_NOUNS or ctx.table.at(j) is not None:
        return []
    named = [e for p in t.children(j, "prep") if p.text.lower() == "of" for o in t.children(p.i, "pobj")
             for k in ctx.table.conjuncts(o.i) if (e := ctx.table.at(k)) is not None and C.Country in e.classes]
    # "the Japanese and Indian governments": the states of its coordinated nationality adjectives
    words = [k for c in t.children(j, "amod") for k in t.conjuncts(c.i)]
    return named or [ctx.table.add_kb(k) for w in words if (k := ctx.gaz.country_of_word(t[w].text)) is not None]


#: Plural nouns of people who stand for a body ("ministers from the member states of X", "delegates of X").
DELEGATE_NOUNS = WORD_CLASSES["DELEGATE_NOUNS"]


def coordinated_modifier(ctx: Context, j: int) -> list[Entity]:
    """"by ESA and Portugal Space", "with Orbitec and Kestrel Dynamics": the parser may hang the first name on the
    second's head as a modifier (an adjective, for a word it does not know), its "and" inside: a name of its own."""
    t = ctx.tree
    here = ctx.table.at(j)
    if here is None:
        return []
    return [e for c in t.children(j, "nmod", "compound", "amod") if (e := ctx.table.at(c.i)) not in (None, here)
            and any(t[k].dep == "cc" for k in t.subtree(c.i))]  # (the "and" may hang on the name's last word)


def _represented(ctx: Context, i: int) -> list[Entity]:
    """"Ministers in charge of space from the Member States of the Vela Space Agency": the bodies or countries
    the first "from" / "of" phrases in the noun's phrase name, however deep the parser hung them (three
    phrases at most: "from the Member States of X" reaches X)."""
    t = ctx.tree
    level = [i]
    for _ in range(3):
        objs = [o.i for k in level for p in t.children(k, "prep") if t.lowers[p.i] in ("from", "of", "in")
                for o in t.children(p.i, "pobj")]
        found = [e for o in objs for e in ctx.refs(o) + coordinated_modifier(ctx, o)  # ("of ESA and Atlantis Rockets")
                 if ctx.table.is_a(e, C.Organization) or C.Country in e.classes]
        if found:
            return list(dict.fromkeys(found))
        level = objs
    return []


def group_leaders(ctx: Context, i: int) -> list[Entity]:
    """Who leads the group noun at ``i``: the agent of a leading participle (lexicon ``HEAD_VERBS``) on it or on what
    its "of"/"from" phrase names, where the parser may hang it ("a consortium of twelve institutes led by X", "a
    delegation from JAXA, led by Y"); read by :func:`worker_org` (a body) and rules/led_groups.py (a person)."""
    t = ctx.tree
    of = [o.i for p in t.children(i, "prep") if t.lowers[p.i] in ("of", "from") for o in t.children(p.i, "pobj")]
    return [e for h in (i, *of) for c in t.children(h, "acl") if t.lemma(c.i) in HEAD_VERBS
            for a in t.children(c.i, "agent") for o in t.children(a.i, "pobj") for e in ctx.refs(o.i)]


def worker_org(ctx: Context, i: int) -> list[Entity]:
    """"the French team at the IAS institute", "a JAXA recovery team", "a consortium led by DLR" act for
    the institute, for JAXA, for DLR."""
    t = ctx.tree
    if t[i].tag == "NNS" and t.lemma(i) in DELEGATE_NOUNS:
        return _represented(ctx, i)
    if t.lemma(i) not in WORKER_NOUNS:
        return []
    mods = [c.i for c in t.children(i, "compound", "nmod", "poss")]  # "JAXA's recovery team" too
    mods += [g.i for m in mods for g in t.children(m, "compound", "nmod")]  # "a JAXA recovery team"
    named = [e for m in mods if (e := ctx.table.at(m)) is not None and ctx.table.is_a(e, C.Organization)]
    if named:
        return named
    # "a consortium led by the Max Planck Institute", "a team headed by DLR": the organization leading it
    led = [e for e in group_leaders(ctx, i) if ctx.table.is_a(e, C.Organization)]
    if led:
        return led
    state = t.lemma(i) in DELEGATION_NOUNS  # "the delegations of Finland and Estonia": a state's own
    for p in ctx.tree.children(i, "prep"):
        if p.text.lower() in ("at", "of", "from"):
            for o in ctx.tree.children(p.i, "pobj"):
                ents = [e for e in ctx.refs(o.i) + coordinated_modifier(ctx, o.i) if ctx.table.is_a(e, C.Organization)
                        or state and C.Country in e.classes]
                if ents:
                    return ents
    # "A delegation from KARI visited CNES. The delegation held talks with ...": the group told of before
    if not mods and any(c.dep == "det" and c.text.lower() in ("the", "this") for c in t.children(i, "det")):
        here = t.sentence_index(i)
        for k in range(i - 1, t.parse.sentences[max(here - TEAM_REACH - 1, 0)].start - 1, -1):
            if t[k].pos == "NOUN" and t.lemma(k) == t.lemma(i):
                return worker_org(ctx, k) or _sender(ctx, k)
    return []


def team_behind(ctx: Context, j: int) -> list[Entity]:
    """"JAXA sent a recovery team to Woomera. They retrieved the capsule": a plural pronoun with no group
    of names before it stands for the latest team or delegation (``WORKER_NOUNS``) told of in its sentence or
    the one before, and so for the organization that team works for (or that sent it)."""
    t = ctx.tree
    if t[j].text.lower() not in PLURAL or ctx.antecedents(j):
        return []
    here = t.sentence_index(j)
    for k in range(j - 1, max(t.parse.sentences[max(here - TEAM_REACH, 0)].start, 0) - 1, -1):
        if t[k].pos == "NOUN" and t.lemma(k) in WORKER_NOUNS:
            orgs = worker_org(ctx, k) or _sender(ctx, k)
            if orgs:
                return orgs
    return []


def _sender(ctx: Context, k: int) -> list[Entity]:
    """"JAXA sent a recovery team", "ESA formed a team": the organization whose object the team is."""
    t = ctx.tree
    if t[k].dep not in ("dobj", "obj") or t[t[k].head].pos != "VERB":
        return []
    return [e for s in t.children(t[k].head, "nsubj") for e in ctx.refs(s.i) if ctx.table.is_a(e, C.Organization)]


def apposed_body(ctx: Context, j: int) -> list[Entity]:
    """"with ISRO's commercial arm NSIL", "with its subsidiary, Orbix Ltd": a singular common noun that names
    no thing by itself, with a body's name set beside it (its apposition), stands for that body, whatever its
    noun would make of it alone (an "arm" is a robot's part too). Only a name of an organization: "the robotic
    arm, Canadarm" and "the satellite, Vela-1" are read elsewhere."""
    t = ctx.tree
    if t[j].pos != "NOUN" or t[j].tag != "NN" or ctx.table.at(j) is not None:
        return []
    return [e for a in t.children(j, "appos") if (e := ctx.table.at(a.i)) is not None
            and ctx.table.is_a(e, C.Organization)][:1]
