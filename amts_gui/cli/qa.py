"""`amts qa`: every QA finding of the project's finals and drafts (placeholders, numbers, glossary terms)."""

from __future__ import annotations

import argparse
import json
from collections import Counter
from typing import Any

from amts_gui.cli.common import open_project, project_argument


def cmd_qa(args: argparse.Namespace) -> int:
    from amts_gui.core.overview.qa import qa_report

    items = qa_report(open_project(args), args.chapter)
    if args.json:
        print(json.dumps([item.as_dict() for item in items], ensure_ascii=False, indent=2))
        return 0
    for item in items:
        level = "error" if item.finding.is_error else "warning"
        print(f"{item.chapter} #{item.number} ({item.of}): {level}: {item.finding}")
    kinds = Counter(str(item.finding.kind.value) for item in items)
    summary = ", ".join(f"{n} {kind}" for kind, n in kinds.most_common())
    print(f"{len(items)} findings" + (f": {summary}" if summary else ""))
    return 0


def register(sub: Any) -> None:
    p = sub.add_parser("qa", help="list every QA finding of the finals and drafts: placeholders, numbers, terms")
    project_argument(p)
    p.add_argument("--chapter", metavar="NAME", help="only this chapter")
    p.add_argument("--json", action="store_true", help="the findings as a JSON list")
    p.set_defaults(func=cmd_qa)
