"""Every command of the window, walked: no shortcut used twice, no paid or remote command on a key another CAT
tool binds, and every command that pays or changes what Amazon stores asks first, with Cancel as the default."""

from __future__ import annotations

from collections import defaultdict

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from amts_gui.engines import catalog
from amts_gui.engines.amazon.settings import AwsSettings, save_settings
from amts_gui.gui.common.commands import REACH
from amts_gui.gui.common.confirm import Reach
from tests.gui.cat_tool_keys import used_by
from tests.gui.helpers import CHAPTER, open_window, wait_idle


def portable(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.PortableText)


def commands(window) -> list[QAction]:
    return [action for group in window.all_commands() for action in group]


def reach(action: QAction) -> Reach:
    return Reach(action.property(REACH) or "local")


def test_no_shortcut_is_used_twice(qtbot, sample_store):
    window = open_window(qtbot, sample_store)
    owners: dict[str, list[str]] = defaultdict(list)
    for action in window.findChildren(QAction) + window.actions():
        for sequence in action.shortcuts():
            if action.objectName() not in owners[portable(sequence)]:
                owners[portable(sequence)].append(action.objectName() or action.text())
    twice = {keys: names for keys, names in owners.items() if len(names) > 1}
    assert twice == {}


def test_no_paid_or_remote_command_has_a_key_another_cat_tool_or_the_desktop_binds(qtbot, sample_store):
    window = open_window(qtbot, sample_store)
    found = [
        f"{action.objectName()} ({reach(action).value}): {portable(sequence)}: {used_by(portable(sequence))}"
        for action in commands(window)
        if reach(action) is not Reach.LOCAL
        for sequence in action.shortcuts()
        if used_by(portable(sequence))
    ]
    assert found == []


def test_the_commands_that_reach_amazon_are_the_ones_we_know(qtbot, sample_store):
    window = open_window(qtbot, sample_store)
    remote = {action.objectName(): reach(action) for action in commands(window) if reach(action) is not Reach.LOCAL}
    assert remote == {
        "command-realtime": Reach.PAID,
        "command-act": Reach.PAID,
        "command-translate": Reach.PAID,
        "command-translate_selected": Reach.PAID,
        "command-run_pipeline": Reach.PAID,
        "command-jobs": Reach.READS,
        "command-push": Reach.WRITES,
        "command-pull": Reach.WRITES,
        "command-push_glossary": Reach.WRITES,
    }


@pytest.fixture
def questions(monkeypatch):
    """Every message box shown: its name and its default button; none is answered (as Escape would)."""
    shown: list[tuple[str, str, QMessageBox.ButtonRole]] = []

    def record(box: QMessageBox) -> int:
        default = box.defaultButton()
        role = box.buttonRole(default) if default is not None else QMessageBox.ButtonRole.InvalidRole
        shown.append((box.objectName(), default.objectName() if default else "", role))
        return int(QMessageBox.StandardButton.Cancel)

    monkeypatch.setattr(QMessageBox, "exec", record)
    return shown


def test_every_command_that_pays_or_writes_asks_with_cancel_as_the_default_and_sends_nothing(
    qtbot, sample_store, questions, monkeypatch
):
    settings = AwsSettings(
        region="us-east-1",
        bucket="b",
        role_arn="arn:aws:iam::123456789012:role/R",
        parallel_data_name="d2l-en-zh",
        terminology_name="d2l-terms",
        translate_endpoint="http://127.0.0.1:9",  # nothing listens: a call that got through would fail loudly
    )
    save_settings(sample_store, settings)
    window = open_window(qtbot, sample_store)
    window.tree.select(CHAPTER)
    window.review.select_proxy_row(1)
    window.drafting.engine_box.setCurrentIndex(window.drafting.engine_box.findData(catalog.AMAZON_REALTIME.name))
    called: list[str] = []
    monkeypatch.setattr(window.drafting, "services", lambda: called.append("services"))
    monkeypatch.setattr(window.parallel_data, "_services", lambda: called.append("services"))
    monkeypatch.setattr(window.glossary, "_services", lambda: called.append("services"))
    asked = {}
    for action in commands(window):
        if not reach(action).asks or action.objectName() == "command-run_pipeline":
            continue
        before = len(questions)
        action.trigger()
        wait_idle(qtbot, window)
        asked[action.objectName()] = questions[before:]
    assert len(asked) == 7
    for name, shown in asked.items():
        assert len(shown) == 1, f"{name} asked {len(shown)} questions"
        box, default, role = shown[0]
        assert box == "confirm-box" and role == QMessageBox.ButtonRole.RejectRole, (name, default, role)
    assert called == [] and not window.runner.running


def test_the_pipeline_shows_its_plan_with_close_as_the_default(qtbot, sample_store):
    window = open_window(qtbot, sample_store)
    window.targets.commands["run_pipeline"].trigger()
    qtbot.waitUntil(lambda: any(w.objectName() == "pipeline-dialog" for w in QApplication.topLevelWidgets()))
    dialog: QDialog = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "pipeline-dialog")
    run = dialog.findChild(type(dialog.run_button), "pipeline-run")
    close = dialog.findChild(type(dialog.run_button), "pipeline-close")
    assert not run.isDefault() and not run.autoDefault() and close.isDefault()
    dialog.close()
