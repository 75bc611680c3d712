"""Nationality read from noun phrases: "the Japanese GOSAT-1 and GOSAT-2 satellites", "French-German MASCOT",
"Japan's JAXA", and a body whose written name holds its country ("Brazilian Space Agency"). Split out of
``relations`` (possession and places stay there), registered just before it.
"""

from __future__ import annotations

from ...model import Entity
from ...vocab import Class as C
from ...vocab import Prop as P
from ..candidates import is_acronym
from ..context import Context
from ..enumerations import BODIES, MADE, enumerations
from ..lexicon import TABLES, WORD_CLASSES, WORKER_NOUNS
from ..registry import Stage, rule
from ..title_kinds import is_title
from ..tree import POSSESSIVE_MARKS, Tree
from .copulas import predicated as copula_subjects

NAME_OPENERS = WORD_CLASSES["NAME_OPENERS"]

NATIONAL_CLASSES = (C.Organization, C.Person, C.Facility, C.Mission, C.Spacecraft, C.Event)


#: A nation's combining form before a hyphen and the country it names ("Franco-German": France; lexicon data).
COMBINING_FORMS = TABLES["NATIONALITY_COMBINING_FORMS"]


def countries_in_word(ctx: Context, text: str) -> list[Entity]:
    """"French-German" → France, Germany; "Japanese" → Japan; "France-Japan" → none (bilateral)."""
    out, names = [], 0
    parts = text.replace("–", "-").split("-")
    for part in parts:
        entry = ctx.gaz.country_of_word(part.strip())
        if entry is not None:
            out.append(ctx.table.add_kb(entry))
            names += part.strip().lower() not in ctx.gaz.demonyms
    return [] if len(parts) > 1 and names > 1 else out


@rule("dep:nationality", stage=Stage.MENTIONS, triggers=("NAME_OPENERS",), produces=(P.country,), confidence=0.8)
def nationality(ctx: Context) -> None:
    t = ctx.tree
    for tok in t.tokens:
        if tok.dep not in ("amod", "compound", "nmod", "npadvmod", "poss") or tok.head == tok.i:
            continue
        if tok.pos not in ("ADJ", "PROPN", "NOUN") or not tok.text[:1].isupper():
            continue
        own = ctx.table.at(tok.i)
        if own is not None and C.Country not in own.classes:
            continue  # a word inside another name ("Japan" in "Japan Aerospace ...")
        countries = countries_in_word(ctx, tok.text)
        if not countries and own is not None and C.Country in own.classes:
            countries = [own]
        if not countries or _paired_country_names(ctx, tok.i):
            continue
        head = _past_hyphened_participle(ctx, tok.i)  # "the UK-built Orla satellite": the participle's noun
        predicated = copula_subjects(ctx, head)
        holders = _holder_past_body(ctx, head) or _holder_past_portfolio(ctx, head)
        for target in (holders or _national_targets(ctx, head)) + predicated:
            if not any(ctx.table.is_a(target, c) for c in NATIONAL_CLASSES):
                continue
            if ctx.table.is_a(target, C.Person) and tok.dep != "poss" and target not in holders \
                    and not _on_person_title(ctx, tok.head) \
                    and not _title_before_name(ctx, tok.head, target) and target not in predicated \
                    and not _apposed_to(ctx, tok.head, target):
                continue
            # "France's CNES and NASA": a possessor spread over a list does not override what is known
            known = {o for p, o in target.kb.facts if p.endswith("country")} \
                if target.kb is not None and tok.dep == "poss" else set()
            for country in countries:
                if not known or country.kb is None or country.kb.iri in known:  # "Japan's JAXA and NASA"
                    ctx.add(target, P.country, country, tok.i, "dep:nationality-modifier", 0.85)
    # hyphenated pairs split by the tokenizer: "French - German MASCOT", "Franco - German MERLIN"
    for tok in t.tokens[1:-1]:
        if tok.text in ("-", "–") and t[tok.i - 1].text[:1].isupper() and not _paired_country_names(ctx, tok.i - 1):
            left = countries_in_word(ctx, t[tok.i - 1].text) or _combining_form(ctx, t.lowers[tok.i - 1])
            right = countries_in_word(ctx, t[tok.i + 1].text)
            if left and right:
                for target in _national_targets(ctx, t[tok.i + 1].head):
                    if any(ctx.table.is_a(target, c) for c in NATIONAL_CLASSES[2:]):
                        for country in left + right:
                            ctx.add(target, P.country, country, tok.i, "dep:nationality-pair", 0.8)
    names_with_countries(ctx)


