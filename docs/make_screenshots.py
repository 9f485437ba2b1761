"""Take the README screenshots from a real X11 window, as a translator works on the demo.

    python3 docs/make_screenshots.py          (after the README's install command)

Needs Xvfb, xdotool and ImageMagick's ``import`` (``bash .ci/system-deps`` installs them).  It starts
``amts-gui`` with empty user folders, so the first start creates the demo project, then types and
clicks with xdotool:

1. ``screenshot-review.png``: the new chapter's first fuzzy memory draft, post-edited in the Final box,
   with the draft → final diff and the memory match beside it;
2. ``screenshot-terms.png``: segment 8, whose draft does not say 准确率 for "accuracy" as the glossary
   wants: the term underlined in the source, the Terms pane, the amber finding;
   ``screenshot-glossary.png``: the glossary editor beside the desk on "accuracy", a phrase it never
   applies in typed, its use measured in the project's pairs;
3. ``screenshot-qa.png``: a post-edit that lost a math placeholder, and the QA question it raises;
4. ``screenshot-dashboard.png``: the dashboard after these accepts;
5. ``screenshot-review-zh.png``: the Chinese interface on a repetition filled from an accepted twin;
6. ``screenshot-targets.png``: a project with Chinese and Spanish targets (two D2L sections and two
   Hugging Face course articles from ../shared/data), switched to Spanish, the switcher open;
7. ``screenshot-desk-900x650.png``, ``-1280x720.png`` and ``-1920x1080.png``: the desk at three window
   sizes, with a comment (✎) and a locked segment (⊘) in the list, and at 1920×1080 a find-and-replace
   preview.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DOCS = REPO / "docs"
SCREEN = "1920x1080"


class Session:
    """An X server and, on it, one run of the app at a time."""

    def __init__(self, home: Path) -> None:
        self.home = home
        for _attempt in range(5):  # Xvfb now and then fails to pick a display ("Cannot write display number")
            read, write = os.pipe()
            self.server = subprocess.Popen(
                ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{SCREEN}x24", "-nolisten", "tcp"],
                pass_fds=(write,),
            )
            os.close(write)
            number = os.read(read, 16).decode().strip()
            os.close(read)
            if number:
                break
            self.server.wait(timeout=10)
            time.sleep(0.5)
        else:
            raise SystemExit("Xvfb did not start")
        self.display = ":" + number
        self.app: subprocess.Popen[bytes] | None = None
        self.widgets: dict[str, list[int]] = {}

    def start(self, *args: str) -> None:
        report = self.home / "widgets.json"
        report.unlink(missing_ok=True)
        env = {**os.environ, "DISPLAY": self.display, "QT_QPA_PLATFORM": "xcb", "HOME": str(self.home)}
        env |= {"XDG_DATA_HOME": str(self.home / "data"), "XDG_CONFIG_HOME": str(self.home / "config")}
        command = [sys.executable, "-m", "amts_gui.gui.app", "--report-widgets", str(report), *args]
        self.app = subprocess.Popen(command, cwd=REPO, env=env)
        deadline = time.monotonic() + 60
        while not report.exists():
            if self.app.poll() is not None or time.monotonic() > deadline:
                raise SystemExit("the window did not come up")
            time.sleep(0.1)
        self.widgets = json.loads(report.read_text(encoding="utf-8"))
        time.sleep(1.5)  # suggestions and the first paint settle
        self.click("shown-count")  # the keyboard focus (there is no window manager to give it)

    def stop(self) -> None:
        if self.app is not None:
            self.key("ctrl+q")
            self.app.wait(timeout=20)
            self.app = None

    def xdo(self, *args: str) -> None:
        env = {**os.environ, "DISPLAY": self.display}
        subprocess.run(["xdotool", *args], env=env, check=True, capture_output=True)
        time.sleep(0.3)

    def key(self, *keys: str) -> None:
        for key in keys:
            self.xdo("key", key)

    def type(self, text: str) -> None:
        for ch in text:  # one character at a time: xdotool drops repeated CJK keysyms typed in one go
            self.xdo("type", "--delay", "50", ch)

    def click(self, name: str, x: float = 0.5, y: int = 12) -> None:
        left, top, width, _height = self.widgets[name]
        self.xdo("mousemove", "--sync", str(int(left + width * x)), str(top + y), "click", "1")

    def resize(self, width: int, height: int) -> None:
        """The window at this size, laid out again (the app rewrites its report when something moved)."""
        self.xdo("search", "--name", "AMTS Studio", "windowsize", "%@", str(width), str(height))
        report = self.home / "widgets.json"
        deadline = time.monotonic() + 15
        while self.widgets.get("main-window", [0, 0, 0, 0])[2:] != [width, height] and time.monotonic() < deadline:
            time.sleep(0.3)
            self.widgets = json.loads(report.read_text(encoding="utf-8"))
        time.sleep(1)
        self.widgets = json.loads(report.read_text(encoding="utf-8"))

    def reread(self) -> None:
        """The named widgets' places again, windows opened since included."""
        time.sleep(0.6)
        self.widgets = json.loads((self.home / "widgets.json").read_text(encoding="utf-8"))

    def shot(self, name: str) -> None:
        time.sleep(0.8)
        left, top, width, height = self.widgets["main-window"]
        env = {**os.environ, "DISPLAY": self.display}
        crop = f"{width}x{height}+{left}+{top}"
        subprocess.run(["import", "-window", "root", "-crop", crop, str(DOCS / name)], env=env, check=True)
        print("wrote", DOCS / name)

    def close(self) -> None:
        self.stop()
        self.server.terminate()
        self.server.wait(timeout=10)


