"""Keymap profiles (ours, OmegaT-, Trados-, memoQ-like): every key does one thing, paid or remote commands never
sit on another tool's editing key, and the profile's keys are the tool's own; and spell checking in the Final."""

from __future__ import annotations

from collections import Counter

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QTextCharFormat  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from amts_gui.core.project.chapters import import_chapter  # noqa: E402
from amts_gui.core.project.store import Store  # noqa: E402
from amts_gui.core.text.spelling import checker_for  # noqa: E402
from amts_gui.gui.common.commands import REACH  # noqa: E402
from amts_gui.gui.common.keymap import PROFILES, Keymap, apply_keymap, command_key, portable  # noqa: E402
from tests.gui.cat_tool_keys import MEMOQ, OMEGAT, TRADOS, used_by  # noqa: E402
from tests.gui.helpers import open_window, type_text  # noqa: E402

TOOL_TABLES = {Keymap.OMEGAT: OMEGAT, Keymap.TRADOS: TRADOS, Keymap.MEMOQ: MEMOQ}
# the functions a user of each tool reaches for by reflex, and the tool's key for them
REFLEXES = {
    Keymap.OMEGAT: {
        "go_to_segment": "Ctrl+J",
        "next_unconfirmed": "Ctrl+U",
        "insert_match": "Ctrl+I",
        "use_match": "Ctrl+R",
        "match_2": "Ctrl+2",
        "copy_source": "Ctrl+Shift+R",
        "copy_draft": "Ctrl+M",
        "find_replace": "Ctrl+K",
        "add_term": "Ctrl+Shift+G",
        "next": "Ctrl+N",
        "previous": "Ctrl+P",
    },
    Keymap.TRADOS: {
        "accept": "Ctrl+Return",
        "copy_source": "Ctrl+Ins",
        "clear_final": "Alt+Del",
        "lock": "Ctrl+L",
        "comment": "Ctrl+Shift+N",
        "go_to_segment": "Ctrl+G",
        "find_replace": "Ctrl+H",
        "add_term": "Ctrl+F2",
        "concordance": "F3",
        "spelling": "F7",
        "next_qa": "F8",
    },
    Keymap.MEMOQ: {
        "accept": "Ctrl+Return",
        "copy_source": "Ctrl+Shift+S",
        "concordance": "Ctrl+K",
        "add_term": "Ctrl+E",
        "comment": "Ctrl+M",
        "find_replace": "Ctrl+H",
    },
}


def _actions(window):
    return [action for group in window.all_commands() for action in group]


@pytest.mark.parametrize("keymap", list(Keymap))
def test_each_keymap_gives_each_key_one_command_and_paid_ones_no_tool_key(qtbot, sample_store, keymap):
    window = open_window(qtbot, sample_store)
    actions = _actions(window)
    apply_keymap(keymap, actions)
    names = {command_key(a) for a in actions}
    assert set(PROFILES[keymap]) <= names  # a profile names only commands there are
    keys = Counter(portable(s) for a in actions for s in a.shortcuts())
    assert [k for k, n in keys.items() if n > 1] == []
    remote = [
        (command_key(a), portable(s))
        for a in actions
        if (a.property(REACH) or "local") != "local"
        for s in a.shortcuts()
        if used_by(portable(s))
    ]
    assert remote == []
    by_name = {command_key(a): [portable(s) for s in a.shortcuts()] for a in actions}
    for command, wanted in PROFILES[keymap].items():
        assert by_name[command] == list(wanted)
    for command, key in REFLEXES.get(keymap, {}).items():
        assert key in TOOL_TABLES[keymap] and key in by_name[command], (command, key, by_name[command])


def test_the_keymap_chosen_in_settings_applies_at_once_and_at_the_next_start(qtbot, sample_store, tmp_path):
    from PySide6.QtCore import QSettings, QTimer

    from amts_gui.gui.common.preferences import Preferences

    prefs = Preferences(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))
    window = open_window(qtbot, sample_store, prefs)
    go_to = window.segments.commands["go_to_segment"]
    assert [portable(s) for s in go_to.shortcuts()] == ["Ctrl+G", "Ctrl+J"]

    def choose_omegat() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != "settings-dialog":
            QTimer.singleShot(20, choose_omegat)
            return
        dialog.keymap.setCurrentIndex(dialog.keymap.findData("omegat"))
        dialog.accept()

    QTimer.singleShot(0, choose_omegat)
    window.commands["settings"].trigger()
    assert [portable(s) for s in go_to.shortcuts()] == ["Ctrl+J"]
    assert [portable(s) for s in window.commands["next"].shortcuts()] == ["Ctrl+N"]
    assert [portable(s) for s in window.commands["new"].shortcuts()] == ["Ctrl+Shift+N"]
    assert prefs.keymap == "omegat"


@pytest.fixture
def spanish(tmp_path):
    if checker_for("es") is None:
        pytest.skip("no Spanish Hunspell dictionary or no libenchant-2: run .ci/system-deps")
    store = Store.create(tmp_path / "es.amts", "en", "es", source_root=str(tmp_path))
    import_chapter(store, "softmax.md", "# Softmax\n\nThe temperature scales the logits.\n")
    yield store
    store.close()


def _underlined(final) -> list[str]:
    block, text = final.document().firstBlock(), final.text()
    style = QTextCharFormat.UnderlineStyle.SpellCheckUnderline
    return [text[r.start : r.start + r.length] for r in block.layout().formats() if r.format.underlineStyle() == style]


def test_misspelled_words_are_underlined_and_f7_offers_their_suggestions(qtbot, spanish):
    window = open_window(qtbot, spanish)
    review = window.review
    review.select_proxy_row(1)
    final = review.editor.final
    qtbot.waitUntil(lambda: review.editor.spelling.checker is not None)  # it loads after the first paint
    final.setFocus()
    type_text(final, "La temperatrua escala los logits ⟦1⟧.")
    assert _underlined(final) == ["temperatrua", "logits"]
    cursor = final.textCursor()
    cursor.setPosition(0)
    final.setTextCursor(cursor)
    qtbot.keyClick(final, Qt.Key.Key_F7)
    assert final.textCursor().selectedText() == "temperatrua"
    menu = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "spelling-menu" and w.isVisible())
    choice = next(a for a in menu.actions() if a.text() == "temperatura")
    choice.trigger()
    menu.close()
    assert final.text() == "La temperatura escala los logits ⟦1⟧."
    qtbot.keyClick(final, Qt.Key.Key_F7)
    assert final.textCursor().selectedText() == "logits"
    menu = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "spelling-menu" and w.isVisible())
    next(a for a in menu.actions() if a.text().startswith("Ignore")).trigger()
    menu.close()
    assert _underlined(final) == []


def test_chinese_finals_are_not_spell_checked(qtbot, sample_store):
    window = open_window(qtbot, sample_store)
    final = window.review.editor.final
    type_text(final, "温度缩放 softmaxx")
    qtbot.wait(400)  # past the dictionary's load
    assert window.review.editor.spelling.checker is None and _underlined(final) == []
