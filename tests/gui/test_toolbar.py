"""At 1280 px the toolbar keeps the engine, Translate, the push status and the batch-job status in view;
the actions the menus also hold are the ones that overflow."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from amts_gui.core.parallel.project_pairs import align_chapter  # noqa: E402
from amts_gui.core.project.rows import NewPair  # noqa: E402
from tests.gui.helpers import open_window  # noqa: E402


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_status_labels_stay_visible_at_1280_px(qtbot, sample_store, language, qapp):
    from amts_gui.core.project.pairs import add_pairs
    from amts_gui.gui.common.look import install_translators

    translators = install_translators(qapp, language) if language != "en" else []
    try:
        align_chapter(sample_store, "softmax-temperature.md")
        add_pairs(sample_store, [NewPair("Doubtful.", "存疑。", "imported", flagged=True, confidence=0.2)])
        window = open_window(qtbot, sample_store)
        window.resize(1280, 800)
        window.drafting.job_label.setText(" " + window.drafting.tr("%n ACT job(s) running", "", 2) + " ")
        window.drafting.job_label.setToolTip("amts-softmax-temperature-20261129: running IN_PROGRESS")
        qtbot.waitUntil(lambda: window.width() == 1280)
        qtbot.wait(50)
        for label in (window.drafting.job_label, window.parallel_data.push_label, window.drafting.engine_box):
            assert label.isVisible(), label.objectName()
            assert label.geometry().right() < window.findChild(type(label.parent()), "main-toolbar").width()
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def unnamed_widgets(root) -> list[str]:
    """The interactive widgets under ``root`` without an objectName.  Left aside: the parts Qt builds
    inside a widget of ours (a view's headers, a combo box's popup list, a line edit's clear button, a
    dialog's standard buttons), reached through their named owner."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QDialogButtonBox,
        QHeaderView,
        QLineEdit,
        QPlainTextEdit,
        QTabBar,
        QTextEdit,
        QWidget,
    )

    interactive = (
        QAbstractButton,
        QLineEdit,
        QComboBox,
        QAbstractItemView,
        QPlainTextEdit,
        QTextEdit,
        QAbstractSpinBox,
    )
    unnamed = []
    for widget in root.findChildren(QWidget):
        owner = widget.parent()
        built_by_qt = isinstance(widget, QHeaderView | QTabBar) or isinstance(
            owner, QLineEdit | QComboBox | QDialogButtonBox
        )
        built_by_qt |= owner is not None and isinstance(owner.parent(), QComboBox)  # the popup's list
        if isinstance(widget, interactive) and not built_by_qt and not widget.objectName():
            unnamed.append(f"{type(widget).__name__} in {type(owner).__name__} {owner.objectName() if owner else ''}")
    return unnamed


def test_every_interactive_widget_of_ours_has_an_object_name(qtbot, demo_store):
    """Tests, the real-window driver and style sheets find widgets by name: the window, both tabs and
    every dialog (the settings dialog holds the Amazon Translate panel)."""
    from amts_gui.gui.dialogs.project_dialogs import NewProjectDialog
    from amts_gui.gui.dialogs.settings_dialog import SettingsDialog
    from amts_gui.gui.dialogs.shortcut_sheet import ShortcutSheet

    window = open_window(qtbot, demo_store)
    window.show_dashboard()
    window.show_review()
    assert unnamed_widgets(window) == []
    drafting = window.drafting
    for make in (
        lambda: NewProjectDialog(window),
        lambda: SettingsDialog(window.prefs, drafting.settings(), drafting.vault, window),
        lambda: ShortcutSheet([a for commands in window.all_commands() for a in commands], window),
    ):
        dialog = make()
        try:
            assert unnamed_widgets(dialog) == [], type(dialog).__name__
        finally:
            dialog.setParent(None)
            dialog.deleteLater()
