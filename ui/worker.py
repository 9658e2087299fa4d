"""The one background helper: run a function off the GUI thread, get its result back on it.

Worker code gets no widgets, only plain arguments, and opens its own session
(architecture.md: one session per unit of work, never shared between threads).
Like Picard's ``run_task`` and Anki's ``QueryOp``.
"""

from __future__ import annotations

import atexit
import itertools
import multiprocessing
import queue
import threading
from collections import defaultdict
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class Task(QObject):
    """Signals (delivered on the thread that created the task, i.e. the GUI thread):
    done(object): the function's return value.
    failed(object): the exception it raised.
    news(object): what a job in the child process says while it runs, a
        :class:`oto_app.jobs.News` (e.g. that it waits for another import).
    """

    done = Signal(object)
    failed = Signal(object)
    news = Signal(object)

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
    owner: QObject | None = None,
) -> Task:
    """Start ``function`` on the thread pool; ``on_done``/``on_failed`` run on the GUI thread.

    Keep the returned task while it runs; the running job holds it alive as well. A bound
    method of a deleted QObject is disconnected by Qt; a closure is not, so give the widget
    it works on as ``owner``: once that is gone, the result is dropped.
    """
    task = Task(function)
    task.done.connect(_while_alive(owner, on_done))
    task.failed.connect(_while_alive(owner, on_failed))
    task.start()
    return task


def _while_alive(owner: QObject | None, callback: Callable[[Any], None]) -> Callable[[Any], None]:
    if owner is None:
        return callback

    def call(value: Any) -> None:
        if shiboken6.isValid(owner):
            callback(value)

    return call


_processes: ProcessPoolExecutor | None = None
#: what the child says while a job runs: (job number, News), from oto_app.jobs.tell
_news: Any = None
#: news read from the queue, by job number, until that job's waiting thread takes it
_mail: dict[int, list[Any]] = defaultdict(list)
_mail_lock = threading.Lock()
_numbers = itertools.count(1)
NEWS_POLL_SECONDS = 0.1


def _process_pool() -> ProcessPoolExecutor:
    """One child process, started on first use and kept for the next job."""
    global _processes, _news
    if _processes is None:
        from oto_app import jobs, messages

        context = multiprocessing.get_context("spawn")  # no fork of a threaded Qt app
        _news = context.Queue()
        _processes = ProcessPoolExecutor(
            max_workers=1,
            mp_context=context,
            initializer=jobs.start_child,
            initargs=(messages.language(), _news),
        )
        atexit.register(_processes.shutdown, cancel_futures=True)
    return _processes


def run_in_process(
    function: Callable[..., Any],
    arguments: tuple[Any, ...],
    on_done: Callable[[Any], None],
    on_failed: Callable[[BaseException], None],
    on_news: Callable[[Any], None] | None = None,
) -> Task:
    """Like :func:`run_task`, but ``function(*arguments)`` runs in a child process (see
    :mod:`oto_app.jobs`): a top-level function with picklable arguments and result. The
    thread that waits for it holds no lock the GUI thread needs, so the window stays live.
    What the job says meanwhile (``jobs.tell``) reaches ``on_news``, on the GUI thread.
    """
    from oto_app import jobs

    number = next(_numbers)

    def wait() -> Any:
        try:
            future = _process_pool().submit(jobs.run_job, number, function, *arguments)
            while not future.done():
                _pass_news(task, number, NEWS_POLL_SECONDS)
            _pass_news(task, number, 0)
            return future.result()
        except BrokenProcessPool:
            global _processes
            _processes = None  # the child died (killed, out of memory): start afresh next time
            raise

    task = Task(wait)
    task.done.connect(on_done)
    task.failed.connect(on_failed)
    if on_news is not None:
        task.news.connect(on_news)
    task.start()
    return task


def _pass_news(task: Task, number: int, wait: float) -> None:
    """Read the child's news (waiting up to ``wait`` s for some); emit job ``number``'s."""
    try:
        item = _news.get(timeout=wait) if wait else _news.get_nowait()
        while True:
            with _mail_lock:
                _mail[item[0]].append(item[1])
            item = _news.get_nowait()
    except (queue.Empty, OSError, ValueError):  # nothing more; or the queue closed
        pass
    with _mail_lock:
        mine = _mail.pop(number, [])
    for news in mine:
        task.news.emit(news)
