"""The review's one question that stops the work: accepting a translation with QA errors.  It returns the
translator's answer; the window is active again after it.  (Repetitions are offered in the prompt bar.)"""

from __future__ import annotations

from PySide6 import QtWidgets  # dialogs by attribute: their types are made when first used
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from amts_gui.core.text.placeholders import Finding
from amts_gui.gui.common.messages import translated


def _question_texts(problems: tuple[Finding, ...]) -> tuple[str, str, str]:
    """Title, question and what accepting anyway means: errors keep the pair out, term findings do not."""
    errors = sum(f.is_error for f in problems)
    if errors:
        return (
            QCoreApplication.translate("ReviewQuestions", "QA errors"),
            QCoreApplication.translate("ReviewQuestions", "Accept with %n QA error(s)?", None, errors),
            QCoreApplication.translate(
                "ReviewQuestions",
                "Accepted anyway, its pair stays out of exports and pushes until the segment is fixed.",
            ),
        )
    return (
        QCoreApplication.translate("ReviewQuestions", "Glossary terms"),
        QCoreApplication.translate(
            "ReviewQuestions", "Accept with %n term(s) not translated as the glossary says?", None, len(problems)
        ),
        QCoreApplication.translate("ReviewQuestions", "Accepted anyway, its pair goes into exports and pushes."),
    )


def ask_accept_with_errors(parent: QWidget, problems: tuple[Finding, ...]) -> bool:
    """Ask before accepting a translation with QA errors or glossary findings; Fix (the default) keeps editing."""
    box = QtWidgets.QMessageBox(parent)
    box.setObjectName("qa-question")
    box.setIcon(QtWidgets.QMessageBox.Icon.Warning)
    title, question, after = _question_texts(problems)
    box.setWindowTitle(title)
    box.setText(question)
    box.setInformativeText("\n".join(translated(f.text) for f in problems) + "\n\n" + after)
    fix = box.addButton(
        QCoreApplication.translate("ReviewQuestions", "Fix"), QtWidgets.QMessageBox.ButtonRole.RejectRole
    )
    fix.setObjectName("qa-fix")
    anyway = box.addButton(
        QCoreApplication.translate("ReviewQuestions", "Accept anyway"), QtWidgets.QMessageBox.ButtonRole.AcceptRole
    )
    anyway.setObjectName("qa-accept-anyway")
    box.setDefaultButton(fix)
    box.setEscapeButton(fix)
    box.exec()
    parent.window().activateWindow()
    return box.clickedButton() is anyway
