"""``amts import --drafts-root LANG=DIR``: an existing translation of the imported chapters as drafts."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from amts_gui.cli.common import warn
from amts_gui.core.errors import InputError
from amts_gui.core.fileio import read_text_file
from amts_gui.core.project.store import Store


def check_drafts_roots(store: Store, roots: dict[str, Path]) -> None:
    """Refuse a root that is not a folder or a language that is not a target, before anything is written."""
    targets = store.targets()
    for lang, root in roots.items():
        if lang not in targets:
            raise InputError(f"--drafts-root {lang}=…: {lang} is not a target of the project ({', '.join(targets)})")
        if not root.is_dir():
            raise InputError(f"--drafts-root {lang}={root}: not a folder; give the folder of that translation")


def import_drafts(store: Store, chapters: list[str], roots: dict[str, Path]) -> None:
    """Align each chapter with the file at its path under each target's root, and store its sentences as
    drafts of origin ``imported``; one line per target."""
    from amts_gui.core.align.embed import default_encoder
    from amts_gui.core.parallel.edition_drafts import draft_from_edition

    encoder = default_encoder()
    for lang, root in roots.items():
        target = store.for_target(lang)
        drafted, bands, missing, kept = 0, Counter[str](), 0, 0
        for chapter in chapters:
            path = root / chapter
            if not path.is_file():
                missing += 1
                warn(f"{chapter}: no {lang} translation at {path}; no drafts for it")
                continue
            result = draft_from_edition(target, chapter, read_text_file(path), path, encoder=encoder)
            drafted, kept = drafted + result.drafted, kept + result.kept
            bands.update(result.bands)
        shown = ", ".join(f"{n} {band}" for band, n in sorted(bands.items()))
        print(
            f"{lang}: {drafted} drafts imported from {root}"
            + (f" ({shown})" if shown else "")
            + (f"; {kept} segments with the translator's text left alone" if kept else "")
            + (f"; {missing} chapters without a translation there" if missing else "")
        )
