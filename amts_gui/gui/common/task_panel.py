"""The status-area view of running tasks: a label, a progress bar and a Cancel button per task."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

from amts_gui.gui.common.tasks import Task, TaskProgress, TaskRunner


class TaskRow(QWidget):
    def __init__(self, task: Task, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.task = task
        self.label = QLabel(task.title)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy until the first progress report
        self.bar.setFixedWidth(160)
        self.bar.setTextVisible(False)
        self.cancel = QToolButton()
        self.cancel.setText(self.tr("Cancel"))
        self.cancel.setObjectName(f"cancel-{task.id}")
        self.cancel.clicked.connect(self._cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel)
        task.signals.progressed.connect(self.show_progress)

    def show_progress(self, progress: TaskProgress) -> None:
        self.bar.setRange(0, max(progress.total, 0))
        if progress.total:
            self.bar.setValue(progress.done)
        text = f"{self.task.title}: {progress.what}" if progress.what else self.task.title
        self.label.setText(text[:80])

    def _cancel(self) -> None:
        self.task.cancel()
        self.cancel.setEnabled(False)
        self.label.setText(self.tr("{0}: cancelling…").format(self.task.title))


class TaskPanel(QWidget):
    """Lives in the status bar; hidden when nothing runs."""

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: dict[int, TaskRow] = {}
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        runner.started.connect(self.add)
        runner.ended.connect(self.remove)
        self.setVisible(False)

    def add(self, task: Task) -> None:
        if task.kind.startswith("quiet:"):
            return
        row = TaskRow(task, self)
        self.rows[task.id] = row
        self._layout.addWidget(row)
        self.setVisible(True)

    def remove(self, task_id: int) -> None:
        row = self.rows.pop(task_id, None)
        if row is not None:
            self._layout.removeWidget(row)
            row.deleteLater()
        self.setVisible(bool(self.rows))
