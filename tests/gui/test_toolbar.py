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
