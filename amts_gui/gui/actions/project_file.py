"""The project file's safety in the window: File ▸ Save a copy…, and a watch that says at once when the
project can no longer be written (its log deleted or its locks lost by another program's doing).

The store refuses every write once its guard has tripped (:mod:`amts_gui.core.project.wal_guard`); this
watch looks every few seconds as well, so that the translator hears of it before the next accept, and
offers the one thing that keeps the work: a copy of the project as this window sees it.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from amts_gui.core.errors import AmtsError
from amts_gui.core.project.store import lost_message
from amts_gui.gui.common import file_dialogs
from amts_gui.gui.common.commands import Commands
from amts_gui.gui.common.host import Host
from amts_gui.gui.common.messages import translated

CHECK_INTERVAL_MS = 2_000


class ProjectFileActions(QObject):
    def __init__(self, host: Host, dialog_parent: QWidget) -> None:
        super().__init__(dialog_parent)
        self.host, self.dialog_parent = host, dialog_parent
        self.commands = Commands(self)
        self.commands.add("save_copy", self.tr("Save a &copy of the project…"), self.save_copy)
        self.warned: Path | None = None  # the project whose loss was told, so it is told once
        self.timer = QTimer(self)
        self.timer.setObjectName("project-file-watch")
        self.timer.timeout.connect(self.check)
        self.timer.start(CHECK_INTERVAL_MS)

    def check(self) -> bool:
        """Whether the project is still safe to write; tells the translator once when it is not."""
        store = self.host.store
        loss = store.lost()
        if loss is None:
            return True
        if self.warned != store.path:
            self.warned = store.path
            self._warn(translated(lost_message(store.path, loss)))
        return False

    def _warn(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Critical, "AMTS Studio", text, parent=self.dialog_parent)
        box.setObjectName("project-lost-box")
        box.setInformativeText(
            self.tr(
                "This window still shows all your work. Save a copy of the project now, then quit and open the copy."
            )
        )
        save = box.addButton(self.tr("Save a copy…"), QMessageBox.ButtonRole.AcceptRole)
        save.setObjectName("project-lost-save-copy")
        box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(save)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(self.save_copy)
        self.host.notify(text)
        box.open()

    def suggested_copy(self) -> Path:
        path = self.host.store.path
        return path.with_name(f"{path.stem}-copy-{datetime.now():%Y%m%d-%H%M%S}{path.suffix}")

    def save_copy(self) -> None:
        """A consistent copy of the project as this window sees it, at a place the translator chooses."""
        chosen = file_dialogs.save_file(
            self.dialog_parent,
            self.tr("Save a copy of the project"),
            str(self.suggested_copy()),
            self.tr("AMTS projects (*.amts)"),
        )
        if not chosen:
            return
        self.host.commit_edit()
        try:
            written = self.host.store.save_copy(Path(chosen))
        except (AmtsError, OSError) as exc:
            self.host.notify(self.tr("Cannot save a copy: {0}").format(translated(exc)), warn=True)
            return
        self.host.notify(self.tr("Saved a copy of the project as {0}.").format(written))
