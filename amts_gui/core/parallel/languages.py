"""Which language tag of a pair file is the project's language (BCP 47 tags as TMX, CSV headers and
Amazon Translate write them).

Chinese is written in two scripts, and text in one is wrong for a project in the other: a project whose
target is ``zh``, ``zh-CN``, ``zh-Hans`` or ``zh-SG`` takes Simplified text only; ``zh-TW``, ``zh-HK``,
``zh-MO`` or ``zh-Hant`` Traditional only.  The script is the explicit subtag, else the one the region
implies, else Simplified for a bare ``zh`` (as Amazon Translate's ``zh`` is).  An exact tag wins over
any other tag of the same language and script; a region alone (``en-US`` for ``en``) does not matter.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

# the script a region implies, for the languages written in more than one script
_REGION_SCRIPTS = {
    "zh": {"cn": "hans", "sg": "hans", "my": "hans", "tw": "hant", "hk": "hant", "mo": "hant"},
}
_DEFAULT_SCRIPTS = {"zh": "hans"}
SCRIPT_NAMES = {"hans": "Simplified", "hant": "Traditional"}


@dataclass(frozen=True)
class Tag:
    text: str  # as written
    language: str  # lower case: zh
    script: str | None  # lower case: hans, hant; None where the language has one script
    region: str | None  # lower case: cn, tw

    @classmethod
    def parse(cls, text: str) -> Tag:
        parts = [p.lower() for p in text.strip().replace("_", "-").split("-") if p]
        language = parts[0] if parts else ""
        script = next((p for p in parts[1:] if len(p) == 4 and p.isalpha()), None)
        region = next((p for p in parts[1:] if len(p) == 2 or (len(p) == 3 and p.isdigit())), None)
        if script is None and language in _REGION_SCRIPTS:
            script = _REGION_SCRIPTS[language].get(region or "", _DEFAULT_SCRIPTS[language])
        return cls(text, language, script, region)

    def describe(self) -> str:
        """``zh-TW (Traditional)``: the tag, and its script where the language has several."""
        name = SCRIPT_NAMES.get(self.script or "")
        return f"{self.text} ({name})" if name and self.language in _REGION_SCRIPTS else self.text


def same_text(wanted: str, candidate: str) -> bool:
    """Text tagged ``candidate`` can serve a project language ``wanted``: same language and script."""
    a, b = Tag.parse(wanted), Tag.parse(candidate)
    return a.language == b.language and a.script == b.script


def best_tag(wanted: str, candidates: Iterable[str]) -> str | None:
    """The candidate tag for ``wanted``: the exact tag first, else the first of the same language and
    script; None when there is none."""
    tags = list(candidates)
    key = wanted.strip().replace("_", "-").lower()
    exact = next((t for t in tags if t.strip().replace("_", "-").lower() == key), None)
    return exact if exact is not None else next((t for t in tags if same_text(wanted, t)), None)


def other_script(wanted: str, candidates: Iterable[str]) -> str | None:
    """A candidate of the same language in another script (to say why a unit was skipped), if any."""
    want = Tag.parse(wanted)
    for text in candidates:
        tag = Tag.parse(text)
        if tag.language == want.language and tag.script != want.script:
            return tag.describe()
    return None


def _exact(wanted: str, tags: Sequence[str], taken: int | None = None) -> int | None:
    key = wanted.strip().replace("_", "-").lower()
    return next((i for i, t in enumerate(tags) if i != taken and t.strip().replace("_", "-").lower() == key), None)


def _fallback(wanted: str, tags: Sequence[str], taken: int | None) -> int | None:
    return next((i for i, t in enumerate(tags) if i != taken and same_text(wanted, t)), None)


def pick_sides(source: str, target: str, tags: Sequence[str]) -> tuple[int, int] | None:
    """The positions of the source and the target among ``tags`` (a unit's variants, a header's
    columns): each by its exact tag first, else by language and script, never the same position for
    both (an ``en-GB`` text is not also the ``en-US`` source).  None when a side is missing."""
    source_at, target_at = _exact(source, tags), _exact(target, tags)
    if source_at is not None and source_at == target_at:  # the project's two tags are one: the next one
        target_at = _exact(target, tags, taken=source_at)
    if source_at is None:
        source_at = _fallback(source, tags, target_at)
    if target_at is None:
        target_at = _fallback(target, tags, source_at)
    if source_at is None or target_at is None:
        return None
    return source_at, target_at
