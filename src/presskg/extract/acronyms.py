"""Acronyms and their long forms: "Long Form (ACR)", "ACR (Long Form)" (split out of mentions.py); acronyms a
release uses without defining them; acronyms of common words ("lunar orbit insertion (LOI)"); and names
described by an apposition ("KARI, the Korea Aerospace Research Agency", split out of names.py)."""

from __future__ import annotations

import re

from ..vocab import Class as C
from .candidates import GOVERNING, Candidate, Taken, is_acronym, noun_class, span_head
from .classes import ancestors
from .lexicon import HEAD_CLASSES, NAME_INNER, POST_TITLES
from .tree import Tree


def acronym_definitions(tree: Tree, cands: list[Candidate]) -> None:
    """"Long Form (ACR)" and "ACR (Long Form)": each name becomes the other's alias."""
    _spelled_long_forms(tree, cands)
    _lowercase_long_forms(tree, cands)
    toks = tree.tokens
    by_end = {c.end: c for c in sorted(cands, key=lambda c: c.source != GOVERNING)}  # a body's organization wins
    by_start = {c.start: c for c in cands}
    by_token = Taken(cands).at
    removed: set[int] = set()
    for i, t in enumerate(toks):
        if t.text != "(":
            continue
        close = next((j for j in range(i + 1, min(i + 16, len(toks))) if toks[j].text == ")"), None)
        if close is None or close == i + 1:
            continue
        inner = tree.span_text(i + 1, close)
        before = by_end.get(i)
        apart = before is None  # a common noun between the name and the brackets
        if before is None and i > 0 and toks[i - 1].pos == "NOUN":
            before = by_end.get(i - 1)  # "the MAGIC campaigns (Monitoring ...)"
        if before is None or before.hint == C.Person or any(C.Person in e.classes for e in before.kb):
            continue  # "Kari Holm (ESA)": a person's body in brackets, no short name of the person
        if (close == i + 2 or _hyphened(inner, tree.span_text(before.start, before.end))) \
                and (is_acronym(inner) or clipped(inner, tree.span_text(before.start, before.end))
                     or _numbered_short(inner, tree.span_text(before.start, before.end))) and not apart:
            # only right after the name: in "the Zephyr camera (JAXA)" the brackets name its maker
            before.aliases.append(inner)  # Japan Aerospace Exploration Agency (JAXA)
            before.defined = True
            inner_cand = by_start.get(i + 1)
            if inner_cand is not None and inner_cand.end == close:
                removed.add(id(inner_cand))
                if not before.kb and inner_cand.kb:
                    # "the Korvan Space Agency (KSA)": an agency's acronym that the knowledge base knows as a
                    # country's (Saudi Arabia's) names the agency defined here, not the country
                    cls = _long_form_class(tree, before.start, before.end)
                    words = [w for w in tree.span_text(before.start, before.end).split() if w.lower() != "the"]
                    first = (words or ["?"])[0].lower()[:4]  # "the Orbis Space Agency (CSA)" is no Canadian one
                    before.kb = tuple(e for e in inner_cand.kb if (cls is None or any(
                        ancestors(cls)[-1] == ancestors(k)[-1] for k in e.classes))  # an agent for an agent
                                      and any(w.lower().startswith(first) for n in (e.label, *e.aliases)
                                              for w in n.split()))
        elif is_acronym(tree.span_text(before.start, before.end).split()[-1]) and _long_form(inner) \
                and tree.lemma(i + 1) not in _TITLES and tree.lowers[i + 1] not in _TITLES:  # ("ICT (Minister X)")
            before.aliases.append(inner)  # MMX (Martian Moons Exploration)
            before.defined = True
            if before.hint is None:
                before.hint = _long_form_class(tree, i + 1, close)
            for k in range(i + 1, close):  # the candidates inside the parentheses
                for c in by_token.get(k, ()):
                    if i < c.start and c.end <= close and c is not before:
                        removed.add(id(c))
    if removed:  # removed at the end, in one pass (list.remove for each made a long release quadratic)
        cands[:] = [c for c in cands if id(c) not in removed]
    cands.extend(_later_uses(tree, cands))


