"""Term QA: the glossary's terms of a source sentence, checked in its translation; and `amts qa`."""

from __future__ import annotations

import json

import pytest

from amts_gui.cli.main import main
from amts_gui.core.project.terms import save_terms
from amts_gui.core.text.placeholders import FindingKind
from amts_gui.core.text.qa import term_findings
from amts_gui.core.text.terms import TermEntry, TermFinder

GLOSSARY = [
    TermEntry("saddle point", ("鞍点",), forbidden=("马鞍点",)),
    TermEntry("accuracy", ("准确率", "精度")),
    TermEntry("PyTorch", (), do_not_translate=True, case_sensitive=True),
]


@pytest.mark.parametrize(
    ("source", "translation", "expected"),
    [
        ("Saddle points are rare.", "鞍点很少见。", []),
        (
            "Saddle points are rare.",
            "马鞍点很少见。",
            [(FindingKind.TERM_FORBIDDEN, "Saddle points: 马鞍点, use 鞍点")],
        ),
        ("The accuracy stays the same.", "精度保持不变。", []),  # any of the targets will do
        ("The accuracy stays the same.", "预测保持不变。", [(FindingKind.TERM, "accuracy → 准确率")]),
        ("Install PyTorch first.", "先安装PyTorch。", []),
        ("Install PyTorch first.", "先安装火炬。", [(FindingKind.TERM_CHANGED, "PyTorch")]),
        ("The accuracy ⟦1⟧.", "⟦1⟧。", [(FindingKind.TERM, "accuracy → 准确率")]),  # code holds no translation
        ("Call ⟦1⟧ here.", "在这里调用⟦1⟧。", []),  # a term inside a placeholder is not searched
    ],
)
def test_a_term_must_be_rendered_as_the_glossary_says(source, translation, expected):
    found = term_findings(TermFinder(GLOSSARY), source, translation)
    assert [(f.kind, str(f.detail)) for f in found] == expected
    assert not any(f.is_error for f in found)  # warnings: the reviewer decides


def test_english_targets_match_by_stem():
    finder = TermFinder([TermEntry("鞍点", ("saddle point",))], "zh", "en")
    assert term_findings(finder, "鞍点很少见。", "Saddle points are rare.") == []
    assert [f.kind for f in term_findings(finder, "鞍点很少见。", "Critical points are rare.")] == [FindingKind.TERM]


def test_amts_qa_lists_placeholders_numbers_and_terms_of_finals_and_drafts(demo_store, capsys):
    save_terms(demo_store, GLOSSARY)
    project = str(demo_store.path)
    assert main(["qa", project, "--chapter", "temperature-scaling.md", "--json"]) == 0
    items = json.loads(capsys.readouterr().out)
    term = [i for i in items if i["kind"] == "term not translated as the glossary says"]
    assert {(i["segment"], i["of"], i["detail"]) for i in term} == {
        (8, "draft", "accuracy → 准确率"),
        (23, "draft", "accuracy → 准确率"),
    }
    assert all(not i["error"] for i in term)
    assert main(["qa", project]) == 0
    out = capsys.readouterr().out
    assert (
        "temperature-scaling.md #8 (draft): warning: term not translated as the glossary says: accuracy → 准确率" in out
    )
    assert out.strip().splitlines()[-1].startswith(f"{len(items)} findings")


def _segment_8(store):
    from amts_gui.core.project.review import review_rows

    return review_rows(store, "temperature-scaling.md")[7]


def test_an_accept_with_only_term_warnings_asks_nothing_by_default(demo_store):
    from amts_gui.core.project.finals import accept_segment

    save_terms(demo_store, GLOSSARY)
    row = _segment_8(demo_store)
    accepted = accept_segment(demo_store, row.id, row.target)  # no QAError: a warning never stops the work
    assert [(f.kind, str(f.detail)) for f in accepted.findings] == [(FindingKind.TERM, "accuracy → 准确率")]


def test_the_accept_gate_asks_about_a_term_when_turned_on_and_a_forced_accept_keeps_the_pair(demo_store):
    from amts_gui.core.project.finals import QAError, accept_segment
    from amts_gui.core.project.pairs import list_pairs
    from amts_gui.core.project.term_senses import ASK_ON_TERMS

    save_terms(demo_store, GLOSSARY)
    demo_store.set_settings({ASK_ON_TERMS: "1"})
    row = _segment_8(demo_store)
    assert "accuracy" in row.source.lower() and "准确率" not in (row.target or "")
    with pytest.raises(QAError) as refused:
        accept_segment(demo_store, row.id, row.target)
    assert [(f.kind, str(f.detail)) for f in refused.value.problems] == [(FindingKind.TERM, "accuracy → 准确率")]
    accepted = accept_segment(demo_store, row.id, row.target, force=True)
    assert [f.kind for f in accepted.findings] == [FindingKind.TERM]
    pair = next(p for p in list_pairs(demo_store) if p.id == accepted.pair_id)
    assert pair.qa == ()  # a term rendered otherwise does not keep the pair out of exports and pushes
    fixed = row.target.replace("精度", "准确率") if "精度" in row.target else row.target + "（准确率）"
    assert accept_segment(demo_store, row.id, fixed).findings == ()


def test_review_rows_carry_the_glossary_and_the_terms_filter_finds_them(demo_store):
    from amts_gui.core.project.review import review_rows

    def term_details() -> dict[int, list[str]]:
        rows = review_rows(demo_store, "temperature-scaling.md")
        found = {r.number: [str(f.detail) for f in r.findings if f.kind == FindingKind.TERM] for r in rows}
        return {number: details for number, details in found.items() if details}

    assert term_details() == {8: ["accuracy → 准确率"], 23: ["accuracy → 准确率"]}  # the demo's glossary
    save_terms(demo_store, [TermEntry("ranking", ("名次",))])  # the rows see a changed glossary at once
    assert term_details() == {n: ["ranking → 名次", "accuracy → 准确率"] for n in (8, 23)}
