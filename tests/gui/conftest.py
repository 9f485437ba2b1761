"""Fixtures of the GUI tests."""

from __future__ import annotations

import pytest

from tests.gui.real_window import start_display, stop_display


@pytest.fixture(scope="module")
def display():
    """A virtual X11 screen for the tests that run the app as its own process, in a real window."""
    name, server = start_display()
    yield name
    stop_display(server)
