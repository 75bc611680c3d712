"""Companies told by their names and their lists: "Helvor Aerospace", "Nordlys Systems" end with a word
companies' trade names end with (lexicon ``COMPANY_NAME_WORDS``), and an unknown name listed with companies
("contracts went to Airbus, Thales and Skyrora") is one of them.

Both read only names nothing else types: a head noun, an apposition, the knowledge base or the name's
role in its clause come first (:func:`~presskg.extract.mentions.find_candidates`). The language model often
takes a two-word trade name for a person ("Helvor Aerospace") and drops an unknown single word in a list;
left so, every contract and supply such a company is party to is lost with it.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..model import Entity
from ..vocab import Class as C
from .candidates import Candidate, Taken, is_designation
from .classes import ancestors
from .lexicon import HEAD_CLASSES, TITLE_WORDS, WORD_CLASSES
from .paired_places import region_after_town, stray
from .tree import Tree

#: Last words of companies' trade names (lexicon data).
COMPANY_NAME_WORDS = WORD_CLASSES["COMPANY_NAME_WORDS"]
LEGAL_FORMS = WORD_CLASSES["LEGAL_FORMS"]


def company_name(tree: Tree, start: int, end: int) -> bool:
    """A name of two words or more whose last, capitalized, is a trade-name word: "Vexel Technologies"; not when
    the word before it is a class noun of a thing ("Global Navigation Satellite Systems"), nor when a class noun of
    a thing follows it ("the Aurora Link mission")."""
    last = tree[end - 1]
    if end - start < 2 or not last.text[:1].isupper() or last.text.lower() not in COMPANY_NAME_WORDS:
        return False
    if end < len(tree) and tree[end].pos == "NOUN" and last.dep == "compound" and (
            after := HEAD_CLASSES.get(tree.lemma(end))) is not None and C.Organization not in ancestors(after):
        return False  # "its Aurora Link mission": the name of the thing the class noun after it names
    before = HEAD_CLASSES.get(tree.lemma(end - 2)) or HEAD_CLASSES.get(tree.lowers[end - 2])
    # not "Global Navigation Satellite Systems" (a thing's noun before); "Orvik Launch Services" (an event's) is one
    return before is None or C.Organization in ancestors(before) or C.Event in ancestors(before)


def apposed_company(tree: Tree, start: int, end: int) -> bool:
    """"Harwick Space, a subsidiary of Marden Group": an apposition whose noun makes a company (lexicon
    ``HEAD_CLASSES``: subsidiary, manufacturer, start-up) says the name is one, whatever the model guessed."""
    head = tree.span_head(start, end)
    return any(a.i > head and a.pos == "NOUN" and HEAD_CLASSES.get(tree.lemma(a.i)) == C.Company
               for a in tree.children(head, "appos"))


def _classes(c: Candidate) -> list[str]:
    return [k for e in c.kb for k in e.classes] if c.kb else [c.hint] if c.hint else []


def listed_like(tree: Tree, cands: list[Candidate]) -> None:
    """An untyped name coordinated with typed organizations takes their class: "Airbus, Thales and
    Skyrora" (companies) makes Thales and Skyrora companies. Only when every typed name of the list is
    an organization: among companies only, a company; else an organization ("ESA and Brastek" does not
    make Brastek an agency); a word the model took for a place, listed with countries only, is a country ("Norway
    and Kelmar"); a list of other places types nothing here, nor one of craft, but for a name of a
    designation's shape ("Sentinel-1 and Halden-1": a craft, of their class when they share one). The name
    is short and capitalized throughout, and no title ("Chairman of ISRO and Secretary of ..."). A name of two or
    three capitalized words listed with people only is a person's ("signed by Ana Soto and Luis Moreira")."""
    by_head = {tree.span_head(c.start, c.end): c for c in cands}
    by_start: dict[int, list[Candidate]] = {}
    by_end: dict[int, list[Candidate]] = {}
    for c in cands:
        by_start.setdefault(c.start, []).append(c)
        by_end.setdefault(c.end, []).append(c)
    for c in cands:
        # untyped, or a lone word the model took for a place with nothing else to say so ("with Fennick and OHB")
        guessed = c.source == "model" and c.hint == C.Place and c.end - c.start == 1
        if c.kb or (c.hint is not None and not guessed) or guessed and region_after_town(tree, c.start, c.end):
            continue  # ("Lunar Outpost of Golden, Colorado, and X": a town's region, set off before the list goes on)
        head = tree.span_head(c.start, c.end)
        if c.end - c.start > 4 or any(tree[k].text[:1].islower() for k in range(c.start, c.end)):
            continue  # a short name of capitalized words ("Airbus Defence & Space"): not a title's "of ..." run
        if any(tree.lowers[k] in TITLE_WORDS or tree.lemma(k) in TITLE_WORDS for k in range(c.start, c.end)):
            continue  # "Chairman of X and Secretary of Y": a title the parser coordinated with a body
        others = [by_head[k] for k in tree.conjuncts(tree.conj_root(head)) if k != head and k in by_head]
        typed = [k for o in others + _beside(tree, c, by_start, by_end) for k in _classes(o)]
        if typed and set(typed) == {C.Person} and c.hint is None and 2 <= c.end - c.start <= 3 and all(
                tree[k].pos == "PROPN" and not tree[k].text.isupper() for k in range(c.start, c.end)):
            c.hint = C.Person  # "in the presence of Ana Soto and Luis Moreira": a name listed with people only
            continue
        if guessed and typed and set(typed) == {C.Country} and not _paired(tree, head):
            c.hint = C.Country  # "Norway and Kelmar signed an agreement": a place listed with countries only is one
            continue
        craft = {k for k in typed if C.Spacecraft in ancestors(k) or k == C.Spacecraft}
        if craft and all(k in craft or k == C.Mission for k in typed) and _designated(tree, c):
            c.hint = craft.pop() if len(craft) == 1 else C.Spacecraft  # "Sentinel-1 and Halden-1": a craft too
            continue
        if not typed or not all(C.Organization in ancestors(k) or k == C.Organization for k in typed):
            continue
        if guessed and set(typed) != {C.Company}:
            continue  # a place is retyped only among companies
        c.hint = C.Company if set(typed) == {C.Company} else C.Organization


def _paired(tree: Tree, head: int) -> bool:
    """"New Norcia in Australia and Malargue in Argentina": a name the parser coordinated with the first pair's
    country, which has a place of its own after it, is no country listed with it (extract/paired_places.py)."""
    root = tree.conj_root(head)
    up = tree[root].head if tree[root].dep == "pobj" else None
    return up is not None and head in stray(tree, tree[up].head)[0]


def _designated(tree: Tree, c: Candidate) -> bool:
    """A name of a designation's shape, written without spaces ("Halden-1", "Kelva-SG"): listed with craft only,
    it names one too ("Data from Sentinel-1 and Halden-1"); a plain word so listed may be anything."""
    return not any(tree[k].whitespace for k in range(c.start, c.end - 1)) and is_designation(
        "".join(tree[k].text for k in range(c.start, c.end)))


def _beside(tree: Tree, c: Candidate, by_start: dict[int, list[Candidate]],
            by_end: dict[int, list[Candidate]]) -> list[Candidate]:
    """The names right before and after ``c`` with only "and" (or ", and") between: a list the parser did
    not see as one ("with Brastek and Nordlys Systems", parsed as one name's modifier)."""
    out = []
    for width in (1, 2):
        for gap, found in ((range(c.end, c.end + width), by_start.get(c.end + width, ())),
                           (range(c.start - width, c.start), by_end.get(c.start - width, ()))):
            if gap.start >= 0 and gap.stop <= len(tree) and all(tree.lowers[k] in (",", "and", "or") for k in gap) \
                    and any(tree.lowers[k] in ("and", "or") for k in gap):  # not "(Director of Science, ESA)"
                out += found
    return out


def _is_country(c: Candidate) -> bool:
    return bool(c.kb) and all(k == C.Country for e in c.kb for k in e.classes)


def _is_town(c: Candidate) -> bool:
    return bool(c.kb) and all(C.Place in ancestors(k) and k != C.Country for e in c.kb for k in e.classes)


def company_form(tree: Tree, start: int, end: int) -> bool:
    """A company's trade name or legal form ends the words: "Nordlys Systems", "Vexel GmbH"."""
    return company_name(tree, start, end) or HEAD_CLASSES.get(tree[end - 1].text.lower()) == C.Company


def without_country(tree: Tree, cands: list[Candidate]) -> list[Candidate]:
    """"Nordlys Systems of Norway", "Skarven Robotics of Trondheim": a company's name followed by "of" and a
    country or a town is the company, from there (a rule reads the country); the proper-noun run over both
    is cut before "of" (a town no candidate names becomes one). A name whose head noun is a body of that
    country keeps it ("Embassy of Italy", "Bank of Japan")."""
    countries = {c.start: c for c in cands if _is_country(c) or _is_town(c)}
    out = []
    for c in cands:
        k = c.end - 1
        while k > c.start and tree.lowers[k] != "of":
            k -= 1
        after = countries.get(k + 1)
        # one capitalized word after "of" ends the run: a town the knowledge base may not know ("of Trondheim")
        town = k + 2 == c.end and tree[k + 1].pos == "PROPN" and tree[k + 1].text.istitle() \
            and tree.lowers[k + 1] not in HEAD_CLASSES and tree.lemma(k + 1) not in HEAD_CLASSES
        if (not c.kb and k > c.start + 1 and (after is not None and after.end == c.end or town)
                and tree.lowers[k] == "of" and company_form(tree, c.start, k)):
            if after is None:  # the town itself, which no other candidate names
                out.append(Candidate(k + 1, c.end, "context", hint=C.City))
            c = Candidate(c.start, k, c.source, hint=C.Company, aliases=c.aliases)
        out.append(c)
    return out


def _without_legal_form(name: str) -> str:
    """"Zenara Space AS" -> "Zenara Space": a name without the legal form it ends with (lexicon ``LEGAL_FORMS``)."""
    words = name.split()
    return " ".join(words[:-1]) if len(words) >= 2 and words[-1].lower() in LEGAL_FORMS else name


def legal_twin(name: str, entities: Iterable[Entity]) -> Entity | None:
    """The company named ``name`` with or without a legal form ("Zenara Space" and "Zenara Space AS" are one
    company, whichever the text names first); only one company so named."""
    from .gazetteer import name_key

    bare = name_key(_without_legal_form(name))
    found = [e for e in entities if C.Company in e.classes and e.kb is None and name_key(e.label) != name_key(name)
             and name_key(_without_legal_form(e.label)) == bare]
    return found[0] if len(found) == 1 else None


def trade_stems(entities: Iterable[Entity], *, agencies: bool = True) -> dict[str, str]:
    """Name keys of companies' names without their last trade-name word or legal form, to the company's
    key: "Helvor Aerospace" is "Helvor" further on, "Halden GmbH" is "Halden", "Orla Space Systems" is "Orla
    Space" and "Orla". So for a space agency's name without the words that make it one: "the Ikaria Aerospace
    Exploration Agency ... Ikaria's president" (lexicon ``SPACE_AGENCY_WORDS``, ``SPACE_BODY_HEADS``,
    ``AGENCY_NAME_WORDS``). Only a stem one body has (two companies named "Helvor ..." leave "Helvor" apart).
    ``agencies=False``: companies' alone, for a word the tagger read as an adjective ("the Norvanian
    government" after "the Norvanian Space Agency" is the country's, not the agency's; "Kelmar will" after
    "the Kelmar Space Research Organisation" is the agency).

    >>> from presskg.model import Entity
    >>> sorted(trade_stems([Entity("k", "Ikaria Aerospace Exploration Agency", {C.SpaceAgency})]))
    ['ikaria']
    """
    from .gazetteer import name_key

    out: dict[str, str | None] = {}
    for ent in entities:
        company, agency = C.Company in ent.classes, agencies and C.SpaceAgency in ent.classes
        if not company and not agency:
            continue
        for name in (ent.label, *ent.aliases):
            words = name.split()
            if company:  # every trade word off the end: "Orla Space Systems" is "Orla Space" and "Orla" further on
                while len(words) >= 2 and (words[-1].lower() in COMPANY_NAME_WORDS or
                                           HEAD_CLASSES.get(words[-1].lower()) == C.Company):
                    words = words[:-1]
                    k = name_key(" ".join(words))
                    out[k] = ent.key if out.get(k, ent.key) == ent.key else None
                continue
            # an agency: what is left of its name once every agency word is off the end, if anything is
            # ("the Space Agency" leaves nothing; "Kelmar Aeronautics and Space Administration" leaves "Kelmar")
            if len(words) < 2 or words[-1].lower() not in _AGENCY_HEADS:
                continue
            while words and words[-1].lower() in _AGENCY_WORDS:
                words = words[:-1]
            if words and all(w[:1].isupper() for w in words):
                k = name_key(" ".join(words))
                out[k] = ent.key if out.get(k, ent.key) == ent.key else None
    return {k: v for k, v in out.items() if v is not None}


#: Heads of a space agency's name, and the words of its name that make it one (lexicon data).
_AGENCY_HEADS = frozenset(WORD_CLASSES["SPACE_BODY_HEADS"])
_AGENCY_WORDS = _AGENCY_HEADS | set(WORD_CLASSES["SPACE_AGENCY_WORDS"]) | set(WORD_CLASSES["AGENCY_NAME_WORDS"])


def trade_tail(tree: Tree, taken: Taken, start: int, end: int) -> bool:
    """"Lockheed Martin Space", "Airbus Aerospace": the model's name ``[start, end)`` holds only trade-name words
    (``COMPANY_NAME_WORDS``) right after a company the knowledge base knows; with it, they name the company's
    division, one name the proper-noun run reads, not a company "Space" of their own."""
    before = taken.at.get(start - 1) if start > 0 else None
    return start < end and before is not None and any(C.Company in e.classes for c in before for e in c.kb or ()) \
        and all(tree[k].text[:1].isupper() and tree.lowers[k] in COMPANY_NAME_WORDS for k in range(start, end))


def national_arms(tree: Tree, cands: list[Candidate]) -> list[Candidate]:
    """"Telespazio France", "OHB Sweden", "Airbus UK": a company the knowledge base knows, followed right away by a
    country's name, names the company's arm in that country, one company of its own (not the company, nor a
    country that signs its contracts). A comma or a word between them keeps both ("built by OHB, Sweden's ...")."""
    countries = {c.start: c for c in cands if _is_country(c)}
    out, gone = [], set()
    for c in cands:
        after = countries.get(c.end)
        if after is not None and c.source == "kb" and all(C.Company in e.classes for e in c.kb) \
                and tree[c.end - 1].whitespace and tree[c.end - 1].text[-1:].isalnum() \
                and tree[after.start].pos == "PROPN":
            out.append(Candidate(c.start, after.end, "pattern:national-arm", hint=C.Company))
            gone.update((id(c), id(after)))
    taken = {k for c in cands for k in range(c.start, c.end)}
    for after in countries.values():  # "Sener Polska", "Creotech Poland": a name unknown to the knowledge base
        start = _arm_name_start(tree, after, taken)
        if start is not None and id(after) not in gone:
            out.append(Candidate(start, after.end, "pattern:national-arm", hint=C.Company))
            gone.add(id(after))
    return [c for c in cands if id(c) not in gone] + out if out else cands


def _arm_name_start(tree: Tree, country: Candidate, taken: set[int]) -> int | None:
    """Where the name of a company's arm begins when the name before the country is no known name: capitalised
    proper nouns, in no other candidate, that the parser hangs on the country's word as compounds (the country is
    the phrase's head, as in "Airbus Germany"); a town the knowledge base knows before its country ("PARIS
    France") is a candidate of its own, so no arm."""
    k = country.start
    while k > 0 and tree[k - 1].pos == "PROPN" and tree[k - 1].text[:1].isupper() and k - 1 not in taken \
            and tree[k - 1].dep == "compound" and country.start <= tree[k - 1].head < country.end \
            and tree[k - 1].whitespace and tree[k - 1].text.isalpha():
        k -= 1
    if k > 0 and tree[k - 1].pos == "PROPN":
        return None  # ("Minister Jean Dupont France": a name running on past the compounds is no company's)
    return k if k < country.start else None
