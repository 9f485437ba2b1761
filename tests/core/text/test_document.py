from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from amts_gui.core.text.document import BlockKind
from amts_gui.core.text.markdown import parse
from amts_gui.core.text.placeholders import FindingKind
from tests.conftest import DEMO, lang_of, shared_markdown_files

SHARED_FILES = shared_markdown_files()


@pytest.mark.parametrize("path", SHARED_FILES, ids=lambda p: str(p.relative_to(p.parents[2])))
def test_round_trip_is_byte_identical_on_shared_files(path):
    source = path.read_text(encoding="utf-8")
    doc = parse(source, lang_of(path))
    assert doc.render().text == source
    assert "".join(b.raw for b in doc.blocks) == source


def test_shared_data_is_present_for_the_round_trip():
    if not SHARED_FILES:
        pytest.skip("needs ../shared/data beside the repo for the D2L and en-es round trips")
    names = {p.name for p in SHARED_FILES}
    assert {"en.md", "en_origin.md", "zh.md", "en.mdx", "es.mdx"} <= names


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_demo_chapter_round_trips_and_contains_every_construct(lang):
    source = (DEMO / lang / "softmax-temperature.md").read_text(encoding="utf-8")
    doc = parse(source, lang)
    assert doc.render().text == source
    kinds = {b.kind for b in doc.blocks}
    assert {
        BlockKind.HEADING,
        BlockKind.PARAGRAPH,
        BlockKind.LIST_ITEM,
        BlockKind.TABLE_CELL,
        BlockKind.CAPTION,
        BlockKind.CODE,
        BlockKind.MATH,
        BlockKind.DIRECTIVE,
        BlockKind.HTML,
    } <= kinds
    code = [b.raw for b in doc.blocks if b.kind is BlockKind.CODE]
    assert any("#@tab pytorch" in c for c in code)
    markup = {m for s in doc.segments() for m in s.markup}
    assert any(m.startswith(":numref:") for m in markup)
    assert any(m.startswith(":cite:") for m in markup)
    assert any(m.startswith(":eqref:") for m in markup)
    assert any(":eqlabel:" in b.raw for b in doc.blocks if b.kind is BlockKind.DIRECTIVE)


D2L_SNIPPET = """# Title [[anchor]]
:label:`sec_x`

We use `code()` and $x^2$ here, see :numref:`fig_y`.
A [link text](http://example.com/a) follows. Visit https://d2l.ai/x.html now.

$$y = f(x)$$
:eqlabel:`eq_y`

![A caption.](../img/a.svg)
:width:`300px`

| Name | Value |
|---|---|
| alpha `a` | one |

- item one with <b>bold</b> text.
- item two
  continues here.

```{.python .input}
#@tab pytorch
print("not prose. Really.")
```
"""


def test_protected_blocks_and_placeholders():
    doc = parse(D2L_SNIPPET, "en")
    kinds = [b.kind for b in doc.blocks if b.kind is not BlockKind.BLANK]
    assert kinds[:2] == [BlockKind.HEADING, BlockKind.DIRECTIVE]
    segs = {s.source: s.markup for s in doc.segments()}
    assert segs["Title ⟦1⟧"] == ("[[anchor]]",)
    assert segs["We use ⟦1⟧ and ⟦2⟧ here, see ⟦3⟧."] == ("`code()`", "$x^2$", ":numref:`fig_y`")
    assert segs["A ⟦1⟧link text⟦2⟧ follows."] == ("[", "](http://example.com/a)")
    assert segs["Visit ⟦1⟧ now."] == ("https://d2l.ai/x.html",)
    assert segs["item one with ⟦1⟧bold⟦2⟧ text."] == ("<b>", "</b>")
    assert "item two continues here." in segs
    assert "A caption." in segs and "alpha ⟦1⟧" in segs
    assert not any("Really" in s for s in segs)  # code is protected


def test_translated_render_restores_every_protected_piece():
    doc = parse(D2L_SNIPPET, "en")
    translations = {}
    for seg in doc.segments():
        translations[seg.key] = "译" + seg.source.replace(" ", "")
    rendered = doc.render(translations)
    assert rendered.findings == ()
    out = rendered.text
    for block in doc.blocks:
        if not block.translatable:
            assert block.raw in out
    for seg in doc.segments():
        for markup in seg.markup:
            assert markup in out
    assert "译Weuse`code()`and$x^2$here,see:numref:`fig_y`." in out
    assert "| 译alpha`a` | 译one |" in out
    assert "- 译itemtwocontinueshere." in out