def _later_uses(tree: Tree, cands: list[Candidate]) -> list[Candidate]:
    """"the Atlantic Space Agency (ASA) ... ASA astronaut Daniel Okoro": an acronym a name defined is that name
    wherever it stands later, even where the model took no name there (a modifier before a title, which the
    parser may misread as a verb's subject); without it, the title would fall to whatever body came before."""
    # capitals only, and no article: "that MoU", "the MoU" is a document told of again, which the rules of
    # definite descriptions read (a name there took the signing from the document signed in that sentence)
    defined = {a: c.end for c in cands if c.defined for a in c.aliases if is_acronym(a) and a.isupper()}
    if not defined:
        return []
    taken = Taken(cands)
    return [Candidate(t.i, t.i + 1, "pattern:acronym-use") for t in tree.tokens
            if t.text in defined and t.i > defined[t.text] + 1 and not taken.covers(t.i)
            and not any(tree.children(t.i, "det"))]


def _long_form_class(tree: Tree, start: int, end: int) -> str | None:
    head = span_head(tree, start, end)
    return noun_class(tree, head) if tree[head].pos in ("NOUN", "PROPN") else None


#: Title words, which open a titled person's name in brackets, no long form: "Ministry of Science and ICT (Minister
#: Bae Kyung-hoon)" (lexicon data).
_TITLES = POST_TITLES


def _long_form(text: str) -> bool:
    words = text.split()
    return len(words) >= 2 and sum(w[:1].isupper() for w in words) >= 2


#: Words a name's initials leave out ("Office for Outer Space Affairs": OOSA).
#: Small words an acronym skips: English ones and those inside names of other languages (lexicon NAME_INNER:
#: "Institut de Recherche en Astrophysique de Lyonne (IRAL)").
_UNCOUNTED = frozenset({"the", "and", "in"}) | frozenset(NAME_INNER)


def _spelled_long_forms(tree: Tree, cands: list[Candidate]) -> None:
    """"the EU Space Surveillance and Tracking (EU SST) partnership": capitalized words before brackets whose
    initials spell the acronym inside are one name, however the finders cut them ("EU" | "Space Surveillance" |
    "Tracking"); the pieces go. Only where no known name runs past the long form's start."""
    for i, t in enumerate(tree.tokens):
        close = i + 2 if i + 2 < len(tree) and tree[i + 2].text == ")" else i + 3
        if t.text != "(" or close >= len(tree) or tree[close].text != ")":
            continue
        acronym = tree.span_text(i + 1, close).replace(" ", "")
        if not is_acronym(acronym) or not acronym.isalpha():
            continue
        start = next((k for k in range(max(0, i - 8), i - 2) if tree[k].text[:1].isupper()
                      and initials(tree.span_text(k, i)) == acronym), None)
        if start is None or any(c.start < start < c.end or (c.start, c.end) == (start, i) for c in cands):
            continue
        inside = [c for c in cands if start <= c.start and c.end <= i]
        if len(inside) < 2:
            continue  # one name there already ("Korvan Space Agency (KSA)"): acronym_definitions reads it
        inside += [c for c in cands if i < c.start and c.end <= close]  # the acronym's own pieces ("EU", "SST")
        long = Candidate(start, i, "pattern:proper-noun", aliases=[tree.span_text(i + 1, close)])
        long.defined = True
        cands[:] = [c for c in cands if c not in inside] + [long]


