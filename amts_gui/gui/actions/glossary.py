"""The Glossary menu: add a term from the editor's selections (one shortcut), import and export glossary
files, and push the glossary to Amazon Translate as a Custom Terminology in one click, with its status in
the toolbar."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6 import QtWidgets
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QWidget

from amts_gui import __version__
from amts_gui.core.errors import AmtsError
from amts_gui.core.fileio import atomic_write_bytes
from amts_gui.core.progress import Cancelled, Progress
from amts_gui.core.project.term_survey import pushable_entries
from amts_gui.core.project.terms import list_terms, save_terms, with_preferred
from amts_gui.gui.common import file_dialogs
from amts_gui.gui.common.commands import Commands
from amts_gui.gui.common.confirm import Reach, ask_before_with_option
from amts_gui.gui.common.messages import translated
from amts_gui.gui.common.report_box import report_box

if TYPE_CHECKING:
    from amts_gui.engines.amazon.terminology import GlossaryPush
    from amts_gui.gui.common.host import Host
    from amts_gui.gui.dialogs.glossary_editor import GlossaryEditor

Selections = Callable[[], tuple[str, str]]  # (selected source text, selected final text)
GLOSSARY_FILES = "*.md *.csv *.tsv *.tbx *.tmx"


class GlossaryActions(QObject):
    def __init__(
        self, host: Host, dialog_parent: QWidget, services: Any, selections: Selections, changed: Callable[[], None]
    ) -> None:
        """``services()`` gives the project's Amazon services; ``changed()`` runs after the glossary changed."""
        super().__init__(dialog_parent)
        self.host, self.dialog_parent = host, dialog_parent
        self._services, self._selections, self._changed = services, selections, changed
        self.commands = Commands(self)
        add = self.commands.add
        add("add_term", self.tr("&Add term from the selections…"), self.add_term, "Ctrl+Shift+G")
        add("edit_terms", self.tr("&Edit terms…"), self.edit_terms, "Ctrl+Alt+G")
        add("import_glossary", self.tr("&Import glossary…"), self.import_glossary)
        add("export_glossary", self.tr("E&xport glossary…"), self.export_glossary)
        add("push_glossary", self.tr("&Push glossary"), self.push_glossary, reach=Reach.WRITES)
        self.status_label = QLabel()
        self.status_label.setObjectName("glossary-status")
        self.editor: GlossaryEditor | None = None

    def show_status(self) -> None:
        """The toolbar's word on the glossary: how many terms, and whether Amazon has them."""
        from amts_gui.core.terms.terminology_csv import glossary_status  # csv and all: after the first paint

        status = glossary_status(self.host.store)
        if not status.terms:
            text = self.tr("No glossary")
        elif status.pushed_at is None:
            text = self.tr("%n term(s), not pushed", "", status.terms)
        elif status.changed:
            text = self.tr("%n term(s), changed since the push", "", status.terms)
        else:
            text = self.tr("%n term(s) on Amazon", "", status.terms)
        self.status_label.setText(f" {text} ")
        when = (status.pushed_at or "")[:16].replace("T", " ")
        self.status_label.setToolTip(
            self.tr("Last glossary push {0}: {1}").format(when, status.pushed_name) if when else ""
        )

    def edit_terms(self) -> GlossaryEditor:
        """The glossary editor, beside the desk (one per window, on the project open now)."""
        from amts_gui.gui.dialogs.glossary_editor import GlossaryEditor

        if self.editor is not None and self.editor.store is not self.host.store:
            self.editor.close()
            self.editor = None
        if self.editor is None:
            self.editor = GlossaryEditor(self.host.store, self.after_change, self.dialog_parent, self.measure_use)
        self.editor.show()
        self.editor.raise_()
        self.editor.activateWindow()
        return self.editor

    def measure_use(self, done: Callable[[list[Any]], None]) -> None:
        """How often the project's pairs render each entry, in the background (core.project.term_usage)."""
        from amts_gui.core.project.term_survey import term_usage

        store = self.host.store

        def job(progress: Progress, cancelled: Cancelled) -> list[Any]:
            return term_usage(store, progress, cancelled)

        def finished(usage: list[Any], was_cancelled: bool) -> None:
            if not was_cancelled:
                done(usage)

        self.host.run_in_background(self.tr("Glossary"), self.tr("Measuring term use…"), job, finished, kind="term-use")

    def add_term(self) -> None:
        """The editor on a new entry filled from the selections (the entry there already, when it is)."""
        source, target = self._selections()
        editor = self.edit_terms()
        existing = next((e for e in editor.entries if e.source == " ".join(source.split())), None)
        if existing is not None:  # shown as adding would make it: this translation preferred
            editor.show_entry(with_preferred(existing, " ".join(target.split())) if target.strip() else existing)
        else:
            editor.new_entry(source, target)

    def after_change(self) -> None:
        """The glossary changed (here, in the editor or from the desk): the desk, the editor and the status follow."""
        self._changed()
        if self.editor is not None and self.editor.isVisible():
            self.editor.reload()
        self.show_status()

    def import_glossary(self) -> None:
        path = file_dialogs.open_file(
            self.dialog_parent, self.tr("Import glossary"), "", self.tr("Glossaries ({0})").format(GLOSSARY_FILES)
        )
        if not path:
            return
        settings = self.host.store.settings()
        try:
            from amts_gui.core.terms.files import read_glossary_file  # the file formats load on first use

            glossary = read_glossary_file(Path(path), settings.source_lang, settings.target_lang)  # whole, then stored
            added, replaced = save_terms(self.host.store, glossary.entries)
        except AmtsError as exc:
            self.host.notify(translated(exc), warn=True)
            return
        count = len(glossary.entries)
        text = self.tr("Imported %n term(s): {0} new, {1} replaced, {2} unchanged", "", count).format(
            added, replaced, count - added - replaced
        )
        if glossary.notes:  # terms named twice, language sections joined
            said = self.tr("%n remark(s) on the file; see the details.", "", len(glossary.notes))
            box = report_box(
                self.dialog_parent,
                QtWidgets.QMessageBox.Icon.Information,
                self.tr("Import glossary"),
                f"{text}\n{said}",
                "\n".join(glossary.notes),
                "import-notes",
            )
            box.open()
        self.host.notify(text)
        self.after_change()
        self.measure_use(lambda _usage: self.after_change())  # term QA follows how the pairs render them

    def export_glossary(self) -> None:
        path = file_dialogs.save_file(
            self.dialog_parent,
            self.tr("Export glossary"),
            "glossary.csv",
            self.tr("Glossaries ({0})").format(GLOSSARY_FILES),
        )
        if not path:
            return
        out, settings = Path(path), self.host.store.settings()
        entries = list_terms(self.host.store)
        try:
            fmt = out.suffix.lower().lstrip(".")
            from amts_gui.core.terms.files import glossary_bytes

            data = glossary_bytes(entries, fmt, settings.source_lang, settings.target_lang, __version__)
            atomic_write_bytes(out, data)
        except AmtsError as exc:
            self.host.notify(translated(exc), warn=True)
            return
        self.host.notify(self.tr("Wrote %n term(s) to {0}.", "", len(entries)).format(out.name))

    def push_glossary(self) -> None:
        """Measure which entries are ambiguous, ask (they stay out unless ticked), then push."""
        from amts_gui.engines.amazon.settings import load_settings

        store = self.host.store
        if not load_settings(store).terminology_name:  # nothing is sent: the push says what to set
            self._push(False)
            return

        def plan(progress: Progress, cancelled: Cancelled) -> tuple[list[Any], list[str]]:
            progress(0, 0, self.tr("measuring term use"))
            return pushable_entries(store)

        def planned(found: tuple[list[Any], list[str]], cancelled: bool) -> None:
            if not cancelled:
                self._ask_push(*found)

        self.host.run_in_background(self.tr("Glossary"), self.tr("Measuring term use…"), plan, planned)

    def _ask_push(self, entries: list[Any], left_out: list[str]) -> None:
        """Before the push: what goes, and the ambiguous entries that stay out unless asked."""
        from amts_gui.engines.amazon.settings import load_settings

        name = load_settings(self.host.store).terminology_name
        details = self.tr("It replaces the terminology of that name; realtime drafts and ACT jobs use it from then on.")
        if left_out:
            shown = ", ".join(left_out[:12]) + (" …" if len(left_out) > 12 else "")
            details += "\n\n" + self.tr(
                "%n entry(ies) flagged ambiguous stay out, since Amazon would force them into every sentence: {0}",
                "",
                len(left_out),
            ).format(shown)
        go, include = ask_before_with_option(
            self.dialog_parent,
            self.tr("Push glossary"),
            self.tr("Send %n term(s) to Amazon Translate as custom terminology {0}?", "", len(entries)).format(name),
            self.tr("Push"),
            details,
            self.tr("Send the ambiguous entries too") if left_out else "",
        )
        if go:
            self._push(include)

    def _push(self, include_ambiguous: bool) -> None:
        from amts_gui.engines.amazon.terminology import push_glossary

        store = self.host.store

        def job(progress: Progress, cancelled: Cancelled) -> GlossaryPush:
            progress(0, 0, self.tr("sending the glossary"))
            return push_glossary(store, self._services(), include_ambiguous=include_ambiguous)

        def done(pushed: GlossaryPush, cancelled: bool) -> None:
            text = self.tr("Glossary pushed to {0}: %n term(s)", "", pushed.terms).format(pushed.name)
            if pushed.skipped:
                text += " " + self.tr("(%n left out: longer than 200 bytes)", "", len(pushed.skipped))
            if pushed.left_out:
                text += " " + self.tr("(%n ambiguous left out)", "", len(pushed.left_out))
            self.host.notify(text)
            self.show_status()

        self.host.run_in_background(self.tr("Glossary"), self.tr("Pushing the glossary…"), job, done)
