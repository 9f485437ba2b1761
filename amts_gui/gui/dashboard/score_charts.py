"""The dashboard's pyqtgraph charts: variants per chapter as grouped bars, and trends over time."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtWidgets import QWidget

from amts_gui.core.fileio import atomic_write_bytes, atomic_write_text
from amts_gui.core.project.scores import ScoreRow
from amts_gui.core.scoring.effort import DailyEffort
from amts_gui.core.scoring.history import POST_EDIT, TrendPoint
from amts_gui.core.scoring.units import variant_order
from amts_gui.core.scoring.workload import Rate
from amts_gui.engines import catalog

COLORS = ("#4c78a8", "#f58518", "#54a24b", "#e45756", "#72b7b2", "#b279a2", "#9d755d")


def _short(name: str, limit: int = 18) -> str:
    name = name.removesuffix(".md").rsplit("/", 1)[-1]
    return name if len(name) <= limit else name[: limit - 1] + "…"


def widget_png(widget: QWidget) -> bytes:
    """The widget as rendered now, as PNG bytes (for the HTML report)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    widget.grab().save(buffer, "PNG")
    return bytes(buffer.data().data())


class _Chart(pg.PlotWidget):  # type: ignore[misc]  # pyqtgraph has no type hints
    """A chart with its legend below the plot (never over a bar) and its data kept for a CSV."""

    headers: tuple[str, ...] = ()

    def __init__(self, name: str, **kwargs: object) -> None:
        super().__init__(**kwargs)
        self.setObjectName(name)
        self.setBackground("w")
        self.showGrid(y=True, alpha=0.3)
        self.setMinimumHeight(180)
        self.legend = pg.LegendItem(colCount=4)
        self.getPlotItem().layout.addItem(self.legend, 4, 1)  # a row of its own under the bottom axis
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        self.data_rows: list[tuple[object, ...]] = []

    def clear_chart(self) -> None:
        self.clear()
        self.legend.clear()
        self.data_rows = []

    def add_named(self, item: pg.GraphicsObject, name: str) -> None:
        self.addItem(item)
        self.legend.addItem(item, name)

    def write(self, folder: Path) -> tuple[Path, Path]:
        """The chart as ``<name>.png`` and its data as ``<name>.csv`` in ``folder`` (both atomically)."""
        png, table = folder / f"{self.objectName()}.png", folder / f"{self.objectName()}.csv"
        atomic_write_bytes(png, widget_png(self))
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(self.headers)
        writer.writerows(self.data_rows)
        atomic_write_text(table, buffer.getvalue())
        return png, table

    def data_items(self) -> list[pg.GraphicsObject]:
        return [i for i in self.getPlotItem().items if isinstance(i, pg.BarGraphItem | pg.PlotDataItem)]


class BarChart(_Chart):
    """One group of bars per chapter, one bar per variant, for one metric."""

    headers = ("chapter", "variant", "metric", "value")

    def __init__(self) -> None:
        super().__init__("bar-chart")

    def show_scores(self, rows: list[ScoreRow], metric: str, factor: float) -> None:
        self.clear_chart()
        chapters = list(dict.fromkeys(r.chapter for r in rows if r.variant != POST_EDIT))
        variants = variant_order([r.variant for r in rows if r.variant != POST_EDIT], catalog.variant_keys())
        values = {(r.chapter, r.variant): r.value * factor for r in rows if r.metric == metric}
        width = 0.8 / max(1, len(variants))
        for j, variant in enumerate(variants):
            xs, heights = [], []
            for i, chapter in enumerate(chapters):
                if (chapter, variant) in values:
                    xs.append(i - 0.4 + width * (j + 0.5))
                    heights.append(values[(chapter, variant)])
            if xs:
                color = COLORS[j % len(COLORS)]
                bars = pg.BarGraphItem(x=xs, height=heights, width=width * 0.9, brush=color, name=variant)
                self.add_named(bars, variant)
                named = [c for c in chapters if (c, variant) in values]
                self.data_rows += [(c, variant, metric, round(h, 4)) for c, h in zip(named, heights, strict=True)]
        self.getAxis("bottom").setTicks([[(i, _short(c)) for i, c in enumerate(chapters)]])
        self.setYRange(0, 100 * factor, padding=0.05)  # a bar at 100 shows its top
        self.setXRange(-0.6, max(0.6, len(chapters) - 0.4), padding=0)
        empty = self.tr("{0}: no drafts with a reference to score yet")
        self.setTitle(metric if chapters else empty.format(metric))


