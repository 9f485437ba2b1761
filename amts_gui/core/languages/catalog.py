"""The languages the tool knows, by their primary subtag."""

from __future__ import annotations

import re

from amts_gui.core.languages.cjk import CHINESE, JAPANESE
from amts_gui.core.languages.en import EN_STARTERS, ENGLISH
from amts_gui.core.languages.es import SPANISH
from amts_gui.core.languages.ko import KOREAN
from amts_gui.core.languages.pt import PORTUGUESE
from amts_gui.core.languages.rules import Language, Segmentation
from amts_gui.core.languages.tr import TURKISH
from amts_gui.core.languages.vi import VIETNAMESE

LANGUAGES: dict[str, Language] = {
    lang.code: lang for lang in (ENGLISH, SPANISH, CHINESE, JAPANESE, KOREAN, TURKISH, PORTUGUESE, VIETNAMESE)
}
GENERIC = Segmentation("generic", starters=EN_STARTERS)


def primary(tag: str) -> str:
    """``pt`` for ``pt-BR``, ``zh`` for ``zh_TW``."""
    return re.split(r"[-_]", tag.strip().lower(), maxsplit=1)[0]


def language(tag: str) -> Language:
    """The rules of the language ``tag`` names; generic rules, under its own code, for one without a module."""
    code = primary(tag)
    known = LANGUAGES.get(code)
    return known if known is not None else Language(code, tag, tag, GENERIC)
