"""Named commands: the ``QAction``s of one part of the window, by key.

A part (the window's own menus, the drafting actions, the parallel-data actions) makes its commands
here; the window adds every command to itself, so that its shortcut works wherever the focus is, and
lays them out in menus and the toolbar.  Tests and the shortcut sheet find them by key.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from amts_gui.gui.common.confirm import Reach

Shortcut = str | QKeySequence.StandardKey
REACH = "reach"  # the QAction property that says how far a command reaches (confirm.Reach's value)


class Commands:
    def __init__(self, parent: QObject) -> None:
        self._parent = parent
        self._by_key: dict[str, QAction] = {}

    def add(
        self, key: str, text: str, slot: Callable[[], Any], *shortcuts: Shortcut, reach: Reach = Reach.LOCAL
    ) -> QAction:
        """A command; ``reach`` says whether it talks to Amazon, changes what is stored there or is billed
        (those that change or bill ask first; none of them has a shortcut another CAT tool uses)."""
        action = QAction(text, self._parent)
        action.setObjectName(f"command-{key}")
        action.setProperty(REACH, reach.value)
        if shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.triggered.connect(lambda _checked=False: slot())
        self._by_key[key] = action
        return action

    def keep(self, key: str, action: QAction) -> QAction:
        """Name an action made elsewhere (undo and redo come from the undo stack)."""
        action.setObjectName(f"command-{key}")
        self._by_key[key] = action
        return action

    def __getitem__(self, key: str) -> QAction:
        return self._by_key[key]

    def __iter__(self) -> Iterator[QAction]:
        return iter(self._by_key.values())

    def keys(self) -> list[str]:
        return list(self._by_key)
