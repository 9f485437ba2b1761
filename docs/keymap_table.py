"""The keymap table in the README: the desk's functions with our default keys beside the OmegaT-like,
Trados-like and memoQ-like profiles (which carry those tools' own keys where the tool has one).

    python docs/keymap_table.py          # prints the table (Markdown)

``tests/gui/test_keymap_table.py`` fails when the README's table differs from what the code binds.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QAction

from amts_gui.gui.common.keymap import Keymap, command_key, keys_in

FUNCTIONS = (  # (command, what it does), in the order a translator meets them
    ("accept", "accept and go to the next segment not accepted"),
    ("previous", "previous segment"),
    ("next", "next segment"),
    ("next_unconfirmed", "next segment not accepted"),
    ("previous_unconfirmed", "previous segment not accepted"),
    ("next_qa", "next segment with a QA finding"),
    ("go_to_segment", "go to a segment number"),
    ("copy_source", "copy the source to the final (chips kept)"),
    ("copy_draft", "copy the draft to the final"),
    ("copy_reference", "copy the reference to the final"),
    ("clear_final", "clear the final"),
    ("use_match", "the best memory match as the final"),
    ("insert_match", "the best memory match at the caret"),
    ("match_2", "memory match 2 (1…5) as the final"),
    ("find", "filter the list by words"),
    ("find_replace", "find and replace in the project"),
    ("concordance", "concordance for the selected words"),
    ("spelling", "next spelling mistake"),
    ("comment", "comment on the segment"),
    ("lock", "lock or unlock the selected segments"),
    ("ignore_term", "ignore the term warning in this segment"),
    ("never_in_phrase", "never check the term in this phrase"),
    ("add_term", "glossary editor on a new entry from the selections"),
    ("edit_terms", "glossary editor"),
    ("fill_repetitions", "fill the repetitions offered"),
    ("undo", "undo"),
    ("shortcuts", "the shortcut sheet"),
)


def table(actions: Iterable[QAction]) -> str:
    actions = list(actions)
    columns = {keymap: keys_in(keymap, actions) for keymap in Keymap}
    known = {command_key(a) for a in actions}
    lines = [
        "| function | AMTS (default) | OmegaT-like | Trados-like | memoQ-like |",
        "|---|---|---|---|---|",
    ]
    for command, what in FUNCTIONS:
        if command not in known:
            raise SystemExit(f"docs/keymap_table.py names {command}, which the window does not have")
        cells = [", ".join(columns[keymap][command]) or "—" for keymap in Keymap]
        lines.append(f"| {what} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> None:
    import tempfile
    from pathlib import Path

    from PySide6.QtWidgets import QApplication

    from amts_gui.core.project.store import Store
    from amts_gui.gui.common.preferences import Preferences
    from amts_gui.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        from PySide6.QtCore import QSettings

        store = Store.create(Path(folder) / "k.amts", "en", "zh", source_root=folder)
        prefs = Preferences(QSettings(str(Path(folder) / "prefs.ini"), QSettings.Format.IniFormat))
        window = MainWindow(store, prefs)
        print(table(a for commands in window.all_commands() for a in commands))
        window.close()
        store.close()
    del app


if __name__ == "__main__":
    main()
