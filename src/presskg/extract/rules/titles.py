"""People and their organizations, read from titles: "Hiroshi Yamakawa, President of JAXA",
"CNES President Jean-Yves Le Gall", "who heads the agency", "Director General of ESA"."""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..candidates import noun_class
from ..classes import ancestors
from ..context import Context
from ..lexicon import HEAD_TITLES, HEAD_VERBS, MEMBER_TITLES, MEMBER_VERBS, PERSONAL, WORD_CLASSES, WORKER_NOUNS
from ..ranks import whole_body_title
from ..registry import Stage, rule
from ..title_kinds import director_kind, title_kind
from ..title_slots import chosen_by, comma_set, enumerated_title, listed_apposition, one_of, title_before, title_over
from ..unit_posts import body_after_unit, body_of_named_unit, unit_before_title

#: Parts of an organization a title may head ("head of the propulsion department at X"): lexicon data.
UNIT_NOUNS = WORD_CLASSES["UNIT_NOUNS"]
#: Adjectives that tell of the same post, not another ("the institute's new director").
BACK_ADJECTIVES = WORD_CLASSES["BACK_ADJECTIVES"]
def _org_near_title(ctx: Context, i: int) -> list[Entity]:
    """The organization a title names: "JAXA President", "President of JAXA", "ESA's Director"."""
    t = ctx.tree
    for c in t.children(i, "compound", "poss", "nmod", "amod"):
        # "A, the agency's director general": the possessor is the agency in view (ctx.definite), not the name the
        # apposition is set beside
        # "Agency Head A", "Centre Director B": a body's class noun, capitalized, is the body in view too; so is a
        # body's class noun in lower case ("said agency spokeswoman A", "company founder B")
        body = c.dep == "compound" and c.pos in ("NOUN", "PROPN") and (
            c.text[:1].isupper() or c.i < i and c.pos == "NOUN" and _body_noun(ctx, c.i))
        if body and ctx.table.at(c.i) is None and i + 1 < len(t) and t.lowers[i + 1] == "of" \
                and whole_body_title(t, i + 1):
            break  # "the Board Chair of Orbix": the body its "of" names (below), not the board in view
        e = ctx.definite(c.i, bare=body) if (c.dep == "poss" and c.pos == "NOUN" or body) \
            and ctx.table.at(c.i) is None else ctx.ref(c.i)
        if ctx.table.is_a(e, C.Organization):
            return [e]
    if i > 0 and t[i - 1].dep == "compound":  # "ESA Director General": compounds of the next word
        e = ctx.ref(i - 1)
        if ctx.table.is_a(e, C.Organization):
            return [e]
    found: list[Entity] = []
    # ("an engineer with OHB": the body one works with is one's employer, after a title)
    todo = [c.i for c in t.children(i, "prep") if c.text.lower() in ("of", "at", "for", "from", "in", "with")]
    while todo and not found:
        p = todo.pop(0)
        for o in t.children(p, "pobj"):
            e = ctx.ref(o.i)
            if ctx.table.is_a(e, C.Organization):
                found.append(e)
            else:
                todo.extend(c.i for c in t.children(o.i, "prep") if c.text.lower() in ("of", "at", "in"))
                if ctx.table.is_a(e, C.Person):  # "Minister of Research Ana Ruiz visited": the portfolio hung on her
                    found += [b for c in t.children(o.i, "compound") if (b := ctx.ref(c.i)) is not None
                              and b is not e and ctx.table.is_a(b, C.Organization)]
                for c in t.children(o.i, "poss"):  # "head of the agency's (X's) Earth observation directorate"
                    e = ctx.definite(c.i) if c.pos == "NOUN" and ctx.table.at(c.i) is None else ctx.ref(c.i)
                    if ctx.table.is_a(e, C.Organization):
                        found.append(e)
    return found


def _body_noun(ctx: Context, k: int) -> bool:
    """The lower-case noun at ``k`` is a body's class noun ("agency", "company", "institute"), no plural."""
    cls = noun_class(ctx.tree, k)
    return cls is not None and ctx.tree[k].tag == "NN" and C.Organization in ancestors(cls)


