"""Inline content by position: any mixed content of a segment comes back as it was read, and survives an
edit as far as its codes' text does."""

from __future__ import annotations

import xml.etree.ElementTree as ET  # noqa: N817

import defusedxml.ElementTree as SafeET  # noqa: N812
from hypothesis import given, settings
from hypothesis import strategies as st

from amts_gui.core.parallel.inline import Inline, follow_edit, read_inline, write_inline

TEXT = st.text(alphabet=" \n\tab<>&中文.", max_size=6)
CODES = st.sampled_from(
    [
        '<bpt i="1" x="1">&lt;b&gt;</bpt>',
        '<ept i="1">&lt;/b&gt;</ept>',
        '<bpt i="5" x="5"/>',
        "<ph/>",
        '<ph x="2" type="image"></ph>',
        '<ph x="1">&lt;img alt="<sub>Start</sub>"/&gt;</ph>',
        '<it pos="begin">&lt;i&gt;</it>',
        "<ut>{\\b}</ut>",
    ]
)


@st.composite
def content(draw, depth: int = 0) -> str:
    """Mixed content of a ``<seg>``: text, codes and (nested) ``<hi>`` wrappers."""
    parts = [escaped(draw(TEXT))]
    for _ in range(draw(st.integers(0, 4))):
        if depth < 2 and draw(st.booleans()):
            parts.append(f'<hi type="x{depth}">{draw(content(depth + 1))}</hi>')
        else:
            parts.append(draw(CODES))
        parts.append(escaped(draw(TEXT)))
    return "".join(parts)


def canonical(element: ET.Element) -> str:
    return ET.canonicalize(ET.tostring(element, encoding="unicode"))


def escaped(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@settings(max_examples=300, deadline=None)
@given(content())
def test_any_mixed_content_is_written_back_as_it_was_read(body):
    seg = SafeET.fromstring(f"<seg>{body}</seg>")
    inline = read_inline(seg)
    assert inline.text == "".join(seg.itertext())  # no character lost: codes stand as their native text
    again = ET.Element("seg")
    write_inline(again, Inline.from_json(inline.to_json()))  # as stored with the pair
    assert canonical(again) == canonical(seg)


def test_codes_stay_at_their_offsets_even_where_their_text_is_also_literal_text():
    seg = SafeET.fromstring(
        '<seg>The tag &lt;b&gt; makes <bpt i="1" x="1">&lt;b&gt;</bpt>bold<ept i="1">&lt;/b&gt;</ept>.</seg>'
    )
    inline = read_inline(seg)
    assert inline.text == "The tag <b> makes <b>bold</b>."
    assert [e[:3] for e in inline.events] == [["code", 18, 3], ["code", 25, 4]]
    out = ET.Element("seg")
    write_inline(out, inline)
    assert ET.tostring(out, encoding="unicode").startswith("<seg>The tag &lt;b&gt; makes <bpt")


def test_an_edit_keeps_the_codes_whose_text_survived_and_drops_the_others():
    seg = SafeET.fromstring(
        '<seg>Press <bpt i="1">&lt;b&gt;</bpt>Run<ept i="1">&lt;/b&gt;</ept> now<ph x="2">&lt;br/&gt;</ph></seg>'
    )
    inline = read_inline(seg)
    kept, lost = follow_edit(inline, "Please press <b>Run</b> at once<br/>")
    assert lost == 0
    out = ET.Element("seg")
    write_inline(out, kept)
    assert ET.tostring(out, encoding="unicode") == (
        '<seg>Please press <bpt i="1">&lt;b&gt;</bpt>Run<ept i="1">&lt;/b&gt;</ept> at once'
        '<ph x="2">&lt;br/&gt;</ph></seg>'
    )
    dropped, lost = follow_edit(inline, "Press <b>Run</b> now")  # the translator deleted the <br/>
    assert lost == 1 and [e[0] for e in dropped.events] == ["code", "code"]
    changed, lost = follow_edit(inline, "Press <strong>Run</strong> now<br/>")  # the code's own text changed
    assert lost == 2 and [e[3] for e in changed.events] == ['<ph x="2">&lt;br/&gt;</ph>']


@settings(max_examples=200, deadline=None)
@given(content(), st.text(alphabet="ab<>中 ", max_size=8), st.integers(0, 40), st.integers(0, 6))
def test_after_any_edit_each_kept_code_stands_on_its_own_text_in_order(body, typed, at, cut):
    inline = read_inline(SafeET.fromstring(f"<seg>{body}</seg>"))
    at = min(at, len(inline.text))
    edited = inline.text[:at] + typed + inline.text[at + cut :]
    moved, lost = follow_edit(inline, edited)
    codes = [e for e in inline.events if e[0] == "code"]
    assert lost == len(codes) - sum(1 for e in moved.events if e[0] == "code")
    floor = 0
    for event in moved.events:
        assert floor <= event[1] <= len(edited)
        if event[0] == "code":
            native = "".join(SafeET.fromstring(event[3]).itertext())
            assert edited[event[1] : event[1] + event[2]] == native
            floor = event[1] + event[2]
        else:
            floor = event[1]
    out = ET.Element("seg")
    write_inline(out, moved)
    assert "".join(out.itertext()) == edited  # the edited text, whole
    assert sum(1 for e in moved.events if e[0] == "open") == sum(1 for e in moved.events if e[0] == "close")
