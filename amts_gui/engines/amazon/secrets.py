"""AWS access keys typed into the app: in the system keyring, or in memory for this session only.

Nothing here is written to the project file or the log.  ``Credentials`` hides its secret from
``repr`` so that a traceback or a debug print cannot show it.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from typing import Any

import keyring
import keyring.errors
from keyring.backends import fail

log = logging.getLogger(__name__)
SERVICE = "AMTS Studio (Amazon Translate)"


@dataclass(frozen=True)
class Credentials:
    access_key_id: str
    secret_access_key: str = field(repr=False)
    session_token: str = field(default="", repr=False)


class CredentialVault:
    """Keys per name (an AWS profile name, or "default").  ``persistent`` is False when no keyring
    backend works: keys are then kept in memory until the app quits, and the UI says so."""

    def __init__(self, backend: Any | None = None) -> None:
        self._backend = backend if backend is not None else keyring.get_keyring()
        self._memory: dict[str, Credentials] = {}
        self.persistent = self._usable(self._backend)

    @staticmethod
    def _usable(backend: Any) -> bool:
        if isinstance(backend, fail.Keyring):
            return False
        priority = getattr(backend, "priority", 1)
        try:
            return bool(priority > 0)
        except Exception:  # noqa: BLE001 - a backend whose priority itself fails is not usable
            return False

    def get(self, name: str = "default") -> Credentials | None:
        if name in self._memory:
            return self._memory[name]
        if not self.persistent:
            return None
        try:
            stored = self._backend.get_password(SERVICE, name)
        except keyring.errors.KeyringError as exc:
            log.warning("keyring unavailable (%s); keys are kept for this session only", type(exc).__name__)
            self.persistent = False
            return None
        if not stored:
            return None
        values = json.loads(stored)
        return Credentials(values["id"], values["secret"], values.get("token", ""))

    def set(self, credentials: Credentials, name: str = "default") -> bool:
        """Keep the keys; True if they went into the keyring, False if only into memory."""
        self._memory[name] = credentials
        if not self.persistent:
            return False
        payload = json.dumps(
            {
                "id": credentials.access_key_id,
                "secret": credentials.secret_access_key,
                "token": credentials.session_token,
            }
        )
        try:
            self._backend.set_password(SERVICE, name, payload)
        except keyring.errors.KeyringError as exc:
            log.warning("keyring refused the keys (%s); they are kept for this session only", type(exc).__name__)
            self.persistent = False
            return False
        return True

    def delete(self, name: str = "default") -> None:
        self._memory.pop(name, None)
        if self.persistent:
            try:
                self._backend.delete_password(SERVICE, name)
            except keyring.errors.PasswordDeleteError:
                pass
            except keyring.errors.KeyringError as exc:
                log.warning("keyring could not delete the keys (%s)", type(exc).__name__)
