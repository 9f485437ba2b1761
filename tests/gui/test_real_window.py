"""The app in a real X11 window (Xvfb, the xcb platform), driven by xdotool as a translator would.

Offscreen tests cannot see a widget drawn over another one: a click there reaches the wrong widget.
These start ``amts-gui`` as its own process on a virtual screen, click where the app says its widgets
are (``--report-widgets``), type, and check what reached the project file.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from amts_gui.core.parallel.project_pairs import align_chapter
from amts_gui.core.project.review import review_rows
from amts_gui.engines.drafting import draft_chapter
from amts_gui.engines.memory import MemoryEngine
from tests.conftest import REPO
from tests.gui.helpers import CHAPTER
from tests.gui.real_window import App, needs_x11, wait_until

pytestmark = needs_x11


@pytest.fixture
def drafted(sample_store):
    align_chapter(sample_store, CHAPTER)
    draft_chapter(sample_store, CHAPTER, MemoryEngine.for_project(sample_store))
    sample_store.close()
    return sample_store


def test_the_app_starts_in_a_real_window_with_the_editor_in_place(display, drafted, tmp_path):
    app = App(display, drafted.path, tmp_path, "--chapter", CHAPTER, "--segment", "3")
    try:
        assert app.process.poll() is None
        for name in ("main-window", "segments", "source-view", "draft-view", "reference-view", "final-edit"):
            assert name in app.widgets, name
        final = app.widgets["final-edit"]
        accept = app.widgets["accept-button"]
        assert accept[1] >= final[1] + final[3], "the Accept button is below the Final box, not over it"
    finally:
        app.close()


def test_a_click_mid_text_puts_the_caret_there_and_the_typing_lands_there(display, drafted, tmp_path):
    before = review_rows(drafted, CHAPTER)[2]
    draft = before.draft.text if before.draft else ""
    assert len(draft) > 20
    app = App(display, drafted.path, tmp_path, "--chapter", CHAPTER, "--segment", "3")
    try:
        app.click("final-edit", 0.25, 12)  # the first line, a quarter of the way in
        app.xdo("type", "--delay", "40", "AAA")
        app.click("final-edit", 0.75, 12)  # further along the same line
        app.xdo("type", "--delay", "40", "BBB")
        app.xdo("key", "ctrl+Return")
        wait_until(lambda: review_rows(drafted, CHAPTER)[2].status == "accepted", "the segment was not accepted")
    finally:
        app.close()
    final = review_rows(drafted, CHAPTER)[2].final or ""
    first, second = final.find("AAA"), final.find("BBB")
    assert 0 < first < second - 3 < len(final) - 6, final  # both inside the text, in the order clicked
    assert final.replace("AAA", "").replace("BBB", "") == draft  # nothing else changed


def test_the_first_start_creates_the_demo_and_a_post_edit_of_its_fuzzy_draft_is_kept(display, tmp_path):
    from amts_gui.core.project.store import Store

    app = App(display, None, tmp_path, "--language", "en")
    try:
        app.click("final-edit", 0.0, 12)  # the caret before the fuzzy draft's first character
        app.xdo("type", "--delay", "40", "AAA")
        app.xdo("key", "ctrl+Return")
        time.sleep(1.0)
    finally:
        app.close()
    [demo] = list((tmp_path / "data").rglob("demo.amts"))
    store = Store(demo)
    try:
        accepted = [r for r in review_rows(store, "temperature-scaling.md") if r.status == "accepted"]
    finally:
        store.close()
    assert len(accepted) == 1 and accepted[0].draft is not None and accepted[0].draft.score is not None
    assert accepted[0].draft.score < 100  # the first start opened on a fuzzy match
    assert accepted[0].final == "AAA" + accepted[0].draft.text


def test_alt_n_puts_the_glossary_terms_translation_at_the_clicked_place(display, demo_store, tmp_path):
    row = review_rows(demo_store, "temperature-scaling.md")[7]  # "…the accuracy stays the same"; the draft lacks 准确率
    assert row.draft is not None and "准确率" not in row.draft.text
    demo_store.close()
    app = App(display, demo_store.path, tmp_path, "--chapter", "temperature-scaling.md", "--segment", "8")
    try:
        app.click("final-edit", 0.0, 12)  # before the draft's first character
        app.xdo("key", "alt+2")  # the segment's second term: accuracy (temperature is the first)
        app.xdo("key", "ctrl+Return")
        wait_until(
            lambda: review_rows(demo_store, "temperature-scaling.md")[7].status == "accepted",
            "the segment was not accepted (a QA question would mean no term)",
        )
    finally:
        app.close()
    assert review_rows(demo_store, "temperature-scaling.md")[7].final == "准确率" + row.draft.text


STATUS_PROBE = """
import sys, time
from PySide6.QtWidgets import QApplication
from amts_gui.core.project.store import Store
from amts_gui.gui.app import _scratch_settings
from amts_gui.gui.common.preferences import Preferences
from amts_gui.gui.main_window import MainWindow

app = QApplication([])
window = MainWindow(Store(sys.argv[1]), Preferences(_scratch_settings()))
window.show()

def settle():
    for _ in range(30):
        app.processEvents()
        time.sleep(0.03)
    window.runner.pool.waitForDone()
    app.processEvents()

settle()
window.drafting.commands["memory"].trigger()
settle()
settle()
print(bool(window.statusBar().currentMessage()), window.counts_label.isVisible())
window.statusBar().clearMessage()
app.processEvents()
print(window.counts_label.isVisible())
window.close()
"""


def test_the_status_bar_never_draws_the_counts_over_a_message(display, sample_store, tmp_path):
    """On X11 the task panel's coming and going re-showed the counts under a finished task's message,
    and the two texts were drawn over each other."""
    align_chapter(sample_store, CHAPTER)
    sample_store.close()
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "HOME": str(tmp_path)}
    out = subprocess.run(
        [sys.executable, "-c", STATUS_PROBE, str(sample_store.path)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout.split()
    assert out == ["True", "False", "True"], out


def test_a_mouse_pick_in_the_target_switcher_reviews_the_other_language(display, drafted, tmp_path):
    from amts_gui.core.project.store import Store
    from amts_gui.core.project.targets import add_target

    add_target(Store(drafted.path), "es").close()
    app = App(display, drafted.path, tmp_path, "--language", "en", "--chapter", CHAPTER, "--segment", "2")
    try:
        app.click("target-switcher", 0.5, 10)  # the list opens under the box: zh, then es
        box = app.widgets["target-switcher"]
        app.xdo("mousemove", "--sync", str(box[0] + box[2] // 2), str(box[1] + box[3] + box[3] // 2), "click", "1")
        time.sleep(1.0)
        app.click("final-edit", 0.5, 12)
        app.xdo("type", "--delay", "40", "Hola")
        app.xdo("key", "ctrl+Return")
        es = Store(drafted.path, target="es")
        wait_until(lambda: review_rows(es, CHAPTER)[1].status == "accepted", "the Spanish segment was not accepted")
    finally:
        app.close()
    assert review_rows(es, CHAPTER)[1].final == "Hola"  # es had no draft: the final is what was typed (no markup)
    zh = review_rows(Store(drafted.path), CHAPTER)[1]
    assert zh.final is None and zh.draft is not None  # zh untouched: its memory draft, no final