def _person_between(ctx: Context, ent, start: int, end: int) -> bool:
    """"ESA Director of X Anna Lind and EUMETSAT Director-General Tomas Berg": a title the parser hangs on a
    later name, with another person named between them, is that person's."""
    return any((e := ctx.table.at(k)) is not None and e is not ent and C.Person in e.classes
               for k in range(start + 1, end))


@rule("dep:title", stage=Stage.MENTIONS, triggers=("HEAD_TITLES", "MEMBER_TITLES", "HEAD_VERBS", "MEMBER_VERBS"),
      produces=(P.headOf, P.memberOf), confidence=0.85)
def titles(ctx: Context) -> None:
    t = ctx.tree
    for ent in list(ctx.table.entities.values()):
        if C.Person not in ent.classes:
            continue
        for m in ent.mentions:
            h = _head_in(ctx, m.start, m.end)
            # compound titles before the name: "CNES President Jean-Yves Le Gall"
            for c in t.children(h, "compound", "nmod", "amod"):
                if c.i < m.start and not _person_between(ctx, ent, c.i, m.start):
                    kind = title_kind(ctx, c.i)
                    if kind == P.headOf and (unit := unit_before_title(ctx, c.i)) and not unit[1]:
                        kind = P.memberOf  # "ESA Council Chair A": a post in a part of ESA
                    if kind:
                        for org in _org_near_title(ctx, c.i) or _left_orgs(ctx, h, m.start):
                            ctx.add(ent, kind, org, h, "dep:compound-title", 0.9)
            _org_title_before(ctx, ent, m.start, h)  # "Vela Space Agency Director General A" (parsed apart)
            # appositions and their coordinations: "Hiroshi Yamakawa, President of JAXA"
            for c in t.children(h, "appos"):
                # "Elisio Prette, Chairman and CEO of Thales Alenia Space Italia": the parser may hang the "of"
                # phrase right after the titles on the name; it is the titles'
                hung = [o.i for p in t.children(h, "prep") if p.i == max(t.subtree(c.i)) + 1
                        and p.text.lower() == "of" for o in t.children(p.i, "pobj")]
                for a in t.conjuncts(c.i) + _titles_in_of_list(ctx, c.i):
                    # "the study's lead author and a planetary scientist at X": the parser hangs "at X" on the
                    # first title; written after the last, it is the last's too
                    after = hung + [o.i for p in t.children(c.i, "prep") if a != c.i and p.i > a
                                    and p.text.lower() in ("at", "of", "with") for o in t.children(p.i, "pobj")]
                    _apply_title(ctx, ent, a, "dep:apposition-title", 0.9, after)
            if m.end + 1 < len(t) and t[m.end].text == ",":
                _comma_titles(ctx, ent, m.end + 1)  # "V. Narayanan, Chairman, ISRO and Secretary, Department of X"
                _org_titles_after(ctx, ent, m.end + 1)  # "Philippe Baptiste, CNES Chair and CEO, said"
                _apposed_organization(ctx, ent, h)  # "said Lena Varga, Orvik Space": she works there
            # the name is the apposition of a title: "the President of JAXA, Hiroshi Yamakawa"
            # (not past another person: "X's Minister of Y, A, and ESA Director General B": B's title is B's own)
            # (or its conjunct, set off by commas: "the Minister of Science, Ana Ruiz, and Tom Hale signed")
            # (the parser may join it to the body, "the President of Kelvar Space, Mara Holt, and the Chair of X", or
            # hang it on another noun: "It was signed by the Executive Board Chair of DLR, Anke Lind, and ...")
            if (t[h].dep == "appos" or t[h].dep == "conj" and comma_set(t, m.start, m.end)) and t[h].head != h \
                    and not _person_between(ctx, ent, t[h].head, m.start):
                k = title_over(t, t[h].head) if t[h].dep == "conj" else t[h].head
                k = k if t.lemma(k) in HEAD_TITLES | MEMBER_TITLES else title_before(t, m.start, m.end) or k
                _apply_title(ctx, ent, k, "dep:title-apposition", 0.85)
                # "Chairman ISRO, Dr V. Narayanan,": the title written before the body's name, without "of"
                body = t[h].head if ctx.table.is_a(ctx.ref(t[h].head), C.Organization) else None
                for c in t.children(body, "compound") if body is not None else ():
                    _apply_title(ctx, ent, c.i, "dep:title-apposition", 0.85, [body])
            elif (r := listed_apposition(t, h)) is not None \
                    and not _person_between(ctx, ent, t[r].head, min(t.subtree(r))):  # (but the list's own)
                _apply_title(ctx, ent, t[r].head, "dep:title-apposition", 0.85)
            elif (k := enumerated_title(t, h)) is not None:  # "Engineers from OHB, including A and B"
                _apply_title(ctx, ent, k, "dep:title-apposition", 0.85)
            # "ESA's Director of Space Transportation Toni X": the parser hangs the name on the title's "of"
            if t[h].dep == "pobj" and t[t[h].head].text.lower() in ("of", "for") and t[h].head != t[t[h].head].head:
                _apply_title(ctx, ent, t[t[h].head].head, "dep:title-of-name", 0.8)
            # "who chairs the Executive Board of DLR", "who is Director of ... at ESA"
            for rc in t.children(h, "relcl"):
                _relative_title(ctx, _nearest_person(ctx, rc.i) or ent, rc.i)
            # a signature block: "Keiji Tachikawa President, JAXA"
            _title_after(ctx, ent, m.end)
            # "Prof. Vetrella of the Agenzia Spaziale Italiana"
            for p in t.children(h, "prep"):
                if p.text.lower() in ("of", "from", "at"):
                    for o in t.children(p.i, "pobj"):
                        org = ctx.ref(o.i)
                        if ctx.table.is_a(org, C.Organization) and not ctx.objects(ent, P.headOf):
                            ctx.add(ent, P.memberOf, org, h, "dep:person-of-org", 0.75)
            # copula: "X is the President of Y", "X was Director of Science at Y" ("at" hung on the verb)
            if t[h].dep == "nsubj":
                v = t[h].head
                if t.lemma(v) == "be":
                    at = [o.i for p in t.children(v, "prep") if p.text.lower() in ("at", "with")
                          for o in t.children(p.i, "pobj")]
                    for a in t.children(v, "attr"):
                        for k in one_of(t, a.i):
                            _apply_title(ctx, ent, k, "dep:copula-title", 0.85, also=at + chosen_by(t, k))


