"""`amts aws`: show or set the project's Amazon Translate settings, and keep access keys in the keyring."""

from __future__ import annotations

import argparse
import getpass
import sys
from dataclasses import asdict
from typing import Any

from amts_gui.cli.common import endpoint_setting, non_negative_argument, open_project, project_argument
from amts_gui.engines.base import EngineError


def cmd_aws(args: argparse.Namespace) -> int:
    from amts_gui.engines.amazon.key_names import forget_keys, store_keys
    from amts_gui.engines.amazon.secrets import Credentials, CredentialVault
    from amts_gui.engines.amazon.settings import load_settings, update_settings

    store = open_project(args)
    changes = {
        "region": args.region,
        "bucket": args.bucket,
        "prefix": args.prefix,
        "role_arn": args.role_arn,
        "parallel_data_name": args.parallel_data_name,
        "terminology_name": args.terminology_name,
        "profile": args.profile,
        "standard_rate": args.standard_rate,
        "act_rate": args.act_rate,
        "formality": args.formality,
        "translate_endpoint": args.translate_endpoint,
        "s3_endpoint": args.s3_endpoint,
    }
    settings = (
        update_settings(store, **changes) if any(v is not None for v in changes.values()) else load_settings(store)
    )
    vault = CredentialVault()
    key_name = settings.profile or "default"
    if args.set_keys:
        access = input("AWS access key id: ").strip()
        secret = getpass.getpass("AWS secret access key: ").strip()
        if not access or not secret:
            raise EngineError("both the access key id and the secret are needed")
        kept = store_keys(store, vault, Credentials(access, secret), key_name)
        print("keys stored in the system keyring" if kept else "no keyring available: keys are NOT stored")
    outcome = 0
    if args.forget_keys:
        forgotten = forget_keys(store, vault, key_name)
        removed = ", ".join(forgotten.removed)
        print(f"keys removed from the keyring: {removed}" if removed else "no stored keys to remove")
        if forgotten.remaining:
            names = ", ".join(forgotten.remaining)
            print(f"amts: the keyring still holds the keys of: {names} (it refused to delete them)", file=sys.stderr)
            outcome = 1
    for name, value in asdict(settings).items():
        print(f"{name:<20} {value}")
    stored = vault.get(key_name)
    where = "keyring" if vault.persistent else "none (no keyring backend)"
    print(f"{'access keys':<20} {'stored, id ' + stored.access_key_id[:4] + '…' if stored else 'not stored'} ({where})")
    return outcome


def register(sub: Any) -> None:
    p = sub.add_parser("aws", help="show or set the project's Amazon Translate settings; store access keys")
    project_argument(p)
    p.add_argument("--region")
    p.add_argument("--bucket")
    p.add_argument("--prefix")
    p.add_argument("--role-arn", help="DataAccessRoleArn for batch jobs")
    p.add_argument("--parallel-data-name", help="the --target's own parallel-data resource")
    p.add_argument(
        "--terminology-name",
        help="the --target's own Custom Terminology, which `amts terms push` writes and every request applies",
    )
    p.add_argument("--profile", help="AWS profile name (credentials from ~/.aws)")
    p.add_argument("--standard-rate", type=non_negative_argument, help="USD per million characters, realtime")
    p.add_argument("--act-rate", type=non_negative_argument, help="USD per million characters, ACT batch")
    p.add_argument("--formality", choices=["FORMAL", "INFORMAL", ""], help="the --target's own, where Amazon has it")
    p.add_argument(
        "--translate-endpoint",
        metavar="URL",
        type=endpoint_setting,
        help="Amazon Translate endpoint to use, e.g. a proxy or a test double ('' for Amazon's)",
    )
    p.add_argument("--s3-endpoint", metavar="URL", type=endpoint_setting, help="S3 endpoint to use ('' for Amazon's)")
    p.add_argument("--set-keys", action="store_true", help="type access keys (kept in the system keyring)")
    p.add_argument(
        "--forget-keys",
        action="store_true",
        help="remove the access keys the project stored, under every profile name it used",
    )
    p.set_defaults(func=cmd_aws)
