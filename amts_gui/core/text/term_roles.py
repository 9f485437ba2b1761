"""The role a term plays where it stands in an English sentence: its own noun (the *head*), a *modifier*
of the noun after it ("ground-truth bounding box", "momentum parameter", "example image"), or a *verb*
("we label the class") when the entry is not a verb itself.

Chinese often renders a term in those other roles with another word (真实边界框, not 真实值边界框;
标记, not 标签), so term QA asks the project's own pairs how each role is rendered
(:mod:`amts_gui.core.project.term_usage`) and stays quiet in a role the translators render otherwise.
The guess is English-only and needs no tagger: the next word being a content word (not a function word,
a common verb or an *-ed*/*-ly* word) makes a modifier; a modal, *to* or a subject pronoun just before
makes a verb.
"""

from __future__ import annotations

import re

from amts_gui.core.text.inflection import is_verb
from amts_gui.core.text.terms import TermMatch

HEAD, MODIFIER, VERB = "head", "modifier", "verb"

_FUNCTION_WORDS = frozenset(
    """of and or in on at to for with is are was were be been being has have had can will would should may
    might must that which who whom whose as by from than then but so if into over under between per via we
    it they this these those its their our not also only all each every any some no nor both either neither
    such there here when where while how what why whether because although though since until unless after
    before during without within across through about above below against among along around behind beyond
    despite toward towards upon i you he she one ones a an the cannot can't won't don't doesn't didn't isn't
    aren't wasn't weren't shall do did""".split()
)
_COMMON_VERBS = frozenset(
    """is has does works converges diverges shows means helps makes allows seems becomes remains requires
    uses needs leads gives takes changes increases decreases depends applies refers holds follows contains
    consists plays accumulates""".split()
)
_OBJECTS = frozenset("the a an it them this these those its their our each every all both any some".split())
_NEXT_WORD = re.compile(r"^(?:-|\s)+([A-Za-z][A-Za-z-]*)")
_VERB_BEFORE = re.compile(
    r"\b(?:to|can|could|will|would|may|might|must|should|we|they|you|i|just|then|it|also)\s+$", re.I
)


def role(text: str, match: TermMatch) -> str:
    """HEAD, MODIFIER or VERB for ``match`` in the English ``text``.  An abbreviation, and an entry that is
    a verb itself (tokenize, concatenate), is always the head: its every use is the term."""
    entry = match.entry
    if entry.case_sensitive or is_verb(entry.source.split()[-1]):
        return HEAD
    after = _NEXT_WORD.match(text[match.end :])
    word = after.group(1).lower() if after is not None else ""
    if _VERB_BEFORE.search(text[: match.start]) or (match.text(text).endswith("s") and word in _OBJECTS):
        return VERB  # "we transform", "the encoder transforms the input" (not "epochs ⟦1⟧": code names a noun)
    if after is not None:
        if not (word in _FUNCTION_WORDS or word in _COMMON_VERBS or word.endswith(("ed", "ly"))):
            return MODIFIER
    return HEAD