def review_in_english(session: Session) -> None:
    session.start("--language", "en")
    session.click("final-edit", 0.01, 12)  # the caret before the memory's first word
    session.type("训练好的")  # "A *trained* classifier …": the fuzzy match lacked one word
    session.shot("screenshot-review.png")
    session.key("ctrl+Return")  # accepted; on to the next segment without a final
    session.key(*["ctrl+Down"] * 5)  # segment 8: the memory spoke of argmax, this one of accuracy
    session.shot("screenshot-terms.png")  # the glossary's terms: underlined, listed, and the amber finding
    glossary_editor(session)
    session.key("ctrl+a", "Delete")
    session.type("温度不会改变各类别的排序，因此")
    session.key("alt+2")  # the segment's second glossary term: accuracy → 准确率
    session.type("保持不变。")
    session.key("ctrl+Return", "ctrl+alt+f")  # accept, and fill its repetition (segment 23) from the bar
    session.key("ctrl+a", "Delete", "Delete")  # segment 9: a second press deletes the placeholders
    session.type("如")
    session.key("ctrl+alt+1")
    session.type("所示，除以较大的")
    session.key("ctrl+alt+2")
    session.type("会降低置信度，而较小的T会提高置信度。")  # ⟦3⟧, the math $T$, typed as a plain T
    session.key("ctrl+Return")
    session.shot("screenshot-qa.png")
    session.key("Return")  # Fix: back to the Final
    session.key("ctrl+Next")  # Ctrl+PgDown: the Dashboard
    session.shot("screenshot-dashboard.png")
    session.key("ctrl+Prior")
    session.stop()


def glossary_editor(session: Session) -> None:
    """The glossary editor beside the desk on "accuracy": its senses, and its use measured in the pairs."""
    session.key("ctrl+alt+g")
    time.sleep(2.5)  # the use is measured in the background
    session.reread()
    session.click("glossary-filter")
    session.type("accuracy")
    session.reread()
    session.click("glossary-table", 0.2, 36)  # its row: the form below shows the entry
    session.click("term-not-in")
    session.type("top-1 accuracy")
    session.key("Return")  # saved: the phrase in which "accuracy" is not the term
    session.shot("screenshot-glossary.png")
    session.click("glossary-undo")  # the demo's glossary as it was
    session.click("glossary-close")
    session.click("final-edit", 0.5, 12)


