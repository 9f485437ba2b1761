"""Core messages keep their template and arguments, so the GUI can show them translated."""

from __future__ import annotations

import ast
import pickle
import string

from amts_gui.core.errors import InputError
from amts_gui.core.messages import Message, message, message_of
from tests.conftest import REPO


def test_a_message_is_its_english_text_and_keeps_template_and_arguments():
    text = message("{path}: {count:,} bytes is over the limit", path="a.md", count=12345)
    assert text == "a.md: 12,345 bytes is over the limit" and isinstance(text, str)
    assert text.template == "{path}: {count:,} bytes is over the limit"
    assert text.args == {"path": "a.md", "count": 12345}
    again = pickle.loads(pickle.dumps(text))
    assert isinstance(again, Message) and again.template == text.template and again.args == text.args


def test_an_error_gives_back_its_message():
    raised = InputError(message("{path}: no such file", path="x.md"))
    assert isinstance(message_of(raised), Message) and str(raised) == "x.md: no such file"
    assert message_of(ValueError("plain")) == "plain" and not isinstance(message_of(ValueError("p")), Message)


def _message_calls():
    for path in (REPO / "amts_gui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "message":
                yield path, node


def test_every_message_template_is_a_literal_whose_fields_are_its_arguments():
    """lupdate collects only literal templates, and a field without its argument would fail at runtime."""
    checked = 0
    for path, call in _message_calls():
        first = call.args[0] if call.args else None
        if path.name == "placeholders.py" and isinstance(first, ast.Attribute):
            continue  # a finding's kind: its value is a literal message in FindingKind
        assert isinstance(first, ast.Constant) and isinstance(first.value, str), f"{path}:{call.lineno}"
        fields = {f[1].split("!")[0].split(":")[0] for f in string.Formatter().parse(first.value) if f[1]}
        assert fields == {k.arg for k in call.keywords}, f"{path}:{call.lineno}: {fields}"
        checked += 1
    assert checked > 100
