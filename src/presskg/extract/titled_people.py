"""People named right after a long title, where the language model finds no person.

"said ESA's Director of Earth Observation Programmes Ingrid Solheim": a title, "of", a department
written in capitals and then the person's name, with no comma between them. The model reads the
whole run as one organization's name (or as nothing); a reader splits it where the department's
last word (`DEPARTMENT_ENDS` in `lexicon/titles.toml`) ends and takes the two words after it as the
person. Titles (`dep:title`) then make the person head or member of the organization the title
is of. A minister's portfolio reads the same way: "Federal Minister for Economic Affairs and Climate
Action Robert Habeck", "Minister of Science Karin Holm".

What stands before a person's title is no part of the person's name either: a known agency ("DLR Chair
Anke Lind", :func:`without_agency_prefix`) or a body's class noun, capitalized, that stands for the body told
of ("Agency Head Ana Ruiz", :func:`past_body_title`).
"""

from __future__ import annotations

from ..vocab import Class as C
from . import names
from .candidates import Candidate, is_acronym, noun_class
from .classes import ancestors
from .head_nouns import membership_words
from .lexicon import (
    HEAD_CLASSES,
    NAME_INNER,
    OPERATOR_CLASSES,
    PART_BODY_NOUNS,
    POST_TITLES,
    TITLE_WORDS,
    WORD_CLASSES,
)
from .ranks import is_title, whole_body_title
from .tree import Tree

DEPARTMENT_ENDS = WORD_CLASSES["DEPARTMENT_ENDS"]
COMPANY_NAME_WORDS = WORD_CLASSES["COMPANY_NAME_WORDS"]
_TITLES = POST_TITLES
#: Words that may open a state's names and titles (lexicon NAME_OPENERS): "Federal Minister for X".
_OPENERS = frozenset(WORD_CLASSES["NAME_OPENERS"])


def _word(tree: Tree, i: int) -> bool:
    t = tree[i]
    return t.text[:1].isupper() and t.pos in ("PROPN", "NOUN", "ADJ")


def _person_word(tree: Tree, i: int) -> bool:
    """A word a person's name may be made of: capitalized, no acronym, no class noun nor title."""
    t = tree[i]
    low = t.text.lower()
    return t.pos == "PROPN" and t.text[:1].isupper() and not is_acronym(t.text) and low not in HEAD_CLASSES \
        and tree.lemma(i) not in HEAD_CLASSES and low not in _TITLES and low not in DEPARTMENT_ENDS


def _run_end(tree: Tree, i: int, limit: int) -> int:
    """End of the capitalized run from ``i`` ("Economic Affairs and Climate Action Robert Habeck"), hyphens
    and inner words ("of", "and") included."""
    j = i
    while j < limit:
        if _word(tree, j):
            j += 1
        elif j + 1 < limit and _word(tree, j + 1) and (
                tree[j].text.lower() in _JOINERS or tree[j].text in ("-", "‐") and not tree[j].whitespace):
            j += 2
        elif j + 1 < limit and tree[j].text in ("-", "‐") and not tree[j].whitespace and not tree[j - 1].whitespace \
                and tree[j + 1].text.isalpha() and tree[j + 1].text.islower():
            j += 2  # a given name's second part: "Bae Kyung-hoon"
        else:
            break
    return j


#: Words a department's name may hold between its capitalized words.
_JOINERS = NAME_INNER | {"and"}
#: The prepositions after a title that open its department or portfolio.
_TITLE_PREPOSITIONS = ("of", "for")


def _split(tree: Tree, start: int, end: int) -> tuple[int, int] | None:
    """Where the person's two words stand in a run of a department and a name: right after a department's
    last word, at the run's first "and" ("Minister of Science Anna Lund and Director X") or at its end
    ("Minister for Economic Affairs and Climate Action Robert Habeck")."""
    ends = [k for k in range(start, end) if tree[k].text.lower() == "and"] + [end]
    for e in ends:
        words = _name_words(tree, start, e)
        if len(words) < 3 or tree[words[-3][1] - 1].text.lower() not in DEPARTMENT_ENDS:
            continue
        first = words[-2][0]
        if all(_person_word(tree, k) for k in range(first, e) if tree[k].text not in ("-", "‐")
               and not (tree[k - 1].text in ("-", "‐") and tree[k].text.islower())):  # "Kyung-hoon"
            return first, e
    return None


