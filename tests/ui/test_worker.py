"""ui/worker.py on its own: work leaves the GUI thread, its result or error comes back on it."""

from __future__ import annotations

import os
import threading

import shiboken6
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from ui.worker import Task, run_in_process, run_task


def _outcome(qtbot: QtBot, start) -> tuple[list[object], list[BaseException], list[bool]]:  # type: ignore[no-untyped-def]
    """Start a task with ``start(on_done, on_failed)``; wait for its end. What came back,
    and for each callback whether it ran on the GUI thread."""
    done: list[object] = []
    failed: list[BaseException] = []
    on_gui: list[bool] = []
    gui = QApplication.instance().thread()  # type: ignore[union-attr]

    def record(into: list) -> object:  # type: ignore[type-arg]
        def callback(value: object) -> None:
            on_gui.append(QThread.currentThread() is gui)
            into.append(value)

        return callback

    task: Task = start(record(done), record(failed))
    qtbot.waitUntil(lambda: bool(done or failed), timeout=30_000)
    assert not task.running
    return done, failed, on_gui


def test_a_task_runs_off_the_gui_thread_and_answers_on_it(qtbot: QtBot, qapp: QApplication) -> None:
    gui = qapp.thread()
    done, failed, on_gui = _outcome(
        qtbot, lambda ok, err: run_task(lambda: QThread.currentThread() is not gui, ok, err)
    )
    assert done == [True] and not failed and on_gui == [True]


def test_a_failing_task_hands_its_error_to_the_gui_thread(qtbot: QtBot, qapp: QApplication) -> None:
    def fail() -> None:
        raise ValueError("kapot")

    done, failed, on_gui = _outcome(qtbot, lambda ok, err: run_task(fail, ok, err))
    assert not done and on_gui == [True]
    assert isinstance(failed[0], ValueError) and str(failed[0]) == "kapot"


def test_a_job_runs_in_a_child_process(qtbot: QtBot, qapp: QApplication) -> None:
    done, failed, on_gui = _outcome(qtbot, lambda ok, err: run_in_process(os.getpid, (), ok, err))
    assert not failed and on_gui == [True]
    assert isinstance(done[0], int) and done[0] != os.getpid()


def test_a_failing_job_hands_back_its_error(qtbot: QtBot, qapp: QApplication) -> None:
    done, failed, _ = _outcome(qtbot, lambda ok, err: run_in_process(int, ("geen getal",), ok, err))
    assert not done and isinstance(failed[0], ValueError)


def test_a_result_for_a_widget_closed_meanwhile_is_dropped(qtbot: QtBot) -> None:
    """The Overzicht closed while its trend was computed: the late result must not reach
    the deleted widget (it raised 'already deleted' in the GUI thread)."""
    release = threading.Event()
    page = QLabel("Overzicht")
    shown: list[object] = []

    def show(value: object) -> None:
        shown.append(value)
        page.setText(str(value))  # would raise RuntimeError on a deleted widget

    task = run_task(lambda: release.wait(30), show, shown.append, owner=page)
    shiboken6.delete(page)
    release.set()
    qtbot.waitUntil(lambda: not task.running, timeout=30_000)
    qtbot.wait(50)  # the queued done signal is delivered (and dropped)
    assert shown == []
    kept = QLabel()
    qtbot.addWidget(kept)
    task = run_task(lambda: "klaar", kept.setText, shown.append, owner=kept)
    qtbot.waitUntil(lambda: kept.text() == "klaar", timeout=30_000)


_KILLED_GUI = """
import os, sys, time
from ui import worker
from oto_app import jobs
# the GUI's worker process, started as the window starts it (first long job)
worker._process_pool().submit(os.getpid).result(timeout=60)
print(" ".join(str(p.pid) for p in worker._processes._processes.values()), flush=True)
time.sleep(600)
"""


def test_the_worker_process_ends_when_the_window_is_killed(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A killed window runs no clean-up; its worker (and the worker's helpers) must not
    stay behind waiting for work."""
    import signal
    import subprocess
    import sys
    import time

    gui = subprocess.Popen(
        [sys.executable, "-c", _KILLED_GUI], stdout=subprocess.PIPE, text=True, cwd=tmp_path
    )
    assert gui.stdout is not None
    children = [int(pid) for pid in gui.stdout.readline().split()]
    assert children and all(_alive(pid) for pid in children)
    gui.send_signal(signal.SIGKILL)
    gui.wait()
    deadline = time.monotonic() + 20
    while any(_alive(pid) for pid in children) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = [pid for pid in children if _alive(pid)]
    for pid in left:  # not to leave them running after a failure either
        os.kill(pid, signal.SIGKILL)
    assert not left, "the worker outlived the killed window"


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().split()[2] != "Z"  # a zombie has ended, only not reaped
    except FileNotFoundError:
        return False