def repetition_in_chinese(session: Session) -> None:
    session.start("--language", "zh_CN")  # reopens where the translator left
    session.key("ctrl+f")
    session.type("ranking")
    session.key("Tab", "ctrl+Down")  # into the list, onto the second occurrence
    session.shot("screenshot-review-zh.png")
    session.stop()


SHARED = REPO.parent / "shared" / "data"
D2L_SECTIONS = ("approx-training", "sentiment-analysis-and-dataset")
HF_ARTICLES = ("hf-course-ch6-5-bpe", "hf-course-ch6-6-wordpiece")


def amts(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "amts_gui.cli.main", *args], cwd=REPO, check=True, capture_output=True)


def two_target_project(home: Path) -> Path:
    """English sources with their Chinese (D2L) and Spanish (Hugging Face course) references, aligned, and
    the Spanish drafted from the memory."""
    book = home / "book"
    for name, (lang_file, folder) in {
        **{f"d2l/{s}.md": (("en_origin.md", "zh.md"), SHARED / "d2l" / s) for s in D2L_SECTIONS},
        **{f"hf/{a}.mdx": (("en.mdx", "es.mdx"), SHARED / "en-es" / a) for a in HF_ARTICLES},
    }.items():
        source, reference = lang_file
        for root, file in (("en", source), ("zh" if name.startswith("d2l") else "es", reference)):
            (book / root / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(folder / file, book / root / name)
    project = home / "book.amts"
    roots = ["--reference-root", f"zh={book / 'zh'}", "--reference-root", f"es={book / 'es'}"]
    amts("init", str(project), "--src", "en", "--tgt", "zh", "--tgt", "es", "--source-root", str(book / "en"), *roots)
    amts("import", str(project), str(book / "en"))
    for lang in ("zh", "es"):
        amts("align", str(project), "--target", lang)
        amts("translate", str(project), "--all", "--engine", "tm", "--target", lang, "--quiet")
    return project


def several_targets(session: Session) -> None:
    if not SHARED.exists():
        print(f"skipped screenshot-targets.png: needs the shared data at {SHARED}")
        return
    project = two_target_project(session.home)
    session.start(str(project), "--language", "en", "--chapter", "hf/hf-course-ch6-5-bpe.mdx", "--segment", "2")
    session.key("ctrl+shift+l")  # on to Spanish: the same chapter and sentence
    session.click("target-switcher")  # the list of the project's targets
    session.shot("screenshot-targets.png")
    session.key("Escape")
    session.stop()


def desk_at_three_sizes(session: Session) -> None:
    session.start("--language", "en")  # reopens where the translator left
    session.key("ctrl+g")
    session.type("3")
    session.key("Return", "ctrl+a")
    session.type("然而，这些概率往往过于自信。")
    session.key("ctrl+Return", "ctrl+Up", "ctrl+l", "ctrl+u")  # accepted, then locked: ⊘
    session.key("ctrl+m")
    session.type("Ask the author")
    session.key("Return")
    session.click("final-edit", 0.5, 12)
    for width, height in ((900, 650), (1280, 720)):
        session.resize(width, height)
        session.shot(f"screenshot-desk-{width}x{height}.png")
    session.resize(1920, 1080)
    session.key("ctrl+h")
    session.type("softmax")
    session.key("Tab")
    session.type("Softmax")
    session.key("Return")  # the preview of every change
    time.sleep(1.5)
    session.shot("screenshot-desk-1920x1080.png")
    session.key("Escape")
    session.stop()


def main() -> None:
    missing = [tool for tool in ("Xvfb", "xdotool", "import") if shutil.which(tool) is None]
    if missing:
        needs = "bash .ci/system-deps installs Xvfb and xdotool; import is in imagemagick"
        raise SystemExit(f"missing {', '.join(missing)}: {needs}")
    with tempfile.TemporaryDirectory() as home:
        session = Session(Path(home))
        try:
            review_in_english(session)
            repetition_in_chinese(session)
            desk_at_three_sizes(session)  # on the demo, before the two-target project becomes the last one
            several_targets(session)
        finally:
            session.close()


if __name__ == "__main__":
    main()
