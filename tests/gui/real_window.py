"""The app as its own process in a real X11 window (Xvfb, the xcb platform), driven by xdotool as a person would."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REPO

needs_x11 = pytest.mark.skipif(
    not (shutil.which("Xvfb") and shutil.which("xdotool")),
    reason="needs Xvfb and xdotool (bash .ci/system-deps installs them)",
)


def start_display() -> tuple[str, subprocess.Popen[bytes]]:
    """A fresh X server on a free display number (its lock file and socket not taken), ready when its socket
    is there."""
    number = next(
        n
        for n in range(140, 400)
        if not Path(f"/tmp/.X{n}-lock").exists() and not Path(f"/tmp/.X11-unix/X{n}").exists()
    )
    server = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", "1400x900x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 30
    while not Path(f"/tmp/.X11-unix/X{number}").exists():
        assert server.poll() is None, server.stderr.read() if server.stderr else "Xvfb ended"
        assert time.monotonic() < deadline, "Xvfb did not come up"
        time.sleep(0.05)
    return f":{number}", server


def stop_display(server: subprocess.Popen[bytes]) -> None:
    server.terminate()
    server.wait(timeout=10)


class App:
    """``amts-gui`` on the display, with the rectangles of its named widgets."""

    def __init__(self, display: str, project: Path | None, home: Path, *args: str) -> None:
        self.display = display
        report = home / "widgets.json"
        env = {
            **os.environ,
            "DISPLAY": display,
            "QT_QPA_PLATFORM": "xcb",
            "HOME": str(home),
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_CONFIG_HOME": str(home / "config"),
        }
        opened = [str(project)] if project is not None else []  # none: the first start, on the demo
        command = [sys.executable, "-m", "amts_gui.gui.app", *opened, "--report-widgets", str(report), *args]
        self.process = subprocess.Popen(command, cwd=REPO, env=env, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 60
        while not report.exists():
            assert self.process.poll() is None, self.process.stderr.read() if self.process.stderr else ""
            assert time.monotonic() < deadline, "the window did not come up"
            time.sleep(0.1)
        self.report = report
        self.widgets: dict[str, Any] = json.loads(report.read_text(encoding="utf-8"))

    def reread(self, until: Callable[[dict[str, Any]], bool] = lambda _w: True, seconds: float = 15) -> None:
        """The widgets' places again (the app rewrites them when something moved), until ``until`` holds."""
        deadline = time.monotonic() + seconds
        while True:
            try:
                self.widgets = json.loads(self.report.read_text(encoding="utf-8"))
            except (OSError, ValueError):  # between the app's atomic replace and our read
                pass
            if until(self.widgets) or time.monotonic() > deadline:
                return
            time.sleep(0.2)

    def resize(self, width: int, height: int) -> None:
        """Resize the window as a window manager would, and wait until the app has laid itself out again."""
        self.xdo("search", "--sync", "--name", "AMTS Studio", "windowsize", "%@", str(width), str(height))
        self.reread(lambda w: w.get("main-window", [0, 0, 0, 0])[2:] == [width, height])
        time.sleep(0.6)
        self.reread()

    def xdo(self, *args: str) -> None:
        subprocess.run(["xdotool", *args], env={**os.environ, "DISPLAY": self.display}, check=True, capture_output=True)

    def click(self, name: str, x: float, y: int) -> None:
        """Click inside widget ``name`` at ``x`` (a share of its width) and ``y`` pixels from its top."""
        left, top, width, _height = self.widgets[name]
        self.xdo("mousemove", "--sync", str(int(left + width * x)), str(top + y), "click", "1")
        time.sleep(0.3)

    def close(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()


def wait_until(condition, failure: str, seconds: float = 20) -> None:
    """Poll what the app wrote to the project until ``condition`` holds; fail with ``failure`` after ``seconds``."""
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, failure
        time.sleep(0.05)
