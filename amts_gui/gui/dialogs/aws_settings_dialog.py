"""Amazon Translate settings: stored in the project, except access keys, which go to the keyring.

"Test connection" tries the keys on the service in a worker thread, so a slow network never
freezes the dialog.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from amts_gui.core.progress import Cancelled, Progress
from amts_gui.engines.amazon.secrets import Credentials, CredentialVault
from amts_gui.engines.amazon.settings import PARALLEL_DATA_NAME, AwsSettings, endpoint_problem, supports_formality
from amts_gui.gui.common.tasks import TaskError, TaskResult, TaskRunner


class AwsSettingsPanel(QWidget):
    def __init__(
        self, settings: AwsSettings, vault: CredentialVault, parent: QWidget | None = None, *, target: str = ""
    ) -> None:
        """``target``: the language whose own settings (parallel data, terminology, formality) are shown."""
        super().__init__(parent)
        self.vault = vault
        self._settings = settings
        self.runner = TaskRunner(self, threads=1)
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        labels = {
            "profile": self.tr("AWS profile"),
            "region": self.tr("Region"),
            "bucket": self.tr("S3 bucket"),
            "prefix": self.tr("S3 prefix"),
            "role_arn": self.tr("DataAccessRoleArn"),
            "parallel_data_name": self.tr("Parallel-data name"),
            "terminology_name": self.tr("Terminology name"),
            "translate_endpoint": self.tr("Amazon Translate endpoint"),
            "s3_endpoint": self.tr("S3 endpoint"),
        }
        for name, label in labels.items():
            edit = QLineEdit(str(getattr(settings, name)))
            edit.setObjectName(name.replace("_", "-"))
            if name.endswith("_endpoint"):
                edit.setPlaceholderText(self.tr("empty: Amazon's, by region"))
            self.fields[name] = edit
            form.addRow(label, edit)
        self.standard_rate = self._rate(settings.standard_rate, "standard-rate")
        self.act_rate = self._rate(settings.act_rate, "act-rate")
        form.addRow(self.tr("Standard rate (USD / million chars)"), self.standard_rate)
        form.addRow(self.tr("ACT rate (USD / million chars)"), self.act_rate)
        self.formality = self._formality(settings.formality)
        form.addRow(self.tr("Formality"), self.formality)
        if target:
            self._add_target_note(form, target)
        self._add_keys(form, settings, vault)
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.setObjectName("test-connection")
        self.test_button.clicked.connect(self.test_connection)
        self.test_result = QLabel()
        self.test_result.setObjectName("test-result")
        self.test_result.setWordWrap(True)
        self.error = QLabel("")
        self.error.setObjectName("settings-error")
        self.error.setStyleSheet("color: #c62828")
        self.error.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.key_note)
        layout.addWidget(self.test_button)
        layout.addWidget(self.test_result)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def _add_keys(self, form: QFormLayout, settings: AwsSettings, vault: CredentialVault) -> None:
        """The access key rows, and where the keys are kept."""
        stored = vault.get(settings.profile or "default")
        self.access_key = QLineEdit(stored.access_key_id if stored else "")
        self.access_key.setObjectName("access-key")
        self.access_key.setPlaceholderText(self.tr("empty: use the profile or boto3's default chain"))
        self.secret_key = QLineEdit()
        self.secret_key.setObjectName("secret-key")
        self.secret_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_key.setPlaceholderText(self.tr("•••• stored") if stored else "")
        form.addRow(self.tr("Access key id"), self.access_key)
        form.addRow(self.tr("Secret access key"), self.secret_key)
        where = (
            self.tr("Keys are kept in the system keyring, never in the project file.")
            if vault.persistent
            else self.tr("No keyring is available: keys are kept in memory until AMTS Studio quits.")
        )
        self.key_note = QLabel(where)
        self.key_note.setObjectName("key-note")
        self.key_note.setWordWrap(True)

    def _add_target_note(self, form: QFormLayout, target: str) -> None:
        """Which settings are the target's own; no formality where Amazon has none for the language."""
        own = QLabel(
            self.tr(
                "The parallel-data name, the terminology name and the formality are {0}'s own; switch the "
                "target in the toolbar to set another's."
            ).format(target)
        )
        own.setObjectName("target-own-settings")
        own.setWordWrap(True)
        form.addRow(own)
        if not supports_formality(target):
            self.formality.setEnabled(False)
            self.formality.setToolTip(self.tr("Amazon Translate has no formality setting for {0}").format(target))

    def _formality(self, value: str) -> QComboBox:
        """The formality choice: the words translated, Amazon's values (FORMAL, INFORMAL) as the data."""
        box = QComboBox()
        box.setObjectName("formality")
        box.addItem(self.tr("(the service's default)"), "")
        box.addItem(self.tr("Formal"), "FORMAL")
        box.addItem(self.tr("Informal"), "INFORMAL")
        box.setCurrentIndex(max(0, box.findData(value)))
        return box

    @staticmethod
    def _rate(value: float, name: str) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setObjectName(name)
        box.setRange(0, 10_000)
        box.setDecimals(2)
        box.setValue(value)
        return box

    def settings(self) -> AwsSettings:
        values = {name: edit.text().strip() for name, edit in self.fields.items()}
        return replace(
            self._settings,
            **values,
            standard_rate=self.standard_rate.value(),
            act_rate=self.act_rate.value(),
            formality=str(self.formality.currentData() or ""),
        )

    def typed_credentials(self) -> Credentials | None:
        access, secret = self.access_key.text().strip(), self.secret_key.text().strip()
        if access and secret:
            return Credentials(access, secret)
        stored = self.vault.get(self.settings().profile or "default")
        if access and stored and stored.access_key_id == access:
            return stored
        return None

    def validate(self) -> str | None:
        settings = self.settings()
        if settings.parallel_data_name and not PARALLEL_DATA_NAME.match(settings.parallel_data_name):
            return self.tr("The parallel-data name may hold letters, digits, hyphens and single underscores.")
        if settings.terminology_name and not PARALLEL_DATA_NAME.match(settings.terminology_name):
            return self.tr("The terminology name may hold letters, digits, hyphens and single underscores.")
        for name, url in (("Amazon Translate", settings.translate_endpoint), ("S3", settings.s3_endpoint)):
            if endpoint_problem(url):
                return self.tr("The {0} endpoint must be an http(s) URL with a host, or empty for Amazon's.").format(
                    name
                )
        return None

    def save_keys(self) -> str | None:
        """Keep typed keys (or forget them when the field was emptied); the keyring name they went under."""
        settings = self.settings()
        access, secret = self.access_key.text().strip(), self.secret_key.text().strip()
        name = settings.profile or "default"
        if access and secret:
            return name if self.vault.set(Credentials(access, secret), name) else None
        if not access:
            self.vault.delete(name)
        return None

    def test_connection(self) -> None:
        from amts_gui.engines.amazon.services import check_connection

        settings, credentials = self.settings(), self.typed_credentials()
        self.test_button.setEnabled(False)
        self.test_result.setText(self.tr("Connecting…"))

        def job(progress: Progress, cancelled: Cancelled) -> list[str]:
            return check_connection(settings, credentials)

        def done(result: TaskResult) -> None:
            self.test_result.setStyleSheet("color: #2e7d32")
            self.test_result.setText("✓ " + "\n✓ ".join(result.value))

        def failed(error: TaskError) -> None:
            self.test_result.setStyleSheet("color: #c62828")
            self.test_result.setText("✗ " + error.message)

        task = self.runner.start("Test connection", job, done, failed)
        if task is not None:
            task.signals.finished.connect(lambda _id: self.test_button.setEnabled(True))
