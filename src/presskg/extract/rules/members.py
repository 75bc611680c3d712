"""Memberships the title rules miss: titles said of a list of people, and people acting for an organization.

- "A, B and C, Members of the Board": a plural :data:`MEMBER_TITLES` noun set after a list of people
  (the parser often makes it one more conjunct of the list, so the rule reads the token sequence).
- "A signed the agreement on behalf of ESA", "A and B signed on behalf of X and Y respectively": a
  person acting on behalf of an organization belongs to it (unless the text made them its head). The
  :data:`BEHALF_PHRASES` words (data) say "on behalf of", "for", in several wordings.
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..context import Context
from ..doing import behalf_end
from ..lexicon import MEMBER_TITLES, WORD_CLASSES
from ..referents import isa
from ..registry import Stage, rule

BEHALF_PHRASES = WORD_CLASSES["BEHALF_PHRASES"]
POST_NOUNS = WORD_CLASSES["POST_NOUNS"]
POST_VERBS = WORD_CLASSES["POST_VERBS"]
_LIST = frozenset({",", "and", "as", "well", "also"})
_SKIP = frozenset({"the", "its", "their"})
_CLAUSE_BREAKS = frozenset({";", "while", "whereas", "but", "whilst"})


@rule("seq:members-of-list", stage=Stage.PHRASES, triggers=("MEMBER_TITLES",), produces=(P.memberOf,),
      confidence=0.75)
def members_of_list(ctx: Context) -> None:
    """"Ann Lee, Bo Chan and Cy Diaz, Members of the Board of Directors": each listed person is a member."""
    t = ctx.tree
    for tok in t.tokens:
        word = tok.text.lower()  # "Members" is often tagged a proper noun and left unlemmatized
        if not word.endswith("s") or word[:-1] not in MEMBER_TITLES or tok.i == 0:
            continue
        if t[tok.i - 1].text != ",":
            continue
        org = _org_after(ctx, tok.i + 1)
        if org is None:
            continue
        for person in _people_before(ctx, tok.i - 1):
            ctx.add(person, P.memberOf, org, tok.i)


@rule("seq:on-behalf-of", stage=Stage.INFERENCE, triggers=("BEHALF_PHRASES",), produces=(P.memberOf,),
      confidence=0.7)
def on_behalf_of(ctx: Context) -> None:
    """"Ann Lee signed the accord on behalf of the Vela Agency": she belongs to it; with "respectively",
    the n-th person of the sentence acts for the n-th organization."""
    t = ctx.tree
    low = t.lowers
    for tok in t.tokens:
        end = behalf_end(low, tok.i)
        if end is None:
            continue
        orgs, j = [], end
        sent = t.sentence_of(tok.i)
        while j < sent.end:
            e = ctx.table.at(j)
            if e is not None and isa(ctx, e, C.Organization) and e not in orgs:
                orgs.append(e)
            elif e is None and low[j] not in _LIST and low[j] not in _SKIP:
                break
            j += 1
        if not orgs:
            continue
        people: list[Entity] = []
        start = max([k + 1 for k in range(sent.start, tok.i) if low[k] in _CLAUSE_BREAKS] + [sent.start])
        # "signed on behalf of ESA by its Director General A and on behalf of JAXA by ...": the "by" phrase after the
        # body's names, up to the next list word, is who acted for it; else the people of this clause before it
        # ("..., while A and B signed on behalf of")
        after = range(j + 1, next((k for k in range(j + 1, sent.end) if low[k] in _BY_ENDS), sent.end)) \
            if j < sent.end and low[j] == "by" else range(0)
        for k in [*after] or range(start, tok.i):
            e = ctx.table.at(k)
            if e is not None and C.Person in e.classes and e not in people:
                people.append(e)
        respectively = j < len(t) and low[j] == "respectively"
        if respectively and len(people) == len(orgs):
            pairs = list(zip(people, orgs, strict=True))
        elif len(people) == 1 and len(orgs) == 1 and not respectively:
            pairs = [(people[0], orgs[0])]
        else:
            continue
        for person, org in pairs:
            if not ctx.has(person, P.headOf, org):
                ctx.add(person, P.memberOf, org, tok.i)


#: Words that end a "by" phrase after "on behalf of" its body: the next list item or clause.
_BY_ENDS = frozenset({"and", ",", ";", "on", ".", "while"})


def _org_after(ctx: Context, j: int) -> Entity | None:
    """The organization of "of the X" right after a title."""
    t = ctx.tree
    if j >= len(t) or t[j].text.lower() != "of":
        return None
    j += 1
    while j < len(t) and t[j].text.lower() in _SKIP:
        j += 1
    for k in range(j, min(j + 4, len(t))):
        e = ctx.table.at(k)
        if e is not None:
            return e if isa(ctx, e, C.Organization) else None
    return None


def _people_before(ctx: Context, j: int) -> list[Entity]:
    """The people listed right before token ``j`` ("A, B and C"), read backwards to the list's start."""
    t = ctx.tree
    out: list[Entity] = []
    k = j - 1
    while k >= 0:
        e = ctx.table.at(k)
        if e is not None and C.Person in e.classes:
            if e not in out:
                out.append(e)
            k -= 1
        elif e is None and t[k].text.lower() in _LIST:
            k -= 1
        else:
            break
    return out[::-1] if len(out) > 1 else []


