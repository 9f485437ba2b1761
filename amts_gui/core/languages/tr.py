"""Turkish: dotted and dotless i (I ↔ ı, İ ↔ i), a decimal comma, and abbreviations of its own.

Abbreviations from the Turkish Language Association's list (TDK, *Kısaltmalar Dizini*) that technical
prose uses: those before a name, a number or a reference never end a sentence; those that may end one
(*vb.*, *vs.*) end it before a word that starts sentences.
"""

from __future__ import annotations

from amts_gui.core.languages.en import EN_STARTERS
from amts_gui.core.languages.rules import Language, Segmentation

_PREPOSITIVE = frozenset(
    """dr prof doç yrd öğr gör av sn s sf ss no nu şek şkl tbl bkz bk krş örn ör çev ed haz yay
    bl böl md mad fig eq""".split()
)
_AMBIGUOUS = frozenset("vb vs vd yy age a.g.e mö ms m.ö m.s sa dk sn km kg cm mm".split())
_STARTERS = frozenset(
    """Bu Bir Bunlar Şu O Onlar Biz Siz Ancak Ama Fakat Ve Sonra Şimdi Ayrıca Burada Örneğin Daha Her
    Eğer Böylece Dolayısıyla Yani İlk Son Aşağıda Yukarıda Şekil Bölüm Ne Nasıl Neden Bunu Bunun
    Bunun İçin Özetle Alıştırmalar Son olarak Öte Diğer Başka Bazı Tüm Hem Gerçekten""".split()
)

TURKISH = Language(
    "tr",
    "Turkish",
    "Türkçe",
    Segmentation("tr", prepositive=_PREPOSITIVE, ambiguous=_AMBIGUOUS, starters=_STARTERS | EN_STARTERS),
    punctuation=("halfwidth-punctuation", "sentence-space"),
    decimal=",",
    grouping=".",
    turkish_case=True,
)
