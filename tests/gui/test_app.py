"""Starting the app, its settings, its Chinese interface, and Chinese glyphs on screen."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtCore import QCoreApplication, QSettings, QTimer  # noqa: E402
from PySide6.QtGui import QColor, QFont, QFontDatabase, QImage, QPainter  # noqa: E402

from amts_gui.core.overview.counts import project_counts  # noqa: E402
from amts_gui.core.parallel.project_pairs import align_chapter  # noqa: E402
from amts_gui.core.project.chapters import import_chapter  # noqa: E402
from amts_gui.gui.common.preferences import Preferences  # noqa: E402
from tests.conftest import DEMO, REPO  # noqa: E402
from tests.gui.helpers import CHAPTER, open_window, wait_idle  # noqa: E402


def _prefs(tmp_path) -> Preferences:
    return Preferences(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))


def test_first_start_opens_the_demo_copy_then_the_last_project(qtbot, tmp_path):
    from amts_gui.config import user_data_dir
    from amts_gui.gui.app import open_start_project, parse_args

    prefs = _prefs(tmp_path)
    store, note = open_start_project(parse_args([]), prefs)
    assert store.path == user_data_dir() / "demo.amts" and note == ""  # copied into the user's data folder
    assert str(tmp_path) not in str(store.path) and project_counts(store).chapters[0].chapter == CHAPTER
    other = tmp_path / "mine.amts"
    from amts_gui.core.project.store import Store

    Store.create(other, "en", "es").close()
    prefs.remember_project(str(other))
    store, note = open_start_project(parse_args([]), prefs)
    assert store.path == other and note == ""
    other.unlink()
    store, note = open_start_project(parse_args([]), prefs)
    assert store.path.name == "demo.amts" and "is gone" in note
    assert prefs.recent_projects[0] == str(other)


def test_new_and_open_project_switch_the_window(qtbot, sample_store, tmp_path):
    from amts_gui.core.project.store import Store

    window = open_window(qtbot, sample_store, _prefs(tmp_path))
    other = tmp_path / "other.amts"
    store = Store.create(other, "en", "es", name="Libro")
    import_chapter(store, "intro.md", "# Intro\n\nHello world. This is a test.\n")
    store.close()
    assert window.open_project(other)
    assert "Libro (en → es)" in window.windowTitle() and list(window.tree.items) == ["intro.md"]
    assert window.review.model.rowCount() == 3 and window.prefs.last_project == str(other)
    window.fill_recent_menu()
    recent = {a.text(): a.isEnabled() for a in window.recent_menu.actions()}
    assert recent == {str(other): False, str(sample_store.path): True}  # File ▸ Open recent
    assert not window.open_project(tmp_path / "missing.amts")
    assert "no such project" in window.last_message


def test_screenshot_with_the_chinese_interface(qtbot, tmp_path):
    from amts_gui.demo.book import create_demo_project
    from amts_gui.gui.app import main

    project = tmp_path / "demo.amts"
    store = create_demo_project(project, DEMO)
    align_chapter(store, CHAPTER)
    store.close()
    out = tmp_path / "shot.png"
    args = [str(project), "--screenshot", str(out), "--chapter", CHAPTER, "--segment", "3", "--language", "zh_CN"]
    assert main(args) == 0
    image = QImage(str(out))
    assert image.width() == 1400 and image.height() == 860
    assert main([str(project), "--screenshot", str(out), "--chapter", "missing.md"]) == 2
    dashboard = tmp_path / "dashboard.png"
    assert main([str(project), "--screenshot", str(dashboard), "--tab", "dashboard", "--language", "en"]) == 0
    assert QImage(str(dashboard)).width() == 1400 and QImage(str(dashboard)) != image


def _glyph(ch: str, font: QFont) -> bytes:
    image = QImage(48, 48, QImage.Format.Format_Grayscale8)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    painter.drawText(4, 36, ch)
    painter.end()
    return bytes(image.constBits())


def test_chinese_text_is_drawn_with_real_glyphs_not_tofu(qtbot, sample_store):
    """The window's text font draws distinct Han glyphs; a font without CJK (no fallback) draws the same
    box for each of them."""
    align_chapter(sample_store, CHAPTER)
    window = open_window(qtbot, sample_store)
    window.review.select_proxy_row(1)
    text = window.review.editor.reference.text()  # the Chinese reference, as the editor shows it
    han = sorted({ch for ch in text if "\u4e00" <= ch <= "\u9fff"})[:6]
    assert len(han) >= 4, text
    font = QFont(window.review.editor.reference.font())
    font.setPixelSize(32)
    latin_only = next(
        f
        for f in QFontDatabase.families()
        if QFontDatabase.WritingSystem.SimplifiedChinese not in QFontDatabase.writingSystems(f)
    )
    tofu_font = QFont(latin_only)
    tofu_font.setPixelSize(32)
    tofu_font.setStyleStrategy(QFont.StyleStrategy.NoFontMerging)
    tofu = {_glyph(ch, tofu_font) for ch in han}
    real = {_glyph(ch, font) for ch in han}
    assert len(tofu) == 1  # the check can tell tofu: every character came out as the same box
    assert len(real) == len(han) and not real & tofu  # ours: a different glyph for every character


def test_chinese_interface_translation_ships_complete(qtbot):
    import xml.etree.ElementTree as ET

    from PySide6.QtCore import QTranslator

    from amts_gui.gui.common.look import translation_file

    translator = QTranslator()
    assert translator.load(translation_file())
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("MainWindow", "&File") == "文件(&F)"
        assert QCoreApplication.translate("SegmentTableModel", "Reference") == "参考译文"
    finally:
        QCoreApplication.removeTranslator(translator)
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    ts = ET.parse(translation_file().replace(".qm", ".ts"))
    unfinished = [m.findtext("source") for m in ts.iter("message") if m.find("translation").get("type")]
    assert unfinished == []


def test_every_interface_string_is_in_the_translation(qtbot, tmp_path):
    """lupdate over the GUI sources and the core messages finds no string that the shipped .ts files lack
    (every string in Chinese; every plural form in English too)."""
    import subprocess
    import xml.etree.ElementTree as ET

    from amts_gui.gui.common.look import translation_file
    from translations import ALIASES, find_tool, sources

    lupdate = find_tool("pyside6-lupdate")  # on PATH, or in the virtual environment of the README's commands
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / "fresh.ts"
    subprocess.run([lupdate, *sources(REPO), *ALIASES, "-ts", str(fresh)], check=True, capture_output=True)

    def messages(path, plural_only: bool = False) -> set[tuple[str, str]]:
        root = ET.parse(path).getroot()
        return {
            (c.findtext("name"), m.findtext("source"))
            for c in root.iter("context")
            for m in c.iter("message")
            if m.get("numerus") == "yes" or not plural_only
        }

    assert messages(fresh) - messages(translation_file("zh_CN").replace(".qm", ".ts")) == set()
    assert messages(fresh, True) == messages(translation_file("en").replace(".qm", ".ts"))
    assert len(messages(fresh)) > 350  # the core messages are collected too


def test_settings_dialog_keeps_keys_out_of_the_project_and_tests_the_connection(qtbot, sample_store, aws, tmp_path):
    from keyring.backends import fail

    from amts_gui.engines.amazon.secrets import CredentialVault
    from amts_gui.engines.amazon.services import AwsSettings
    from amts_gui.gui.dialogs.settings_dialog import SettingsDialog

    prefs = _prefs(tmp_path)
    vault = CredentialVault(fail.Keyring())
    endpoints = AwsSettings(translate_endpoint=aws.settings.translate_endpoint, s3_endpoint=aws.settings.s3_endpoint)
    dialog = SettingsDialog(prefs, endpoints, vault)  # only the loopback endpoints are preset
    qtbot.addWidget(dialog)
    panel = dialog.aws
    assert "in memory until AMTS Studio quits" in panel.key_note.text()
    panel.fields["parallel_data_name"].setText("bad name")
    dialog.accept()
    assert panel.error.text() and dialog.result() == 0  # refused, stays open
    for name in ("region", "bucket", "prefix", "role_arn", "parallel_data_name"):
        panel.fields[name].setText(str(getattr(aws.settings, name)))
    assert panel.fields["translate_endpoint"].text() == aws.settings.translate_endpoint  # shown, and editable
    panel.fields["translate_endpoint"].setText("http://[::1")
    dialog.accept()
    assert "Amazon Translate endpoint must be an http(s) URL" in panel.error.text() and dialog.result() == 0
    panel.fields["translate_endpoint"].setText(aws.settings.translate_endpoint)
    qtbot.keyClicks(panel.access_key, "AKIAEXAMPLE")
    qtbot.keyClicks(panel.secret_key, "s3cr3t-value")
    panel.test_button.click()
    qtbot.waitUntil(lambda: panel.test_button.isEnabled(), timeout=20_000)
    assert "credentials accepted" in panel.test_result.text() and "reachable" in panel.test_result.text()
    assert "s3cr3t" not in panel.test_result.text()
    panel.fields["bucket"].setText("no-such-bucket-here")
    panel.test_button.click()
    qtbot.waitUntil(lambda: panel.test_button.isEnabled(), timeout=20_000)
    assert (
        panel.test_result.text().startswith("✗ S3 bucket no-such-bucket-here")
        and "bucket name" in panel.test_result.text()
    )
    dialog.tm_min.setValue(65)
    dialog.accept()
    assert dialog.result() == 1 and prefs.tm_min_score == 65
    assert vault.get().secret_access_key == "s3cr3t-value"
    dump = "\n".join(sample_store.db.conn.iterdump())
    assert "s3cr3t" not in dump


def test_shortcut_sheet_lists_the_cat_keys(qtbot, sample_store):
    from amts_gui.gui.dialogs.shortcut_sheet import ShortcutSheet

    window = open_window(qtbot, sample_store)
    sheet = ShortcutSheet([a for commands in window.all_commands() for a in commands], window)
    qtbot.addWidget(sheet)
    keys = {sheet.table.item(i, 0).text() for i in range(sheet.table.rowCount())}
    for expected in ("Ctrl+Return, Ctrl+Enter", "Ctrl+Up", "Ctrl+Down", "Ctrl+Shift+D", "Ctrl+Shift+R", "Ctrl+F"):
        assert expected in keys, keys
    wait_idle(qtbot, window)


def test_new_project_dialog_checks_its_input(qtbot, tmp_path):
    from amts_gui.gui.dialogs.project_dialogs import NewProjectDialog

    dialog = NewProjectDialog()
    qtbot.addWidget(dialog)
    dialog.accept()
    assert "Choose where" in dialog.error.text() and dialog.result() == 0
    existing = tmp_path / "taken.amts"
    existing.write_text("x")
    dialog.path.setText(str(existing))
    dialog.accept()
    assert "already exists" in dialog.error.text()
    dialog.path.setText(str(tmp_path / "book.amts"))
    dialog.target.setCurrentText("en")
    dialog.accept()
    assert "must differ" in dialog.error.text()
    dialog.target.setCurrentText("es; zh")
    dialog.accept()
    assert "codes separated by commas" in dialog.error.text()
    dialog.target.setCurrentText("es, zh es")
    dialog.name.setText("Libro")
    dialog.accept()
    assert dialog.result() == 1
    store = dialog.create_project()
    assert store.settings().target_lang == "es" and store.settings().name == "Libro"
    assert store.targets() == ["es", "zh"]


def test_import_chapters_runs_in_the_background_and_fills_the_tree(qtbot, tmp_path, monkeypatch):
    from amts_gui.core.project.store import Store
    from amts_gui.gui.dialogs import project_dialogs

    store = Store.create(tmp_path / "new.amts", "en", "zh")  # as File ▸ New project makes it

    source = tmp_path / "book"
    source.mkdir()
    (source / "intro.md").write_text("# Intro\n\nA first sentence. A second one.\n", encoding="utf-8")
    (source / "bad.md").write_bytes(b"\xff\xfe\x00binary")
    window = open_window(qtbot, store, _prefs(tmp_path))
    assert window.review.editor.row is None and not window.tree.items
    monkeypatch.setattr(project_dialogs, "ask_import", lambda parent: ([source / "intro.md", source / "bad.md"], None))
    window.chapters.commands["import"].trigger()
    wait_idle(qtbot, window)
    assert "bad.md" in window.last_message and not window.tree.items  # all checked before anything is written
    monkeypatch.setattr(project_dialogs, "ask_import", lambda parent: ([source / "intro.md"], None))
    window.chapters.commands["import"].trigger()  # Ctrl+I
    wait_idle(qtbot, window)
    assert window.last_message == "Imported 1 chapter", window.last_message
    assert list(window.tree.items) == ["intro.md"] and window.review.model.rowCount() == 3
    assert window.review.editor.source.text() == "Intro"


def test_chips_and_diffs_follow_a_dark_palette(qtbot):
    from PySide6.QtGui import QPalette

    from amts_gui.core.text.diffs import diff
    from amts_gui.gui.review.diff_view import diff_html
    from amts_gui.gui.review.placeholder_edit import ChipHighlighter, ChipTextEdit

    dark = QPalette()
    dark.setColor(QPalette.ColorRole.Base, QColor(30, 30, 30))
    light = QPalette()
    light.setColor(QPalette.ColorRole.Base, QColor(255, 255, 255))
    edit = ChipTextEdit()
    qtbot.addWidget(edit)
    on_dark = ChipHighlighter(edit.document(), dark).chip.foreground().color().lightness()
    on_light = ChipHighlighter(edit.document(), light).chip.foreground().color().lightness()
    assert on_dark > 128 > on_light  # light text on dark chips, dark text on light ones
    changes = diff("a b", "a c", "en")
    assert diff_html(changes, dark=True) != diff_html(changes, dark=False)


def test_preferences_reject_bad_values(qtbot, tmp_path):
    prefs = _prefs(tmp_path)
    assert (prefs.engine, prefs.tm_min_score, prefs.language, prefs.theme) == ("tm", 75.0, "system", "system")
    prefs.engine = "amazon-act"
    prefs.tm_min_score = 140
    prefs.qs.setValue("ui/theme", "purple")
    prefs.qs.setValue("drafting/suggestion_threshold", "abc")
    assert prefs.engine == "amazon-act" and prefs.tm_min_score == 100.0
    assert prefs.theme == "system" and prefs.suggestion_threshold == 70.0
    for n in range(10):
        prefs.remember_project(f"/p/{n}.amts")
    prefs.remember_project("/p/3.amts")
    assert prefs.recent_projects[:2] == ["/p/3.amts", "/p/9.amts"] and len(prefs.recent_projects) == 8


def test_unexpected_errors_go_to_the_log_file(qtbot):
    import logging

    from amts_gui.gui.app import log_to_file
    from amts_gui.gui.common.tasks import TaskRunner

    path = log_to_file()
    errors = []

    def bug(progress, cancelled):
        raise KeyError("the details")

    runner = TaskRunner()
    runner.start("Broken task", bug, failed=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5_000)
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = path.read_text(encoding="utf-8")
    for handler in [h for h in logging.getLogger().handlers if getattr(h, "baseFilename", "") == str(path)]:
        logging.getLogger().removeHandler(handler)
        handler.close()
    assert "background task 'Broken task' failed" in text and "KeyError: 'the details'" in text
    assert "the details" not in errors[0].message


def test_background_work_waits_for_the_first_paint_of_the_window(qtbot, sample_store):
    import threading

    from amts_gui.gui.main_window import MainWindow

    window = MainWindow(sample_store)  # its start-up tasks (suggestions, counts) are queued, not run
    qtbot.addWidget(window)
    ran = threading.Event()
    window.runner.start("probe", lambda progress, cancelled: ran.set(), kind="probe")
    qtbot.wait(200)
    assert not ran.is_set() and window.runner.busy("probe")
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(ran.is_set, timeout=5_000)
    qtbot.waitUntil(lambda: not window.runner.running, timeout=10_000)


def test_garbage_is_collected_on_the_gui_thread_young_often_and_all_now_and_then(qtbot, monkeypatch):
    """Python's collector never runs in a worker (it could destroy a QObject there) and a full pass over
    a book's objects is rare: what the start made is frozen, and a timer collects the young objects."""
    import gc

    from PySide6.QtWidgets import QWidget

    import amts_gui.gui.common.garbage as garbage

    owner = QWidget()
    qtbot.addWidget(owner)
    was_enabled = gc.isenabled()
    collector = garbage.GarbageCollector(owner)
    try:
        assert not gc.isenabled() and gc.get_freeze_count() > 0
        assert collector.timer.isActive() and collector.timer.interval() == garbage.YOUNG_EVERY_MS
        asked: list[int] = []
        monkeypatch.setattr(garbage.gc, "collect", lambda generation=2: asked.append(generation) or 0)
        for _ in range(2 * garbage.FULL_EVERY):
            collector.collect()
        assert asked.count(2) == 2 and asked.count(1) == 2 * garbage.FULL_EVERY - 2
        assert asked[garbage.FULL_EVERY - 1] == 2
    finally:
        collector.stop()
        if was_enabled:
            gc.enable()
    assert not collector.timer.isActive() and gc.get_freeze_count() == 0


