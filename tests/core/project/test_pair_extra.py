"""Pairs imported from TMX by the release before issue 32 keep their codes: migration 0019 places each
code once, where that release placed it on export, and the export writes it there."""

from __future__ import annotations

import json

from amts_gui.core.parallel.project_pairs import export_project_pairs
from amts_gui.core.project.migrations import MIGRATIONS
from amts_gui.core.project.pair_extra import upgrade_extra
from amts_gui.core.project.pairs import add_pairs, list_pairs
from amts_gui.core.project.rows import NewPair
from amts_gui.core.project.store import Store

OLD = {
    "codes": {
        "source": [["<b>", '<bpt i="1">&lt;b&gt;</bpt>'], ["</b>", '<ept i="1">&lt;/b&gt;</ept>']],
        "target": [["<b>", '<bpt i="1">&lt;b&gt;</bpt>'], ["</b>", '<ept i="1">&lt;/b&gt;</ept>'], ["<x/>", "<ph/>"]],
    },
    "notes": ["Checked."],
    "props": [["file", "ui.html"]],
}


def test_the_old_shape_becomes_codes_by_offset_with_props_then_notes():
    new = upgrade_extra(OLD, "Press <b>Run</b> now.", "现在按<b>运行</b>。")
    assert new["head"] == [["prop", {"type": "file"}, "ui.html"], ["note", {}, "Checked."]]
    assert new["sides"]["source"]["inline"] == {
        "text": "Press <b>Run</b> now.",
        "events": [["code", 6, 3, '<bpt i="1">&lt;b&gt;</bpt>'], ["code", 12, 4, '<ept i="1">&lt;/b&gt;</ept>']],
    }
    assert "target" not in new["sides"]  # its third code is not in the text: the text goes alone, as it did
    assert upgrade_extra(new, "x", "y") is new  # today's shape is left as it is


def test_migration_0019_upgrades_stored_pairs_and_the_export_writes_their_codes(tmp_path):
    store = Store.create(tmp_path / "p.amts", "en", "zh")
    add_pairs(store, [NewPair("Press <b>Run</b> now.", "现在按<b>运行</b>。", "imported", extra=OLD)])
    step = dict(MIGRATIONS)["0019_pair_inline"]
    with store.transaction() as db:
        step(db)
    [pair] = list_pairs(store)
    assert pair.extra is not None and pair.extra["sides"]["source"]["inline"]["events"][0][:3] == ["code", 6, 3]
    out = tmp_path / "out.tmx"
    export_project_pairs(store, out, "tmx")
    written = out.read_text(encoding="utf-8")
    assert '<seg>Press <bpt i="1">&lt;b&gt;</bpt>Run<ept i="1">&lt;/b&gt;</ept> now.</seg>' in written
    assert "<seg>现在按&lt;b&gt;运行&lt;/b&gt;。</seg>" in written
    assert json.loads(json.dumps(pair.extra)) == pair.extra