@rule("dep:post-at", stage=Stage.INFERENCE, triggers=("POST_NOUNS",), produces=(P.memberOf,), confidence=0.7)
def post_at(ctx: Context) -> None:
    """"His career included research posts at the CNRS and at the Vela Institute", "she held a seat on the
    Board of Acme", "a lectureship at Kestrel University", "he was a member of the Lyra Council": a person's
    post (a :data:`POST_NOUNS` word) at an organization makes them one of its members. The person is the
    post's possessor or its clause's subject ("he", "his" resolved to the person last named)."""
    t = ctx.tree
    for tok in t.tokens:
        word = t.lemma(tok.i)
        if tok.pos != "NOUN" or word not in POST_NOUNS:
            continue
        preps = ("of",) if word == "member" else ("at", "on", "in")  # "a post with X" is as often a talk with X
        orgs: list[Entity] = []
        hung = list(t.children(tok.i, "prep"))
        if tok.dep == "dobj" and t.lemma(tok.head) in POST_VERBS:  # "held a lectureship at X": "at" on the verb
            hung += t.children(tok.head, "prep")
        for p in hung:
            if p.text.lower() not in preps:
                continue
            for q in [p.i] + [c.i for c in t.children(p.i, "conj") if c.text.lower() in preps]:
                for o in t.children(q, "pobj"):
                    orgs += [e for j in t.conjuncts(o.i) for e in [ctx.ref(j)]
                             if e is not None and isa(ctx, e, C.Organization)]
        if not orgs:
            continue
        person = _holder(ctx, tok.i)
        if person is None:
            continue
        for org in dict.fromkeys(orgs):
            if not ctx.has(person, P.headOf, org):
                ctx.add(person, P.memberOf, org, tok.i)


def _holder(ctx: Context, i: int) -> Entity | None:
    """Who holds the post at ``i``: its possessor, else the subject of the clause it sits in (through
    "career included posts", whose possessor is on the subject)."""
    t = ctx.tree
    for c in t.children(i, "poss"):
        e = ctx.ref(c.i)
        return e if e is not None and C.Person in e.classes else None
    h = i
    for _ in range(4):
        if t[h].head == h:
            break
        h = t[h].head
        if t[h].pos in ("VERB", "AUX"):
            for s in t.children(h, "nsubj", "nsubjpass"):
                who = s.text.lower() in ("who", "that") and t[h].dep == "relcl"
                e = ctx.ref(t[h].head if who else s.i)  # "Ann Lee, who has a seat on X"
                if e is None:
                    e = next((ctx.ref(c.i) for c in t.children(s.i, "poss")), None)
                return e if e is not None and C.Person in e.classes else None
    return None