def _name_words(tree: Tree, start: int, end: int) -> list[tuple[int, int]]:
    """The run's words, a hyphenated one ("Tolker-Nielsen") as one."""
    words: list[tuple[int, int]] = []
    i = start
    while i < end:
        j = i + 1
        while j + 1 < end and tree[j].text in ("-", "‐") and not tree[j].whitespace and not tree[j - 1].whitespace:
            j += 2
        words.append((i, j))
        i = j
    return words


def after_long_titles(tree: Tree, taken: list[Candidate]) -> list[Candidate]:
    """Person candidates after "<Title> of <Department>" or "<Title> for <Portfolio>" (see the module's
    docstring); a candidate that ran the department and the name together is taken out of ``taken`` (in
    place), and a ministry's portfolio that ran over the name ends where the name begins."""
    out: list[Candidate] = []
    for s in tree.parse.sentences:
        for i in range(s.start, s.end - 4):
            if tree[i + 1].text.lower() not in _TITLE_PREPOSITIONS or not tree[i].text[:1].isupper() \
                    or tree.lemma(i) not in _TITLES and tree[i].text.lower() not in _TITLES:
                continue
            at = i + 3 if tree[i + 2].text.lower() == "the" else i + 2  # "Minister of the Economy Lex Delles"
            found = _split(tree, at, _run_end(tree, at, s.end))
            if found is None:
                continue
            start, end = found
            if any(c.kb and c.source != "pattern:portfolio" and c.start < end and start < c.end for c in taken):
                continue  # a known name ("... Programmes Copernicus Sentinel") is no person
            # "Space Transportation Toni Tolker-Nielsen", "Earth Observation Programmes Ingrid Solheim": a name
            # the model or a chunk ran over department and person names neither (the department is no body)
            # (a commission's portfolio is known to the knowledge base by its label, and runs over all the same)
            ran_over = [c for c in taken if (not c.kb or c.source == "pattern:portfolio")
                        and at <= c.start < start < c.end and (c.end <= end or c.source == "pattern:portfolio")]
            taken[:] = [c for c in taken if c not in ran_over]
            # "Minister of Science Karin Holm": the ministry its portfolio names ends where the person begins
            out += [Candidate(c.start, start, c.source, kb=c.kb, hint=c.hint, label=c.label[:-len(
                tree.span_text(start, c.end))].strip() if c.label.endswith(tree.span_text(start, c.end)) else c.label)
                for c in ran_over if c.source == "pattern:portfolio" and c.label]  # (a commission keeps its name)
            out.append(Candidate(start, end, "pattern:titled-person", hint=C.Person))
    return out


def in_brackets(tree: Tree) -> list[Candidate]:
    """Person candidates in brackets after a title, as agencies name their heads: "the Ministry of Science and ICT
    (Minister Bae Kyung-hoon)", "NSA (Director General Ola Nordmann)" (a colon may stand between: "(President: A)").
    Two to four words of a person's name after the title words, closing the brackets; the model often finds none.
    """
    out: list[Candidate] = []
    for t in tree.tokens:
        if t.text != "(":
            continue
        k = t.i + 1
        while k < len(tree) and (tree.lemma(k) in _TITLES or tree.lowers[k] in _TITLES):
            k += 1
        k += k < len(tree) and k > t.i + 1 and tree[k].text == ":"
        end = next((j for j in range(k + 2, min(k + 7, len(tree))) if tree[j].text == ")"), None)
        if k > t.i + 1 and end is not None and _name_words_between(tree, k, end):
            out.append(Candidate(k, end, "pattern:titled-person", hint=C.Person))
    return out


def _name_words_between(tree: Tree, start: int, end: int) -> bool:
    """``[start, end)`` are two to four words of a person's name, a hyphened one as one ("Bae Kyung-hoon")."""
    words = _name_words(tree, start, end)
    return 2 <= len(words) <= 4 and all(_person_word(tree, a) and all(
        tree[j].text in ("-", "‐") or tree[j].text.isalpha() for j in range(a + 1, b)) for a, b in words)


