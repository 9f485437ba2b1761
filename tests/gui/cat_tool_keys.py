"""Default shortcuts of the CAT tools translators come from, which a paid or remote command must not have.

OmegaT's are its own file (``src/org/omegat/gui/main/MainMenuShortcuts.properties``, Windows and Linux);
Trados Studio's and memoQ's are their documented defaults for the editor.  Keys in Qt's portable text.
"""

from __future__ import annotations

OMEGAT = {
    "Ctrl+Shift+N": "new project / history forward",
    "Ctrl+O": "open project",
    "F5": "reload project",
    "Ctrl+Shift+W": "close project",
    "Ctrl+S": "save",
    "Ctrl+D": "create translated documents",
    "Ctrl+Shift+D": "create current translated document",
    "Ctrl+E": "project properties",
    "Ctrl+L": "project files",
    "Ctrl+Q": "quit",
    "Ctrl+Z": "undo",
    "Ctrl+Y": "redo",
    "Ctrl+R": "replace with match",
    "Ctrl+I": "insert match",
    "Ctrl+M": "replace with machine translation",
    "Ctrl+Shift+R": "replace with source",
    "Ctrl+Shift+I": "insert source",
    "Ctrl+Shift+T": "insert missing source tags (tag painter)",
    "Ctrl+T": "insert next missing tag",
    "Ctrl+Shift+C": "export selection",
    "Ctrl+Shift+G": "create glossary entry",
    "Ctrl+F": "search project",
    "Ctrl+Shift+F": "search again",
    "Ctrl+K": "search and replace",
    "Shift+F3": "switch case",
    "Ctrl+Up": "previous match",
    "Ctrl+Down": "next match",
    "Ctrl+1": "select match 1",
    "Ctrl+2": "select match 2",
    "Ctrl+3": "select match 3",
    "Ctrl+4": "select match 4",
    "Ctrl+5": "select match 5",
    "Ctrl+Shift+S": "register identical translation",
    "Ctrl+U": "next untranslated segment",
    "Ctrl+Shift+U": "next translated segment",
    "Ctrl+N": "next segment",
    "Ctrl+P": "previous segment",
    "Ctrl+J": "go to segment",
    "Ctrl+Shift+Q": "next unique segment",
    "Ctrl+Shift+M": "go to match source",
    "Ctrl+Shift+P": "history back",
    "Ctrl+Shift+V": "check tags",
    "F1": "help",
}

TRADOS = {
    "Ctrl+Return": "confirm and move to the next unconfirmed segment",
    "Ctrl+Ins": "copy source to target",
    "Alt+Del": "clear target segment",
    "F3": "concordance search",
    "F7": "spell check",
    "F8": "verify",
    "Ctrl+G": "go to segment",
    "Ctrl+L": "lock or unlock segments",
    "Ctrl+F2": "add new term",
    "Ctrl+Shift+F2": "quick add new term",
    "Ctrl+Shift+N": "add comment",
    "Ctrl+,": "quick insert",
    "Alt+Shift+T": "split segment",
    "Ctrl+Alt+S": "merge segments",
    "Ctrl+F": "find",
    "Ctrl+H": "replace",
    "Ctrl+S": "save",
}

MEMOQ = {
    "Ctrl+Return": "confirm",
    "Ctrl+Shift+S": "copy source to target",
    "Ctrl+Space": "show suggestions",
    "F9": "insert next tag",
    "Ctrl+F9": "insert all tags",
    "Ctrl+K": "concordance",
    "Ctrl+E": "add term",
    "Ctrl+Q": "quick add term",
    "Ctrl+P": "look up term",
    "Ctrl+J": "join segments",
    "Ctrl+T": "split segment",
    "Ctrl+M": "add comment",
    "Ctrl+F": "find",
    "Ctrl+H": "find and replace",
    "Shift+F3": "change case",
    "F2": "edit source",
}

DESKTOP = {  # keys the desktop takes before any program sees them
    "Ctrl+Alt+T": "GNOME, KDE and Xfce: open a terminal",
    "Ctrl+Alt+Del": "log out",
    "Ctrl+Alt+L": "lock the screen",
}


def used_by(keys: str) -> list[str]:
    """Which tools bind ``keys`` (portable text), and to what."""
    found = []
    for tool, table in (("OmegaT", OMEGAT), ("Trados Studio", TRADOS), ("memoQ", MEMOQ), ("desktop", DESKTOP)):
        if keys in table:
            found.append(f"{tool}: {table[keys]}")
    return found
