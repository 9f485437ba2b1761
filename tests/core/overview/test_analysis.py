"""The analysis before a job: bands counted by hand on a small project, words as CAT tools count them,
and the characters that the cost preview of an Amazon job counts too."""

from __future__ import annotations

import json

import pytest

from amts_gui.cli.main import main
from amts_gui.core.overview.analysis import BANDS, band_of, count_words
from amts_gui.core.project.chapters import import_chapter
from amts_gui.core.project.pairs import add_pairs
from amts_gui.core.project.rows import NewPair
from amts_gui.engines.amazon.costs import billed_characters, estimate_cost
from amts_gui.engines.amazon.settings import AwsSettings
from amts_gui.studies.analysis import analyze_chapters

WORDS = (
    "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa quebec romeo "
    "sierra tango"
).split()
OTHER = (
    "apple banana cherry damson elder fig grape hazel iris jasmine kale leek melon nettle olive pear quince radish "
    "sage thyme"
).split()


def changed(n: int) -> str:
    """The memory's 20-word sentence with its last ``n`` words replaced: a (20 - n) / 20 match."""
    return " ".join(WORDS[: 20 - n] + OTHER[20 - n :])


@pytest.fixture
def small(project):
    add_pairs(project, [NewPair(" ".join(WORDS), "甲乙丙", "imported")])
    paragraphs = [
        changed(0),  # 100
        changed(1),  # 95
        changed(2),  # 90
        changed(4),  # 80
        changed(8),  # 60
        changed(12),  # 40: below 50, no match
        "Nothing here resembles the memory at all",  # no match, 7 words
        changed(2),  # the same sentence again: a repetition
    ]
    import_chapter(project, "one.md", "\n\n".join(paragraphs) + "\n")
    import_chapter(project, "two.md", changed(1) + "\n\nA new line with `code` in it\n")  # a repetition across chapters
    return project


def test_bands_counted_by_hand(small):
    analysis = analyze_chapters(small)
    one, two = analysis.chapters
    expected_one = {
        "repetition": (20, 1),
        "cross-file repetition": (0, 0),
        "100": (20, 1),
        "95-99": (20, 1),
        "85-94": (20, 1),
        "75-84": (20, 1),
        "50-74": (20, 1),
        "no match": (27, 2),
    }
    assert {b: (c.words, c.segments) for b, c in one.bands.items()} == expected_one
    # "code" is a placeholder: 6 words, not 7; the 95 % sentence was seen in one.md: a cross-file repetition
    assert {b: (c.words, c.segments) for b, c in two.bands.items() if c.segments} == {
        "cross-file repetition": (20, 1),
        "no match": (6, 1),
    }
    assert analysis.total.total_words == 147 + 26 == sum(c.words for c in analysis.total.bands.values())
    assert list(analysis.total.bands) == list(BANDS)


def test_characters_are_what_amazon_bills_and_the_cost_preview_counts_the_same(small):
    analysis = analyze_chapters(small)
    estimate = estimate_cost(small, ["one.md", "two.md"], AwsSettings(), act=False)
    assert analysis.total.total_characters == estimate.characters
    code_line = next(s for s in small.db.query("SELECT source, markup FROM segments") if "⟦1⟧" in s["source"])
    assert billed_characters(code_line["source"], tuple(json.loads(code_line["markup"]))) > len(
        "A new line with code in it"
    )


