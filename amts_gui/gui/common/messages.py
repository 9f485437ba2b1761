"""Core messages in the interface language: a :class:`~amts_gui.core.messages.Message`'s template is
looked up in the translations (context ``""``, where lupdate files them) and its arguments filled in,
those that are messages themselves translated too.  Anything else is shown as it is."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from amts_gui.core.messages import Message, message_of


def translated(text: object) -> str:
    """``text`` for the user, in the interface language where it is a :class:`Message`."""
    if isinstance(text, BaseException):
        text = message_of(text)
    if not isinstance(text, Message):
        return str(text)
    template = QCoreApplication.translate("", text.template)
    try:
        return template.format(
            **{name: translated(v) if isinstance(v, Message) else v for name, v in text.args.items()}
        )
    except (KeyError, IndexError, ValueError):  # a translation with a broken field: English beats nothing
        return str(text)
