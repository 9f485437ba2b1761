from __future__ import annotations

import gc
import os
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from amts_gui.core.project.store import Store

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
SHARED_DATA = REPO.parent / "shared" / "data"
DEMO = REPO / "resources" / "demo"


def shared_path(*parts: str) -> Path:
    """A path under ../shared/data, skipping the test when the shared data is absent."""
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"needs the shared data at {path} (../shared beside the repo); not present here")
    return path


def shared_markdown_files() -> list[Path]:
    if not SHARED_DATA.exists():
        return []
    return sorted(p for p in SHARED_DATA.rglob("*") if p.suffix in (".md", ".mdx"))


def lang_of(path: Path) -> str:
    stem = path.stem.removesuffix("_origin")
    return stem if stem in ("zh", "es") else "en"


@pytest.fixture
def project(tmp_path: Path):
    from amts_gui.core.project.store import Store

    store = Store.create(tmp_path / "p.amts", "en", "zh", source_root=str(tmp_path / "src"))
    (tmp_path / "src").mkdir()
    yield store
    store.close()


@pytest.fixture
def demo_store(tmp_path: Path):
    """The built-in demo as a first start creates it: a translated chapter, its memory, a drafted new one."""
    from amts_gui.demo.book import create_demo_project

    store = create_demo_project(tmp_path / "demo.amts", DEMO)
    yield store
    store.close()


SAMPLE_CHAPTER = "softmax-temperature.md"


def create_sample_project(path: Path) -> Store:
    """The demo's translated chapter alone, with its reference: nothing aligned, drafted or accepted."""
    from amts_gui.core.project.importer import import_paths
    from amts_gui.core.project.store import Store

    store = Store.create(path, "en", "zh", source_root=str(DEMO / "en"), target_root=str(DEMO / "zh"))
    import_paths(store, [DEMO / "en" / SAMPLE_CHAPTER], reference_root=DEMO / "zh")
    return store


@pytest.fixture
def sample_store(tmp_path: Path):
    store = create_sample_project(tmp_path / "sample.amts")
    yield store
    store.close()


# -- AWS on loopback: moto's S3 server and the Amazon Translate double ---------------------------
@pytest.fixture(scope="session")
def moto_s3_endpoint():
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


@pytest.fixture
def aws_env(monkeypatch, tmp_path):
    """Fake credentials and no user AWS config, so nothing can reach a real account."""
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing-key-id")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing-secret")
    monkeypatch.delenv("AWS_PROFILE", raising=False)
    monkeypatch.delenv("AWS_SESSION_TOKEN", raising=False)
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "no-aws-config"))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "no-aws-credentials"))
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")


TRANSLATE_PROTOCOLS = {"json": "json", "cbor": "smithy-rpc-v2-cbor"}


def speak(protocol: str, monkeypatch) -> None:
    """Make botocore's Translate clients speak ``protocol`` (a key of TRANSLATE_PROTOCOLS): the model lists
    both, and botocore picks by its own order of preference, which this puts the wanted one first in."""
    import botocore.model

    wanted = TRANSLATE_PROTOCOLS[protocol]
    order = botocore.model.PRIORITY_ORDERED_SUPPORTED_PROTOCOLS
    monkeypatch.setattr(
        botocore.model, "PRIORITY_ORDERED_SUPPORTED_PROTOCOLS", (wanted, *[p for p in order if p != wanted])
    )


@pytest.fixture(params=list(TRANSLATE_PROTOCOLS))
def aws(aws_env, moto_s3_endpoint, request, monkeypatch):
    """A bucket on moto, a running Translate double, AwsSettings pointing at both, and clients; once with
    the JSON 1.1 that botocore picks today, once with the Smithy RPC v2 CBOR that Translate's model lists."""
    import uuid

    import boto3

    speak(request.param, monkeypatch)

    from amts_gui.engines.amazon.services import AmazonServices
    from amts_gui.engines.amazon.settings import AwsSettings
    from tests.aws_double.server import TranslateDouble

    bucket = f"amts-test-{uuid.uuid4().hex[:12]}"
    s3 = boto3.client("s3", endpoint_url=moto_s3_endpoint, region_name="us-east-1")
    s3.create_bucket(Bucket=bucket)
    double = TranslateDouble(s3).start()
    settings = AwsSettings(
        region="us-east-1",
        bucket=bucket,
        prefix="books/d2l",
        role_arn="arn:aws:iam::123456789012:role/TranslateBatch",
        parallel_data_name="d2l-en-zh",
        translate_endpoint=double.endpoint,
        s3_endpoint=moto_s3_endpoint,
    )
    services = AmazonServices.connect(settings)
    if services.translate.meta.service_model.resolved_protocol != TRANSLATE_PROTOCOLS[request.param]:
        double.stop()
        pytest.skip(f"this botocore's Translate model does not offer {TRANSLATE_PROTOCOLS[request.param]}")

    class Aws:
        pass

    env = Aws()
    env.double, env.settings, env.bucket, env.services = double, settings, bucket, services
    env.translate, env.s3, env.protocol = services.translate, services.s3, request.param
    yield env
    double.stop()
    assert not double.protocol_errors, double.protocol_errors
    assert double.protocols_seen <= {request.param}, double.protocols_seen  # no client fell back to the other


@pytest.fixture(autouse=True)
def gui_thread_garbage_collection(request):
    """In GUI tests, cyclic garbage is collected on the main thread only, as the app does: when a worker
    thread's automatic collection destroys a QObject (a window of an earlier test), PySide can deadlock
    with the main thread (seen: test_settings_dialog… hung in a fresh clone)."""
    if not {"qtbot", "qapp"} & set(request.fixturenames):
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.collect()
        gc.enable()


@pytest.fixture(autouse=True)
def isolated_user_state(tmp_path_factory, monkeypatch):
    """Preferences (QSettings) and the user data folder of every test live in a fresh temporary folder."""
    home = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    try:
        from PySide6.QtCore import QSettings
    except ImportError:  # pragma: no cover - the GUI extras are missing
        return
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(home / "config"))


@pytest.fixture(autouse=True)
def english_interface(request):
    """GUI tests see the interface as an English user does, plural forms included ("1 chapter")."""
    if not {"qtbot", "qapp"} & set(request.fixturenames):
        yield
        return
    from PySide6.QtWidgets import QApplication

    from amts_gui.gui.common.look import install_translators

    app = QApplication.instance()
    translators = install_translators(app, "en")
    yield
    for translator in translators:
        app.removeTranslator(translator)


from tests.two_targets import two_targets  # noqa: E402, F401 - a fixture for the pipeline, CLI and GUI tests
