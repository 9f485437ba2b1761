"""The two-target project (fixture ``two_targets``, registered in tests/conftest.py): D2L sections with
their Chinese references, and Hugging Face course articles with their Spanish ones (../shared/data),
drafted by the pipeline against the doubles."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from amts_gui.core.project.importer import import_paths
from amts_gui.core.project.store import Store
from amts_gui.engines.amazon.services import AmazonServices
from amts_gui.engines.amazon.settings import AwsSettings, load_settings, save_settings
from tests.conftest import shared_path

D2L_SECTIONS = ("approx-training", "sentiment-analysis-and-dataset")
HF_ARTICLES = ("hf-course-ch6-5-bpe", "hf-course-ch6-6-wordpiece")


def book_folders(root: Path) -> tuple[Path, Path, Path]:
    """The English source, the Chinese and the Spanish references, at the same chapter paths."""
    source, zh, es = root / "en", root / "zh", root / "es"
    for section in D2L_SECTIONS:
        folder = shared_path("d2l", section)
        for lang_root, name in ((source, "en_origin.md"), (zh, "zh.md")):
            (lang_root / "d2l").mkdir(parents=True, exist_ok=True)
            shutil.copy(folder / name, lang_root / "d2l" / f"{section}.md")
    for article in HF_ARTICLES:
        folder = shared_path("en-es", article)
        for lang_root, name in ((source, "en.mdx"), (es, "es.mdx")):
            (lang_root / "hf").mkdir(parents=True, exist_ok=True)
            shutil.copy(folder / name, lang_root / "hf" / f"{article}.mdx")
    return source, zh, es


@pytest.fixture
def two_targets(tmp_path):
    source, zh, es = book_folders(tmp_path / "book")
    store = Store.create(tmp_path / "book.amts", "en", ["zh", "es"], source_root=str(source), name="D2L and HF")
    store.set_setting("target_root", str(zh))
    store.for_target("es").set_setting("target_root", str(es))
    import_paths(store, [source])
    yield store
    store.close()


def on_the_doubles(store: Store, aws) -> None:
    """The project's Amazon settings shared by both targets (zh keeps the fixture's parallel-data name,
    es gets the pipeline's default one)."""
    save_settings(store, replace(aws.settings, parallel_data_name="d2l-en-zh"))
    es = store.for_target("es")
    save_settings(es, replace(load_settings(es), parallel_data_name=""))


def services_on_the_doubles(aws):
    def services_for(view: Store) -> AmazonServices:
        own: AwsSettings = load_settings(view)
        return AmazonServices.connect(
            replace(own, translate_endpoint=aws.settings.translate_endpoint, s3_endpoint=aws.settings.s3_endpoint)
        )

    return services_for