@rule("dep:pronoun-title", stage=Stage.MENTIONS, triggers=("HEAD_TITLES", "MEMBER_TITLES"),
      produces=(P.headOf, P.memberOf), confidence=0.8, after=("dep:title",))
def pronoun_titles(ctx: Context) -> None:
    """"She is a member of the board of X", "He was previously Director of Science at Y": a title said of
    a personal pronoun is the title of the person it stands for."""
    t = ctx.tree
    for tok in t.tokens:
        if tok.dep != "nsubj" or tok.text.lower() not in PERSONAL or t.lemma(tok.head) != "be":
            continue
        who = ctx.antecedents(tok.i)
        if len(who) != 1 or C.Person not in who[0].classes:
            continue
        v = tok.head
        at = [o.i for p in t.children(v, "prep") if p.text.lower() in ("at", "with") for o in t.children(p.i, "pobj")]
        for a in t.children(v, "attr"):
            _apply_title(ctx, who[0], a.i, "dep:pronoun-title", 0.8, also=at)


def _nearest_person(ctx: Context, v: int) -> Entity | None:
    """The person named right before a relative clause ("Bolden and Worner, who chairs ...")."""
    who = min(ctx.tree.subtree(v))
    best, best_end = None, -1
    for ent in ctx.table.entities.values():
        if C.Person not in ent.classes:
            continue
        for m in ent.mentions:
            if m.end <= who and m.end > best_end and ctx.tree.sentence_index(m.start) == ctx.tree.sentence_index(who):
                best, best_end = ent, m.end
    return best


