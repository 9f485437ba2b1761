"""Vietnamese: Latin letters with many diacritics, a decimal comma, and titles abbreviated before names
(*TS.*, *PGS.*, *TP.*)."""

from __future__ import annotations

from amts_gui.core.languages.en import EN_STARTERS
from amts_gui.core.languages.rules import Language, Segmentation

_PREPOSITIVE = frozenset("ts pgs gs ths bs ks ls tp tp.hcm tr vd".split())  # titles, places, "ví dụ"
_AMBIGUOUS = frozenset("v.v vv km kg cm mm".split())
_STARTERS = frozenset(
    """Trong Chúng Các Một Những Đây Điều Khi Nếu Ví Do Vì Tuy Như Sau Trước Bây Cuối Đầu Hình Phần
    Bảng Ta Tôi Này Để Với Từ Tiếp Cuối Ngoài Hơn Thay Mặc Tóm Bài Cho Có Không Hãy Lưu""".split()
)

VIETNAMESE = Language(
    "vi",
    "Vietnamese",
    "Tiếng Việt",
    Segmentation("vi", prepositive=_PREPOSITIVE, ambiguous=_AMBIGUOUS, starters=_STARTERS | EN_STARTERS),
    punctuation=("halfwidth-punctuation", "sentence-space"),
    decimal=",",
    grouping=".",
)
