"""Messages for the user that a GUI can translate: the English text, with its template and arguments kept.

``message("{path}: cannot read ({reason})", path=p, reason=r)`` is a ``str`` (the English text, for the CLI
and the logs) that also carries the template, which is the message id, and the arguments.  The GUI looks
the template up in its translations and fills in the arguments, translating those that are messages too.

``pyside6-lupdate -tr-function-alias tr+=message`` collects the templates into the translation files, so
a template must be a string literal at the call.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = ["Message", "message", "message_of"]


class Message(str):
    """English text that remembers its template and arguments."""

    template: str
    args: Mapping[str, object]

    def __new__(cls, template: str, args: Mapping[str, object]) -> Message:
        text = super().__new__(cls, template.format(**args) if args else template)
        text.template, text.args = template, dict(args)
        return text

    def __reduce__(self) -> tuple[Any, ...]:  # keeps template and arguments across pickling (worker processes)
        return (Message, (self.template, self.args))


def message(template: str, /, **args: object) -> Message:
    """A translatable message; ``template`` is a literal with ``{name}`` fields filled from ``args``."""
    return Message(template, args)


def message_of(error: BaseException) -> str:
    """The error's message: a :class:`Message` when it was raised with one, else its text."""
    first = error.args[0] if len(error.args) == 1 else None
    return first if isinstance(first, Message) else str(error)