def _title_after(ctx: Context, person: Entity, end: int) -> None:
    t = ctx.tree
    if end + 2 >= len(t) or t.sentence_index(end) != t.sentence_index(end - 1):
        return
    j = end
    while j < len(t) and t[j].text[:1].isupper() and t.lemma(j) in HEAD_TITLES | MEMBER_TITLES | {"general"}:
        j += 1
    if j == end or j >= len(t) or t[j].text != ",":
        return
    org = ctx.table.at(j + 1)
    if ctx.table.is_a(org, C.Organization):
        kind = title_kind(ctx, j - 1) if t.lemma(j - 1) != "general" else P.headOf
        if kind:
            ctx.add(person, kind, org, end, "pattern:signature-block", 0.8)


def _apposed_organization(ctx: Context, person: Entity, h: int) -> None:
    """"said Lena Varga, Orvik Space", "A, ESA, and B, NASA, met": an organization set beside a person's name
    (no title, not a list of them) is where the person works."""
    if ctx.objects(person, P.headOf) or ctx.objects(person, P.memberOf):
        return
    t = ctx.tree
    for c in t.children(h, "appos"):
        org = ctx.ref(c.i)
        if c.i > h and ctx.table.is_a(org, C.Organization) and not t.children(c.i, "conj") \
                and ctx.table.at(c.i) is org and not any(c.i in f.subj for f in ctx.frames.values()):
            # (not a clause's subject the parser hung on an opening phrase: "Under the leadership of A, B expanded")
            ctx.add(person, P.memberOf, org, c.i, "dep:apposed-organization", 0.7)


def _comma_titles(ctx: Context, person: Entity, j: int) -> None:
    """"A, Chairman, ISRO and Secretary, Department of Space, said": titles each set before its organization
    by a comma (a style of some agencies' releases), the pairs joined by "and"."""
    t = ctx.tree
    while True:
        k = j
        while k < len(t) and t[k].text[:1].isupper() and t.lemma(k) in HEAD_TITLES | MEMBER_TITLES | {"general"}:
            k += 1
        org = ctx.table.at(k + 1) if j < k < len(t) - 1 and t[k].text == "," else None
        if org is None or not ctx.table.is_a(org, C.Organization):
            return
        kind = title_kind(ctx, k - 1) if t.lemma(k - 1) != "general" else P.headOf
        if kind:
            ctx.add(person, kind, org, j, "pattern:title-comma-org", 0.8)
        end = max((m.end for m in org.mentions if m.start == k + 1), default=k + 2)
        if end >= len(t) or t[end].text.lower() != "and":
            return
        j = end + 1


def _org_titles_after(ctx: Context, person: Entity, j: int) -> None:
    """"Philippe Baptiste, CNES Chair and CEO, opened the session": an organization's name and its titles set after
    a person's name by a comma, up to the next comma or the clause's end, are the person's titles there, however
    the parser hung them (it makes the titles conjuncts of the name)."""
    t = ctx.tree
    org = ctx.table.at(j)
    if org is None or not ctx.table.is_a(org, C.Organization) or ctx.objects(person, P.headOf):
        return
    k = max((m.end for m in org.mentions if m.start == j), default=j + 1)
    first = k
    while k < len(t) and (t[k].text[:1].isupper() and t.lemma(k) in _TITLE_RUN
                          or k > first and t[k].text in ("and", "&", "-", "‐") and k + 1 < len(t)
                          and t.lemma(k + 1) in _TITLE_RUN):
        k += 1
    if k == first or k < len(t) and t[k].text not in (",", ".", ";") and t[k].pos not in ("VERB", "AUX"):
        return
    kind = title_kind(ctx, k - 1) if t.lemma(k - 1) not in ("general", "elect") else P.headOf
    if kind:
        ctx.add(person, kind, org, j, "pattern:name-org-titles", 0.8)


