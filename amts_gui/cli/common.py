"""What the command groups share: messages, progress lines, confirmation, and the Amazon settings and
services of a run (the project's, with the endpoint and profile options on top)."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from typing import TYPE_CHECKING

from amts_gui.core.errors import AmtsError
from amts_gui.core.progress import Progress
from amts_gui.core.project.store import Store

if TYPE_CHECKING:  # boto3 and keyring load only when a command needs them
    from amts_gui.engines.amazon.services import AmazonServices
    from amts_gui.engines.amazon.settings import AwsSettings

EXIT_BAD_INPUT = 2


def warn(message: str) -> None:
    print(f"amts: warning: {message}", file=sys.stderr)


def progress_line(quiet: bool) -> Progress:
    """Progress on one line of stderr, rewritten in place (nothing when ``quiet``)."""

    def show(done: int, total: int, what: str) -> None:
        if not quiet:
            print(f"\r  {done}/{total} {what[:50]:<50}", end="", file=sys.stderr, flush=True)

    return show


def end_progress_line(quiet: bool) -> None:
    if not quiet:
        print(file=sys.stderr)


def confirm(question: str, yes: bool) -> None:
    """Go on only with ``--yes`` or a yes at the prompt: the caller is about to spend money."""
    if yes:
        return
    if not sys.stdin.isatty():
        raise AmtsError("this costs money on your AWS account: add --yes to confirm")
    answer = input(f"{question} [y/N] ").strip().lower()
    if answer not in ("y", "yes"):
        raise AmtsError("cancelled; nothing was sent")


def aws_settings(store: Store, args: argparse.Namespace) -> AwsSettings:
    """The project's Amazon settings with this run's ``--endpoint-url``, ``--s3-endpoint-url``, ``--profile``."""
    from amts_gui.engines.amazon.settings import load_settings

    overrides = {
        "translate_endpoint": getattr(args, "endpoint_url", None),
        "s3_endpoint": getattr(args, "s3_endpoint_url", None),
        "profile": getattr(args, "profile", None),
        "region": getattr(args, "region_override", None),
    }
    return replace(load_settings(store), **{k: v for k, v in overrides.items() if v})


def services(store: Store, args: argparse.Namespace, *, workers: int = 8) -> AmazonServices:
    from amts_gui.engines.amazon.services import AmazonServices

    return AmazonServices.for_user(aws_settings(store, args), workers=workers)


def endpoint_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--endpoint-url", metavar="URL", help="Amazon Translate endpoint (a proxy or a test double)")
    p.add_argument("--s3-endpoint-url", metavar="URL", help="S3 endpoint (a proxy or a local S3)")
    p.add_argument("--profile", help="AWS profile for this run (default: the project's, else boto3's default chain)")
