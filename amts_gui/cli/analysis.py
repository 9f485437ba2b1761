"""`amts analyze`: words and segments per match band before a job, and what Amazon Translate would charge."""

from __future__ import annotations

import argparse
import json
from typing import Any

from amts_gui.cli.common import open_project, project_argument


def cmd_analyze(args: argparse.Namespace) -> int:
    from amts_gui.cli.common import aws_settings
    from amts_gui.core.overview.analysis import CONVENTIONS
    from amts_gui.engines.amazon.costs import price
    from amts_gui.engines.amazon.settings import DEFAULT_ACT_RATE, DEFAULT_RATES_CHECKED, DEFAULT_STANDARD_RATE
    from amts_gui.studies.analysis import analyze_chapters

    store = open_project(args)
    analysis = analyze_chapters(store, args.chapter or (), CONVENTIONS[args.convention])
    settings = aws_settings(store, args)
    characters = analysis.total.total_characters
    costs = {
        "characters": characters,
        "realtime_usd": round(price(characters, settings, act=False), 4),
        "act_batch_usd": round(price(characters, settings, act=True), 4),
        "rates_per_million": {"standard": settings.standard_rate, "act": settings.act_rate},
        "default_rates_checked": DEFAULT_RATES_CHECKED,
    }
    if args.json:
        print(json.dumps({**analysis.as_dict(), "amazon": costs}, ensure_ascii=False, indent=2))
        return 0
    unit = analysis.counted_by
    rows = [*analysis.chapters, analysis.total] if len(analysis.chapters) > 1 else list(analysis.chapters)
    for result in rows:
        print(f"{result.chapter}: {result.total_words:,} {unit}")
        for band, count in result.bands.items():
            share = 100 * count.words / result.total_words if result.total_words else 0.0
            line = f"  {band:<21} {count.words:>8,} {unit}  {share:5.1f} %  {count.segments:>6,} segments"
            print(line + f"  {count.characters:>9,} characters")
    print("rules: " + "; ".join(analysis.rules))
    own = (settings.standard_rate, settings.act_rate) != (DEFAULT_STANDARD_RATE, DEFAULT_ACT_RATE)
    rates = "the project's prices" if own else f"list prices as checked on {DEFAULT_RATES_CHECKED}"
    print(
        f"Amazon Translate would bill {characters:,} characters: realtime ${costs['realtime_usd']:.2f} "
        f"(${settings.standard_rate:.2f} per million), ACT batch ${costs['act_batch_usd']:.2f} "
        f"(${settings.act_rate:.2f} per million); {rates}, set them with `amts aws --standard-rate/--act-rate`"
    )
    return 0


def register(sub: Any) -> None:
    p = sub.add_parser(
        "analyze", help="words and segments per match band (repetitions, memory matches, no match) and the cost"
    )
    project_argument(p)
    p.add_argument("--chapter", action="append", metavar="NAME", help="only this chapter (repeatable)")
    p.add_argument("--json", action="store_true", help="per chapter and total: total_words and bands")
    p.add_argument(
        "--convention",
        choices=("trados", "memoq"),
        default="trados",
        help="trados (default): 100 %% matches before repetitions, repetitions across chapters apart; "
        "memoq: repetitions first, across chapters merged",
    )
    p.set_defaults(func=cmd_analyze)