def after_acronym_titles(tree: Tree, chunks: list[Candidate]) -> list[Candidate]:
    """"VSA Director General Ana Ruiz", "TSA Chief Scientist Mira Holt": a run of proper nouns that opens
    with an acronym the release defined ("the Valdorian Space Agency (VSA)"), then a title, then two to four
    words of a person's name holds the person after the title. Read whole, the run is one unknown name that
    names nothing, and the person is lost. The acronym is left to the title rules, which read it as the body
    the text defined; an acronym never defined gives no title to an unknown body, so its run is not split."""
    toks = tree.tokens
    defined = {toks[i].text for i in range(1, len(toks) - 1) if toks[i - 1].text == "(" and toks[i + 1].text == ")"}
    out: list[Candidate] = []
    for c in chunks:
        k = c.start + 1
        while k < c.end and (tree.lemma(k) in _TITLES or tree[k].text.lower() in _TITLES):
            k += 1
        if c.source == "pattern:proper-noun" and is_acronym(tree[c.start].text) and tree[c.start].text in defined \
                and k > c.start + 1 \
                and 2 <= c.end - k <= 4 and all(_person_word(tree, j) for j in range(k, c.end)):
            out.append(Candidate(k, c.end, "pattern:titled-person", hint=C.Person))
        elif (split := _body_title_name(tree, c)) is not None:  # "Tarsis University Rector Ola Nordmann"
            out += split
        else:
            out.append(c)
    return out


def body_before_titled_person(tree: Tree, start: int, end: int) -> tuple[int, C | None] | None:
    """Where a body's name ends in the model's person ``[start, end)`` and what it is, when the run holds a body,
    its title and a person (:func:`titled_name_after`: "Vantor Orbital CEO Mira Lindqvist"); else None."""
    cut = titled_name_after(tree, start, end)
    return None if cut is None else (cut[0], _body_hint(tree, cut[0]))


def _body_hint(tree: Tree, end: int) -> C | None:
    """A body named by its class noun is typed by it; one whose name ends in a trade word is a company; any
    other is a body of some kind (a title says so)."""
    last = tree.lowers[end - 1]
    return None if last in HEAD_CLASSES else C.Company if last in COMPANY_NAME_WORDS else C.Organization


def _body_title_name(tree: Tree, c: Candidate) -> list[Candidate] | None:
    """"Tarsis University Rector Ola Nordmann", "Vantor Orbital CEO Mira Lindqvist" read as a proper-noun run: the
    body's name and the person's (:func:`titled_name_after`); None elsewhere."""
    if c.source != "pattern:proper-noun" or (cut := titled_name_after(tree, c.start, c.end)) is None:
        return None
    return [Candidate(c.start, cut[0], c.source, hint=_body_hint(tree, cut[0])),
            Candidate(cut[1], c.end, "pattern:titled-person", hint=C.Person)]


def titled_name_after(tree: Tree, start: int, end: int) -> tuple[int, int] | None:
    """"Tarsis University Rector Ola Nordmann", "Kelso Institute Director Eva Lind": in a run of proper nouns
    ``[start, end)`` whose first words end in a body's class noun, then a title, then two to four words of a
    person's name, where the body's name ends and where the person's begins (the title between, as after an
    acronym: :func:`after_acronym_titles`); None elsewhere. A part of a body ("NASA Science Division Director A",
    lexicon ADMIN_UNIT_NOUNS, SEAT_BODY_NOUNS) is left to the titles, as a part of the body named before it.

    So for a body named otherwise, when the model saw a name in each of its words and a person's in the words
    after the title, or when its name ends in a company's trade word: "Vantor Orbital CEO Mira Lindqvist", "Vantor
    CEO Mira Lindqvist" (not "Science Minister Bae Kyung-hoon", a portfolio: the model sees no name in it)."""
    for j in range(start, end - 3):
        cls = HEAD_CLASSES.get(tree.lowers[j])
        noun = j > start and cls is not None and C.Organization in ancestors(cls) \
            and tree.lowers[j] not in PART_BODY_NOUNS
        if not (noun or cls is None and _named_body(tree, start, j + 1)) or not _title_word(tree, j + 1):
            continue
        k = j + 1
        while k < end and _title_word(tree, k):
            k += 1
        if 2 <= end - k <= 4 and all(_person_word(tree, i) for i in range(k, end)) and (
                noun or all(tree[i].ent_type == "PERSON" for i in range(k, end))):
            return j + 1, k
    return None