def _org_title_before(ctx: Context, person: Entity, start: int, h: int) -> None:
    """"signed by A and Vela Space Agency Director General Amira Haddad": an organization's name, title words
    and a person's name written in a row are the person's title at the organization, however the parser
    hung them (it often makes the organization a conjunct of the name before); so are two titles joined by "and"
    ("CNES Chair and CEO Philippe Baptiste")."""
    t = ctx.tree
    j = start
    while j > 0 and (t[j - 1].text[:1].isupper() and t.lemma(j - 1) in _TITLE_RUN
                     or j > 1 and t[j - 1].text in ("-", "‐") and t.lemma(j - 2) in _TITLE_RUN  # "Director-General"
                     or j > 1 and j < start and t[j - 1].text in ("and", "&") and t[j - 2].text[:1].isupper()
                     and t.lemma(j - 2) in _TITLE_RUN):  # "CNES Chair and CEO A": two titles, both at CNES
        j -= 1
    if j == start or j == 0 or ctx.objects(person, P.headOf) or ctx.objects(person, P.memberOf):
        return
    org = ctx.table.at(j - 1) or ctx.table.defined_name(t[j - 1].text)  # "VSA Director General A": VSA defined before
    last = start - 1 if t.lemma(start - 1) not in ("general", "elect") else start - 2
    kind = title_kind(ctx, last) if last >= j else None
    if kind is None and " ".join(t.lemma(k) for k in range(j, start)).replace(" - ", "-") in HEAD_TITLES:
        kind = P.headOf  # "Director General", "Director-General": its words hung apart
    if org is None and (unit := unit_before_title(ctx, j)):  # "DLR Executive Board Chair A", "X Council Chair B"
        org, heads = unit
        kind = kind if heads or kind is None else P.memberOf
    if ctx.table.is_a(org, C.Organization) and kind:
        ctx.add(person, kind, org, h, "seq:org-title-name", 0.8)


_TITLE_RUN = frozenset(HEAD_TITLES | MEMBER_TITLES | WORD_CLASSES["TITLE_WORDS"] | {"general", "elect"})


def _left_orgs(ctx: Context, h: int, start: int) -> list[Entity]:
    """The bodies named before a titled name ("CNES President A"), else in its "of" phrase ("Director General A of
    CNES"), which the title before the name is of."""
    out = []
    for c in ctx.tree.children(h, "compound", "nmod", "poss"):
        if c.i < start and not _person_between(ctx, None, c.i, start):
            e = ctx.ref(c.i)
            if ctx.table.is_a(e, C.Organization):
                out.append(e)
    return out or [e for p in ctx.tree.children(h, "prep") if p.text.lower() == "of" for o in ctx.tree.children(
        p.i, "pobj") if ctx.table.is_a(e := ctx.ref(o.i), C.Organization) and C.Country not in e.classes]


def _apply_title(ctx: Context, person: Entity, i: int, method: str, conf: float, also: list[int] = ()) -> None:
    kind = title_kind(ctx, i)
    if kind is None:
        return
    t = ctx.tree
    at_body = body_after_unit(ctx, i)
    if kind == P.headOf and (at_body or any(_part_of_body(ctx, o.i) for p in t.children(i, "prep")
                                            if p.text.lower() == "of" for o in t.children(p.i, "pobj"))):
        kind = P.memberOf  # "head of the propulsion department at X" heads a part of X: a member of X
    orgs = at_body or _org_near_title(ctx, i) or [e for o in also if (e := ctx.ref(o)) is not None
                                                  and ctx.table.is_a(e, C.Organization)]
    for org in orgs:
        if kind == P.memberOf and ctx.has(person, P.headOf, org):
            continue
        ctx.add(person, director_kind(ctx, i, org) or kind, org, i, method, conf)
    for body in body_of_named_unit(ctx, i):  # "Head of the Education Office at ESA": ESA's too
        ctx.add(person, P.memberOf, body, i, method, conf)


