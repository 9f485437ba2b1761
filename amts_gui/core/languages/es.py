"""Spanish: inverted question and exclamation marks, a decimal comma."""

from __future__ import annotations

from amts_gui.core.languages.en import EN_STARTERS
from amts_gui.core.languages.rules import Language, Segmentation

_ES_PREPOSITIVE = frozenset(
    """sr sra srta sres sras dr dra dres lic lcda ing arq prof profa gral cap cnel tte sgto
    mons pbro fr sor dña d da núm no n° nro art arts párr párrf pág págs cap fig figs tel
    ext cra cl av avda pje ej p pp vol vols ene feb mar abr may jun jul ago sep sept oct
    nov dic lun mié jue vie sáb dom aprox admón dpto depto mt st""".split()
)
_ES_AMBIGUOUS = frozenset("etc hs hrs min máx mín km kg cm mm ee uu cía ltda sa al".split())
_ES_STARTERS = frozenset(
    """El La Los Las Un Una Unos Unas Yo Tú Él Ella Nosotros Ellos Ellas Esto Este Esta
    Estos Estas Eso Ese Esa Aquí Allí En Es Pero Si No Sin Con Por Para Cuando Donde Como
    Luego Después Antes Además También Así Entonces Hoy Mañana""".split()
)

SPANISH = Language(
    "es",
    "Spanish",
    "español",
    Segmentation(
        "es",
        prepositive=_ES_PREPOSITIVE,
        ambiguous=_ES_AMBIGUOUS | frozenset({"a.m", "p.m"}),
        starters=_ES_STARTERS | EN_STARTERS,
        time_abbreviations=frozenset({"a.m", "p.m"}),
    ),
    punctuation=("halfwidth-punctuation", "inverted-marks"),
    decimal=",",
    grouping=".",
)
