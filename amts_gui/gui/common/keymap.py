"""Keymap profiles: our default keys, or the keys OmegaT, Trados Studio or memoQ users have in their fingers.

A profile names only the commands whose keys it moves; a key it gives away is taken from whichever
command had it by default, so no key ever does two things.  Paid or remote commands keep their own keys
(none of which another tool uses for editing) and no profile gives them one.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

DEFAULT_KEYS = "default-keys"  # the QAction property holding its default keys (portable text)


class Keymap(StrEnum):
    AMTS = "amts"
    OMEGAT = "omegat"
    TRADOS = "trados"
    MEMOQ = "memoq"


LABELS: dict[Keymap, object] = {
    Keymap.AMTS: QT_TRANSLATE_NOOP("Keymap", "AMTS Studio (default)"),
    Keymap.OMEGAT: QT_TRANSLATE_NOOP("Keymap", "OmegaT-like"),
    Keymap.TRADOS: QT_TRANSLATE_NOOP("Keymap", "Trados Studio-like"),
    Keymap.MEMOQ: QT_TRANSLATE_NOOP("Keymap", "memoQ-like"),
}

# command key → its keys in the profile (portable text); commands not named keep their default keys
PROFILES: dict[Keymap, dict[str, tuple[str, ...]]] = {
    Keymap.AMTS: {},
    Keymap.OMEGAT: {
        "copy_source": ("Ctrl+Shift+R",),  # replace with source
        "copy_reference": ("Ctrl+Alt+R",),
        "copy_draft": ("Ctrl+M",),  # replace with machine translation
        "comment": ("Ctrl+Alt+M",),
        "use_match": ("Ctrl+R",),
        "insert_match": ("Ctrl+I",),
        "next": ("Ctrl+N",),
        "previous": ("Ctrl+P",),
        "new": ("Ctrl+Shift+N",),
        "next_unconfirmed": ("Ctrl+U",),
        "go_to_segment": ("Ctrl+J",),
        "find_replace": ("Ctrl+K",),
        "add_term": ("Ctrl+Shift+G",),
    },
    Keymap.TRADOS: {
        "copy_source": ("Ctrl+Ins",),
        "go_to_segment": ("Ctrl+G",),
        "lock": ("Ctrl+L",),
        "comment": ("Ctrl+Shift+N",),
        "new": ("Ctrl+N",),
        "find_replace": ("Ctrl+H",),
        "add_term": ("Ctrl+F2",),
        "edit_terms": ("Ctrl+Shift+F2",),
        "concordance": ("F3",),
        "spelling": ("F7",),
        "next_qa": ("F8",),
    },
    Keymap.MEMOQ: {
        "copy_source": ("Ctrl+Shift+S",),
        "concordance": ("Ctrl+K",),
        "add_term": ("Ctrl+E",),
        "export": ("Ctrl+Shift+X",),
        "comment": ("Ctrl+M",),
        "find_replace": ("Ctrl+H",),
        "go_to_segment": ("Ctrl+G",),
    },
}


def label(keymap: Keymap) -> str:
    return QCoreApplication.translate("Keymap", str(LABELS[keymap]))


def command_key(action: QAction) -> str:
    return action.objectName().removeprefix("command-")


def portable(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.PortableText)


def default_keys(action: QAction) -> list[str]:
    """The keys the command was made with (remembered the first time a keymap is applied)."""
    kept = action.property(DEFAULT_KEYS)
    if kept is None:
        kept = [portable(s) for s in action.shortcuts()]
        action.setProperty(DEFAULT_KEYS, kept)
    return list(kept)


def keys_in(keymap: Keymap, actions: Iterable[QAction]) -> dict[str, list[str]]:
    """Every command's keys under ``keymap``: the profile's, else its defaults less the keys the profile took."""
    profile = PROFILES[keymap]
    taken = {key for keys in profile.values() for key in keys}
    return {
        command_key(action): list(profile[command_key(action)])
        if command_key(action) in profile
        else [k for k in default_keys(action) if k not in taken]
        for action in actions
    }


def apply_keymap(keymap: Keymap, actions: Iterable[QAction]) -> None:
    actions = list(actions)
    for action in actions:
        default_keys(action)
    chosen = keys_in(keymap, actions)
    for action in actions:
        action.setShortcuts([QKeySequence(k) for k in chosen[command_key(action)]])
