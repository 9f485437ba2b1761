"""`amts aws --forget-keys` forgets every key the project stored, under every profile name it used, or says
exactly which remain (issue 29: keys stored under "default" stayed after the profile changed)."""

from __future__ import annotations

import keyring
import keyring.errors
import pytest

from amts_gui.cli.main import main
from amts_gui.core.project.store import Store
from amts_gui.engines.amazon.key_names import forget_keys, key_names, store_keys
from amts_gui.engines.amazon.secrets import SERVICE, Credentials, CredentialVault
from tests.engines.test_engine_parts import MemoryKeyring


class StubbornKeyring(MemoryKeyring):
    """A keyring that refuses to delete one entry."""

    def delete_password(self, service, username):
        if username == "work":
            raise keyring.errors.KeyringError("locked")
        super().delete_password(service, username)


@pytest.fixture
def ring(monkeypatch):
    backend = MemoryKeyring()
    monkeypatch.setattr(keyring, "get_keyring", lambda: backend)
    return backend


def set_keys(project, monkeypatch, access: str, *profile: str) -> None:
    answers = iter([access])
    monkeypatch.setattr("builtins.input", lambda _prompt: next(answers))
    monkeypatch.setattr("getpass.getpass", lambda _prompt: f"secret-of-{access}")
    assert main(["aws", str(project), *profile, "--set-keys"]) == 0


def test_keys_stored_under_two_profiles_are_both_forgotten(tmp_path, ring, monkeypatch, capsys):
    project = tmp_path / "p.amts"
    Store.create(project, "en", "zh").close()
    set_keys(project, monkeypatch, "AKIAFIRST")  # under "default"
    set_keys(project, monkeypatch, "AKIASECOND", "--profile", "work")
    assert set(ring.data) == {(SERVICE, "default"), (SERVICE, "work")}
    capsys.readouterr()
    assert main(["aws", str(project), "--forget-keys"]) == 0
    out = capsys.readouterr().out
    assert "keys removed from the keyring: default, work" in out
    assert ring.data == {} and "access keys          not stored" in out
    dump = "\n".join(Store(project).db.conn.iterdump())
    assert "AKIA" not in dump and "secret-of" not in dump  # names are kept, never keys


def test_a_key_the_keyring_will_not_delete_is_named(tmp_path, monkeypatch, capsys):
    backend = StubbornKeyring()
    monkeypatch.setattr(keyring, "get_keyring", lambda: backend)
    project = tmp_path / "p.amts"
    Store.create(project, "en", "zh").close()
    set_keys(project, monkeypatch, "AKIAFIRST")
    set_keys(project, monkeypatch, "AKIASECOND", "--profile", "work")
    capsys.readouterr()
    assert main(["aws", str(project), "--forget-keys"]) == 1
    captured = capsys.readouterr()
    assert "keys removed from the keyring: default" in captured.out
    assert "the keyring still holds the keys of: work (it refused to delete them)" in captured.err
    assert key_names(Store(project)) == ["work"]  # asked again next time


def test_forget_in_the_library(project):
    vault = CredentialVault(MemoryKeyring())
    assert store_keys(project, vault, Credentials("AKIA1", "s1"), "default")
    assert store_keys(project, vault, Credentials("AKIA2", "s2"), "work")
    assert key_names(project) == ["default", "work"]
    forgotten = forget_keys(project, vault, "work")
    assert forgotten.removed == ("default", "work") and forgotten.remaining == ()
    assert vault.get("default") is None and vault.get("work") is None and key_names(project) == []
