"""``amts import --drafts-root``: an existing translation of the chapters becomes drafts to review."""

from __future__ import annotations

from amts_gui.cli.main import main
from amts_gui.core.project.review import review_rows
from amts_gui.core.project.store import Store

ENGLISH = """# Pooling

Like convolutional layers, pooling operators use a fixed window. They compute the maximum of the window.
This operation is called *max pooling*.

We first construct an input tensor `X`. Its shape has four dimensions.

Pooling has no parameters.
"""
# the Korean edition's habit: sentences glued without the space after the full stop
KOREAN = """# 풀링

컨볼루션 계층과 마찬가지로 풀링 연산자는 고정된 창을 사용합니다.창의 최댓값을 계산합니다.
이 연산을 *최대 풀링*이라고 합니다.

먼저 입력 텐서 `X`를 구성합니다. 그 모양은 4차원입니다.

Pooling has no parameters.
"""


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_an_edition_becomes_drafts_of_origin_imported_aligned_sentence_by_sentence(capsys, tmp_path):
    (tmp_path / "en").mkdir()
    (tmp_path / "ko").mkdir()
    (tmp_path / "en" / "pooling.md").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "ko" / "pooling.md").write_text(KOREAN, encoding="utf-8")
    project = tmp_path / "p.amts"
    assert run(capsys, "init", project, "--src", "en", "--tgt", "ko")[0] == 0
    code, out, err = run(capsys, "import", project, tmp_path / "en", "--drafts-root", f"ko={tmp_path / 'ko'}")
    assert code == 0, err
    assert "ko: 6 drafts imported" in out
    store = Store(project)
    rows = {r.source: r for r in review_rows(store.for_target("ko"), "pooling.md")}
    assert rows["They compute the maximum of the window."].draft.text == "창의 최댓값을 계산합니다."
    assert rows["This operation is called *max pooling*."].draft.text == "이 연산을 *최대 풀링*이라고 합니다."
    assert rows["We first construct an input tensor ⟦1⟧."].draft.text == "먼저 입력 텐서 ⟦1⟧를 구성합니다."
    drafted = rows["Its shape has four dimensions."]
    assert drafted.draft.engine == "imported" and drafted.draft.variant == "pooling.md"
    assert rows["Pooling has no parameters."].draft is None  # left in English by the edition: no draft
    assert drafted.draft.label in {f"imported: pooling.md, {band}" for band in ("high", "medium", "low", "flagged")}
    store.close()


def test_a_drafts_root_for_a_language_that_is_no_target_is_refused_before_anything_is_written(capsys, tmp_path):
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "pooling.md").write_text(ENGLISH, encoding="utf-8")
    project = tmp_path / "p.amts"
    run(capsys, "init", project, "--src", "en", "--tgt", "ko")
    code, _, err = run(capsys, "import", project, tmp_path / "en", "--drafts-root", f"ja={tmp_path}")
    assert code == 2 and "ja is not a target" in err and err.count("\n") == 1
    code, out, _ = run(capsys, "stats", project)
    assert "0 chapters" in out
    code, _, err = run(capsys, "import", project, tmp_path / "en", "--drafts-root", f"ko={tmp_path / 'none'}")
    assert code == 2 and "not a folder" in err
