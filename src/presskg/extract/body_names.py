"""Names of bodies that hold words the knowledge base knows by themselves (split out of names.py).

A body's name may hold a field ("the Ministry of Education and Science", "the Indian Institute of Space
Science and Technology") or a place ("the Luxembourg Institute of Science and Technology"): the
gazetteer finds those inside, and a reader still takes the body's name whole. A field at the end of a
craft's name, though, is what the craft is for ("the Vela Earth-observation satellite").
"""

from __future__ import annotations

from collections.abc import Callable

from ..model import Entity
from ..vocab import Class as C
from .acronyms import initials
from .candidates import GOVERNING, Candidate, is_acronym
from .classes import ancestors
from .gazetteer import Gazetteer
from .lexicon import GOVERNMENT_NOUNS, HEAD_CLASSES, HEAD_TITLES, MEMBER_TITLES, WORD_CLASSES
from .trade_names import company_form
from .tree import Tree

_GEO_FEATURES = WORD_CLASSES["GEO_FEATURE_NOUNS"]
_SERVICES = WORD_CLASSES["NATIONAL_SERVICE_NOUNS"]


def field_only(c: Candidate) -> bool:
    """A knowledge-base name that is only a field of activity ("Earth observation", "astrophysics")."""
    return c.source == "kb" and bool(c.kb) and all(C.Topic in e.classes for e in c.kb)


def without_field(tree: Tree, c: Candidate, taken: list[Candidate]) -> Candidate:
    """"the Vela Earth-observation satellite": a field of activity at the end of a proper-noun chunk says what
    the craft is for; the name is the words before it. Not after "of" or "for": there the field is the
    body's name ("the Institute of Space Science")."""
    for o in taken:
        if field_only(o) and c.start < o.start < c.end <= o.end and tree[o.start - 1].text.lower() not in OF_WORDS:
            return Candidate(c.start, o.start, c.source)
    return c


def holds_place(tree: Tree, cand: Candidate, inside: list[Candidate]) -> bool:
    """A body's name that holds a known place's: "the Luxembourg Institute of Science and Technology",
    "the Paris Observatory". Its head word is a class noun of a body, and the knowledge-base names it
    overlaps are places within it: the body is named whole, and the place inside stays a name of its own."""
    head = tree[tree.span_head(cand.start, cand.end)]
    cls = HEAD_CLASSES.get(head.text.lower())
    if acronym_first(tree, cand.start, cand.end):  # "KTH Stockholm": a body's short name and its town
        pass
    elif not head.text[:1].isupper() or cls is None or C.Organization not in ancestors(cls):
        # "Imperial College London", "Politecnico di Milano": the place, not the class noun, may end the name
        if not any(tree[k].text[:1].isupper() and C.Organization in ancestors(HEAD_CLASSES.get(tree.lowers[k], ""))
                   for k in range(cand.start, cand.end) if not any(o.start <= k < o.end for o in inside)):
            return False
    return all(cand.start <= o.start and o.end <= cand.end and (o.start, o.end) != (cand.start, cand.end)
               and o.kb and all(C.Place in ancestors(c) for e in o.kb for c in e.classes) for o in inside)


def geo_feature(tree: Tree, start: int, end: int) -> bool:
    """"Gulf of Mexico", "Sea of Japan": a capitalized noun of a sea or a landform (lexicon GEO_FEATURE_NOUNS)
    and "of" open the name, so the known place after them is only what the feature is named after."""
    return end - start >= 3 and tree[start].text[:1].isupper() and tree.lowers[start] in _GEO_FEATURES \
        and tree.lowers[start + 1] == "of"


def body_nouns_inside(tree: Tree, cand: Candidate) -> list[int]:
    """"Imperial College London", "King's College London": capitalized class nouns of a body inside a name
    (not first, not last), which type it when a place ends it."""
    return [k for k in range(cand.start + 1, cand.end - 1) if tree[k].text[:1].isupper()
            and C.Organization in ancestors(HEAD_CLASSES.get(tree.lowers[k], ""))]


#: The words that join a body's class noun to its field in a name: "Ministry of Education", "Centre for Space Research",
#: "Committee on Education".
OF_WORDS = ("of", "for", "on")


