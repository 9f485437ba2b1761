"""The Chinese interface is complete: the main window, every tab and menu, and every dialog show no
English beyond source text, paths and names (engines, formats, keys)."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from amts_gui.core.project.review import review_rows
from amts_gui.engines import catalog
from amts_gui.gui.common import file_dialogs
from amts_gui.gui.review.questions import ask_accept_with_errors
from tests.gui.chinese import english, widget_texts
from tests.gui.helpers import CHAPTER, open_window


@pytest.fixture
def chinese(qapp):
    from amts_gui.gui.common.look import install_translators

    translators = install_translators(qapp, "zh_CN")
    assert len(translators) == 2  # ours and Qt's own (standard buttons, file dialogs)
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


def _allowed(store) -> list[str]:
    rows = review_rows(store, CHAPTER)
    sources = [r.source for r in rows] + [m for r in rows for m in r.markup]
    project = store.settings().name or ""
    return [*sources, CHAPTER, str(store.path), project, *catalog.names()]


def _modal_texts(qtbot, trigger) -> list[str]:
    """The texts of the modal dialog that ``trigger`` opens (closed again after reading)."""
    seen: list[str] = []

    def read() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, read)
            return
        seen.extend(widget_texts(dialog))
        seen.append("<read>")
        dialog.close() if isinstance(dialog, QMessageBox) else dialog.reject()

    QTimer.singleShot(20, read)
    trigger()
    qtbot.waitUntil(lambda: "<read>" in seen, timeout=5_000)
    return [t for t in seen if t != "<read>"]


def test_the_main_window_and_its_tabs_are_chinese(qtbot, sample_store, chinese):
    window = open_window(qtbot, sample_store)
    texts = list(widget_texts(window))
    window.show_dashboard()
    qtbot.waitUntil(lambda: not window.runner.running, timeout=30_000)
    texts += widget_texts(window)
    found = english(texts, _allowed(sample_store))
    assert found == [], "\n".join(found)


def test_every_dialog_is_chinese(qtbot, sample_store, chinese, monkeypatch, tmp_path):
    (tmp_path / "chapter.md").write_text("# A\n", encoding="utf-8")
    (tmp_path / "folder").mkdir()
    monkeypatch.setattr(file_dialogs, "open_file", partial(_widget_file_dialog, where=tmp_path))
    window = open_window(qtbot, sample_store)
    texts = []
    texts += _modal_texts(qtbot, window.edit_settings)
    texts += _modal_texts(qtbot, window.new_project)
    texts += _modal_texts(qtbot, window.choose_project)
    texts += _modal_texts(qtbot, window.about)
    row = review_rows(sample_store, CHAPTER)[0]
    texts += _modal_texts(qtbot, lambda: ask_accept_with_errors(window.review, tuple(_findings(row))))
    window.review.repetitions.offer(_repeated_row(qtbot, window, sample_store))
    texts += widget_texts(window.review.editor.prompt)
    window.review.editor.prompt.clear()
    window.segments.commands["find_replace"].trigger()  # the desk's inline panel and the glossary editor
    texts += widget_texts(window.review.replace)
    window.review.replace.close_panel()
    window.glossary.commands["edit_terms"].trigger()
    texts += widget_texts(window.glossary.editor)
    window.glossary.editor.close()
    window.show_shortcuts()
    sheet = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible())
    texts += widget_texts(sheet)
    sheet.close()
    window.drafting.commands["analyze"].trigger()  # Translate ▸ Analyze: its dialog opens when the worker is done
    qtbot.waitUntil(lambda: any(w.objectName() == "analysis-dialog" for w in QApplication.topLevelWidgets()))
    analysis = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "analysis-dialog")
    texts += widget_texts(analysis)
    analysis.close()
    window.targets.commands["run_pipeline"].trigger()  # Translate ▸ Run pipeline: the plan comes from a worker
    qtbot.waitUntil(lambda: any(w.objectName() == "pipeline-dialog" for w in QApplication.topLevelWidgets()))
    pipeline = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "pipeline-dialog")
    texts += widget_texts(pipeline)
    names = [plan.resource for plan in pipeline.plans]
    pipeline.close()
    window.targets.commands["manage_targets"].trigger()  # File ▸ Target languages
    targets = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "targets-dialog")
    texts += widget_texts(targets)
    targets.close()
    # the file dialog lists files: their names and the system's MIME type descriptions are not ours
    listed = [*tmp_path.parts, *Path.home().parts, "folder", "SQLite3 database", "KiB"]
    found = english(texts, [*_allowed(sample_store), *listed, *names])
    assert found == [], "\n".join(found)


def _repeated_row(qtbot, window, store):
    """A row whose sentence occurs again without a translator's text (imported twice), accepted."""
    from amts_gui.core.project.chapters import import_chapter, source_text
    from amts_gui.core.project.finals import accept_segment

    import_chapter(store, "copy.md", source_text(store, CHAPTER))
    row = next(r for r in review_rows(store, CHAPTER) if not r.markup and "*" not in r.source)
    accept_segment(store, row.id, "译文。")
    return row


def _findings(row):
    from amts_gui.core.text.qa import check_final

    return check_final("Set ⟦1⟧ to *x*.", ("`lr`",), "设为 x。")


def _widget_file_dialog(parent, caption="", folder="", filters="", *, where):
    """The program's file dialog (Qt's own, the one Qt's translation covers), on a folder of the test's."""
    dialog = file_dialogs.make_dialog(parent, caption, str(where), filters)
    dialog.exec()
    return ""


def test_the_chinese_shortcut_sheet_names_each_key_once(qtbot, sample_store, chinese):
    """Ctrl+Return and Ctrl+Enter both read "Ctrl+回车" in Chinese: the sheet said it twice (issue 30)."""
    from amts_gui.gui.dialogs.shortcut_sheet import shortcut_rows

    window = open_window(qtbot, sample_store)
    rows = shortcut_rows([window.commands["accept"]])
    assert rows[0][0] == "Ctrl+回车"


def _mnemonics(window) -> list[str]:
    """The Alt key of each menu of the menu bar, and of each item within each menu."""
    import re

    def key(text: str) -> str:
        found = re.search(r"&([^&])", text)
        return found.group(1).lower() if found else ""

    menus = [key(a.text()) for a in window.menuBar().actions()]
    duplicated = [m for m in menus if m and menus.count(m) > 1]
    for action in window.menuBar().actions():
        items = [key(a.text()) for a in action.menu().actions() if not a.isSeparator()]
        duplicated += [f"{action.text()}: {m}" for m in items if m and items.count(m) > 1]
    return [m for m in menus if not m] + duplicated


def test_each_menu_has_its_own_alt_key_in_english(qtbot, sample_store):
    """Alt+G opened Go where the Glossary was meant: two menus shared the key (issue 32)."""
    window = open_window(qtbot, sample_store)
    assert _mnemonics(window) == []


def test_each_menu_has_its_own_alt_key_in_chinese(qtbot, sample_store, chinese):
    window = open_window(qtbot, sample_store)
    assert _mnemonics(window) == []
