"""Waiting for long work without freezing the window: the work runs on the thread pool,
the caller gets its result (or its exception) as if it had run in place.

For the first moment (``SHOW_AFTER_MS``) nothing is shown and the user's clicks and keys
wait (a short write looks as it always did); after that a modal dialog says what is being
done and how long it has taken, with *Annuleren* when the work can stop midway
(:mod:`oto_app.cancel`: the rest of the work is not done and nothing of it is written).
Everything else on the screen keeps drawing meanwhile.

Signals of :class:`BusyDialog`: ``cancelled()`` when the user pressed Annuleren.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QEventLoop, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

SHOW_AFTER_MS = 400  # shorter than a person notices a pause; tests set it to 0
LOOK_EVERY_MS = 15
_threads = ThreadPoolExecutor(thread_name_prefix="oto-busy")


class BusyDialog(QDialog):
    cancelled = Signal()

    def __init__(self, parent: QWidget | None, label: str, can_cancel: bool) -> None:
        super().__init__(parent)
        self.setObjectName("busyDialog")
        self.setWindowTitle(label)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.started = time.monotonic()
        self.label = QLabel(label)
        self.elapsed = QLabel()
        self.elapsed.setObjectName("hint")
        bar = QProgressBar()
        bar.setRange(0, 0)  # busy: the services do not say how far they are
        bar.setTextVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(bar)
        layout.addWidget(self.elapsed)
        self.cancel_button = None
        if can_cancel:
            buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
            self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
            self.cancel_button.setText(self.tr("&Annuleren"))
            self.cancel_button.clicked.connect(self._cancel)
            layout.addWidget(buttons)
        self._ticks = QTimer(self)
        self._ticks.timeout.connect(self._tick)
        self._ticks.start(1000)
        self._tick()
        self.setMinimumWidth(420)

    def _tick(self) -> None:
        seconds = int(time.monotonic() - self.started)
        self.elapsed.setText(self.tr("Al %n seconde(n) bezig.", "", seconds))

    def _cancel(self) -> None:
        """Stop the work; the dialog stays until it has stopped (the rollback)."""
        if self.cancel_button is None or not self.cancel_button.isEnabled():
            return
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("Annuleren… wat al gedaan was, wordt teruggedraaid."))
        self.cancelled.emit()

    def reject(self) -> None:  # Escape: Annuleren where the work can stop, else nothing
        self._cancel()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self._cancel()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # the title bar's cross: as Escape
        event.ignore()
        self._cancel()


def wait(
    parent: QWidget | None,
    label: str,
    work: Callable[[], Any],
    cancel: Callable[[], None] | None = None,
) -> Any:
    """``work()`` off the GUI thread; its value back, or its exception raised here.

    ``cancel``, if given, is called (on the GUI thread) when the user presses Annuleren;
    it must make ``work`` end soon (raising, typically ``oto_app.cancel.Cancelled``).

    The work runs in a plain Python thread and the GUI thread looks every few
    milliseconds whether it has ended: no Qt object is made, signalled or let go of in
    the other thread (a QObject dying there crashes Qt).
    """
    future = _threads.submit(work)
    loop = QEventLoop()
    looking = QTimer(loop)  # goes with the loop, so it cannot fire after this returns

    def look() -> None:
        if future.done():
            loop.quit()

    looking.timeout.connect(look)
    looking.start(LOOK_EVERY_MS)
    pause = QTimer(loop)
    pause.setSingleShot(True)
    pause.timeout.connect(loop.quit)
    pause.start(SHOW_AFTER_MS)
    loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    if not future.done():
        dialog = BusyDialog(parent or QApplication.activeWindow(), label, cancel is not None)
        if cancel is not None:
            dialog.cancelled.connect(cancel)
        dialog.show()
        while not future.done():
            loop.exec()
        dialog.hide()
        dialog.deleteLater()
    return future.result()  # or raises what the work raised
