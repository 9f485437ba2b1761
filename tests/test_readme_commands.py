"""The README's two commands: what a newcomer runs on a fresh Debian 12 or Ubuntu 24.04 with the system Python
(which refuses `pip install` outside a virtual environment, PEP 668), and what CI runs, word for word."""

from __future__ import annotations

import re

from tests.conftest import REPO


def readme_commands() -> list[str]:
    section = REPO.joinpath("README.md").read_text(encoding="utf-8").split("## Two commands", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```bash\n(.+?)\n```", section)


def test_there_are_two_commands_the_app_and_the_tests():
    start, tests = readme_commands()
    assert start.endswith("amts-gui") and tests.endswith("pytest -q")


def test_ci_runs_the_readme_s_test_command_word_for_word():
    run = REPO.joinpath(".ci", "run").read_text(encoding="utf-8").strip().splitlines()
    assert run[-1] == readme_commands()[1]


def test_the_commands_install_into_a_virtual_environment_never_into_the_system_python():
    for command in readme_commands():
        steps = [step.strip() for step in command.split("&&")]
        assert steps[0] == "bash .ci/system-deps" and steps[1] == "python3 -m venv .venv", command
        for step in steps[2:]:
            assert step.startswith(".venv/bin/"), f"{step!r} runs outside the virtual environment"


def test_system_deps_gives_a_system_python_its_venv_module():
    deps = REPO.joinpath(".ci", "system-deps").read_text(encoding="utf-8")
    assert 'python3 -c "import ensurepip"' in deps and "python3-venv" in deps