def _lowercase_long_forms(tree: Tree, cands: list[Candidate]) -> None:
    """"the Laboratoire de météorologie dynamique (LMD)", "the Instituto de astrofísica espacial (IAE)": a body's
    name written as other languages write them, its class noun capitalized (lexicon ``HEAD_CLASSES``: "laboratoire",
    "institut"; a body's or a centre's, not "Mission control") and the words after it not, whose initials but the
    small words spell the acronym in brackets after it, is one name (the model finds none). Only where no name runs
    into it."""
    for i, t in enumerate(tree.tokens):
        if t.text != "(" or i + 2 >= len(tree) or tree[i + 2].text != ")" or not is_acronym(tree[i + 1].text) \
                or not tree[i + 1].text.isalpha():
            continue
        start = next((k for k in range(i - 1, max(-1, i - 10), -1) if not tree[k].text.islower()), None)
        if start is None or start == i - 1 or not _body_noun(tree[start].text) \
                or initials(tree.span_text(start, i).title()) != tree[i + 1].text:
            continue  # (capitalized words alone are _spelled_long_forms's and the finders')
        if any(c.start < i and c.end > start and not start <= c.start for c in cands):
            continue
        cands[:] = [c for c in cands if not start <= c.start < i] + [Candidate(start, i, "pattern:proper-noun")]


def _body_noun(word: str) -> bool:
    """A class noun of a body or a centre ("Laboratoire", "Institut", "Centro"), not of a thing ("Mission control")."""
    cls = HEAD_CLASSES.get(word.lower())
    return cls is not None and (C.Organization in ancestors(cls) or cls == C.Facility)


def _hyphened(inner: str, name: str) -> bool:
    """An acronym of several tokens that is one word and begins as the name does: "Meteosat Third Generation
    Sounder-1 (MTG-S1)", "(GOSAT-2)"; not "(ESA/NASA)" after a mission, which names its owners.

    >>> _hyphened("MTG-S1", "the Meteosat Third Generation Sounder-1"), _hyphened("ESA/NASA", "Solar Orbiter")
    (True, False)
    """
    words = [w for w in name.split() if w.lower() != "the"]
    return " " not in inner and "/" not in inner and bool(words) and inner[:1].lower() == words[0][:1].lower()


def _numbered_short(short: str, name: str) -> bool:
    """A numbered name's short form: the first letters of its first word and its number ("Ax-4" of "Axiom Mission
    4", "Sh-2" of "Shenzhou 2").

    >>> _numbered_short("Ax-4", "Axiom Mission 4"), _numbered_short("Ax-5", "Axiom Mission 4")
    (True, False)
    """
    m = _NUMBERED_SHORT.match(short)
    words = [w for w in name.split() if w.lower() != "the"]
    return m is not None and len(words) >= 2 and words[0].startswith(m["letters"]) and words[-1] == m["number"]


#: "Ax-4", "Sh2": a capitalized clip of a word and a number.
_NUMBERED_SHORT = re.compile(r"^(?P<letters>[A-Z][a-z]{0,3})-?(?P<number>\d{1,3})$")


def clipped(short: str, name: str) -> bool:
    """A short name made of the first letters of some of a name's words, each piece capitalized ("TalTech" of
    "Tallinn University of Technology", "ArianeGroup" is no such one of "Airbus Safran Launchers").

    >>> clipped("TalTech", "Tallinn University of Technology"), clipped("Norway", "Nordic Space Agency")
    (True, False)
    """
    pieces = re.findall(r"[A-Z][a-z]+", short)
    if len(pieces) < 2 or "".join(pieces) != short:
        return False
    words = [w.lower() for w in name.split() if w.lower() not in _UNCOUNTED]
    k = 0
    for piece in pieces:
        while k < len(words) and not words[k].startswith(piece.lower()):
            k += 1
        if k == len(words):
            return False
        k += 1
    return True


def initials(name: str) -> str | None:
    """The acronym a name's initials spell: the first letter of each capitalized word, an acronym inside
    the name whole; ``None`` when a word that counts is not capitalized, or fewer than two count.

    >>> initials("Korvan Space Agency"), initials("UK Space Agency"), initials("Office for Outer Space Affairs")
    ('KSA', 'UKSA', 'OOSA')
    >>> initials("Ana Ruiz"), initials("Centre for space studies") is None
    ('AR', True)
    """
    out = []
    for word in re.split(r"[\s\-‐]+", name):
        if not word or word.lower() in _UNCOUNTED:
            continue
        if not word[:1].isupper():
            return None
        out.append(word if len(word) > 1 and word.isupper() and word.isalpha() else word[0])
    return "".join(out) if len(out) >= 2 else None


