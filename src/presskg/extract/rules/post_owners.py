"""Whose post a title names: the organization of "as its Director", "President of the Council of X", "as
Chair" (the body that elects), "the agency's board appointed Y as President" (the board's owner), and a
government that names the head of a body it oversees. Read by the rules of posts (split out of
:mod:`~presskg.extract.rules.posts`).
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..frames import Frame
from ..lexicon import WORD_CLASSES
from ..referents import isa
from ..title_kinds import title_kind
from .titles import _org_near_title

GOVERNING_BODIES = WORD_CLASSES["GOVERNING_BODIES"]
BODY_HEAD_TITLES = WORD_CLASSES["BODY_HEAD_TITLES"]
ADMIN_UNIT_NOUNS = WORD_CLASSES["ADMIN_UNIT_NOUNS"]
ELECTED_ONLY_TITLES = WORD_CLASSES["ELECTED_ONLY_TITLES"]
ELECT_VERBS = WORD_CLASSES["ELECT_VERBS"]


def _owner_of_title(ctx: Context, i: int, appointer: list[Entity], subj: list[int] | tuple = (),
                    verb: int | None = None) -> list[Entity]:
    # "X elected Y as its Chair": "its" is the electing subject's (_body_or_owner), not the latest name's
    its = any(c.text.lower() in ("its", "their") for c in ctx.tree.children(i, "poss")) and any(
        isa(ctx, a, C.Organization) for a in appointer)
    orgs = [] if its else [o for o in _org_near_title(ctx, i) if isa(ctx, o, C.Organization)]
    if not its and verb is not None and any(c.text.lower() == "its" for c in ctx.tree.children(i, "poss")):
        orgs = _same_election(ctx, verb) or _body_in_view(ctx, i, verb) or orgs  # "A ..., and B its Vice-Chair"
    named = bool(orgs)  # "President of the Council of X": the title names the body itself
    if not orgs and verb is not None and verb in ctx.frames:  # "appointed Director of X at ESA": on the verb
        orgs = [e for k in ctx.frames[verb].prep("at") for e in ctx.refs(k) if isa(ctx, e, C.Organization)]
    if not orgs:
        orgs = _body_or_owner(ctx, i, appointer)
    # an executive the body appoints heads what it governs: "the ESA Council appointed X as Director General"
    if orgs and title_kind(ctx, i) == P.headOf and not _own_title(ctx, i, None if named else verb):
        return [governed(ctx, orgs[0], subj) or orgs[0], *orgs[1:]]
    return orgs


def _same_election(ctx: Context, verb: int) -> list[Entity]:
    """"A was elected Chair of the Council, and B was elected its Vice-Chair": a verb coordinated with the same
    verb is one election, and "its" is the body the first conjunct's title names (not the latest name)."""
    t = ctx.tree
    head = t[verb].head
    if t[verb].dep != "conj" or t.lemma(head) != t.lemma(verb):
        return []
    return [o for c in t.children(head, "oprd", "attr", "xcomp", "dobj") if title_kind(ctx, c.i)
            for o in _org_near_title(ctx, c.i) if isa(ctx, o, C.Organization)]


def _body_in_view(ctx: Context, i: int, verb: int) -> list[Entity]:
    """"The Council met in Oslo. ... B was elected its Vice-Chair": a body elects its officers, so "its" after an
    elect verb with no elector named is the latest governing body in view (lexicon GOVERNING_BODIES, ELECT_VERBS),
    not the latest name."""
    if ctx.tree.lemma(verb) not in ELECT_VERBS:
        return []
    return [e for e in ctx.recent(i, C.Organization, sentences=2) if _is_body(e)][:1]


def _own_title(ctx: Context, i: int, verb: int | None) -> bool:
    """A body's own head's title: a chair however given, a president it elects (lexicon BODY_HEAD_TITLES,
    ELECTED_ONLY_TITLES, ELECT_VERBS); "the Board appointed X as its President" names the governed's."""
    lemma = ctx.tree.lemma(i)
    return lemma in BODY_HEAD_TITLES and (lemma not in ELECTED_ONLY_TITLES or verb is None
                                          or ctx.tree.lemma(verb) in ELECT_VERBS)


def _owner_of_unnamed_body(ctx: Context, f: Frame) -> Entity | None:
    """"The Vela Space Agency's board appointed ...", "the board of the company named ...": the organization
    that owns an appointing subject which is a governing body's common noun (lexicon GOVERNING_BODIES)."""
    t = ctx.tree
    for s in f.subj:
        if ctx.table.at(s) is not None or t.lemma(s) not in GOVERNING_BODIES:
            continue
        owners = [c.i for c in t.children(s, "poss")]
        owners += [o.i for p in t.children(s, "prep") if p.text.lower() == "of" for o in t.children(p.i, "pobj")]
        found = [e for k in owners for e in [ctx.ref(k)] if e is not None and isa(ctx, e, C.Organization)]
        if len(found) == 1:
            return found[0]
    return None


