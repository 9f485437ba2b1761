"""Inline placeholders on their own: which spans are protected, tokens, QA findings and the way back."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from amts_gui.core.text.placeholders import (
    Finding,
    FindingKind,
    InlineSpan,
    PlaceholderKind,
    check_placeholders,
    find_placeholders,
    mask,
    protect,
    renumber,
    restore,
    token,
)
from tests.conftest import shared_path


def spans(text: str) -> list[tuple[str, PlaceholderKind]]:
    return [(text[s.start : s.end], s.kind) for s in find_placeholders(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two prices are prose, not one $…$ formula
        ("It costs $5 to $10 a month.", []),
        ("Prices went from $5 to $10.", []),
        # a formula right before a digit is not one either (the $ of "$1" closes nothing)
        ("Pay $x$1 now.", []),
        ("With $x_1$ and $y$.", [("$x_1$", PlaceholderKind.MATH), ("$y$", PlaceholderKind.MATH)]),
        ("Display $$a + b$$ inline.", [("$$a + b$$", PlaceholderKind.MATH)]),
        # a bare URL ends before the sentence's full stop, comma or closing quote
        ("See https://d2l.ai/chapter.html.", [("https://d2l.ai/chapter.html", PlaceholderKind.URL)]),
        ("At https://d2l.ai/x, then.", [("https://d2l.ai/x", PlaceholderKind.URL)]),
        # not an autolink (a space), but the bare URL inside still is one
        ("Open <https://d2l.ai/a b>.", [("https://d2l.ai/a", PlaceholderKind.URL)]),
        ("Open <https://d2l.ai/ab>.", [("<https://d2l.ai/ab>", PlaceholderKind.URL)]),
        # inline spans may run across a wrapped line
        ("Call `torch.\nzeros` now.", [("`torch.\nzeros`", PlaceholderKind.CODE)]),
        ("Take $a +\nb$ here.", [("$a +\nb$", PlaceholderKind.MATH)]),
        ("Use ``a`b`` here.", [("``a`b``", PlaceholderKind.CODE)]),
        (
            "See :numref:`fig_x` and :eqref:`eq_y`.",
            [
                (":numref:`fig_x`", PlaceholderKind.ROLE),
                (":eqref:`eq_y`", PlaceholderKind.ROLE),
            ],
        ),
        (
            "A [link](https://x.org/a_(b)) here.",
            [("[", PlaceholderKind.LINK), ("](https://x.org/a_(b))", PlaceholderKind.LINK)],
        ),
        ("An ![image](img/a.png) here.", [("![image](img/a.png)", PlaceholderKind.IMAGE)]),
        ("Heading [[anchor-1]]", [("[[anchor-1]]", PlaceholderKind.ANCHOR)]),
        (
            "Bold <b>text</b> and <br/>.",
            [
                ("<b>", PlaceholderKind.HTML),
                ("</b>", PlaceholderKind.HTML),
                ("<br/>", PlaceholderKind.HTML),
            ],
        ),
        ("A <!-- note --> here.", [("<!-- note -->", PlaceholderKind.HTML)]),
        # an escaped character is prose
        (r"Not \`code\` nor \$5\$.", []),
        ("Plain text, nothing to keep.", []),
    ],
)
def test_which_spans_are_protected(text, expected):
    assert spans(text) == expected


def test_spans_carry_their_positions():
    assert find_placeholders("ab `c` d") == [InlineSpan(3, 6, PlaceholderKind.CODE)]


def test_protect_numbers_tokens_in_order_and_restore_puts_the_markup_back():
    text = "Use `f(x)` on $x$, see https://d2l.ai/a."
    masked, markup = protect(text)
    assert masked == "Use ⟦1⟧ on ⟦2⟧, see ⟦3⟧."
    assert markup == ("`f(x)`", "$x$", "https://d2l.ai/a")
    assert restore(masked, markup) == text
    assert protect("No markup.") == ("No markup.", ())


def test_restore_keeps_unknown_tokens_visible():
    assert restore("⟦2⟧ and ⟦1⟧ and ⟦3⟧ and ⟦0⟧", ("`a`", "`b`")) == "`b` and `a` and ⟦3⟧ and ⟦0⟧"


def test_renumber_starts_where_asked_and_returns_the_old_numbers():
    assert renumber("⟦3⟧ x ⟦1⟧ y ⟦3⟧", first=5) == ("⟦5⟧ x ⟦6⟧ y ⟦7⟧", [3, 1, 3])
    assert renumber("⟦2⟧") == ("⟦1⟧", [2])
    assert renumber("none") == ("none", [])


def test_mask_matches_markup_in_any_order_and_uses_each_once():
    markup = ("`a`", "`b`", "`a`")
    assert mask("先`b`后`a`再`a`", markup) == "先⟦2⟧后⟦1⟧再⟦3⟧"
    assert mask("只有`a`", markup) == "只有⟦1⟧"  # the rest is missing, for QA to report


def test_mask_falls_back_to_plain_text_for_markup_the_pattern_does_not_see():
    # "a_b" is markup of the source (e.g. a role's target), but in a translation it is not one span
    assert mask("用 a_b 和 `c`", ("a_b", "`c`")) == "用 ⟦1⟧ 和 ⟦2⟧"
    # empty markup, and markup that itself looks like a token, are never substituted
    assert mask("文本", ("",)) == "文本"
    assert mask("文本 ⟦1⟧", ("⟦1⟧",)) == "文本 ⟦1⟧"


def test_token_is_the_numbered_bracket():
    assert token(12) == "⟦12⟧"


def test_findings_say_which_token_and_what_it_stands_for():
    markup = ("`a`", "$b$")
    assert check_placeholders("⟦1⟧ and ⟦2⟧", markup) == []
    assert check_placeholders("only ⟦2⟧", markup) == [Finding(FindingKind.MISSING, "⟦1⟧ `a`")]
    assert check_placeholders("⟦1⟧ ⟦1⟧ ⟦1⟧ ⟦2⟧", markup) == [Finding(FindingKind.DUPLICATED, "⟦1⟧ `a` ×3")]
    assert check_placeholders("⟦1⟧ ⟦2⟧ ⟦4⟧ ⟦0⟧", markup) == [
        Finding(FindingKind.UNKNOWN, "⟦0⟧"),
        Finding(FindingKind.UNKNOWN, "⟦4⟧"),
    ]
    assert check_placeholders("⟦1⟧ ⟦2 broken", markup) == [
        Finding(FindingKind.MISSING, "⟦2⟧ $b$"),
        Finding(FindingKind.ALTERED, "'⟦1⟧ ⟦2 brok'"),
    ]
    assert check_placeholders("x 2⟧ ⟦1⟧ ⟦2⟧", markup) == [Finding(FindingKind.ALTERED, "'x 2⟧ ⟦1⟧ ⟦'")]


def test_a_finding_reads_as_kind_then_detail():
    assert str(Finding(FindingKind.MISSING, "⟦1⟧ `a`")) == "missing placeholder: ⟦1⟧ `a`"
    assert [str(k) for k in FindingKind] == [
        "missing placeholder",
        "duplicated placeholder",
        "unknown placeholder",
        "altered placeholder",
        "line break in a single-line segment",
        "number missing",
        "number not in the source",
        "empty translation",
        "emphasis markers missing",
        "term not translated as the glossary says",
        "term translated in a way the glossary forbids",
        "term to keep as it is was changed",
        "punctuation not as the target language writes it",
    ]


_MARKUP_BITS = list("ab :`$<>![]()h\\⟦⟧/s-_*\n.1") + ["http://", "https://x", "<!--", "-->", ":ref:`", "$$", "](u)"]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_MARKUP_BITS), max_size=30).map("".join))
def test_placeholders_are_searched_only_where_one_can_begin_and_found_the_same(text):
    """The big pattern is tried only at characters where one of its alternatives begins; that must
    find exactly what scanning every position finds."""
    from amts_gui.core.text.placeholders import _INLINE, inline_matches

    assert [(m.span(), m.lastgroup) for m in inline_matches(text)] == [
        (m.span(), m.lastgroup) for m in _INLINE.finditer(text)
    ]


def test_placeholders_of_the_shared_book_are_found_as_before():
    from amts_gui.core.text.placeholders import _INLINE, inline_matches

    book = shared_path("d2l-book")
    spans = 0
    for path in sorted(book.rglob("*.md"))[:120]:
        text = path.read_text(encoding="utf-8")
        found = [(m.span(), m.lastgroup) for m in inline_matches(text)]
        assert found == [(m.span(), m.lastgroup) for m in _INLINE.finditer(text)], path
        spans += len(found)
    assert spans > 1000
