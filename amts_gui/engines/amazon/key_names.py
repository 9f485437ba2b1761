"""Which keyring entries a project stored access keys under, so that forgetting them forgets all of them.

Keys live in the system keyring under a name: the AWS profile of the moment, or "default".  When the
profile changes after keys were stored, the old entry stays; the project therefore keeps the *names* it
stored keys under (never the keys), and ``forget_keys`` removes every one and says which, if any, remain.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from amts_gui.core.project.store import Store
from amts_gui.engines.amazon.secrets import Credentials, CredentialVault

KEY_NAMES = "aws.key_names"  # a project setting: the keyring names, as a JSON list


def key_names(store: Store) -> list[str]:
    """The keyring names this project stored keys under, in the order first used."""
    raw = store.settings_with_prefix(KEY_NAMES).get("")
    try:
        names = json.loads(raw) if raw else []
    except ValueError:
        return []
    return [n for n in names if isinstance(n, str)]


def remember_key_name(store: Store, name: str) -> None:
    names = key_names(store)
    if name not in names:
        store.set_setting(KEY_NAMES, json.dumps([*names, name]))


def store_keys(store: Store, vault: CredentialVault, credentials: Credentials, name: str) -> bool:
    """Keep the keys under ``name``; True when they went into the keyring (False: this session only)."""
    kept = vault.set(credentials, name)
    if kept:
        remember_key_name(store, name)
    return kept


@dataclass(frozen=True)
class Forgotten:
    removed: tuple[str, ...]  # names whose keys were in the keyring and are gone
    remaining: tuple[str, ...]  # names whose keys the keyring still holds (it refused to delete them)


def forget_keys(store: Store, vault: CredentialVault, current: str) -> Forgotten:
    """Remove the keys of every name the project stored keys under, and of ``current``; then look again."""
    removed, remaining, kept_names = [], [], []
    for name in dict.fromkeys([*key_names(store), current]):
        had = vault.get(name) is not None
        vault.delete(name)
        if vault.get(name) is not None:
            remaining.append(name)
            kept_names.append(name)
        elif had:
            removed.append(name)
    store.set_setting(KEY_NAMES, json.dumps(kept_names))
    return Forgotten(tuple(removed), tuple(remaining))
