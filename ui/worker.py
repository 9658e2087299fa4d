"""The one background helper: run a function off the GUI thread, get its result back on it.

Worker code gets no widgets, only plain arguments, and opens its own session
(architecture.md: one session per unit of work, never shared between threads).
Like Picard's ``run_task`` and Anki's ``QueryOp``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class Task(QObject):
    """Signals (delivered on the thread that created the task, i.e. the GUI thread):
    done(object): the function's return value.
    failed(object): the exception it raised.
    """

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, function: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._function = function
        self.running = False

    def start(self, pool: QThreadPool | None = None) -> None:
        self.running = True
        runnable = QRunnable.create(self._run)
        (pool or QThreadPool.globalInstance()).start(runnable)

    def _run(self) -> None:
        try:
            result = self._function()
        except Exception as error:
            self.running = False
            self.failed.emit(error)
            return
        self.running = False
        self.done.emit(result)


def run_task(
    function: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[BaseException], None],
) -> Task:
    """Start ``function`` on the thread pool; ``on_done``/``on_failed`` run on the GUI thread.

    Keep the returned task while it runs; the running job holds it alive as well, and a
    receiver that is deleted meanwhile is disconnected by Qt.
    """
    task = Task(function)
    task.done.connect(on_done)
    task.failed.connect(on_failed)
    task.start()
    return task