def _named_body(tree: Tree, start: int, end: int) -> bool:
    """``[start, end)`` are capitalized words, no title, that the model saw a name in, or that end in a company's
    trade word ("Vantor Orbital", lexicon COMPANY_NAME_WORDS)."""
    words = range(start, end)
    return all(tree[i].text[:1].isupper() and tree[i].pos == "PROPN" and not _title_word(tree, i) for i in words) and (
        all(tree[i].ent_type for i in words) or tree.lowers[end - 1] in COMPANY_NAME_WORDS and end - start >= 2)


def title_for(tree: Tree, start: int, end: int) -> bool:
    """``[start, end)`` is a title and its portfolio after "for", no body's name: "the Minister for Research",
    "Germany's Federal Minister for Research, Technology and Space" (a word that may open a state's names, lexicon
    NAME_OPENERS, before the title)."""
    k = start + (end > start + 1 and tree.lowers[start] in _OPENERS)
    return end > k + 2 and tree.lemma(k) in TITLE_WORDS and tree.lowers[k + 1] == "for"


def _title_word(tree: Tree, i: int) -> bool:
    return tree[i].text[:1].isupper() and (tree.lemma(i) in _TITLES or tree[i].text.lower() in _TITLES)


def body_before_title(tree: Tree, i: int, end: int) -> bool:
    """"Agency Head", "Centre Director": a body's class noun, capitalized, right before a title (it stands
    for the body told of, as "the Agency" does; the model reads it as a body's name of its own)."""
    cls = noun_class(tree, i) if tree[i].text[:1].isupper() else None
    return cls is not None and bool({C.Organization, C.Facility} & set(ancestors(cls))) and i + 1 < end \
        and is_title(tree, i + 1, end)


def past_body_title(tree: Tree, start: int, end: int) -> int:
    """"Agency Head Ana Ruiz", "Centre Director Tom Berg": the body's class noun and the title after it
    (:func:`body_before_title`) are no part of the name that follows them (two words of it at least);
    else ``start``."""
    if not body_before_title(tree, start, end):
        return start
    k = start + 1
    while k < end and is_title(tree, k, end):
        k += 1
    return k if end - k >= 2 else start


def without_agency_prefix(tree: Tree, c: Candidate, taken: list[Candidate]) -> Candidate | None:
    """"the NASA InSight mission", "a JAXA Kestrel satellite": a known agency in front (of a class that runs
    missions, OPERATOR_CLASSES), or two joined ("NASA-ISRO"), is not part of the name, unless a class noun ends the
    name ("JAXA Space Exploration Center" is one facility's name); a company's name keeps its parent's ("Airbus
    Defence and Space").
    None for a post the body's name opens ("Airbus Chief Technology Officer")."""
    if tree[c.end - 1].text.lower() in HEAD_CLASSES:
        return c
    for o in taken:
        # (any known body before a title: "Thales Alenia Space CEO Anna Lind")
        if o.source == "kb" and o.start == c.start and o.end < c.end and (any(
                e.classes & OPERATOR_CLASSES for e in o.kb) or tree.lemma(o.end) in TITLE_WORDS):
            start = o.end  # "DLR Chair Anke Lind": the title after the agency goes too, as it would first
            while start + 1 < c.end - 1 and tree[start].text in ("-", "–", "/") and (joined := next((
                    k for k in taken if k.source == "kb" and k.start == start + 1 and k.end < c.end), None)):
                start = joined.end  # "the NASA-ISRO SAR mission": both agencies go
            while start < c.end - 1 and tree.lemma(start) in TITLE_WORDS and not names.keeps_title(tree, start, c.end):
                start += 1
            start = past_body_title(tree, start, c.end)  # "ESA Council Chair Ola Lund": a part of ESA and its title
            if start > o.end and tree.lemma(c.end - 1) in TITLE_WORDS:
                return None  # "Airbus Chief Technology Officer": a title first and last is a post, no name
            return Candidate(start, c.end, c.source)
    return c