_UNIT_NOUNS = WORD_CLASSES["UNIT_NOUNS"]


def head_of_unit(ctx: Context, i: int, verb: int) -> bool:
    """The title at ``i`` heads a unit "of" no body of its own, the body being "at" ("Head of Earth Observation
    Programmes at the Kelmar Space Agency", the "at" on the title or on the verb; "head of the agency's astronaut
    centre"): its head is the body's member (read by rules/becomes.py too)."""
    t = ctx.tree
    units = [o.i for p in t.children(i, "prep") if t.lowers[p.i] == "of" for o in t.children(p.i, "pobj")]
    at = [p for k in [i, *units, verb] for p in t.children(k, "prep") if t.lowers[p.i] == "at"]
    # "the new head of the agency's science directorate": a unit a body owns, told of by its noun
    owned_unit = any(t.lemma(o) in _UNIT_NOUNS and ctx.table.at(o) is None and t.children(o, "poss") for o in units)
    return bool(units and at or owned_unit) and not any(isa(ctx, ctx.ref(o), C.Organization) for o in units)


def _body_or_owner(ctx: Context, i: int, appointer: list[Entity]) -> list[Entity]:
    """The organization a title's possessive names, else the appointer's ("its Chair", "as Chair")."""
    t = ctx.tree
    owners: list[Entity] = []
    poss = [c for c in t.children(i, "poss")]
    electors = sorted((a for a in appointer if isa(ctx, a, C.Organization)), key=lambda a: not _is_body(a))
    for c in poss:  # "its Chair": the organization in view ("the Council ..., and Y was elected its Vice-Chair")
        if c.text.lower() in ("its", "their") and electors:
            owners = electors[:1]  # "the Council of ESA elected X as its Chair": the subject's, the body first
            break
        owner = ctx.ref(c.i)
        if isa(ctx, owner, C.Organization):
            owners = [owner]
            break
    else:
        if any(c.text.lower() in ("its", "their") for c in poss) or not poss:
            owners = electors[:1]  # "... as Chair": the body that elects, not the one in its name
    if not poss and owners and isa(ctx, owners[0], C.GovernmentBody) and not _is_body(owners[0]):
        owners = _overseen(ctx, i, owners[0])
    return owners


def _overseen(ctx: Context, i: int, government: Entity) -> list[Entity]:
    """"The Government appointed Y, the agency's Vice-President, as interim President": a government or a
    ministry names the heads of the bodies it oversees, not its own. The post is at the one organization a
    title before it in the sentence belongs to (a present post: not "a former ESA engineer"), if one only
    (none: no post said)."""
    t = ctx.tree
    found = {e.key: e for k in range(t.sentence_of(i).start, i) if title_kind(ctx, k) for e in _org_near_title(ctx, k)
             if e is not government and isa(ctx, e, C.Organization) and not isa(ctx, e, C.GovernmentBody)}
    return list(found.values()) if len(found) == 1 else []


def _is_body(e: Entity) -> bool:
    """A governing body by its name's words (lexicon GOVERNING_BODIES): "the Council of ESA", "the KARI Board"."""
    words = e.label.lower().split()
    return any(" ".join(words[k:k + n]) in GOVERNING_BODIES for n in (1, 2, 3) for k in range(len(words)))


def governed(ctx: Context, body: Entity, subj: list[int] | tuple = ()) -> Entity | None:
    """The organization a governing body (lexicon GOVERNING_BODIES) governs: the one named inside its name
    ("the ESA Council", "the Council of EUMETSAT"), or its owner ("EUMETSAT's Council", "the Council of the
    agency"); ``None`` when ``body`` governs nothing the text names, or is no governing body."""
    t = ctx.tree
    if not _is_body(body):
        return None
    for m in body.mentions:  # a name inside the body's name
        for e in ctx.table.entities.values():
            if e is not body and isa(ctx, e, C.Organization) and any(
                    m.start <= n.start and n.end <= m.end and (n.start, n.end) != (m.start, m.end) for n in e.mentions):
                return e
    # "the Board of the NSA", read whole by the model: the organization its words after "of" name elsewhere
    owner = body.label.split(" of ", 1)[1].removeprefix("the ").lower() if " of " in body.label else ""
    for e in ctx.table.entities.values() if owner else ():
        if e is not body and isa(ctx, e, C.Organization) and owner in {x.lower() for x in (e.label, *e.aliases)}:
            return e
    for s in subj:  # an owner beside the body's noun
        owners = [c.i for c in t.children(s, "poss")]
        todo = [s]
        for _ in range(2):  # "the Board of Directors of X": the second "of" names the owner
            todo = [o.i for j in todo for p in t.children(j, "prep") if p.text.lower() == "of"
                    for o in t.children(p.i, "pobj")]
            owners += todo
        for k in owners:
            owner = ctx.ref(k)
            if owner is not None and owner is not body and isa(ctx, owner, C.Organization):
                return owner
    return None