def field_of_body(tree: Tree, c: Candidate) -> bool:
    """A knowledge-base field that a body's name holds: "the Ministry of [Education] and Science", "the
    Indian Institute of [Space Science] and Technology". After a capitalized class noun of a body and "of"
    or "for", the field is a word of the name, which the model or a proper-noun chunk then reads whole.

    >>> from presskg.model import KBEntry, Parse, Token
    >>> words = [("the", "DET", "det", 1), ("Ministry", "PROPN", "nsubj", 4), ("of", "ADP", "prep", 1),
    ...          ("Education", "PROPN", "pobj", 2), ("signed", "VERB", "ROOT", 4)]
    >>> toks = [Token(i, w, 0, w, pos, "", dep, h, "", "O", " ") for i, (w, pos, dep, h) in enumerate(words)]
    >>> t = Tree(Parse(tuple(toks), (), ()), " ".join(w for w, *_ in words))
    >>> field_of_body(t, Candidate(3, 4, "kb", (KBEntry("e", "Education", frozenset({C.Topic})),)))
    True
    >>> field_of_body(t, Candidate(1, 2, "kb", (KBEntry("m", "Ministry", frozenset({C.Topic})),)))
    False
    """
    if not field_only(c) or c.start < 2 or tree[c.start - 1].text.lower() not in OF_WORDS:
        return False
    body = tree[c.start - 2]
    cls = HEAD_CLASSES.get(body.text.lower())
    return body.text[:1].isupper() and cls is not None and C.Organization in ancestors(cls)


def named_apart(tree: Tree, gaz: Gazetteer, c: Candidate) -> bool:
    """A knowledge-base body's name that is the tail of another body's: "the Zeltan National Space Activities
    Commission", "the Kelmar Institute of Space and Astronautical Science" are bodies of their own, which the
    model or a proper-noun chunk reads whole. The word before is a capitalized name the parser hangs in the
    name and that nothing else explains: not a nationality or a country ("the French National Centre for
    Space Studies" is CNES), not an acronym ("JAXA Institute of Space ..."), not a known name, nor a title. So is a
    country's name that ends a body's the model reads whole ("Geoscience Australia", "Innovate UK")."""
    k = c.start - 1
    country = bool(c.kb) and all(cls == C.Country for e in c.kb for cls in e.classes)
    if country and k >= 0 and not any(e.label == "ORG" and e.start <= k and c.end <= e.end
                                      for e in tree.parse.entities):
        return False  # "Geoscience Australia", "Innovate UK": a country ends a body's name the model reads whole
    if k < 0 or not c.kb or not country and not all(C.Organization in ancestors(cls)
                                                    for e in c.kb for cls in e.classes):
        return False
    w = tree[k]
    if w.pos != "PROPN" or not w.text[:1].isupper() or is_acronym(w.text) or not c.start <= w.head < c.end:
        return False
    low = tree.lowers[k]
    typed = {HEAD_CLASSES.get(low) or HEAD_CLASSES.get(tree.lemma(k))}
    typed |= {cls for e in gaz.lookup(w.text) for cls in e.classes}
    if country:
        typed -= {C.Topic}  # ("Geoscience Australia": a field's word opens a body's name)
    return not (gaz.demonyms.get(low) or typed - {None} or low in HEAD_TITLES or low in MEMBER_TITLES)


def coordinated_names(tree: Tree, start: int, end: int) -> list[tuple[int, int]]:
    """"the University of X and Y University": two names the model took for one, split at "and"
    when each side is typed by a noun of its own (first or last word) or is a company's trade name ("Kestrel
    Dynamics and Ostmark Systems"); "Ministry of Science and ICT" stays, and so does a list of fields ("the
    Committee on Industry, Research and Energy of the European Parliament").
    Names before a plural noun of things are two ("its Tarsis and Halcyon satellites").
    An owner and what it owns are two names too: "Vela's | Zephyr Research Center"; so are two items of a list
    the parser coordinates across a comma ("Orvane, | Kestrel Dynamics")."""
    inner = [k for k in range(start + 1, end - 1) if tree[k].tag == "POS"]
    if inner:
        return [(start, inner[0]), (inner[0] + 1, end)]
    for k in range(start + 1, end - 1):  # "Orvane, Kestrel Dynamics": a list's comma the model ran over (not
        # one inside a name's "of": "Secretariat of Infrastructure, Communications and Transportation", even
        # when the model's name starts after the "of")
        right = tree.span_head(k + 1, end)
        if tree[k].text == "," and tree[right].dep == "conj" and tree[right].head == tree.span_head(start, k) \
                and (start == 0 or tree.lowers[start - 1] != "of"):
            return [(start, k), (k + 1, end)]
    # "its Tarsis and Halcyon satellites": names of two things under one plural noun of things
    plural = end < len(tree) and tree[end].tag == "NNS" and (cls := HEAD_CLASSES.get(tree.lemma(end))) is not None \
        and any(k in _THINGS for k in ancestors(cls))
    for k in range(start + 1, end - 1):
        if tree[k].text.lower() != "and" or _field_list(tree, start, k):
            continue
        sides = [(start, k), (k + 1, end)]
        if plural or all(company_form(tree, a, b) or any(HEAD_CLASSES.get(tree[i].text.lower()) or (
                tree[i].pos == "NOUN" and HEAD_CLASSES.get(tree.lemma(i))) for i in (a, b - 1)) for a, b in sides):
            return sides
        if end - start == 3 and all(tree[a].pos == "PROPN" for a, _ in sides) and (places_split(
                tree, start, sides) or start >= 2 and tree[start - 1].text == "," and tree[start - 2].tag == "NNS"):
            # "will travel to Velden and Torvik": two places, not a firm named "Velden and Torvik"; "two
            # satellites, Orsa and Lumen,": the names a plural noun counts
            return sides
    return [(start, end)]