def _combining_form(ctx: Context, word: str) -> list[Entity]:
    """The country a nation's combining form names ("franco": France), as a list of none or one."""
    name = COMBINING_FORMS.get(word)
    entry = ctx.gaz.country_of_word(name) if name is not None else None
    return [ctx.table.add_kb(entry)] if entry is not None else []


def _past_hyphened_participle(ctx: Context, i: int) -> int:
    """The word a nationality at ``i`` qualifies: its head, or past a participle it is hyphened to, the noun the
    participle modifies ("the UK-built Orla satellite", "the US-led Vela mission")."""
    t = ctx.tree
    head = t[i].head
    if t[head].tag == "VBN" and t[head].dep == "amod" and head == i + 2 and t[i + 1].text in ("-", "–") \
            and not t[i].whitespace and not t[i + 1].whitespace:
        return t[head].head
    return head


def _holder_past_body(ctx: Context, i: int) -> list[Entity]:
    """"German ESA astronaut Jonas Feldmann": a nationality on a title that a body's name opens qualifies the
    title's holder, not the body (ESA is no German body)."""
    t = ctx.tree
    if t[i].dep != "compound" or not is_title(ctx, i) or not any(
            ctx.table.is_a(ctx.table.at(c.i), C.Organization) for c in t.children(i, "compound", "nmod")):
        return []
    holder = ctx.table.at(t[i].head)
    return [holder] if holder is not None and ctx.table.is_a(holder, C.Person) else []


def _holder_past_portfolio(ctx: Context, i: int) -> list[Entity]:
    """"French Minister for Research Philippe Baptiste", "the French Minister of Research, Philippe Baptiste", "Slovak
    Minister of Education Tomáš Drucker": a nationality on a title with a portfolio qualifies the title's holder,
    named in the portfolio's phrase (the parser joins the name to the portfolio), set beside the title or the name
    the title is hung on; a body the portfolio names takes it too (read as before)."""
    t = ctx.tree
    if not is_title(ctx, i):
        return []
    named = [o.i for p in t.children(i, "prep") if t.lowers[p.i] in ("for", "of") for o in t.children(p.i, "pobj")]
    named += [a.i for a in t.children(i, "appos") if a.i > i][:1]  # (a later one is another's: "X's Minister of Y,
    # A, and ESA Director General B", the parser hanging both on the first title)
    if t[i].dep in ("compound", "nmod") and t[i].head > i and any(t.lowers[p.i] in ("for", "of")
                                                                  for p in t.children(i, "prep")):
        named.append(t[i].head)  # "Slovak Minister of Education Tomáš Drucker": the title hung on the name after it
    people = [e for k in named if (e := ctx.table.at(k)) is not None and ctx.table.is_a(e, C.Person)]
    return list(dict.fromkeys(people))


