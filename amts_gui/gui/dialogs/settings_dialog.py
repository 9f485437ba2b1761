"""Settings: drafting defaults and TM thresholds, interface language and colours (per user, in
QSettings), and the project's Amazon Translate settings with access keys in the keyring."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from amts_gui.engines import catalog
from amts_gui.engines.amazon.secrets import CredentialVault
from amts_gui.engines.amazon.settings import AwsSettings
from amts_gui.gui.common.keymap import Keymap, apply_keymap
from amts_gui.gui.common.keymap import label as keymap_label
from amts_gui.gui.common.look import engine_label
from amts_gui.gui.common.preferences import LANGUAGES, PROPAGATION, THEMES, Preferences
from amts_gui.gui.dialogs.aws_settings_dialog import AwsSettingsPanel


class SettingsDialog(QDialog):
    def __init__(
        self,
        prefs: Preferences,
        aws: AwsSettings,
        vault: CredentialVault,
        parent: QWidget | None = None,
        *,
        control_share: float = 0.0,
        target: str = "",
        ask_on_terms: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settings-dialog")
        self.setWindowTitle(self.tr("Settings"))
        self.prefs = prefs
        self.stored_key_name: str | None = None  # the keyring name typed keys went under, once accepted
        general = self._general_page(prefs)
        self.control = self._percent(100 * control_share)
        self.control.setObjectName("from-scratch-share")
        self.control.setRange(0, 50)
        self.control.setToolTip(
            self.tr(
                "This project's segments whose draft is hidden, to compare post-editing with translating from scratch"
            )
        )
        general_form = general.layout()
        assert isinstance(general_form, QFormLayout)
        general_form.addRow(self.tr("From-scratch control (0 %: off; 10 % is usual)"), self.control)
        self.ask_on_terms = QCheckBox(self.tr("Ask before accepting a segment with glossary warnings"))
        self.ask_on_terms.setObjectName("ask-on-terms")
        self.ask_on_terms.setChecked(ask_on_terms)
        self.ask_on_terms.setToolTip(
            self.tr("Off: term warnings show in the badge, the filter and QA, and never stop an accept")
        )
        general_form.addRow(self.ask_on_terms)
        self.aws = AwsSettingsPanel(aws, vault, target=target)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settings-tabs")
        self.tabs.addTab(general, self.tr("General"))
        self.tabs.addTab(self.aws, self.tr("Amazon Translate"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

    def _general_page(self, prefs: Preferences) -> QWidget:
        general = QWidget()
        general.setObjectName("general-settings")
        form = QFormLayout(general)
        self.engine = QComboBox()
        self.engine.setObjectName("default-engine")
        for entry in catalog.ENGINES:
            self.engine.addItem(engine_label(entry), entry.name)
        self.engine.setCurrentIndex(max(self.engine.findData(prefs.engine), 0))
        form.addRow(self.tr("Default engine"), self.engine)
        self.tm_min = self._percent(prefs.tm_min_score)
        self.tm_min.setObjectName("tm-min-score")
        form.addRow(self.tr("Memory drafts from matches of at least"), self.tm_min)
        self.suggest_min = self._percent(prefs.suggestion_threshold)
        self.suggest_min.setObjectName("suggestion-threshold")
        form.addRow(self.tr("Show suggestions as TM matches from"), self.suggest_min)
        self.language = QComboBox()
        self.language.setObjectName("ui-language")
        for key, label in zip(LANGUAGES, (self.tr("System"), "English", "简体中文"), strict=True):
            self.language.addItem(label, key)
        self.language.setCurrentIndex(LANGUAGES.index(prefs.language))
        form.addRow(self.tr("Interface language"), self.language)
        self.theme = QComboBox()
        self.theme.setObjectName("ui-theme")
        for key, label in zip(THEMES, (self.tr("System"), self.tr("Light"), self.tr("Dark")), strict=True):
            self.theme.addItem(label, key)
        self.theme.setCurrentIndex(THEMES.index(prefs.theme))
        form.addRow(self.tr("Colours"), self.theme)
        self.propagation = QComboBox()
        self.propagation.setObjectName("propagation")
        labels = (self.tr("Ask each time"), self.tr("Always fill them"), self.tr("Never"))
        for key, label in zip(PROPAGATION, labels, strict=True):
            self.propagation.addItem(label, key)
        self.propagation.setCurrentIndex(PROPAGATION.index(prefs.propagation))
        form.addRow(self.tr("Repetitions of an accepted sentence"), self.propagation)
        self.idle = QDoubleSpinBox()
        self.idle.setObjectName("idle-seconds")
        self.idle.setRange(5, 600)
        self.idle.setDecimals(0)
        self.idle.setSuffix(self.tr(" s"))
        self.idle.setValue(prefs.idle_seconds)
        form.addRow(self.tr("Editing log: count a pause as at most"), self.idle)
        self.keymap = QComboBox()
        self.keymap.setObjectName("keymap")
        for keymap in Keymap:
            self.keymap.addItem(keymap_label(keymap), keymap.value)
        self.keymap.setCurrentIndex(max(self.keymap.findData(prefs.keymap), 0))
        self.keymap.setToolTip(self.tr("The keys of the tool you are used to; F1 lists them all"))
        form.addRow(self.tr("Keyboard shortcuts"), self.keymap)
        return general

    @staticmethod
    def _percent(value: float) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setRange(0, 100)
        box.setDecimals(0)
        box.setSuffix(" %")
        box.setValue(value)
        return box

    def control_share(self) -> float:
        return float(self.control.value()) / 100

    def aws_settings(self) -> AwsSettings:
        return self.aws.settings()

    def accept(self) -> None:
        problem = self.aws.validate()
        if problem:
            self.aws.error.setText(problem)
            self.tabs.setCurrentWidget(self.aws)
            return
        self.stored_key_name = self.aws.save_keys()
        self.prefs.engine = self.engine.currentData()
        self.prefs.tm_min_score = self.tm_min.value()
        self.prefs.suggestion_threshold = self.suggest_min.value()
        self.prefs.language = self.language.currentData()
        self.prefs.theme = self.theme.currentData()
        self.prefs.propagation = self.propagation.currentData()
        self.prefs.idle_seconds = self.idle.value()
        self.prefs.keymap = self.keymap.currentData()
        super().accept()


def edit_settings(window: Any) -> None:
    """Settings (Ctrl+,) for the main window: the translator's preferences and the project's Amazon settings,
    the window following what changed."""
    from amts_gui.core.project.control import control_of, set_control
    from amts_gui.core.project.term_senses import ASK_ON_TERMS

    share = control_of(window.store).share
    asks = window.store.settings_with_prefix(ASK_ON_TERMS).get("") == "1"
    dialog = SettingsDialog(
        window.prefs,
        window.drafting.settings(),
        window.drafting.vault,
        window,
        control_share=share,
        target=window.store.target,
        ask_on_terms=asks,
    )
    if not dialog.exec():
        return
    window.drafting.save_settings(dialog.aws_settings(), dialog.stored_key_name)
    if dialog.ask_on_terms.isChecked() != asks:
        window.store.set_settings({ASK_ON_TERMS: "1" if dialog.ask_on_terms.isChecked() else "0"})
    if dialog.control_share() != share:
        set_control(window.store, dialog.control_share())
        window.reload()
    window.review.suggestions.threshold = window.prefs.suggestion_threshold
    window.drafting.show_preferred_engine()
    apply_keymap(Keymap(window.prefs.keymap), [a for commands in window.all_commands() for a in commands])
    window.notify(
        QCoreApplication.translate("MainWindow", "Settings saved. A new interface language applies at the next start.")
    )
