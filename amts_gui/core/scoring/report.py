"""Score reports: the study's table, ``scores.csv`` and a self-contained ``report.html``.

Both files are written atomically.  Charts are embedded: PNG images as data URIs (the dashboard
grabs its pyqtgraph charts) or inline SVG (the headless command draws a bar chart without Qt).
"""

from __future__ import annotations

import base64
import csv
import html
import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from amts_gui.core.fileio import atomic_write_text
from amts_gui.core.project.scores import ScoreRow
from amts_gui.core.scoring.history import POST_EDIT
from amts_gui.core.scoring.units import variant_order

CSV_COLUMNS = (
    "chapter",
    "variant",
    "metric",
    "score",
    "score_0_1",
    "units",
    "covered",
    "direction",
    "endpoint",
    "signature",
)
STUDY_NOTE = "Reference study (five D2L sections, Amazon Translate), average BLEU 0–1"


@dataclass(frozen=True)
class Chart:
    title: str
    png: bytes | None = None
    svg: str | None = None


@dataclass(frozen=True)
class Report:
    title: str
    project: str
    direction: str
    created_at: str
    rows: Sequence[ScoreRow]
    endpoints: dict[str, str]  # variant → where its drafts came from
    skipped: Sequence[tuple[str, str]] = ()  # (variant, why)
    notes: Sequence[str] = ()
    charts: Sequence[Chart] = field(default_factory=tuple)
    order: Sequence[str] = ()  # the variants known to the engine catalog, in its order
    labels: Mapping[str, str] = field(default_factory=dict)  # variant → what it is, in words
    reference: Mapping[str, float] = field(default_factory=dict)  # variant → the reference study's BLEU

    def variants(self) -> list[str]:
        return variant_order([r.variant for r in self.rows if r.variant != POST_EDIT], self.order)

    def chapters(self) -> list[str]:
        return list(dict.fromkeys(r.chapter for r in self.rows))


def _values(rows: Sequence[ScoreRow]) -> dict[tuple[str, str, str], float]:
    """(chapter, variant, metric) → value, for lookups by cell."""
    return {(r.chapter, r.variant, r.metric): r.value for r in rows}


def study_table(report: Report, metric: str = "BLEU", *, unit_scale: bool = True, decimals: int = 3) -> list[list[str]]:
    """The reference study's layout: a header, one row per article, then the average over the articles
    that have a score.  On the 0–1 scale with 3 decimals by default."""
    variants = report.variants()
    factor = 0.01 if unit_scale else 1.0
    values = _values(report.rows)
    table = [["article", *variants]]
    columns: dict[str, list[float]] = {v: [] for v in variants}
    for chapter in report.chapters():
        cells = [chapter]
        for variant in variants:
            value = values.get((chapter, variant, metric))
            if value is not None:
                columns[variant].append(value * factor)
            cells.append("–" if value is None else f"{value * factor:.{decimals}f}")
        if any(c != "–" for c in cells[1:]):
            table.append(cells)
    table.append(
        ["average"] + [f"{sum(xs) / len(xs):.{decimals}f}" if xs else "–" for xs in (columns[v] for v in variants)]
    )
    return table


