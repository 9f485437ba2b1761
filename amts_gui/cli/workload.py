"""``amts control`` and ``amts workload``: the from-scratch control and the workload saved, as the app has them."""

from __future__ import annotations

import argparse
import json
from typing import Any

from amts_gui.cli.common import open_project, project_argument
from amts_gui.core.errors import InputError


def cmd_control(args: argparse.Namespace) -> int:
    from amts_gui.core.project.control import DEFAULT_SHARE, control_of, set_control

    store = open_project(args)
    if args.action == "on":
        control = set_control(store, args.share if args.share is not None else DEFAULT_SHARE)
    elif args.action == "off":
        if args.share is not None:
            raise InputError("--share goes with `on`: `amts control off PROJECT` switches the control off")
        control = set_control(store, 0.0)
    else:
        control = control_of(store)
    state = f"on: {control.share:.0%} of the segments the drafting fills" if control.share > 0 else "off"
    print(f"the from-scratch control is {state}")
    return 0


def cmd_workload(args: argparse.Namespace) -> int:
    from amts_gui.core.scoring.editing_report import editing_report, timed, untimed_accepts
    from amts_gui.core.scoring.workload import MIN_SEGMENTS, workload

    store = open_project(args)
    result = workload(timed(editing_report(store, args.chapter)))
    if args.json:
        print(json.dumps(_as_json(result), indent=1))
        return 0
    print(f"{'draft':<20} {'segments':>8} {'words':>7} {'s/word':>7}  95 %")
    for rate in result.rates:
        interval = (
            f"{rate.low:.2f}–{rate.high:.2f}" if rate.low is not None and rate.high is not None else "not enough data"
        )
        print(f"{rate.group:<20} {rate.segments:>8} {rate.words:>7} {rate.seconds_per_word:>7.2f}  {interval}")
    print(f"\n{'saved':<20} {'post-edited':>11} {'control':>8}  saved (95 %)")
    for saving in result.savings:
        shown = (
            "not enough data" if saving.saved is None else f"{saving.saved:.0%} ({saving.low:.0%}–{saving.high:.0%})"
        )
        print(f"{saving.scope:<20} {saving.post_edited:>11} {saving.control:>8}  {shown}")
    print(f"\nan interval or a saving needs at least {MIN_SEGMENTS} segments in each group")
    untimed = untimed_accepts(store, args.chapter)
    if untimed:
        print(f"{untimed} accepted segments have no time (accepted outside the app) and are not counted")
    return 0


def _as_json(result: Any) -> dict[str, Any]:
    return {
        "rates": [rate.__dict__ for rate in result.rates],
        "savings": [saving.__dict__ for saving in result.savings],
    }


def _share(text: str) -> float:
    try:
        value = float(text.rstrip("%")) / (100 if text.endswith("%") else 1)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a share: give 0.1 or 10%") from None
    if not 0 < value <= 0.5:
        raise argparse.ArgumentTypeError(f"{text}: the share is more than 0 and at most 50 %")
    return value


def register(sub: Any) -> None:
    p = sub.add_parser("control", help="the from-scratch control: switch it on or off, or say its state")
    p.add_argument("action", choices=("on", "off", "status"))
    project_argument(p)
    p.add_argument("--share", type=_share, help="with `on`: the share of segments translated without their draft")
    p.set_defaults(func=cmd_control)

    p = sub.add_parser("workload", help="seconds per word per draft origin against the control, and the work saved")
    project_argument(p)
    p.add_argument("--chapter", metavar="NAME", help="only this chapter")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_workload)
