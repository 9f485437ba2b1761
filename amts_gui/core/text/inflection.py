"""English inflection: when a written word is the same word as a glossary term's word, inflected.

Snowball's stemmer gathers a word's whole family under one stem ("Transformers", "transform" and
"transforming" are all *transform*), which finds candidates but is no proof.  A written word is the
term's word only when one inflects into the other by the rules of English:

- a noun's plural and possessive: *points*, *classes*, *probabilities*, and the Latin and Greek plurals
  of the technical vocabulary (*minima*, *hypotheses*, *matrices*); either side may be the plural;
- a verb's forms (*-s*, *-ed*, *-ing*), only for a term word that is a verb by its ending (*tokenize*,
  *concatenate*, *converge*): "labeled" is not the noun *label*, nor "meaning" the noun *mean*; and
  such a verb's noun of action, which technical writing (and its translators) use for the same term:
  *tokenization*, *concatenation*, *classification*, and *transformation* for *transform*; and the
  other way, a term in *-ing* and its verb (*padding*: "pads", "padded");
- a modifier before another word of the term may take or drop *-al*: *convolution kernel* is a
  *convolutional kernel*.

Never a word that merely starts with the term: "important" is not *import*, "encoded" not *encoder*.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

# Latin and Greek plurals of the technical vocabulary, and their singulars
IRREGULAR_PLURALS = {
    "minima": "minimum",
    "maxima": "maximum",
    "optima": "optimum",
    "extrema": "extremum",
    "criteria": "criterion",
    "phenomena": "phenomenon",
    "hypotheses": "hypothesis",
    "analyses": "analysis",
    "parentheses": "parenthesis",
    "matrices": "matrix",
    "indices": "index",
    "vertices": "vertex",
    "appendices": "appendix",
    "simplices": "simplex",
    "radii": "radius",
    "foci": "focus",
    "nuclei": "nucleus",
    "formulae": "formula",
    "corpora": "corpus",
    "children": "child",
    "men": "man",
    "feet": "foot",
}
_VERB_ENDING = re.compile(r"(?:[iy]ze|[iy]se|ify|ate|erge)$")  # tokenize, analyse, classify, concatenate, converge
_VOWELS = "aeiou"


@lru_cache(maxsize=1)
def _stemmer() -> Any:
    import Stemmer  # PyStemmer: Snowball's stemmers in C

    return Stemmer.Stemmer("english")


def english_keys(words: list[str]) -> list[str]:
    """Each word's index key: the stem of its singular, so that *minima* and *minimum* meet."""
    lowered = [w.lower() for w in words]
    return list(_stemmer().stemWords([IRREGULAR_PLURALS.get(w, w) for w in lowered]))


def noun_forms(word: str) -> set[str]:
    """The singulars ``word`` may be, itself included ("classes": class, classe; "minima": minimum)."""
    w = word.lower()
    forms = {w, IRREGULAR_PLURALS.get(w, w)}
    if w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        forms.add(w[:-1])
        if w.endswith("es"):
            forms.add(w[:-2])
        if w.endswith("ies"):
            forms.add(w[:-3] + "y")
    return forms


def verb_forms(word: str) -> set[str]:
    """The bases ``word`` may be the past or the participle of, itself included ("tokenized": tokenize)."""
    w = word.lower()
    forms = {w}
    for ending in ("ed", "ing"):
        if w.endswith(ending) and len(w) > len(ending) + 2:
            base = w[: -len(ending)]
            forms |= {base, base + "e"}
            if len(base) > 2 and base[-1] == base[-2] and base[-1] not in _VOWELS:
                forms.add(base[:-1])  # "stopped": stop
            if base.endswith("i") and ending == "ed":
                forms.add(base[:-1] + "y")  # "classified": classify
    if w.endswith("s") and not w.endswith("ss"):
        forms |= noun_forms(w)  # the third person is written as a plural
    return forms


def action_noun(verb: str) -> str:
    """The noun of action of a verb that ends as verbs do: tokenize, tokenization; concatenate,
    concatenation; classify, classification; converge, convergence."""
    for ending, noun in (("ize", "ization"), ("ise", "isation"), ("ate", "ation"), ("ify", "ification")):
        if verb.endswith(ending):
            return verb[: -len(ending)] + noun
    if verb.endswith("erge"):
        return verb[:-1] + "ence"
    return verb + "ation"  # transform, transformation


def is_verb(word: str) -> bool:
    return bool(_VERB_ENDING.search(word.lower()))


def same_word(term_word: str, written: str, *, modifier: bool = False) -> bool:
    """``written`` is ``term_word`` inflected (``modifier``: the term word stands before another of its
    words, where *-al* may come and go)."""
    term, have = term_word.lower(), written.lower()
    if term == have:
        return True
    if noun_forms(term) & noun_forms(have):
        return True
    if is_verb(term) and verb_forms(have) & {term, *noun_forms(term)}:
        return True
    if action_noun(term) in noun_forms(have) and (is_verb(term) or action_noun(term) == term + "ation"):
        return True  # tokenization; transformation (a noun that takes -ation whole is a verb too)
    if term.endswith("ing") and verb_forms(term) & verb_forms(have) - {term}:
        return True  # a noun of action in -ing and its verb: padding, pads
    if modifier:
        return have in (term + "al", term + "ial") or term in (have + "al", have + "ial")
    return False
