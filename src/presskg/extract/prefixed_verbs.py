"""A verb the tokenizer split at its prefix's hyphen: "was co-chaired by A and B", "X will co-lead the study",
"Marta Lind was re-elected Chair of the Council" (lexicon ``VERB_PREFIXES``). A parse repair called by
:func:`presskg.extract.clauses.clause_roots`. Split out of clauses.py.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Token
from .lexicon import WORD_CLASSES

#: Prefixes the tokenizer splits from a verb at its hyphen ("co-chaired": "co", "-", "chaired").
VERB_PREFIXES = WORD_CLASSES["VERB_PREFIXES"]


def prefixed_verb(tokens: list[Token], prefix: int, v: int) -> None:
    """"The meeting was co-chaired by A and B", "X will co-lead the study": the parser makes the prefix the
    clause's verb, the verb a clause hung on it, and may hang the subject on the auxiliary. The verb takes the
    prefix's place and its words (the prefix and the hyphen then hang on it), and a subject on one of its
    auxiliaries is its own (the passive's subject after "was")."""
    be = tokens[prefix].head
    if tokens[prefix].dep == "acomp" and tokens[be].lemma == "be" and tokens[v].tag == "VBN" and tokens[v].head != be:
        # "X was re-elected Chair": the parser reads the prefix as the copula's complement; "was" is the
        # participle's auxiliary, and the participle the clause's verb
        tokens[v] = replace(tokens[v], dep=tokens[be].dep, head=v if tokens[be].head == be else tokens[be].head)
        for k, t in enumerate(tokens):
            if t.head == be and k != v:
                tokens[k] = replace(t, head=v, dep="nsubjpass" if t.dep == "nsubj" else t.dep)
        tokens[be] = replace(tokens[be], dep="auxpass", head=v)
        for k, t in enumerate(tokens):  # (what the parser hung on the participle as a modifier: "elected Chair")
            if k != prefix and t.head == prefix:
                tokens[k] = replace(t, head=v)
        tokens[prefix] = replace(tokens[prefix], head=v)
    if tokens[v].head == prefix:
        tokens[v] = replace(tokens[v], dep=tokens[prefix].dep, head=v if tokens[prefix].head == prefix
                            else tokens[prefix].head)
    for k, t in enumerate(tokens):
        if t.head == prefix and k not in (prefix, v):
            tokens[k] = replace(t, head=v)
    for k in (prefix, prefix + 1):
        tokens[k] = replace(tokens[k], dep="advmod" if k == prefix else "punct", head=v)
    if tokens[prefix].text.lower() == "re":  # "re-elected", "re-entered": the lexicon's verb is "re-elect"
        tokens[v] = replace(tokens[v], lemma=f"re-{tokens[v].lemma}")
    aux = [t.i for t in tokens if t.head == v and t.dep in ("aux", "auxpass")]
    for k, t in enumerate(tokens):
        if t.head in aux and t.dep in ("nsubj", "nsubjpass"):
            passive = tokens[t.head].dep == "auxpass"
            tokens[k] = replace(t, head=v, dep="nsubjpass" if passive else "nsubj")
