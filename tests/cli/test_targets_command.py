"""`amts init --tgt … --tgt …`, `amts import` once for every target, `amts targets list|add|remove|set`."""

from __future__ import annotations

import pytest

from amts_gui.core.project.chapters import list_chapters
from amts_gui.core.project.segments import live_segments, set_final
from amts_gui.core.project.store import Store
from amts_gui.core.project.targets import target_settings
from amts_gui.engines.amazon.settings import load_settings
from tests.cli.test_project_commands import run

EN = "# Tokens\n\nA model reads tokens. It predicts the next one.\n\nTraining takes time.\n"
ZH = "# 词元\n\n模型读取词元。它预测下一个词元。\n\n训练需要时间。\n"
ES = "# Tokens\n\nUn modelo lee tokens. Predice el siguiente.\n\nEl entrenamiento lleva tiempo.\n"


@pytest.fixture
def folders(tmp_path):
    roots = {}
    for lang, text in (("en", EN), ("zh", ZH), ("es", ES)):
        (tmp_path / lang).mkdir()
        (tmp_path / lang / "tokens.md").write_text(text, encoding="utf-8")
        roots[lang] = tmp_path / lang
    (tmp_path / "en" / "only-en.md").write_text("# Alone\n\nNo translation yet.\n", encoding="utf-8")
    return roots


def test_one_source_import_serves_every_target_with_its_own_reference(capsys, tmp_path, folders):
    project = tmp_path / "book.amts"
    code, out, _ = run(
        capsys, "init", project, "--src", "en", "--tgt", "zh", "--tgt", "es", "--source-root", folders["en"],
        "--reference-root", f"zh={folders['zh']}", "--reference-root", f"es={folders['es']}",
    )  # fmt: skip
    assert code == 0 and "en → zh, es" in out
    code, out, _ = run(capsys, "import", project, folders["en"])
    assert code == 0 and "tokens.md: 4 new" in out
    store = Store(project)
    for lang in ("zh", "es"):
        refs = {c.path: c.has_reference for c in list_chapters(store.for_target(lang))}
        assert refs == {"only-en.md": False, "tokens.md": True}
    code, out, _ = run(capsys, "stats", project, "--target", "es")
    assert code == 0 and "tokens.md" in out
    code, out, _ = run(capsys, "targets", "list", project)
    assert code == 0 and out.startswith("zh (default): 0 finals") and "\nes: 0 finals" in out
    assert "QA rules fullwidth-punctuation" in out and "QA rules halfwidth-punctuation, inverted-marks" in out


def test_a_changed_source_sentence_keeps_each_targets_translation_as_a_draft(capsys, tmp_path, folders):
    project = tmp_path / "book.amts"
    run(capsys, "init", project, "--src", "en", "--tgt", "zh", "--tgt", "es", "--source-root", folders["en"])
    run(capsys, "import", project, folders["en"])
    store = Store(project)
    first = next(s for s in live_segments(store, "tokens.md") if s.source.startswith("It predicts"))
    set_final(store, first.id, "它预测下一个词元。", "accepted")
    set_final(store.for_target("es"), first.id, "Predice el siguiente.", "accepted")
    (folders["en"] / "tokens.md").write_text(EN.replace("the next one", "the next token"), encoding="utf-8")
    code, out, _ = run(capsys, "import", project, folders["en"])
    assert code == 0 and "previous translation kept as a draft: 1 in zh, 1 in es" in out
    for lang, text in (("zh", "它预测下一个词元。"), ("es", "Predice el siguiente.")):
        [changed] = [s for s in live_segments(store.for_target(lang), "tokens.md") if "next token" in s.source]
        assert changed.draft == text and changed.status == "new"


