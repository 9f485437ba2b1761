"""Amazon Translate settings: stored in the project, except access keys, which go to the keyring."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from amts_gui.engines.aws import PARALLEL_DATA_NAME, AwsSettings
from amts_gui.engines.secrets import Credentials, CredentialVault


class AwsSettingsDialog(QDialog):
    def __init__(self, settings: AwsSettings, vault: CredentialVault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Amazon Translate settings")
        self.vault = vault
        self._settings = settings
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        labels = {
            "region": "Region",
            "bucket": "S3 bucket",
            "prefix": "S3 prefix",
            "role_arn": "DataAccessRoleArn",
            "parallel_data_name": "Parallel-data name",
            "profile": "AWS profile",
        }
        for name, label in labels.items():
            edit = QLineEdit(str(getattr(settings, name)))
            edit.setObjectName(name)
            self.fields[name] = edit
            form.addRow(label, edit)
        self.standard_rate = self._rate(settings.standard_rate)
        self.act_rate = self._rate(settings.act_rate)
        form.addRow("Standard rate (USD / million chars)", self.standard_rate)
        form.addRow("ACT rate (USD / million chars)", self.act_rate)
        self.formality = QComboBox()
        self.formality.addItems(["", "FORMAL", "INFORMAL"])
        self.formality.setCurrentText(settings.formality)
        form.addRow("Formality", self.formality)
        stored = vault.get(settings.profile or "default")
        self.access_key = QLineEdit(stored.access_key_id if stored else "")
        self.access_key.setPlaceholderText("empty: use the profile or boto3's default chain")
        self.secret_key = QLineEdit()
        self.secret_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_key.setPlaceholderText("•••• stored" if stored else "")
        form.addRow("Access key id", self.access_key)
        form.addRow("Secret access key", self.secret_key)
        where = (
            "Keys are kept in the system keyring, never in the project file."
            if vault.persistent
            else "No keyring is available: keys are kept in memory until AMTS Studio quits."
        )
        self.key_note = QLabel(where)
        self.key_note.setWordWrap(True)
        self.error = QLabel("")
        self.error.setStyleSheet("color: #b00020")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.key_note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    @staticmethod
    def _rate(value: float) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
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
            formality=self.formality.currentText(),
        )

    def accept(self) -> None:
        settings = self.settings()
        if settings.parallel_data_name and not PARALLEL_DATA_NAME.match(settings.parallel_data_name):
            self.error.setText("The parallel-data name may hold letters, digits, hyphens and single underscores.")
            return
        access, secret = self.access_key.text().strip(), self.secret_key.text().strip()
        if access and secret:
            self.vault.set(Credentials(access, secret), settings.profile or "default")
        elif not access:
            self.vault.delete(settings.profile or "default")
        super().accept()
