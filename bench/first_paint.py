"""How long until the window paints, and until the Overzicht has its figures, by size.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/first_paint.py DB [DB ...]

For each database: time to build and paint the main window with its first rows
(the staff list is lazy, the norms come from a background thread), then time until
the dashboard's first figures (the unit norms) and all of them arrive; then from
choosing Medewerkers to its first rows on screen. The first, the second and the last
should not grow with the number of people.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtWidgets import QApplication

from oto_app.db import open_database
from ui.app import create_application
from ui.main_window import MainWindow


def measure(app: QApplication, path: str) -> None:
    started = time.perf_counter()
    database = open_database(path)
    window = MainWindow(database)
    window.show()
    app.processEvents()
    painted = time.perf_counter() - started
    while "…" in window.overview_page.cards["N2"].text():
        app.processEvents()
        time.sleep(0.005)
    first = time.perf_counter() - started
    while window.overview_page.result is None:
        app.processEvents()
        time.sleep(0.005)
    figures = time.perf_counter() - started
    switched = time.perf_counter()
    window.show_page("staff")
    app.processEvents()
    staff_rows = time.perf_counter() - switched
    people = window.staff_page.model.total
    loaded = window.staff_page.model.rowCount()
    window.close()
    database.close()
    print(
        f"{path}: window painted {painted:.2f} s, first dashboard figures (N2-N4, N6, N7) "
        f"{first:.2f} s, all (N1, N5) {figures:.2f} s; "
        f"Medewerkers: {people} people, first {loaded} rows in {staff_rows:.2f} s"
    )


def main() -> None:
    app = create_application()
    for path in sys.argv[1:]:
        measure(app, path)


if __name__ == "__main__":
    main()