def test_a_paragraph_renders_its_sentences_on_the_lines_the_source_gives_them():
    doc = parse("- First one. Second one.\n  Third one.\n", "en")
    keys = [s.key for s in doc.segments()]
    rendered = doc.render({keys[0]: "第一。", keys[2]: "第三。"})
    assert rendered.text == "- 第一。Second one.\n  第三。\n"  # joined the CJK way; the line break kept
    assert doc.render({keys[1]: "Deux."}).text == "- First one. Deux.\n  Third one.\n"
    assert doc.render({keys[0]: "第一。"}, wrapped={0}).text == "- 第一。\n  Second one.\n  Third one.\n"
    assert doc.render({keys[0]: "第一。"}, one_line={0}).text == "- 第一。Second one. Third one.\n"


@pytest.mark.parametrize(
    ("translation", "kind"),
    [
        ("没有占位符。", FindingKind.MISSING),
        ("重复 ⟦1⟧ ⟦1⟧ 和 ⟦2⟧。", FindingKind.DUPLICATED),
        ("多余 ⟦1⟧ ⟦2⟧ ⟦3⟧。", FindingKind.UNKNOWN),
        ("损坏 ⟦1⟧ ⟦2。", FindingKind.ALTERED),
        ("损坏 ⟦1⟧ 2⟧。", FindingKind.ALTERED),
        ("多位 ⟦1⟧ ⟦2⟧ ⟦1234⟧。", FindingKind.UNKNOWN),
    ],
)
def test_placeholder_problems_are_reported_for_the_segment(translation, kind):
    doc = parse("Text with `a` and `b`.\n", "en")
    seg = next(doc.segments())
    rendered = doc.render({seg.key: translation})
    assert kind in [f.finding.kind for f in rendered.findings]
    assert rendered.findings[0].key == seg.key and rendered.findings[0].line == 1


def test_line_break_in_single_line_segment_is_reported_and_joined():
    doc = parse("# A heading\n", "en")
    seg = next(doc.segments())
    rendered = doc.render({seg.key: "一个\n标题"})
    assert rendered.text == "# 一个 标题\n"
    assert rendered.findings[0].finding.kind is FindingKind.LINE_BREAK


def test_unclosed_fence_is_a_warning_and_the_rest_is_protected():
    doc = parse("Intro text.\n\n```python\nx = 1. Not prose.\n", "en")
    assert doc.warnings and "line 3" in doc.warnings[0]
    assert [s.source for s in doc.segments()] == ["Intro text."]
    assert doc.blocks[-1].kind is BlockKind.CODE


def test_wrapped_chinese_lines_join_without_spaces_and_english_with_spaces():
    zh = parse("这是第一行\n接着第二行。\n", "zh")
    assert [s.source for s in zh.segments()] == ["这是第一行接着第二行。"]
    en = parse("This is line one\nand line two.\n", "en")
    assert [s.source for s in en.segments()] == ["This is line one and line two."]


def test_crlf_and_missing_final_newline_round_trip():
    source = "# T\r\n\r\nOne. Two.\r\n\r\n- a\r\n- b"
    assert parse(source).render().text == source


# -- property test on generated Markdown ------------------------------------------------

_words = st.text(alphabet=st.sampled_from("abc XYZ.,;!?中文。`$*_[]()<>|:#-\\"), min_size=0, max_size=30)
_lines = st.one_of(
    _words,
    st.builds(lambda w: f"# {w}", _words),
    st.builds(lambda w: f"- {w}", _words),
    st.builds(lambda w: f"1. {w}", _words),
    st.builds(lambda w: f"> {w}", _words),
    st.builds(lambda w: f"| {w} | x |", _words),
    st.just("|---|---|"),
    st.builds(lambda w: f"![{w}](a.png)", _words),
    st.just("```{.python .input}"),
    st.just("```"),
    st.just("$$"),
    st.builds(lambda w: f"$${w}$$", _words),
    st.just(":label:`sec_a`"),
    st.just(":begin_tab:`pytorch`"),
    st.just("<!-- note"),
    st.just("-->"),
    st.just("<div>"),
    st.just(""),
    st.just("   "),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_lines, max_size=25), st.sampled_from(["\n", "\r\n"]), st.booleans(), st.sampled_from(["en", "zh"]))
def test_round_trip_property_on_generated_markdown(lines, newline, final_newline, lang):
    source = newline.join(lines) + (newline if final_newline else "")
    doc = parse(source, lang)
    assert doc.render().text == source
    # identity translations restore every placeholder with no QA finding
    rendered = doc.render({s.key: s.source for s in doc.segments()})
    assert rendered.findings == ()
    for seg in doc.segments():
        block = doc.blocks[seg.block]
        assert block.text[seg.start : seg.end] == seg.text