def before_place_tail(tree: Tree, start: int, end: int) -> int:
    """Where a body's name the model ran over its town ends: "the National Museum of Science | in Larnis", "the
    Institute of Space Physics | in Kiruna" (a body's class noun before "in", one or two capitalized words after it,
    ending the span); "Women in Aerospace" has no body noun before "in" and stays whole."""
    for k in range(start + 2, end - 1):
        if tree.lowers[k] == "in" and end - k - 1 <= 2 and all(tree[j].pos == "PROPN" for j in range(k + 1, end)) \
                and any(C.Organization in ancestors(c) or C.Facility in ancestors(c)
                        for j in range(start, k) if (c := HEAD_CLASSES.get(tree.lowers[j])) is not None):
            return k
    return end


#: Prepositions of place before two one-word names the model took for one ("to Velden and Torvik").
_PLACE_PREPOSITIONS = frozenset({"in", "near"})
_TRAVEL_VERBS = WORD_CLASSES["TRAVEL_VERBS"]
def places_split(tree: Tree, start: int, parts: list[tuple[int, int]]) -> bool:
    """The model's one name was split into one-word names after a preposition of place ("to Velden and Torvik"):
    places, as the model would have read each alone."""
    if len(parts) != 2 or any(b - a != 1 for a, b in parts) or start == 0:
        return False
    prep = start - 1  # "in"/"near" X and Y; "to" X and Y after a verb of travel ("awarded contracts to A and B": firms)
    return tree.lowers[prep] in _PLACE_PREPOSITIONS or tree.lowers[prep] == "to" and tree.lemma(tree[prep].head) in (
        _TRAVEL_VERBS)


def _field_list(tree: Tree, start: int, k: int) -> bool:
    """The "and" at ``k`` closes a list of fields of a body's name ("the Committee on Industry, Research and
    Energy of the European Parliament"): a field's word (lexicon FIELD_NOUNS, PORTFOLIO_FIELDS) follows it and a
    field preposition ("of", "for", "on") stands before it in the name. One name, not two."""
    return k + 1 < len(tree) and tree.lowers[k + 1] in _FIELDS and tree[k + 1].text[:1].isupper() and any(
        tree.lowers[i] in ("of", "for", "on") for i in range(start + 1, k))


#: The words of fields a body's name lists (lexicon data).
_FIELDS = WORD_CLASSES["FIELD_NOUNS"] | WORD_CLASSES["PORTFOLIO_FIELDS"]
#: What a plural class noun after two coordinated names makes them two of (craft, missions, instruments).
_THINGS = frozenset({C.Spacecraft, C.Mission, C.Instrument, C.LaunchVehicle})
#: A governing body's class nouns ("board", "board of directors", "supervisory board"): lexicon data.
GOVERNING_BODIES = WORD_CLASSES["GOVERNING_BODIES"]


