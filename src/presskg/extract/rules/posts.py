"""Posts given and held, read from verbs and clauses, and a country read from "of <Country>".

- "X appointed Y as its Chief Executive", "Y was named President of Z by the council",
  "Y was elected Chair of the Council": Y heads (or is a member of) the organization the title
  names, or the appointing organization when the title is "its"; the appointment is an event
  whose participants are Y and who appointed Y.
- "Z, which is led by Y", "Y heads Z": a person's head verb (:data:`HEAD_VERBS`) makes a head.
- "Z, whose Minister is Y": a title owned by a relative clause's antecedent.
- "Under the leadership of Y, Z ...": Y heads the organization the clause is about.
- "the first lunar orbiter of Korea": what a country's "of" phrase modifies belongs to it.
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..frames import Frame
from ..lexicon import HEAD_CLASSES, WORD_CLASSES, WORKER_NOUNS
from ..referents import described, isa, things
from ..registry import Stage, rule
from ..title_kinds import director_kind, title_kind
from .copulas import predicated
from .post_owners import _own_title, _owner_of_title, _owner_of_unnamed_body, governed, head_of_unit

LEADERSHIP_NOUNS = WORD_CLASSES["LEADERSHIP_NOUNS"]
EXECUTIVE_BODIES = WORD_CLASSES["EXECUTIVE_BODIES"]
#: Bodies set up for a task that a text first tells of with "a"/"an" (data): "a review panel headed by Y".
PANEL_NOUNS = WORD_CLASSES["PANEL_NOUNS"]
ADMIN_UNIT_NOUNS = WORD_CLASSES["ADMIN_UNIT_NOUNS"]
#: What an "of <Country>" phrase gives a country to.
OWNED_BY_COUNTRY = (C.Organization, C.Mission, C.Spacecraft, C.Facility)


def _title_nouns(ctx: Context, f: Frame, person_tokens: set[int]) -> list[int]:
    """Title nouns of an appointment: "as T", a predicate noun ("named T"), an object beside the person, "to T"
    ("promoted to Chief Engineer", "appointed to the post of T" names no title: nothing)."""
    t = ctx.tree
    out = [i for i in f.prep("as", "to")]
    out += [c.i for c in t.children(f.verb, "oprd", "attr", "xcomp", "dobj", "npadvmod") if c.i not in person_tokens]
    for i in person_tokens:  # "appointed Y President of Z" parsed as an apposition or compound
        out += [c.i for c in t.children(i, "appos") if c.pos in ("NOUN", "PROPN")]
        # "appointed Y as Chief Executive, effective ...": the "as" phrase hung on the person
        out += [o.i for p in t.children(i, "prep") if p.text.lower() == "as" for o in t.children(p.i, "pobj")]
    return [i for i in out if title_kind(ctx, i) is not None]


@rule("frame:appoint", scope="verb", stage=Stage.VERBS, triggers=("APPOINT_VERBS",),
      produces=(P.headOf, P.memberOf, P.participant, C.Event), confidence=0.8)
def appoint(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"X appointed Y as its Director", "Y was appointed President of Z by the W", "Y was elected its Chair"."""
    t = ctx.tree
    person_tokens = {j for i in f.obj for j in t.conjuncts(i) if C.Person in getattr(ctx.ref(j), "classes", ())}
    # "has named Ana Ruiz chief executive officer": the parser makes the name a modifier of the title (which,
    # with the name in it, stands for the person: a title noun all the same)
    named = {c.i for i in f.obj for c in t.children(i, "nmod", "compound") if c.i < i
             and C.Person in getattr(ctx.ref(c.i), "classes", ())}
    person_tokens = person_tokens - {t[k].head for k in named if t[t[k].head].pos == "NOUN"} | named
    people = list(dict.fromkeys(e for i in sorted(person_tokens) for e in things(ctx, i, create=False)
                                if C.Person in e.classes))
    if not people:
        return
    appointer = [e for e in subj if isa(ctx, e, C.Agent) and C.Person not in e.classes or isa(ctx, e, C.Person)]
    titles = _title_nouns(ctx, f, person_tokens)
    if not titles:
        if not _told_again(ctx, f, people, appointer) and ctx.frame_date(f.verb) and appointer:
            _appointment(ctx, f, [*people, *appointer])  # "A was selected by ESA in 2022": no post said, a deed
        return
    if len(people) > 1 and not all(t[i].tag in ("NNS", "NNPS") for i in titles):
        return  # "X and Y were named": which post is whose is not said ("... as astronauts": each one's)
    pairs = [(person, i) for person in people for i in titles] + _gapped_appointees(ctx, f, people)
    for person, i in pairs:
        kind = title_kind(ctx, i)
        if kind == P.headOf and head_of_unit(ctx, i, f.verb):
            kind = P.memberOf  # "Head of Earth Observation Programmes at the agency": a unit's head, the body's member
        # "the agency's board appointed Y as President": the unnamed board's owner (not for its own chair)
        # "the Board of the Nordavia Space Agency appointed Y as Director": a director of the agency, not the board
        by = [governed(ctx, e) or e if not _own_title(ctx, i, f.verb) else e for e in appointer] or [
            o for o in [_owner_of_unnamed_body(ctx, f)] if o is not None and not _own_title(ctx, i, f.verb)]
        for org in _owner_of_title(ctx, i, by, f.subj, f.verb):
            if kind == P.memberOf and ctx.has(person, P.headOf, org):
                continue
            # "was appointed Director of the Orla Institute": a director of the body itself heads it
            ctx.add(person, director_kind(ctx, i, org, owner=False) or kind, org, f.verb)
    head = ctx.tree[f.verb].head  # "X was elected Chairman, and Y was elected Vice-Chairman": one election
    if ctx.tree[f.verb].dep == "conj" and ctx.tree.lemma(head) == f.lemma and head in ctx.described:
        ctx.described[f.verb] = ctx.described[head]
    _appointment(ctx, f, [*people, *(p for p, _ in pairs if p not in people), *appointer])


