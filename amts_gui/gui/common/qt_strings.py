"""Qt's own interface strings that Qt 6 spells differently from its shipped Simplified Chinese translation
(``qtbase_zh_CN.qm`` knows "Look in:", Qt 6 asks for "&Look in:"), so that they reach our translation.

Nothing calls this module's names; ``QT_TRANSLATE_NOOP`` only marks the strings for lupdate, in Qt's own
contexts.  Qt's translator is searched first; where it has no entry, ours answers.
"""

from __future__ import annotations

from amts_gui.engines.catalog import QT_TRANSLATE_NOOP

QT_STRINGS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QFileDialog", "File &name:"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "%1 File"),
)