def governing_bodies(tree: Tree, taken: list[Candidate]) -> list[Candidate]:
    """"the Board of the Vela Space Agency met", "the Executive Board of X", "the Board of Directors of X": a
    capitalized governing body's noun (lexicon ``GOVERNING_BODIES``, capitalized words before it kept) and
    "of" before an organization's name is the body's name, which holds the organization's. The body is an
    organization of its own (it meets, it appoints), not the organization nor a part of it."""
    out = []
    orgs = [c for c in taken if c.kb and any(C.Organization in ancestors(x) for e in c.kb for x in e.classes)]
    for c in orgs:
        k = c.start - 1 if c.start > 0 and tree[c.start - 1].text.lower() == "the" else c.start
        if k < 2 or tree[k - 1].text.lower() != "of":
            continue
        end_of_body = k - 1
        start = next((n for n in (3, 2, 1) if end_of_body - n >= 0 and all(
            tree[i].text[:1].isupper() or tree[i].text == "of" for i in range(end_of_body - n, end_of_body))
            and tree.span_text(end_of_body - n, end_of_body).lower() in GOVERNING_BODIES), None)
        if start is None:
            continue
        start = end_of_body - start
        while start > 0 and tree[start - 1].text[:1].isupper() and tree[start - 1].pos in ("PROPN", "ADJ") and \
                tree.sentence_index(start - 1) == tree.sentence_index(start) and tree[start - 1].i != 0 and \
                not any(o.start <= start - 1 < o.end for o in taken):
            start -= 1  # "the Executive Board", "the Supervisory Board"
        if any(o.overlaps(Candidate(start, c.end, "")) and not (start <= o.start and o.end <= c.end) for o in taken):
            continue
        # its class is its noun's ("Ministerial Council": a conference), not its organization's
        words = [tree[k].text.lower() for k in range(start, end_of_body)]
        cls = HEAD_CLASSES.get(" ".join(words[-2:])) or HEAD_CLASSES.get(words[-1], C.Organization)
        out.append(Candidate(start, c.end, GOVERNING, hint=cls))
    return out


def owners_of_bodies(tree: Tree, cands: list[Candidate]) -> list[Candidate]:
    """"The Board of Directors of Nordavia Space appointed X", "the Supervisory Board of Orbitec": the
    organization a governing body's name (lexicon ``GOVERNING_BODIES`` and "of") holds is a name of its own
    even when the knowledge base does not know it (:func:`governing_bodies` covers the known ones). A reader
    sees two bodies: the board, and the company it governs, whose executive the board appoints."""
    out = []
    for c in cands:
        if c.source == "kb" or c.end - c.start < 3:
            continue
        words = [tree.lowers[k] for k in range(c.start, c.end)]
        # the last "of" after a body's noun: "Board of Governors of [Orbitec]"
        of = next((k for k in range(len(words) - 2, 0, -1) if words[k] == "of"
                   and any(" ".join(words[j:j + n]) in GOVERNING_BODIES for n in (1, 2, 3) for j in range(k))), None)
        if of is None:
            continue
        start = c.start + of + 1 + (words[of + 1] == "the")
        if start >= c.end or not all(tree[k].text[:1].isupper() or tree[k].text[:1].isdigit() or tree.lowers[k]
                                     in ("of", "for", "and", "&") for k in range(start, c.end)):
            continue
        # "the Board of Directors", "Council of Ministers": plural people that make the body, no organization
        if not tree[start].text[:1].isupper() or tree.lowers[c.end - 1] in ("of", "for", "and", "&") or (
                c.end - start == 1 and (tree[start].tag in ("NNS", "NNPS") or tree.lemma(start) != tree.lowers[start]
                                        or tree.lowers[start].endswith("s") and tree.lowers[start][:-1] in
                                        HEAD_TITLES | MEMBER_TITLES)) or any(
                o.start <= start and c.end <= o.end and o is not c and (o.start, o.end) != (c.start, c.end)
                for o in cands):
            continue  # (a name already there: a known one, or another finder's)
        cls = HEAD_CLASSES.get(tree.lowers[c.end - 1])
        hint = cls if cls is not None and C.Organization in ancestors(cls) else (
            C.Company if company_form(tree, start, c.end) else C.Organization)  # "of Orla Space Systems"
        owner = Candidate(start, c.end, "pattern:body-owner", hint=hint)
        # "the Board of the Nordavia Space Agency (NSA)": the acronym the organization's initials spell is its own
        spelled = initials(tree.span_text(start, c.end))
        owner.aliases = [a for a in c.aliases if a == spelled]
        if owner.aliases:
            c.aliases = [a for a in c.aliases if a != spelled]
            owner.defined = True
        out.append(owner)
    return out


def governed_end(words: list[str], n: int) -> bool:
    """"Board of Directors of [Nordavia Space]": the words after a governing body's "of" (lexicon
    ``GOVERNING_BODIES``) name the organization it governs, never the body by a shorter name."""
    k = n - 1 - (words[n - 1].lower() == "the")
    before = " ".join(words[:k]).lower()
    return k > 0 and words[k].lower() == "of" and any(f" {before}".endswith(f" {b}") for b in GOVERNING_BODIES)