def _paired_country_names(ctx: Context, i: int) -> bool:
    """"France-Japan dialogue": two country *names* joined name a bilateral thing, not a nationality."""
    t = ctx.tree
    for a, b in ((i - 2, i), (i, i + 2)):
        if 0 <= a and b < len(t) and t[(a + b) // 2].text in ("-", "–", "/"):
            left, right = ctx.table.at(a), ctx.table.at(b)
            if left and right and C.Country in left.classes and C.Country in right.classes:
                return True
    return False


def _on_person_title(ctx: Context, i: int) -> bool:
    t = ctx.tree
    return is_title(ctx, i) and t[i].dep == "appos" and ctx.table.is_a(ctx.table.at(t[i].head), C.Person)


def _apposed_to(ctx: Context, i: int, person: Entity) -> bool:
    """"Sophie Varin, a French helicopter test pilot, ...": the noun at ``i`` is set beside the person's name, and
    says what that person is, whatever the noun (no title needed)."""
    t = ctx.tree
    return t[i].dep == "appos" and t[i].pos == "NOUN" and ctx.table.at(t[i].head) is person


def _title_before_name(ctx: Context, i: int, person: Entity) -> bool:
    """"Indian astronaut Rakesh X", "the Danish engineer Mette Y": the nationality is on a title or a
    worker noun written right before the person's name (a compound of it)."""
    t = ctx.tree
    word = t.lemma(i)
    # (or its head, the name its apposition: "The German astronaut Anna Lind", as the parser may read it)
    return t[i].dep in ("compound", "nsubj", "nsubjpass", "dobj", "pobj", "ROOT") \
        and (word in WORKER_NOUNS or is_title(ctx, i)) \
        and any(m.start == i + 1 for m in person.mentions) \
        and (t[i].dep == "compound" or any(c.i >= i + 1 for c in t.children(i, "appos")))


def _after_possessive(t: Tree, j: int) -> bool:
    """"Norway's Ministry of Trade and Estonia's Ministry of Economy": a conjunct right after a "'s" has a
    possessor of its own, however the parser hung it (here on "Trade")."""
    first = min(t.subtree(j))
    return first > 0 and t[first - 1].text in POSSESSIVE_MARKS


def _national_targets(ctx: Context, i: int) -> list[Entity]:
    """What a nationality word qualifies, distributed over coordinated names but not over whole phrases:
    "the Italian A and B satellites" gives A and B, "the Italian A and the French B" gives only A."""
    t = ctx.tree
    beside = ctx.apposed(i) if ctx.table.at(i) is None else None
    if beside is not None:
        return [beside]  # "CEA, the French commission for ...": the name the description is set beside
    # a conjunct with its own determiner, adjective or possessor is a phrase of its own, and so are a body's people
    # and a name joined to a common noun: "the Italian A and the French B", "the Dutch minister and ESA officials",
    # "the Italian minister and NASA" (not "the Italian A and B satellites")
    # ... and so is a person named with a title of his own: "Slovenia's Minister X and ESA Director General Y"
    own_phrase = [j for j in t.conjuncts(i) if j == i or not (t[i].pos == "NOUN" and t[j].pos == "PROPN" or any(
        c.dep in ("det", "amod", "poss") or c.dep in ("compound", "nmod") and (t.lemma(j) in WORKER_NOUNS
        and ctx.table.at(c.i) is not None or is_title(ctx, c.i)) for c in t.children(j))
        or _after_possessive(t, j))]
    others = {e.key for j in t.conjuncts(i) if j not in own_phrase for e in ctx.refs(j)}
    # the word's own name alone when it has one (refs would spread it over every conjunct again)
    ents = [e for j in own_phrase for e in ([ctx.ref(j)] if ctx.ref(j) else ctx.refs(j) if j == i else [])
            if e.key not in others]
    if ents:
        return list(dict.fromkeys(ents))
    # "the German space agency DLR": the noun is an apposition or compound of the name
    t = ctx.tree
    tok = t[i]
    if tok.dep in ("compound", "appos", "nmod") and tok.head != i:
        e = ctx.table.at(tok.head)
        if e is not None:
            return [e]
    if _on_person_title(ctx, i):
        return [ctx.table.at(tok.head)]
    for c in t.children(i, "appos"):  # "the French manufacturers A and B": every name the noun sets out
        # (not a name with an article of its own, a later item of a list the parser hung there: "the French X
        # detector, the Y retroreflector and the Danish CubeSat Z")
        named = [e for j in t.conjuncts(c.i) if (e := ctx.table.at(j)) is not None
                 and not any(k.dep == "det" for k in t.children(j))]
        if named:
            return list(dict.fromkeys(named))
    # "Italian companies such as A and B", "German firms, including A and B": the names the noun's list sets out
    listed = [e for k, (_, noun) in enumerations(t, MADE + BODIES).items() if noun == i
              and (e := ctx.table.at(k)) is not None and any(m.start <= k < m.end for m in e.mentions)] \
        if tok.tag == "NNS" else []  # (the lists read only for a plural noun)
    if listed:
        return list(dict.fromkeys(listed))
    # the name right after the noun, which the parser cut off it: "CNES and the Norwegian company [Fjordsat]"
    nxt = ctx.table.at(i + 1) if tok.pos == "NOUN" and i + 1 < len(t) and t.children(i, "det") else None
    if nxt is not None and t[i + 1].dep in ("npadvmod", "dobj", "nsubj", "conj") \
            and any(m.start == i + 1 for m in nxt.mentions):
        return [nxt]
    return []


def names_with_countries(ctx: Context) -> None:
    """An organization, facility, mission or craft whose written name holds one country: "Japan Aerospace
    Exploration Agency", "the Korea Pathfinder Lunar Orbiter", "the Emirates Lunar Mission" (instruments and
    launchers take none)."""
    for ent in list(ctx.table.entities.values()):
        if not any(ctx.table.is_a(ent, c) for c in (C.Organization, C.Facility, C.Mission, C.Spacecraft)) \
                or ctx.table.is_a(ent, C.Instrument) or ctx.table.is_a(ent, C.LaunchVehicle):
            continue
        for m in ent.mentions:
            if m.source == "described" or m.end - m.start == 1 and is_acronym(m.text):
                continue  # "KSA" for the Korvan Space Agency it abbreviates is no Saudi Arabia
            found = {}
            for i in range(m.start, m.end):
                before = [ctx.tree[k].text.lower() for k in range(m.start, i)]
                if before and before[-1] not in ("of", "de", "du", "for") and not set(before) <= NAME_OPENERS \
                        and m.source != "pattern:national-arm":  # (but "Telespazio France" is the French arm)
                    continue  # "Latin American": only a leading word (after "Royal") or one after "of" is a nation
                for country in countries_in_word(ctx, ctx.tree[i].text):
                    found[country.key] = country
            multi = [ctx.table.at(i) for i in range(m.start, m.end)]
            if len(found) == 1 and not (ent.kb and C.Country in ent.classes):
                country = next(iter(found.values()))
                if country.key != ent.key and all(x is None or x.key in (ent.key, country.key) for x in multi):
                    ctx.add(ent, P.country, country, m.start, "name:country-in-name", 0.8)


#: What a nationality before a described thing's noun gives a country to: a craft, a mission or a site, told of
#: by its noun ("a Japanese satellite", "the Korean lunar lander", "India's lunar lander").
_DESCRIBED_NATIONAL = (C.Spacecraft, C.Mission, C.Facility)


@rule("dep:national-described", stage=Stage.DISCOURSE, produces=(P.country,), confidence=0.75)
def national_described(ctx: Context) -> None:
    """"The Orka camera will fly on the Korean lunar lander", "India's lunar lander touched down": a thing told
    of by its noun, made by the clauses' rules after the nationalities of names were read, is of the country its
    nationality word or its country's possessive says ("a French-German satellite": both)."""
    t = ctx.tree
    for ent in list(ctx.table.entities.values()):
        if ent.named or not any(ctx.table.is_a(ent, c) for c in _DESCRIBED_NATIONAL):
            continue
        for m in ent.mentions:
            head = m.end - 1
            if t[head].pos != "NOUN":
                continue
            words = [k for c in t.children(head, "amod", "compound", "nmod", "poss") if c.i < head
                     for k in t.subtree(c.i) if t[k].text[:1].isupper()]  # ("French-German": both words)
            for k in words:
                own = ctx.table.at(k)
                for country in [own] if own is not None and C.Country in own.classes else countries_in_word(
                        ctx, t[k].text) if own is None else []:
                    ctx.add(ent, P.country, country, k)