def test_pyside_is_told_which_of_our_modules_use_it_by_their_layer():
    """PySide scans each imported module's source for "PySide6"; the app answers for its own modules
    from the layering (only amts_gui.gui imports Qt), the same answer without reading the files."""
    import sys

    import amts_gui.core.errors
    import amts_gui.gui.chapter_tree
    from amts_gui.gui.app import answer_pyside_scan_by_layer

    feature = sys.modules["PySide6.support.feature"]
    before = feature._mod_uses_pyside  # an app started earlier in this session may have answered already
    original = getattr(before, "pyside_scan", before)
    feature._mod_uses_pyside = original
    try:
        answer_pyside_scan_by_layer()
        quick = feature._mod_uses_pyside
        assert quick is not original
        for module in (amts_gui.core.errors, amts_gui.gui.chapter_tree, sys.modules["json"]):
            assert quick(module) == original(module), module.__name__
        answer_pyside_scan_by_layer()  # once is enough
        assert feature._mod_uses_pyside is quick
    finally:
        feature._mod_uses_pyside = before


def test_a_file_named_like_another_file_s_chapter_is_asked_about_never_replaced(qtbot, monkeypatch, tmp_path):
    """Issue 29: File ▸ New project had no source root, and a second index.md replaced the first chapter."""
    from amts_gui.core.project.chapters import import_chapter
    from amts_gui.core.project.store import Store
    from amts_gui.gui.dialogs import project_dialogs
    from tests.gui.helpers import answer

    first, second = tmp_path / "a" / "index.md", tmp_path / "b" / "index.md"
    for path, title in ((first, "Preliminaries"), (second, "Linear Networks")):
        path.parent.mkdir()
        path.write_text(f"# {title}\n\nAbout {title}.\n", encoding="utf-8")
    store = Store.create(tmp_path / "old.amts", "en", "zh")  # a project named its chapters by file name
    import_chapter(store, "index.md", first.read_text(encoding="utf-8"), source_file=str(first))
    window = open_window(qtbot, store, _prefs(tmp_path))
    monkeypatch.setattr(project_dialogs, "ask_import", lambda parent: ([second], None))
    seen: list[str] = []
    box_default: list[str] = []

    def cancel_when_shown() -> None:
        from PySide6.QtWidgets import QApplication

        box = QApplication.activeModalWidget()
        if box is None or box.objectName() != "chapter-name-taken":
            QTimer.singleShot(20, cancel_when_shown)
            return
        box_default.append(box.defaultButton().text())
        box.reject()

    QTimer.singleShot(0, cancel_when_shown)
    window.chapters.commands["import"].trigger()
    wait_idle(qtbot, window)
    assert box_default == ["Cancel"] and window.last_message == "Nothing was imported."
    assert window.review.model.rows[0].source == "Preliminaries"
    QTimer.singleShot(0, lambda: answer("chapter-name-taken", "chapter-replace-source", seen))
    window.chapters.commands["import"].trigger()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: window.last_message == "Imported 1 chapter", timeout=10_000)
    assert "Preliminaries" not in [r.source for r in window.review.model.rows]