def _part_of_body(ctx: Context, o: int) -> bool:
    """The "of" phrase of a head's title names a part of a body, not the body: a unit ("the propulsion
    department") or a field of work ("head of international cooperation", "head of Earth observation at X"),
    anything but an organization."""
    t = ctx.tree
    if t.lemma(o) in UNIT_NOUNS and ctx.table.at(o) is None:
        return True
    if t[o].pos not in ("NOUN", "PROPN") or t[o].tag in ("PRP", "PRP$"):
        return False
    ent = ctx.ref(o)
    return ent is None and t[o].pos == "NOUN" or ent is not None and ctx.table.is_a(ent, C.Topic)


def _relative_title(ctx: Context, person: Entity, v: int) -> None:
    t = ctx.tree
    lemma = t.lemma(v)
    # "who serves as ESA's Director", "who is at present Director of X at ESA": a title in a phrase of the verb
    in_phrase = [o.i for p in t.children(v, "prep") if p.text.lower() in ("as", "at")
                 for o in t.children(p.i, "pobj") if title_kind(ctx, o.i) and ctx.table.at(o.i) is None]
    if lemma == "be" or in_phrase:
        # "who is Director of Science at the Vela Space Agency": the parser hangs "at" on the verb
        at = [o.i for p in t.children(v, "prep") if p.text.lower() == "at" for o in t.children(p.i, "pobj")]
        for a in [c.i for c in t.children(v, "attr")] + in_phrase:
            for x in t.conjuncts(a) + _titles_in_of_list(ctx, a):
                _apply_title(ctx, person, x, "dep:relative-copula-title", 0.8, at)
        return
    if lemma in HEAD_VERBS or lemma in MEMBER_VERBS:
        kind = P.headOf if lemma in HEAD_VERBS else P.memberOf
        for o in t.children(v, "dobj"):
            if t.lemma(o.i) in WORKER_NOUNS and ctx.table.at(o.i) is None:
                continue  # "who leads the Vela team at CNES": a group led (frame:head-verb), no body named "Vela"
            own = ctx.ref(o.i)
            # "who chairs the ESA Council", "who leads NASA's Goddard Institute": a named body headed is the one
            # headed; the body its name or owner names is not (a council's chair heads the council only)
            named = own is not None and own.named and ctx.table.is_a(own, C.Organization)
            orgs = [own] + ([] if named else _org_near_title(ctx, o.i))
            # "who heads the agency's Earth observation directorate", "who leads the mission at X": the head of a
            # unit or of a work the body does (not the body itself) is a member of the body
            unit = kind == P.headOf and ctx.table.at(o.i) is None and (
                t.lemma(o.i) in UNIT_NOUNS or not ctx.table.is_a(own, C.Organization))
            for org in orgs:
                if ctx.table.is_a(org, C.Organization):
                    ctx.add(person, P.memberOf if unit and org is not own else kind, org, v, f"dep:relative-{lemma}",
                            0.8)
        for p in t.children(v, "prep"):
            if p.text.lower() in ("for", "at") and lemma in MEMBER_VERBS:
                for o in t.children(p.i, "pobj"):
                    org = ctx.ref(o.i)
                    if ctx.table.is_a(org, C.Organization):
                        ctx.add(person, P.memberOf, org, v, f"dep:relative-{lemma}", 0.75)


def _titles_in_of_list(ctx: Context, i: int) -> list[int]:
    """"Chairman of ISRO and Secretary of DOS": the parser often coordinates the second title with the
    first title's organization; it is a title of the same person all the same."""
    t = ctx.tree
    return [x for p in t.children(i, "prep") if p.text.lower() == "of" for o in t.children(p.i, "pobj")
            for x in t.conjuncts(o.i) if x != o.i and ctx.table.at(x) is None and title_kind(ctx, x)]


def _head_in(ctx: Context, start: int, end: int) -> int:
    for i in range(end - 1, start - 1, -1):
        h = ctx.tree[i].head
        if not (start <= h < end) or h == i:
            return i
    return end - 1
