"""Cyclic garbage collected on the GUI thread, a little at a time.

Python's own collector runs in whichever thread happens to allocate: in a worker, it could destroy
a QObject there and deadlock PySide (seen in the tests), and a full collection of a whole book's
objects holds the interpreter for tens of milliseconds, which the window feels as a stall (the
longest stall while drafting and pushing the book went from 66 ms to 26 ms without it).  So the
automatic collector is off; what the start made is frozen (it lives as long as the window); a timer
collects the young objects every second and everything else now and then.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

YOUNG_EVERY_MS = 1000
FULL_EVERY = 60  # young collections between two full ones


class GarbageCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName("garbage-collector")
        gc.disable()
        gc.freeze()
        self._ticks = 0
        self.timer = QTimer(self)
        self.timer.setObjectName("garbage-collector-timer")
        self.timer.timeout.connect(self.collect)
        self.timer.start(YOUNG_EVERY_MS)

    def collect(self) -> int:
        """One timer tick's collection: the young generations, or now and then all of them."""
        self._ticks += 1
        return gc.collect(2 if self._ticks % FULL_EVERY == 0 else 1)

    def stop(self) -> None:
        self.timer.stop()
        gc.unfreeze()