def test_new_project_takes_the_book_s_source_folder(qtbot, tmp_path):
    from amts_gui.gui.dialogs.project_dialogs import NewProjectDialog

    dialog = NewProjectDialog()
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "book.amts"))
    dialog.source_root.setText(str(tmp_path / "missing"))
    dialog.accept()
    assert dialog.error.text().endswith("is not a folder.") and dialog.result() == 0
    dialog.source_root.setText(str(tmp_path))
    dialog.accept()
    assert dialog.create_project().settings().source_root == str(tmp_path.resolve())


def test_no_state_of_another_project_or_an_undone_step_stays_on_screen(qtbot, sample_store, tmp_path):
    """Issue 30: an empty project showed the last one's "28 / 28"; a message about a step stayed after its undo;
    a restart fell back to "All segments" when the remembered segment had left the filter."""
    from amts_gui.core.project.finals import accept_segment
    from amts_gui.core.project.review import review_rows
    from amts_gui.core.project.store import Store
    from amts_gui.gui.review.segment_model import Filter

    prefs = _prefs(tmp_path)
    window = open_window(qtbot, sample_store, prefs)
    window.tree.select(CHAPTER)
    assert window.review.shown_label.text()
    empty = Store.create(tmp_path / "empty.amts", "en", "zh")
    window.set_store(empty)
    assert window.review.shown_label.text() == ""
    window.set_store(Store(sample_store.path))
    prefs.propagation = "never"
    plain = [r for r in review_rows(sample_store, CHAPTER) if not r.markup and "*" not in r.source]
    window.review.filter_box.setCurrentIndex(window.review.filter_box.findData(Filter.UNTRANSLATED))
    window.review.open_segment(plain[1].id)
    window.review.editor.final.replace_all("第二句。")
    window.review.accept_and_next()
    window.notify("Filled 1 repetition of segment 4; Ctrl+Z takes it back.")
    window.commands["undo"].trigger()
    assert window.last_message == "" and window.statusBar().currentMessage() == ""
    accept_segment(sample_store, plain[2].id, "第三句。")
    place = window.review.place()
    window.close()
    prefs.remember_place(str(sample_store.path), place.__class__(place.chapter, plain[2].id, place.filter))
    again = open_window(qtbot, Store(sample_store.path), prefs)
    assert again.review.filter_box.currentData() == Filter.UNTRANSLATED  # the filter stays
    assert again.review.editor.row is not None and again.review.editor.row.status == "new"