def undefined_acronyms(tree: Tree, cands: list[Candidate]) -> None:
    """An acronym the release uses without defining it, spelled by the initials of a single name of a
    body or a thing it writes in full ("the Korvan Space Agency ... KSA Director General Ivo Brandt"), is
    another name of that one: its long form gets it as an alias, which wins over the knowledge base's
    reading of the acronym (KSA, Saudi Arabia's). Persons' initials count for nothing; two names with the
    same initials leave the acronym as it is."""
    spelled: dict[str, set[str]] = {}
    longs: dict[str, list[Candidate]] = {}
    for c in cands:
        if c.end - c.start >= 2 and c.hint is not None and C.Person not in ancestors(c.hint):
            text = tree.span_text(c.start, c.end)
            key = initials(text)
            if key is not None:
                spelled.setdefault(key, set()).add(text)
                longs.setdefault(key, []).append(c)
    # the acronyms written (a candidate or not: "VSA Director General Ana Ruiz" holds only the person's)
    for text in sorted({t.text for t in tree.tokens if 3 <= len(t.text) <= 6 and t.text.isupper()
                        and t.text.isalpha() and t.text in spelled}):
        if len(spelled[text]) != 1 or any(text in long.aliases for long in longs[text]):
            continue
        for long in longs[text]:
            long.aliases.append(text)


def glossed_acronyms(tree: Tree) -> set[int]:
    """Tokens of acronyms that abbreviate common words: "lunar orbit insertion (LOI)", "LEO (low Earth orbit)".
    The long form is lower-case (bar proper nouns inside) and its initials spell the acronym: a term, not a name."""
    out: set[int] = set()
    for t in tree.tokens:
        if not is_acronym(t.text) or not t.text.isalpha():
            continue
        n = len(t.text)
        before = [tree[k] for k in range(t.i - 1 - n, t.i - 1)] if t.i - 1 - n >= 0 else []
        if t.i > 0 and tree[t.i - 1].text == "(" and _spells(before, t.text):
            out.add(t.i)
        after = [tree[k] for k in range(t.i + 2, t.i + 2 + n)] if t.i + 2 + n < len(tree) else []
        if t.i + 1 < len(tree) and tree[t.i + 1].text == "(" and _spells(after, t.text):
            out.add(t.i)
    return out


def _spells(words: list, acronym: str) -> bool:
    return bool(words) and "".join(w.text[:1] for w in words).lower() == acronym.lower() \
        and all(w.pos in ("NOUN", "ADJ", "PROPN", "VERB") for w in words) and words[0].text[:1].islower()


def apposed_names(tree: Tree, cands: list[Candidate]) -> None:
    """"KARI, the Korea Aerospace Research Agency, ...": an organization's name followed by ", the" and an
    unknown organization's name set off as an apposition names the same body, not a second one (the
    apposition may be a loose or older form of the name: it becomes an alias). An unknown acronym so
    described takes the description's class."""
    def org(c: Candidate) -> bool:
        classes = [k for e in c.kb for k in e.classes] if c.kb else [c.hint] if c.hint else []
        return bool(classes) and all(C.Organization in ancestors(k) for k in classes)

    by_start = {c.start: c for c in cands}
    for a in cands:
        bare = not a.kb and a.hint is None and is_acronym(tree.span_text(a.start, a.end))  # "ZKRA, the ..."
        if not (org(a) or bare) or a.end + 2 >= len(tree) or tree[a.end].text != "," \
                or tree[a.end + 1].text.lower() != "the":
            continue
        b = by_start.get(a.end + 2)
        if b is None or b.kb or not org(b) or b.end >= len(tree):
            continue
        after = tree[b.end].text.lower()
        if after not in (",", ".", ";", "which", "who", ")") or (after == "," and b.end + 1 < len(tree)
                                                                 and tree[b.end + 1].text.lower() == "and"):
            continue
        if a.kb:
            b.kb = a.kb
        else:
            a.hint = a.hint or b.hint
            b.aliases.append(tree.span_text(a.start, a.end))
