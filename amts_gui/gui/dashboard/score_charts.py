"""The dashboard's pyqtgraph charts: variants per chapter as grouped bars, and trends over time."""

from __future__ import annotations

from datetime import datetime

import pyqtgraph as pg
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtWidgets import QWidget

from amts_gui.core.project.scores import ScoreRow
from amts_gui.core.scoring.effort import DailyEffort
from amts_gui.core.scoring.history import POST_EDIT, TrendPoint
from amts_gui.core.scoring.units import variant_order
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
    def __init__(self, name: str, **kwargs: object) -> None:
        super().__init__(**kwargs)
        self.setObjectName(name)
        self.setBackground("w")
        self.showGrid(y=True, alpha=0.3)
        self.setMinimumHeight(180)
        self.legend = self.addLegend(offset=(8, 8))
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()

    def clear_chart(self) -> None:
        self.clear()
        self.legend.clear()

    def data_items(self) -> list[pg.GraphicsObject]:
        return [i for i in self.getPlotItem().items if isinstance(i, pg.BarGraphItem | pg.PlotDataItem)]


class BarChart(_Chart):
    """One group of bars per chapter, one bar per variant, for one metric."""

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
                self.addItem(pg.BarGraphItem(x=xs, height=heights, width=width * 0.9, brush=color, name=variant))
        self.getAxis("bottom").setTicks([[(i, _short(c)) for i, c in enumerate(chapters)]])
        self.setYRange(0, 100 * factor, padding=0.02)
        self.setXRange(-0.6, max(0.6, len(chapters) - 0.4), padding=0)
        empty = self.tr("{0}: no drafts with a reference to score yet")
        self.setTitle(metric if chapters else empty.format(metric))


class TrendChart(_Chart):
    """Average BLEU per variant over time, and the post-edit effort (HTER) of each day's accepted segments."""

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
            self.plot(
                xs, ys, pen=pen, symbol="o", symbolSize=6, symbolBrush=COLORS[j % len(COLORS)], name=f"{bleu} {variant}"
            )
        measured = [d for d in days if d.effort.hter is not None]
        if measured:
            xs = [_stamp(d.last_at) for d in measured]
            ys = [d.effort.hter.value * factor for d in measured if d.effort.hter is not None]
            pen = pg.mkPen("#333333", width=2, style=pg.QtCore.Qt.PenStyle.DashLine)
            self.plot(xs, ys, pen=pen, symbol="s", symbolSize=6, symbolBrush="#333333", name=effort)
        self.setYRange(0, 100 * factor, padding=0.02)
        stamps = [_stamp(p.at) for p in points] + [_stamp(d.last_at) for d in measured]
        if stamps:  # at least a day wide, so the axis shows dates, not the seconds between two points
            middle, half = (min(stamps) + max(stamps)) / 2, max(DAY / 2, (max(stamps) - min(stamps)) / 2)
            self.setXRange(middle - half, middle + half, padding=0.05)


DAY = 24 * 3600.0


def _stamp(iso: str) -> float:
    return datetime.fromisoformat(iso).timestamp()
