"""Whether a noun is a title, and what it makes its holder of the body: "President", "Director General", "Chair"
head it (``headOf``), "deputy director", "vice-president", "astronaut" are members (``memberOf``); "former" and
"retired" posts (lexicon PAST_POST_WORDS) state nothing of today. Read by the rules of titles and posts.
"""

from __future__ import annotations

from ..model import Entity
from ..vocab import Class as C
from ..vocab import Prop as P
from . import titled_people
from .candidates import noun_class
from .classes import ancestors
from .context import Context
from .lexicon import APPOINT_VERBS, HEAD_TITLES, MEMBER_TITLES, TITLE_WORDS, WORD_CLASSES

#: Words that make a title one held once ("former", "retired"): lexicon data.
PAST_POST_WORDS = WORD_CLASSES["PAST_POST_WORDS"]
#: Adjectives that tell of the same post, not another ("the institute's new director"): lexicon data.
BACK_ADJECTIVES = WORD_CLASSES["BACK_ADJECTIVES"]
#: Words that make a head's title a second's or a stand-in's ("vice president", "acting director"): a member's post.
SECOND_POST_WORDS = frozenset({"vice", "deputy", "elect", "designate", "acting", "associate", "sub", "assistant"})
#: Adjectives that belong to a title ("vice president", "acting director"); others ("next", "new") do not.
_TITLE_MODIFIERS = SECOND_POST_WORDS | {"executive", "general", "managing", "chief"}



def _lower_body_noun(t, k: int) -> bool:
    """The word at ``k`` is a body's class noun in lower case, singular ("institute", "agency", "centre")."""
    cls = noun_class(t, k) if t[k].tag == "NN" and t[k].text.islower() else None
    return cls is not None and bool({C.Organization, C.Facility} & set(ancestors(cls)))


def title_kind(ctx: Context, i: int, past_too: bool = False) -> str | None:
    """``headOf`` or ``memberOf`` for a title noun at ``i`` ("President", "Director General"); None for a post
    once held ("former ESA astronaut A" states nothing of today) unless ``past_too`` (is it a title at all?)."""
    t = ctx.tree
    # ("former Roscosmos cosmonaut A": the parser may hang "former" on the body's name before the title)
    mods = [i, *(c.i for c in t.children(i, "compound", "nmod") if c.i < i)]
    if not past_too and any(t.lemma(c.i) in PAST_POST_WORDS for m in mods for c in t.children(m, "amod", "compound",
                                                                                               "advmod")):
        return None
    # the title's own words, left to right: "next Director General" is "director general"; a compound's own
    # ("ESA Deputy Director General A": "Deputy" hangs on "Director", which hangs on "General")
    words = [t.lemma(c.i) for c in _left_words(t, i)
             if c.dep == "compound" or t.lemma(c.i) in _TITLE_MODIFIERS] + [t.lemma(i)]
    # "vice-chancellor", "vice-president": the tokenizer splits the prefix off at its hyphen
    if i >= 2 and t[i - 1].text in ("-", "‐") and not t[i - 2].whitespace and not t[i - 1].whitespace:
        if f"{t.lemma(i - 2)}-{t.lemma(i)}" in HEAD_TITLES:
            return P.headOf
        words[-1:-1] = [] if t.lemma(i - 2) in words else [t.lemma(i - 2)]
    nxt = i + 1 < len(t) and t.lemma(i + 1) in ("general", "elect")
    phrase = " ".join(words)
    if nxt:
        phrase = f"{phrase} {t.lemma(i + 1)}"
    elif i + 2 < len(t) and t[i + 1].text == "of" and t[i + 2].text == "State":
        phrase = f"{phrase} of state"  # "Secretary of State (for X)": a title of its own
    parts = phrase.split()
    if any(w in SECOND_POST_WORDS for w in parts):
        return P.memberOf
    # ("chief executive officer" with both words read as adjectives: a title of three words all the same)
    full = [t.lemma(c.i) for c in t.children(i, "compound", "amod") if c.i < i] + [t.lemma(i)]
    if any(" ".join(parts[-n:]) in HEAD_TITLES or " ".join(full[-n:]) in HEAD_TITLES for n in (3, 2)) or (
            parts[-1] in HEAD_TITLES and parts[-1] != "director"):
        return P.headOf
    if parts[-1] == "director" and len(parts) <= 2 and (titled_people.body_before_title(t, i - 1, i + 1)
                                                         or _lower_body_noun(t, i - 1)):
        return P.headOf  # "Centre Director A", "institute director B": the body the noun stands for is A's
    # "the mission's principal investigator": a title of two words the parser reads as an adjective and a noun
    pair = f"{t.lemma(i - 1)} {t.lemma(i)}" if i > 0 and t[i - 1].head == i else ""
    if t.lemma(i) in MEMBER_TITLES or phrase in MEMBER_TITLES or parts[-1] in MEMBER_TITLES or pair in MEMBER_TITLES:
        return P.memberOf
    return None


def _left_words(t, i: int) -> list:
    """The compounds and adjectives before the noun at ``i``, and those of a title word among them, left to right
    (not a name's: "Orvik Data Centre director" is a director's title of two words, "centre director")."""
    found = [c for c in t.children(i, "compound", "amod") if c.i < i]
    for c in list(found):
        if t.lowers[c.i] in TITLE_WORDS:
            found += [d for d in t.children(c.i, "compound", "amod") if d.i < c.i]
    return sorted(found, key=lambda c: c.i)


def is_title(ctx: Context, i: int) -> bool:
    """The noun at ``i`` is a title, held now or once ("former Indian astronaut A" is Indian all the same)."""
    return title_kind(ctx, i, past_too=True) is not None


def director_kind(ctx: Context, i: int, org: Entity, owner: bool = True) -> str | None:
    """"Director of the X Institute" heads it; "Director of Earth Observation at X" is a member of X.

    A bare "Director" whose "of" phrase is the organization itself is its head, however the post is given: in an
    apposition ("A, Director of the Orla Institute,") or by an appointing verb ("A was appointed Director of the
    Orla Institute", "named the new director of X"). The appointing verb's participle before the title ("the
    newly appointed director of X", lexicon APPOINT_VERBS) and a back adjective ("new") leave it the same post.
    An owner before the title ("the Orla Institute's director") counts only when ``owner``: an appointing body's
    "its Director" ("the agency appointed A as its Director") is left a member's post.
    """
    t = ctx.tree
    if t.lemma(i) != "director" or t.children(i, "compound") or any(
            t.lowers[c.i] not in BACK_ADJECTIVES and t.lemma(c.i) not in APPOINT_VERBS for c in t.children(i, "amod")):
        return None
    # (a class noun as owner, "the institute's director", is the body in view, as _org_near_title reads it)
    owners = [ctx.definite(c.i) if c.pos == "NOUN" and ctx.table.at(c.i) is None else ctx.ref(c.i)
              for c in t.children(i, "poss")]
    if owner and not t.children(i, "prep") and any(e is org for e in owners):
        return P.headOf  # "the Orla Institute's new director, A": a body's own director (no "of Science") heads it
    # the name itself, and nothing else after "of" ("Director of Science of the X Agency" is a member's post)
    objects = [o.i for p in t.children(i, "prep") if p.text.lower() == "of" for o in t.children(p.i, "pobj")]
    if objects and all(ctx.table.at(o) is org for o in objects):
        return P.headOf
    return None