class TrendChart(_Chart):
    """Average BLEU per variant over time, and the post-edit effort (HTER) of each day's accepted segments."""

    headers = ("series", "time", "value")

    def __init__(self) -> None:
        super().__init__("trend-chart", axisItems={"bottom": pg.DateAxisItem()})

    def show_trend(
        self, points: list[TrendPoint], days: list[DailyEffort], factor: float, bleu: str, effort: str
    ) -> None:
        self.clear_chart()
        variants = variant_order([v for p in points for v in p.values], catalog.variant_keys())
        for j, variant in enumerate(variants):
            xs = [_stamp(p.at) for p in points if variant in p.values]
            ys = [p.values[variant] * factor for p in points if variant in p.values]
            pen = pg.mkPen(COLORS[j % len(COLORS)], width=2)
            line = pg.PlotDataItem(xs, ys, pen=pen, symbol="o", symbolSize=6, symbolBrush=COLORS[j % len(COLORS)])
            self.add_named(line, f"{bleu} {variant}")
            times = [p.at for p in points if variant in p.values]
            self.data_rows += [(f"{bleu} {variant}", at, round(y, 4)) for at, y in zip(times, ys, strict=True)]
        measured = [d for d in days if d.effort.hter is not None]
        if measured:
            xs = [_stamp(d.last_at) for d in measured]
            ys = [d.effort.hter.value * factor for d in measured if d.effort.hter is not None]
            pen = pg.mkPen("#333333", width=2, style=pg.QtCore.Qt.PenStyle.DashLine)
            self.add_named(pg.PlotDataItem(xs, ys, pen=pen, symbol="s", symbolSize=6, symbolBrush="#333333"), effort)
            self.data_rows += [(effort, d.last_at, round(y, 4)) for d, y in zip(measured, ys, strict=True)]
        self.setYRange(0, 100 * factor, padding=0.05)
        stamps = [_stamp(p.at) for p in points] + [_stamp(d.last_at) for d in measured]
        if stamps:  # at least a day wide, so the axis shows dates, not the seconds between two points
            middle, half = (min(stamps) + max(stamps)) / 2, max(DAY / 2, (max(stamps) - min(stamps)) / 2)
            self.setXRange(middle - half, middle + half, padding=0.05)


class WorkloadChart(_Chart):
    """Seconds per word of each draft origin and band, the from-scratch control in red, with 95 % intervals."""

    headers = ("draft", "seconds_per_word", "low_95", "high_95", "segments")

    def __init__(self) -> None:
        super().__init__("workload-chart")

    def show_rates(self, rates: Sequence[Rate], control: str, label: str) -> None:
        self.clear_chart()
        self.setLabel("left", label)
        if not rates:
            return
        xs = np.arange(len(rates), dtype=float)
        heights = np.array([r.seconds_per_word for r in rates])
        colors = [COLORS[3] if r.group == control else COLORS[0] for r in rates]
        self.addItem(pg.BarGraphItem(x=xs, height=heights, width=0.6, brushes=colors))
        lows = np.array([r.seconds_per_word if r.low is None else r.low for r in rates])  # no bar: too few
        highs = np.array([r.seconds_per_word if r.high is None else r.high for r in rates])
        self.addItem(pg.ErrorBarItem(x=xs, y=heights, top=highs - heights, bottom=heights - lows, beam=0.2))
        self.getAxis("bottom").setTicks([[(x, r.group) for x, r in zip(xs, rates, strict=True)]])
        self.setYRange(0, float(highs.max()) * 1.1 or 1.0, padding=0.05)
        self.data_rows = [
            (r.group, round(r.seconds_per_word, 4), _rounded(r.low), _rounded(r.high), r.segments) for r in rates
        ]


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


DAY = 24 * 3600.0


def _stamp(iso: str) -> float:
    return datetime.fromisoformat(iso).timestamp()
