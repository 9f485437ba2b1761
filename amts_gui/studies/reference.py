"""The reference study this project set out to beat: five D2L sections, Amazon Translate, average BLEU 0–1."""

from __future__ import annotations

from amts_gui.engines.catalog import AMAZON_ACT, AMAZON_REALTIME, variant

_ACT_PARAGRAPH = variant(f"{AMAZON_ACT.name}-paragraph").key

REFERENCE_BLEU = {  # by direction, then variant
    "en-zh": {AMAZON_REALTIME.name: 0.536, _ACT_PARAGRAPH: 0.571, AMAZON_ACT.name: 0.639},
    "zh-en": {AMAZON_REALTIME.name: 0.720, _ACT_PARAGRAPH: 0.786, AMAZON_ACT.name: 0.846},
}
