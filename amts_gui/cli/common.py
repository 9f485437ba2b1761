"""What the command groups share: messages, progress lines, confirmation, and the Amazon settings and
services of a run (the project's, with the endpoint and profile options on top)."""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from amts_gui.core.errors import AmtsError
from amts_gui.core.progress import Progress
from amts_gui.core.project.store import Store

if TYPE_CHECKING:  # boto3 and keyring load only when a command needs them
    from amts_gui.engines.amazon.services import AmazonServices
    from amts_gui.engines.amazon.settings import AwsSettings

EXIT_BAD_INPUT = 2

T = TypeVar("T", int, float)


def warn(message: str) -> None:
    print(f"amts: warning: {message}", file=sys.stderr)


_progress = {"open": False}  # a progress line is on stderr without its newline yet


def progress_line(quiet: bool) -> Progress:
    """Progress on one line of stderr, rewritten in place (nothing when ``quiet``)."""

    def show(done: int, total: int, what: str) -> None:
        if not quiet:
            print(f"\r  {done}/{total} {what[:50]:<50}", end="", file=sys.stderr, flush=True)
            _progress["open"] = True

    return show


def end_progress_line(quiet: bool = False) -> None:
    """End the progress line, if one is open: what follows starts on a line of its own."""
    if _progress["open"]:
        print(file=sys.stderr)
        _progress["open"] = False


def url_argument(text: str) -> str:
    """An endpoint URL: http(s) with a host, or a one-line argparse error ("" with ``amts aws``: Amazon's)."""
    from amts_gui.engines.amazon.settings import endpoint_problem

    problem = endpoint_problem(text) if text else f"{text!r} is not a URL"
    if problem:
        raise argparse.ArgumentTypeError(problem)
    return text


def endpoint_setting(text: str) -> str:
    """A stored endpoint: a URL, or "" for Amazon's own."""
    return url_argument(text) if text else ""


def number_argument(convert: Callable[[str], T], low: T, high: T | None, out_of_range: str) -> Callable[[str], T]:
    """An argparse type for a number from ``low`` to ``high`` (None: no upper bound); ``out_of_range`` says
    what is wrong, ``{}`` standing for the value given."""

    def parse(text: str) -> T:
        try:
            value = convert(text)
        except ValueError:
            kind = "whole number" if convert is int else "number"
            raise argparse.ArgumentTypeError(f"{text!r} is not a {kind}") from None
        if not (value >= low and (high is None or value <= high)):  # NaN is out too
            raise argparse.ArgumentTypeError(out_of_range.format(text))
        return value

    return parse


percent_argument = number_argument(float, 0.0, 100.0, "{} is not a percentage from 0 to 100")
positive_int_argument = number_argument(int, 1, None, "{} must be 1 or more")
non_negative_argument = number_argument(float, 0.0, None, "{} must be 0 or more")  # seconds, rates


def language_argument(text: str) -> str:
    """A language code as Amazon Translate and BCP 47 write it: en, zh, zh-TW, pt-PT."""
    if not re.fullmatch(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*", text):
        raise argparse.ArgumentTypeError(f"{text!r} is not a language code such as en, zh or zh-TW")
    return text


def confirm(question: str, yes: bool, why: str = "this costs money on your AWS account") -> None:
    """Go on only with ``--yes`` or a yes at the prompt: the caller is about to spend money (or ``why``)."""
    if yes:
        return
    if not sys.stdin.isatty():
        raise AmtsError(f"{why}: add --yes to confirm")
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
    p.add_argument(
        "--endpoint-url", metavar="URL", type=url_argument, help="Amazon Translate endpoint (a proxy or a test double)"
    )
    p.add_argument("--s3-endpoint-url", metavar="URL", type=url_argument, help="S3 endpoint (a proxy or a local S3)")
    p.add_argument("--profile", help="AWS profile for this run (default: the project's, else boto3's default chain)")


def project_argument(p: argparse.ArgumentParser) -> None:
    """The PROJECT.amts argument, and --target for the target language to work on."""
    p.add_argument("project", type=Path, metavar="PROJECT.amts")
    p.add_argument(
        "--target",
        type=language_argument,
        metavar="LANG",
        help="the target language to work on (default: the project's first)",
    )


def open_project(args: argparse.Namespace) -> Store:
    """The project of ``args``, bound to its ``--target`` (the first target when none is given)."""
    return Store(args.project, target=getattr(args, "target", None))


def per_target_root(text: str) -> tuple[str | None, Path]:
    """``LANG=DIR`` (one target's folder) or ``DIR`` (the target chosen with --target, or the first)."""
    lang, sep, folder = text.partition("=")
    if sep and re.fullmatch(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*", lang):
        return lang, Path(folder)
    return None, Path(text)
