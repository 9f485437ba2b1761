"""The main window's menu bar and toolbar, built from the commands of the window and its actions.

``window`` is the :class:`~amts_gui.gui.main_window.MainWindow` (typed loosely: this module is imported by it)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QToolBar, QToolButton


def build_menus(window: Any) -> None:
    """The menu bar: every command of the window and its actions, grouped as translators look for them."""
    own, chapters = window.commands, window.chapters.commands
    drafting, pairs = window.drafting.commands, window.parallel_data.commands
    file = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&File"))
    file.addActions([own["new"], own["open"]])
    window.recent_menu = file.addMenu(QCoreApplication.translate("MainWindow", "Open &recent"))
    window.recent_menu.aboutToShow.connect(window.fill_recent_menu)
    file.addActions([chapters["import"], chapters["export"], chapters["export_book"]])
    file.addAction(window.project_file.commands["save_copy"])
    file.addSeparator()
    file.addActions([own["settings"], window.targets.commands["manage_targets"]])
    file.addSeparator()
    file.addAction(own["quit"])
    edit = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    edit.addActions([own["undo"], own["redo"]])
    edit.addSeparator()
    segments = window.segments.commands
    edit.addAction(own["accept"])
    edit.addSeparator()
    edit.addActions([segments["copy_source"], own["copy_draft"], own["copy_reference"]])
    edit.addActions([segments["use_match"], segments["insert_match"]])
    matches = edit.addMenu(QCoreApplication.translate("MainWindow", "Memory matc&hes"))
    matches.setObjectName("menu-matches")
    matches.addActions([a for a in segments if a.objectName().startswith("command-match_")])
    edit.addSeparator()
    edit.addActions([own["find"], segments["find_replace"], own["concordance"], segments["spelling"]])
    edit.addSeparator()
    edit.addActions([segments["comment"], segments["lock"]])
    edit.addSeparator()
    edit.addActions([own["fill_repetitions"], own["skip_repetitions"]])
    go = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Go"))
    go.addActions([own["previous"], own["next"]])
    go.addSeparator()
    go.addActions([segments[k] for k in ("next_unconfirmed", "previous_unconfirmed", "next_qa", "previous_qa")])
    go.addSeparator()
    go.addAction(segments["go_to_segment"])
    translate = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Translate"))
    translate.addAction(drafting["analyze"])
    translate.addSeparator()
    translate.addActions([drafting["memory"], drafting["realtime"], drafting["act"]])
    translate.addSeparator()
    translate.addActions([drafting["jobs"], drafting["translate_selected"]])
    translate.addSeparator()
    translate.addAction(window.targets.commands["run_pipeline"])
    data = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Parallel data"))
    data.addActions([pairs["align"], pairs["export_pairs"], pairs["import_tm"]])
    data.addSeparator()
    data.addActions([pairs["push"], pairs["pull"]])
    glossary = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "G&lossary"))
    glossary.addActions([window.glossary.commands["add_term"], window.glossary.commands["edit_terms"]])
    glossary.addSeparator()
    glossary.addActions([window.glossary.commands[k] for k in ("import_glossary", "export_glossary", "push_glossary")])
    view = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&View"))
    view.addActions([own["show_review"], own["show_dashboard"], own["refresh_scores"], own["toggle_chapters"]])
    view.addSeparator()
    view.addAction(window.targets.commands["next_target"])
    help_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    help_menu.addActions([own["shortcuts"], own["about"]])


def build_toolbar(window: Any) -> None:
    """The toolbar: the engine and drafting, the one-click pushes with their status, then the rest."""
    bar = QToolBar(QCoreApplication.translate("MainWindow", "Main"))
    bar.setObjectName("main-toolbar")
    window.addToolBar(bar)
    bar.addWidget(window.targets.box)  # what everything else in the window works on
    bar.addSeparator()
    bar.addWidget(window.drafting.engine_box)
    bar.addWidget(window.drafting.job_label)  # beside the engine it is about; empty (no width) without jobs
    bar.addActions([window.drafting.commands["translate"], window.drafting.commands["translate_selected"]])
    bar.addSeparator()
    bar.addAction(window.parallel_data.commands["push"])
    bar.addWidget(window.parallel_data.push_label)
    bar.addAction(window.glossary.commands["push_glossary"])
    bar.addWidget(window.glossary.status_label)
    bar.addSeparator()
    bar.addActions([window.parallel_data.commands["align"], window.chapters.commands["export"]])
    # the buttons Qt made for the commands: command-push → toolbar-push. Found as tool buttons: asking
    # for each action's widget makes PySide create a Python type for every kind of widget (11 ms at start)
    for button in bar.findChildren(QToolButton):
        action = button.defaultAction()
        if action is not None and not button.objectName():
            button.setObjectName(action.objectName().replace("command-", "toolbar-"))