def test_amts_analyze_json_and_text(small, capsys):
    assert main(["analyze", str(small.path), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["counted_by"] == "words"
    one = report["chapters"]["one.md"]
    assert one["total_words"] == 147 == sum(b["words"] for b in one["bands"].values())
    assert one["bands"]["85-94"] == {"words": 20, "segments": 1, "characters": one["bands"]["85-94"]["characters"]}
    assert report["total"]["bands"]["repetition"]["segments"] == 1
    assert report["total"]["bands"]["cross-file repetition"]["segments"] == 1
    assert report["rules"][0] == "bands by Trados's convention"
    amazon = report["amazon"]
    assert amazon["characters"] == report["total"]["total_characters"]
    assert amazon["realtime_usd"] == round(amazon["characters"] * 15 / 1e6, 4)
    assert amazon["act_batch_usd"] == round(amazon["characters"] * 60 / 1e6, 4)
    assert main(["analyze", str(small.path), "--chapter", "two.md"]) == 0
    out = capsys.readouterr().out
    # alone, two.md has no repetition: its first line is a 95 % memory match
    assert out.startswith("two.md: 26 words\n  repetition                   0 words    0.0 %")
    assert "rules: bands by Trados's convention; 100 % matches before repetitions" in out
    assert "  95-99                       20 words   76.9 %       1 segments" in out
    assert "list prices as checked on" in out
    assert main(["analyze", str(small.path), "--chapter", "three.md"]) == 2


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("The model's weights ⟦1⟧ are e.g. fine-tuned.", "en", 6),  # model's, e.g., fine-tuned: one word each
        ("深度学习 uses ⟦1⟧ GPUs", "zh", 6),
        ("词元化（tokenization）很重要。", "zh", 7),
        ("El modelo aprende.", "es", 3),
        ("", "en", 0),
    ],
)
def test_words_are_counted_as_cat_tools_count_them(text, lang, words):
    assert count_words(text, lang) == words


@pytest.mark.parametrize(
    ("score", "band"),
    [
        (100.0, "100"),
        (99.9, "95-99"),
        (95.0, "95-99"),
        (94.9, "85-94"),
        (85.0, "85-94"),
        (75.0, "75-84"),
        (50.0, "50-74"),
        (49.9, "no match"),
        (None, "no match"),
    ],
)
def test_band_edges(score, band):
    assert band_of(score) == band


def test_trados_convention_cell_by_cell_and_memoq_as_an_option(project):
    from amts_gui.core.overview.analysis import MEMOQ, analyze
    from amts_gui.core.project.chapters import list_chapters
    from amts_gui.engines.memory import project_memory

    add_pairs(
        project,
        [
            NewPair(" ".join(WORDS), "甲乙丙", "imported"),
            NewPair("The batch holds 32 examples of 8 classes", "批量含 32 个样本，8 个类别", "imported"),
        ],
    )
    one = [
        " ".join(WORDS),  # 100 %
        " ".join(WORDS),  # 100 % again: Trados keeps it 100 %, memoQ calls it a repetition
        "The batch holds 64 examples of 8 classes",  # only a number differs: 100 % after auto-substitution
        "We count 1,000 items and 3.5 more",  # numbers are one word each: 7 words
        "深度学习 is fun",  # each ideogram a word: 4 + 2
        "Nothing here resembles the memory",  # no match
        "Nothing here resembles the memory",  # a repetition in its own chapter
    ]
    import_chapter(project, "one.md", "\n\n".join(one) + "\n")
    import_chapter(project, "two.md", "Nothing here resembles the memory\n")  # seen in one.md
    names = [c.path for c in list_chapters(project)]
    trados = analyze_chapters(project)
    cells = {b: (c.words, c.segments) for b, c in trados.total.bands.items() if c.segments}
    assert cells == {
        "repetition": (5, 1),
        "cross-file repetition": (5, 1),
        "100": (20 + 20 + 8, 3),
        "no match": (7 + 6 + 5, 3),
    }
    assert trados.rules[0] == "bands by Trados's convention" and "100 % matches before repetitions" in trados.rules
    memoq = analyze(project, names, project_memory(project, min_score=50.0), convention=MEMOQ)
    assert main(["analyze", str(project.path), "--convention", "memoq", "--json"]) == 0
    cells = {b: (c.words, c.segments) for b, c in memoq.total.bands.items() if c.segments}
    assert cells == {"repetition": (20 + 5 + 5, 3), "100": (20 + 8, 2), "no match": (7 + 6 + 5, 3)}


def test_a_number_is_one_word_and_an_ideogram_is_one_word_in_any_source():
    assert count_words("1,000 items", "en") == 2
    assert count_words("深度学习 is fun.", "en") == 6
    assert count_words("A rate of 3.5 over ⟦1⟧", "en") == 5  # A rate of 3.5 over: the code span counts nothing
