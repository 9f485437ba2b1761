"""The targets side by side, on the project the previous release made, with a second target added."""

from __future__ import annotations

from amts_gui.core.overview.targets import target_overview
from amts_gui.core.project.review import State
from amts_gui.core.project.segments import live_segments, set_final
from amts_gui.core.project.targets import add_target
from tests.core.project.test_release_fixture import release_store  # noqa: F401 - the fixture


def test_each_target_shows_its_own_progress_pairs_pushes_and_scores(release_store):  # noqa: F811
    es = add_target(release_store, "es")
    first = live_segments(es, "softmax-temperature.md")[0]
    set_final(es, first.id, "Temperatura", "accepted")
    zh_view, es_view = target_overview(release_store)
    assert zh_view.target == "zh" and es_view.target == "es"
    assert zh_view.states == {State.UNTRANSLATED: 43, State.DRAFT: 13, State.EDITED: 1, State.ACCEPTED: 1}
    assert (zh_view.references, zh_view.sentence_pairs, zh_view.last_push) == (1, 62, "ACTIVE")
    assert zh_view.bleu == {"tm": 53.6} and zh_view.evaluation_bleu == {}
    assert es_view.states[State.ACCEPTED] == 1 and es_view.segments == 58
    assert (es_view.references, es_view.sentence_pairs, es_view.last_push, es_view.bleu) == (0, 0, None, {})
    assert round(es_view.percent_accepted, 2) == round(100 / 58, 2)
