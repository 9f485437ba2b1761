"""Errors that carry a message meant for the user."""

from __future__ import annotations


class AmtsError(Exception):
    """A problem the user can fix; the message names the file or item and what to do."""


class InputError(AmtsError):
    """Bad input: a missing, binary, non-UTF-8, empty or oversize file, or similar."""


class ProjectError(AmtsError):
    """The project file is missing, not a project, or from a newer version."""


class ProjectBusyError(ProjectError):
    """Another program held the project's write lock for longer than a write waits."""


class ProjectLostError(ProjectError):
    """The project's log was deleted, its locks lost or its file replaced while it was open: nothing more
    may be written to it."""