def _appointment(ctx: Context, f: Frame, parties: list[Entity]) -> None:
    """The appointment the clause of ``f`` tells of, in which ``parties`` take part."""
    ev = described(ctx, f.verb, C.Event)
    if ev is None:
        return
    ev.label = "appointment"
    for e in parties:
        ctx.add(ev, P.participant, e, f.verb)


def _told_again(ctx: Context, f: Frame, people: list[Entity], appointer: list[Entity]) -> bool:
    """"DLR has appointed A as Chair of its Board. The Senate of DLR elected her on 12 March": a dated appointment
    with no post, of a person appointed in the sentences before, is that appointment told again: its date, and
    who appointed."""
    if not ctx.frame_date(f.verb) or f.verb in ctx.described:
        return False
    keys = {e.key for e in people}
    for ev in ctx.recent(f.verb, C.Event, sentences=3):
        if not ev.named and ev.label == "appointment" and keys <= {o.key for o in ctx.objects(ev, P.participant)}:
            ctx.described[f.verb] = ev.key
            for e in appointer:
                ctx.add(ev, P.participant, e, f.verb)
            return True
    return False


def _gapped_appointees(ctx: Context, f: Frame, people: list[Entity]) -> list[tuple[Entity, int]]:
    """"appointed A as Director of Science and B as Director of Operations": B, after "and" or a comma, with the
    title of its own "as" phrase (the parser hangs B anywhere in A's title)."""
    t = ctx.tree
    out = []
    for k in range(f.verb + 1, t.sentence_of(f.verb).end - 3):
        e = ctx.table.at(k + 1) if t.lowers[k] in ("and", ",") else None
        if e is None or C.Person not in e.classes or e in people:
            continue
        end = next((m.end for m in e.mentions if m.start == k + 1), None)
        if end is not None and end + 1 < len(t) and t.lowers[end] == "as" and title_kind(ctx, end + 1) is not None:
            out.append((e, end + 1))
    return out


@rule("frame:head-verb", scope="verb", stage=Stage.VERBS, triggers=("HEAD_VERBS",), produces=(P.headOf, P.memberOf),
      confidence=0.8)
def head_verb(ctx: Context, f: Frame, subj: list[Entity]) -> None:
    """"KASA, which is led by President Y", "Y heads the agency", "the council chaired by Y"."""
    people = [e for e in subj if C.Person in e.classes]
    if not people or len(people) > 1:
        return
    t = ctx.tree
    over = f.prep("over") if f.lemma == "preside" else []  # "Y presides over the Council": what Y heads
    for i in [*f.obj, *over]:
        # "a delegation from JAXA, led by Y", "the science team, led by Y", "Y led the propulsion division at X" (a
        # part of a body: lexicon ADMIN_UNIT_NOUNS): Y heads the group, not its body
        group = t[i].pos == "NOUN" and ctx.table.at(i) is None and t.lemma(i) in HEAD_CLASSES and (
            t.lemma(i) in WORKER_NOUNS or t.lemma(i) in ADMIN_UNIT_NOUNS or t.lemma(i) in PANEL_NOUNS
            and any(c.text.lower() in ("a", "an") for c in t.children(i, "det")))  # "an investigation board"
        for org in [e for e in [described(ctx, i, HEAD_CLASSES[t.lemma(i)])] if e is not None] if group \
                else things(ctx, i, create=False):
            # "JAXA's delegation, led by its Vice President Y": a member by title leads the group, not the body
            if isa(ctx, org, C.Organization) and not ctx.has(people[0], P.memberOf, org):
                ctx.add(people[0], P.headOf, org, f.verb)
        if group:  # "heads the astrophysics group at the Kelmar Institute" ("ESA's science directorate"): a member
            at = [o.i for p in t.children(i, "prep") if p.text.lower() in ("at", "of", "within")  # of the body
                  for o in t.children(p.i, "pobj")] + f.prep("at", "within") + [c.i for c in t.children(i, "poss")]
            for body in [e for o in at for e in things(ctx, o, create=False)]:
                if isa(ctx, body, C.Organization):
                    ctx.add(people[0], P.memberOf, body, f.verb)


@rule("dep:whose-title", stage=Stage.PHRASES, triggers=("HEAD_TITLES", "MEMBER_TITLES"),
      produces=(P.headOf, P.memberOf), confidence=0.8)