def test_targets_are_added_set_and_removed_with_a_backup(capsys, tmp_path, folders, monkeypatch):
    project = tmp_path / "book.amts"
    run(capsys, "init", project, "--src", "en", "--tgt", "zh")
    assert run(capsys, "targets", "add", project, "es")[0] == 0
    code, _, _ = run(
        capsys, "targets", "set", project, "es", "--formality", "FORMAL", "--memory-threshold", "80",
        "--qa-rules", "inverted-marks", "--parallel-data-name", "book-en-es", "--segmentation-lang", "es",
    )  # fmt: skip
    assert code == 0
    store = Store(project)
    es = store.for_target("es")
    own = target_settings(es)
    assert (own.memory_threshold, own.qa_rules, own.segmentation_lang) == (80.0, ("inverted-marks",), "es")
    assert (load_settings(es).formality, load_settings(es).parallel_data_name) == ("FORMAL", "book-en-es")
    assert (load_settings(store).formality, load_settings(store).parallel_data_name) == ("", "")
    assert target_settings(store).qa_rules == ("fullwidth-punctuation",)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    code, _, err = run(capsys, "targets", "remove", project, "es")
    assert code == 2 and "add --yes" in err and store.targets() == ["zh", "es"]
    code, out, _ = run(capsys, "targets", "remove", project, "es", "--yes")
    assert code == 0 and store.targets() == ["zh"]
    [backup] = tmp_path.glob("book.amts.before-removing-es.*.bak")
    assert Store(backup).targets() == ["zh", "es"] and str(backup) in out


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["init", "{p}", "--src", "en", "--tgt", "en"], "--tgt en: the source language cannot be a target too"),
        (["init", "{p}", "--src", "en", "--tgt", "zh", "--reference-root", "fr={d}"], "fr is not one of the --tgt"),
        (["init", "{p}", "--src", "en", "--tgt", "zh", "--reference-root", "zh={d}/nowhere"], "is not a directory"),
    ],
)
def test_bad_target_arguments_are_named_and_nothing_is_written(capsys, tmp_path, argv, said):
    project = tmp_path / "book.amts"
    code, _, err = run(capsys, *[a.format(p=project, d=tmp_path) for a in argv])
    assert code == 2 and said in err and not project.exists()


def test_a_target_only_the_project_has_is_asked_for_by_name(capsys, tmp_path):
    project = tmp_path / "book.amts"
    run(capsys, "init", project, "--src", "en", "--tgt", "zh")
    code, _, err = run(capsys, "stats", project, "--target", "es")
    assert code == 2 and "no target language 'es' (targets: zh); add it with `amts targets add`" in err
    code, _, err = run(capsys, "targets", "remove", project, "zh", "--yes")
    assert code == 2 and "only target language" in err


def test_each_target_is_evaluated_on_its_own_reference_in_both_directions(capsys, tmp_path):
    from amts_gui.core.parallel.project_pairs import align_project
    from amts_gui.core.project.importer import import_paths
    from amts_gui.core.project.scores import newest_run
    from tests.two_targets import book_folders

    source, zh, es = book_folders(tmp_path / "book")
    project = tmp_path / "book.amts"
    store = Store.create(project, "en", ["zh", "es"], source_root=str(source))
    import_paths(store, [source], per_target={"zh": zh, "es": es})
    for lang in ("zh", "es"):
        align_project(store.for_target(lang))
    article = "hf/hf-course-ch6-5-bpe.mdx"
    for direction in ("en-es", "es-en"):
        out = tmp_path / direction
        code, printed, err = run(
            capsys, "evaluate", project, "--target", "es", "--chapters", article, "--variants", "tm",
            "--direction", direction, "--offline", "--out", out, "--quiet",
        )  # fmt: skip
        assert code == 0, err
        assert (out / "scores.csv").exists() and article in printed
        rows = newest_run(store.for_target("es"), "evaluation")
        assert rows and {r.direction for r in rows} == {direction} and {r.score.chapter for r in rows} == {article}
    assert newest_run(store, "evaluation") == []  # zh has no evaluation of its own
    zh_run = ["evaluate", project, "--target", "zh", "--chapters", article, "--variants", "tm", "--offline"]
    code, printed, _ = run(capsys, *zh_run, "--out", tmp_path / "zh", "--quiet")
    assert code == 1 and "nothing could be scored" in printed  # the article has no Chinese reference


def test_formality_is_refused_for_a_language_amazon_has_none_for(capsys, tmp_path):
    project = tmp_path / "book.amts"
    run(capsys, "init", project, "--src", "en", "--tgt", "zh", "--tgt", "ja")
    code, _, err = run(capsys, "targets", "set", project, "zh", "--formality", "FORMAL")
    assert code == 2 and "no formality setting for zh" in err
    assert load_settings(Store(project)).formality == ""
    assert run(capsys, "targets", "set", project, "ja", "--formality", "FORMAL")[0] == 0
    assert load_settings(Store(project, target="ja")).formality == "FORMAL"