def format_table(table: Sequence[Sequence[str]]) -> str:
    widths = [max(len(row[i]) for row in table) for i in range(len(table[0]))]
    lines = []
    for n, row in enumerate(table):
        cells = [row[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True)]
        lines.append("  ".join(cells).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def scores_csv(report: Report) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for r in report.rows:
        endpoint = report.endpoints.get(r.variant, "project drafts" if r.variant != POST_EDIT else "translators")
        writer.writerow(
            [
                r.chapter,
                r.variant,
                r.metric,
                f"{r.value:.4f}",
                f"{r.value / 100:.6f}",
                r.units,
                r.covered,
                report.direction,
                endpoint,
                r.signature,
            ]
        )
    return buffer.getvalue()


def bar_chart_svg(report: Report, metric: str = "BLEU", width: int = 720, height: int = 260) -> str:
    """A grouped bar chart (chapters × variants) as inline SVG, 0–100."""
    chapters, variants = report.chapters(), report.variants()
    values = _values(report.rows)
    colors = ["#4c78a8", "#f58518", "#54a24b", "#e45756", "#72b7b2", "#b279a2"]
    left, bottom, top = 40, 40, 10
    plot_w, plot_h = width - left - 10, height - bottom - top
    group = plot_w / max(1, len(chapters))
    bar = group * 0.8 / max(1, len(variants))
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img">']
    for tick in range(0, 101, 25):
        y = top + plot_h * (1 - tick / 100)
        parts.append(f'<line x1="{left}" x2="{width - 10}" y1="{y:.1f}" y2="{y:.1f}" stroke="#ddd"/>')
        parts.append(f'<text x="{left - 4}" y="{y + 4:.1f}" font-size="10" text-anchor="end">{tick}</text>')
    for c, chapter in enumerate(chapters):
        x0 = left + c * group + group * 0.1
        for v, variant in enumerate(variants):
            value = values.get((chapter, variant, metric))
            if value is None:
                continue
            h = plot_h * max(0.0, min(value, 100.0)) / 100
            x = x0 + v * bar
            parts.append(
                f'<rect x="{x:.1f}" y="{top + plot_h - h:.1f}" width="{bar * 0.95:.1f}" height="{h:.1f}" '
                f'fill="{colors[v % len(colors)]}"><title>{html.escape(chapter)} · {html.escape(variant)}: '
                f"{value:.1f}</title></rect>"
            )
        label = html.escape(chapter if len(chapter) <= 24 else chapter[:23] + "…")
        parts.append(
            f'<text x="{x0 + group * 0.4:.1f}" y="{height - bottom + 14}" font-size="10" '
            f'text-anchor="middle">{label}</text>'
        )
    for v, variant in enumerate(variants):
        x = left + v * 170
        parts.append(f'<rect x="{x}" y="{height - 16}" width="10" height="10" fill="{colors[v % len(colors)]}"/>')
        parts.append(f'<text x="{x + 14}" y="{height - 7}" font-size="11">{html.escape(variant)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _html_table(table: Sequence[Sequence[str]]) -> str:
    head = "".join(f"<th>{html.escape(c)}</th>" for c in table[0])
    body = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in table[1:])
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def render_html(report: Report) -> str:
    e = html.escape
    sections = [
        f"<h1>{e(report.title)}</h1>",
        f"<p>Project <code>{e(report.project)}</code> · direction {e(report.direction)} · {e(report.created_at)}</p>",
        "<h2>Where the drafts came from</h2><ul>"
        + "".join(
            f"<li><b>{e(v)}</b> ({e(report.labels.get(v, v))}): {e(endpoint)}</li>"
            for v, endpoint in report.endpoints.items()
        )
        + "</ul>",
    ]
    if report.skipped:
        sections.append(
            "<h2>Skipped variants</h2><ul>"
            + "".join(f"<li><b>{e(v)}</b>: {e(why)}</li>" for v, why in report.skipped)
            + "</ul>"
        )
    for metric, label in (("BLEU", "BLEU (0–1, the study's scale)"), ("chrF", "chrF (0–1)"), ("TER", "TER (0–1)")):
        if any(r.metric == metric and r.variant != POST_EDIT for r in report.rows):
            sections.append(f"<h2>{e(label)}</h2>" + _html_table(study_table(report, metric)))
    if report.reference:
        figures = ", ".join(f"{e(v)} {x:.3f}" for v, x in report.reference.items())
        sections.append(f"<p class=note>{e(STUDY_NOTE)}: {figures}</p>")
    effort = [r for r in report.rows if r.variant == POST_EDIT]
    if effort:
        rows = [["chapter", "metric", "value (0–100)", "accepted segments", "with a draft"]] + [
            [r.chapter, r.metric, f"{r.value:.1f}", str(r.units), str(r.covered)] for r in effort
        ]
        sections.append("<h2>Post-edit effort</h2>" + _html_table(rows))
    for chart in report.charts:
        sections.append(f"<h2>{e(chart.title)}</h2>")
        if chart.png is not None:
            data = base64.b64encode(chart.png).decode("ascii")
            sections.append(f'<img alt="{e(chart.title)}" src="data:image/png;base64,{data}">')
        elif chart.svg is not None:
            sections.append(chart.svg)
    signatures = sorted({r.signature for r in report.rows if r.signature})
    if signatures:
        sections.append(
            "<h2>sacrebleu signatures</h2><ul>" + "".join(f"<li><code>{e(s)}</code></li>" for s in signatures) + "</ul>"
        )
    if report.notes:
        sections.append("<h2>Notes</h2><ul>" + "".join(f"<li>{e(n)}</li>" for n in report.notes) + "</ul>")
    style = (
        "body{font-family:'Noto Sans','Noto Sans CJK SC',sans-serif;margin:2em;max-width:60em}"
        "table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:.25em .6em}"
        "td:not(:first-child){text-align:right}th{background:#f3f3f3}.note{color:#555}img{max-width:100%}"
    )
    return (
        f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{e(report.title)}</title>'
        f"<style>{style}</style></head><body>\n" + "\n".join(sections) + "\n</body></html>\n"
    )


def write_report(out_dir: Path, report: Report) -> tuple[Path, Path]:
    """Write ``scores.csv`` and ``report.html`` into ``out_dir``, each atomically."""
    csv_path, html_path = out_dir / "scores.csv", out_dir / "report.html"
    atomic_write_text(csv_path, scores_csv(report))
    atomic_write_text(html_path, render_html(report))
    return csv_path, html_path