def whose_title(ctx: Context) -> None:
    """"the Ministry of X, whose Minister is Y": the title belongs to the relative clause's antecedent."""
    t = ctx.tree
    for tok in t.tokens:
        if tok.text.lower() != "whose" or tok.dep != "poss":
            continue
        title = tok.head
        kind = title_kind(ctx, title)
        verb = t[title].head
        if kind is None or t.lemma(verb) != "be":
            continue
        org = ctx.ref(t[verb].head) if t[verb].dep == "relcl" else _before_comma(ctx, tok.i)
        if not isa(ctx, org, C.Organization):
            continue
        for a in t.children(verb, "attr"):
            person = ctx.ref(a.i)
            if person is not None and C.Person in person.classes:
                ctx.add(person, kind, org, a.i)


@rule("dep:executive-body-head", stage=Stage.MENTIONS, triggers=("EXECUTIVE_BODIES",), produces=(P.headOf,),
      confidence=0.75, after=("dep:title",))
def executive_body_head(ctx: Context) -> None:
    """"X, who chairs the Executive Board of the Vela Aerospace Center": the chair of an organization's
    executive body (lexicon ``EXECUTIVE_BODIES``) heads the organization it runs, named inside its name."""
    for rel in list(ctx.relations.values()):
        if rel.predicate != P.headOf:
            continue
        body = ctx.table.entities[rel.object]
        if not any(b in body.label.lower() for b in EXECUTIVE_BODIES):
            continue
        org = governed(ctx, body)
        if org is not None:
            ctx.add(ctx.table.entities[rel.subject], P.headOf, org, body.mentions[0].start)


@rule("dep:under-leadership", stage=Stage.PHRASES, triggers=("LEADERSHIP_NOUNS",), produces=(P.headOf,),
      confidence=0.75)
def under_leadership(ctx: Context) -> None:
    """"Under the leadership of Anna Berg, the agency signed", "the Institute, under the direction of Dr X,
    built": one person named in an "under <leadership noun> of" phrase heads the organization that is its
    clause's subject (or the noun the phrase is on)."""
    t = ctx.tree
    for tok in t.tokens:
        if tok.text.lower() != "under" or tok.dep != "prep":
            continue
        nouns = [o.i for o in t.children(tok.i, "pobj") if t.lemma(o.i) in LEADERSHIP_NOUNS]
        people = [e for n in nouns for p in t.children(n, "prep") if p.text.lower() == "of"
                  for o in t.children(p.i, "pobj") for e in things(ctx, o.i, create=False)]
        if len(people) != 1 or C.Person not in people[0].classes:
            continue
        host = tok.head
        heads = [c.i for c in t.children(host, "nsubj")] if t[host].pos in ("VERB", "AUX") else [host]
        if not heads and host in ctx.frames:  # "Under the leadership of X, Vindel Aerospace expanded": the subject
            heads = ctx.frames[host].subj     # the parser hung on the opening phrase as an apposition
        orgs = [e for h in heads for e in ctx.refs(h) if isa(ctx, e, C.Organization)]
        if len(orgs) == 1 and not ctx.has(people[0], P.memberOf, orgs[0]):
            ctx.add(people[0], P.headOf, orgs[0], nouns[0])


def _before_comma(ctx: Context, i: int) -> Entity | None:
    """"announced by the Ministry of X (MX), whose Minister is Y, and by Z": after a parenthesis the parser
    may hang the "whose" clause on the verb; its antecedent is then the name right before its comma (the
    parenthesis skipped)."""
    t = ctx.tree
    k = i - 1
    if k < 1 or t[k].text != "," or t.sentence_index(k) != t.sentence_index(i):
        return None
    k -= 1
    if t[k].text == ")":
        while k > 0 and t[k].text != "(" and t.sentence_index(k) == t.sentence_index(i):
            k -= 1
        k -= 1
    return ctx.table.at(k) if k >= 0 else None


@rule("dep:of-country", stage=Stage.PHRASES, produces=(P.country,), confidence=0.75)
def of_country(ctx: Context) -> None:
    """"the first lunar orbiter of Korea", "the space agency of Brazil": the country owns what it modifies."""
    t = ctx.tree
    for tok in t.tokens:
        if tok.text.lower() != "of" or tok.dep != "prep" or ctx.table.at(tok.i) is not None:
            continue
        head = tok.head
        if t[head].pos != "NOUN":  # a common noun: "Agency of Brazil" inside a name is the name's
            continue
        for o in t.children(tok.i, "pobj"):
            country = ctx.table.at(o.i)
            if country is None or C.Country not in country.classes:
                continue
            # "CNRS, the national research centre of France": the description's name is owned
            beside = ctx.apposed(head) if ctx.table.at(head) is None else None
            # "X is the space agency of Chile": the predicate noun describes its subject as an apposition does
            for owned in [beside] if beside is not None else predicated(ctx, head) or ctx.refs(head):
                if isa(ctx, owned, *OWNED_BY_COUNTRY) and C.Country not in owned.classes:
                    ctx.add(owned, P.country, country, tok.i)

