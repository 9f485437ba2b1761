"""Portuguese: a decimal comma, and abbreviations of its own (titles, references, *p. ex.*)."""

from __future__ import annotations

from amts_gui.core.languages.en import EN_STARTERS
from amts_gui.core.languages.rules import Language, Segmentation

_PREPOSITIVE = frozenset(
    """sr sra srs sras srta dr dra drs dras prof profa eng engª av pág págs p pp cap caps fig figs n nº
    n.º vol vols ex p.ex art arts tab sec seç cf aprox obs tel eq eqs""".split()
)
_AMBIGUOUS = frozenset("etc al ltda cia min máx mín km kg cm mm séc a.c d.c".split())
_STARTERS = frozenset(
    """O A Os As Um Uma Uns Umas Este Esta Estes Estas Esse Essa Isso Isto Em No Na Nos Nas Para Por
    Com Como Quando Se Mas Então Aqui Agora Portanto Assim Além Também Finalmente Primeiro Note Veja
    Neste Nesta De Do Da Ao À Eles Elas Nós Você Vamos Há""".split()
)

PORTUGUESE = Language(
    "pt",
    "Portuguese",
    "português",
    Segmentation("pt", prepositive=_PREPOSITIVE, ambiguous=_AMBIGUOUS, starters=_STARTERS | EN_STARTERS),
    punctuation=("halfwidth-punctuation", "sentence-space"),
    decimal=",",
    grouping=".",
)