def own_heads(tree: Tree, entities: dict, token_entity: dict[int, str]) -> None:
    """"Imperial College London signed", "Politecnico di Milano built": the place that ends an organization's
    name is the name's head word, and the clause reads its head; the head word stands for the organization,
    and the place inside keeps its other words only (a place alone, "in London", is untouched)."""
    for ent in list(entities.values()):
        if not any(C.Organization in ancestors(k) for k in ent.classes):
            continue
        for m in ent.mentions:
            h = tree.span_head(m.start, m.end) if m.end - m.start >= 2 else None
            inner = entities.get(token_entity.get(h)) if h is not None else None
            if inner is None or inner is ent or not all(C.Place in ancestors(k) for k in inner.classes):
                continue
            if any(n.start <= h < n.end and m.start <= n.start and n.end <= m.end
                   and (n.start, n.end) != (m.start, m.end) for n in inner.mentions):
                token_entity[h] = ent.key


def national_bodies(tree: Tree, gaz: Gazetteer, taken: list[Candidate]) -> list[Candidate]:
    """"the Japanese government", "the German government": a country's government is a name; so is a state's
    service told by its field and noun ("the Kenyan meteorological office", lexicon NATIONAL_SERVICE_NOUNS)."""
    out = []
    for t in tree.tokens:
        if t.i >= 2 and f"{tree.lowers[t.i - 1]} {tree.lemma(t.i)}" in _SERVICES and tree[t.i - 1].head == t.i \
                and gaz.country_of_word(tree[t.i - 2].text) and tree[t.i - 2].text[:1].isupper():
            cand = Candidate(t.i - 2, t.i + 1, "pattern:national-body", hint=C.GovernmentBody)
            if not any(c.overlaps(cand) and not (c.start >= cand.start and c.end <= cand.end) for c in taken):
                out.append(cand)
            continue
        if tree.lemma(t.i) not in GOVERNMENT_NOUNS or t.i == 0:
            continue
        prev = tree[t.i - 1]
        if prev.dep in ("amod", "compound") and prev.head == t.i and gaz.country_of_word(prev.text):
            cand = Candidate(t.i - 1, t.i + 1, "pattern:national-body", hint=C.GovernmentBody)
            if not any(c.overlaps(cand) and not (c.start >= cand.start and c.end <= cand.end) for c in taken):
                out.append(cand)
    return out


def possessive_names(tree: Tree, cands: list[Candidate]) -> list[Candidate]:
    """"King's College London", "Queen's University Belfast": a body's name that opens on a body's class noun
    ("College") right after one capitalized word and its "'s", and goes on after it, holds that possessive, when
    the word names nothing the knowledge base knows (in "NASA's Goddard Space Flight Center" NASA owns the
    centre; "Orbivex's Institute" is Orbivex's). The name takes the word in, and the word's own candidate goes."""
    out = list(cands)
    for c in cands:
        k = c.start
        cls = HEAD_CLASSES.get(tree.lowers[k]) if c.source != "kb" and k >= 2 and c.end - c.start >= 2 else None
        if cls is None or C.Organization not in ancestors(cls) or tree[k - 1].tag != "POS" \
                or tree[k - 2].pos != "PROPN" or not tree[k - 2].text[:1].isupper() \
                or any(o.kb and o.start <= k - 2 < o.end for o in cands):
            continue
        start = min([k - 2] + [o.start for o in cands if o.start <= k - 2 < o.end])  # "[St Aldric]'s College X"
        out = [o for o in out if o is not c and not (o.start <= k - 2 < o.end)]
        out.append(Candidate(start, c.end, c.source, hint=c.hint))
    return out


def acronym_first(tree: Tree, start: int, end: int) -> bool:
    """"ETH Zurich", "EPFL Lausanne": a name of two or three words opening on an acronym of three letters or
    more, the rest capitalized words, is a body's short name with its town; no person's name opens on one."""
    first = tree[start].text
    # (an acronym is mostly consonants: a word in capitals with vowels enough is a family name written first,
    # "YAMAKAWA Hiroshi", "ITO Kenji")
    vowels = sum(c in "AEIOUY" for c in first)
    return 2 <= end - start <= 3 and is_acronym(first) and first.isalpha() and len(first) >= 3 \
        and 2 * vowels < len(first) and all(tree[k].text[:1].isupper() and not is_acronym(tree[k].text)
                                            and tree[k].text.isalpha() for k in range(start + 1, end))


def acting_with_a_body(t: Tree, at: Callable[[int], Entity | None], i: int) -> bool:
    """The name at ``i`` is listed after a body as the subject of a verb ("ESA and the X Centre hosted a workshop"):
    they act together, both bodies. ``at``: the entity a token names."""
    first = t[i].head
    if t[i].dep != "conj" or t[first].dep != "nsubj" or t[t[first].head].pos != "VERB" \
            or t.lemma(t[first].head) == "be":
        return False
    body = at(first)
    return body is not None and C.Facility not in body.classes and any(C.Organization in ancestors(c)
                                                                       for c in body.classes)
