"""A long working day does not crash the app.

Every ``Signal.emit()`` from Python (each finished background task, each change
published on the bus) must leave the interpreter's reference counts as it found them.
PySide6 6.12.0 returned ``True`` without a reference: on Python 3.11, where ``True`` is
an ordinary object, a few thousand signals later the app aborted with "deallocating
True or False". This keeps the pinned Qt version honest.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from oto_app.changes import Changes
from ui.changes import ChangeBus
from ui.worker import Task


def test_emitting_signals_leaves_reference_counts_alone(app: QApplication) -> None:
    bus = ChangeBus()
    task = Task(lambda: None)
    heard: list[object] = []
    bus.changed.connect(heard.append)
    task.done.connect(heard.append)
    before = (sys.getrefcount(True), sys.getrefcount(None))
    for _ in range(1000):
        bus.publish(Changes.STAFF)
        task.done.emit(None)
    app.processEvents()
    assert len(heard) == 2000
    heard.clear()
    after = (sys.getrefcount(True), sys.getrefcount(None))
    assert after[0] == before[0], "Signal.emit() lost references to True"
    assert abs(after[1] - before[1]) < 10, "Signal.emit() lost references to None"