def without_title_tail(tree: Tree, start: int, end: int) -> int:
    """End of a body's name the model ran into a title: "[ACE] Executive Director Camila Rojas" (and "the Ministry of
    Science and | ICT" is one name: :func:`~presskg.extract.field_lists.coordinated_tail`). Title words (TITLE_WORDS)
    that end the name right before another title word are the title's, not the name's."""
    while end - start > 1 and end < len(tree) and tree.lemma(end - 1) in TITLE_WORDS \
            and (tree.lemma(end) in _TITLES or tree[end].text.lower() in _TITLES):
        end -= 1
    return end


def unit_of_post(tree: Tree, start: int, end: int) -> bool:
    """"Director of Space Transportation at ESA", "ESA's Director of Earth Observation Programmes": the words after
    a title's "of", when an "at" after them or an owner before the title names the body, are the post's unit or
    field, no body of their own."""
    return start >= 2 and tree.lowers[start - 1] == "of" and (
        tree.lemma(start - 2) in _TITLES or tree.lowers[start - 2] in _TITLES) and (
        end < len(tree) and tree.lowers[end] == "at" or any(c.dep == "poss" for c in tree.children(start - 2)))


def past_title_of(tree: Tree, start: int, end: int) -> int:
    """Where a name starts after a title (or a membership: "[Associate Members of] OCO") of capitalized words
    ending in a title word and "of": "[Chief Technology
    Officer of] OrbitKeep", "[Mission Manager of] the Vela Space Agency" (the leading title word, "Chief", went
    first; "Technology" is no title, and the rest of the title stayed). "University of Tromsø" keeps its "of"."""
    for k in range(start + 1, end - 1):
        if tree.lowers[k] == "of" and all(tree[m].text[:1].isupper() for m in range(start, k)) and (
                tree.lemma(k - 1) in _TITLES or tree.lowers[k - 1] in _TITLES or membership_words(tree, start, k)):
            return k + 1
    return start


def past_post_of_the(tree: Tree, start: int, end: int) -> int:
    """Where the body's name starts in a span the model read whole as a body, a post "of the" body: "[Chair of
    the] Council", "[Vice-Chair of the] Board" (the post is a title, the body the name); ``start`` when the span
    is no such post ("University of the Highlands", "Minister of Research": no "the", a portfolio)."""
    cut = past_title_of(tree, start, end)
    if start < cut < end - 1 and tree.lowers[cut] == "the" and tree[cut + 1].text[:1].isupper():
        return cut + 1
    if start < cut < end - 1 and _body_noun(tree, end - 1) and tree.lemma(cut - 2) not in WORD_CLASSES[
            "PORTFOLIO_TITLES"]:
        return cut  # "[Rector of] Breden University", "[Dean of] Castelmar College": a name ending in its class noun
    if start < cut < end and whole_body_title(tree, cut - 1):
        return cut  # "[Board Chair of] Orbix": a head's title only a whole body has (lexicon WHOLE_BODY_TITLES)
    return start



def _body_noun(tree: Tree, i: int) -> bool:
    """The word at ``i`` is a class noun of an organization ("University", "Institute", "Agency")."""
    cls = HEAD_CLASSES.get(tree.lemma(i)) or HEAD_CLASSES.get(tree.lowers[i])
    return cls is not None and C.Organization in ancestors(cls)


def post_of(tree: Tree, start: int, end: int) -> bool:
    """Capitalized words ending in a title word, then "of" or "at": a post ("Chief Operating Officer of the
    Vela Space Agency", "Mission Manager at X"), no name, whatever its first words ("Operating", "Mission")."""
    last = end - 1
    return end < len(tree) and tree.lowers[end] in ("of", "at") and end - start >= 1 and (
        tree.lemma(last) in _TITLES or tree.lowers[last] in _TITLES) and tree[last].text[:1].isupper()
