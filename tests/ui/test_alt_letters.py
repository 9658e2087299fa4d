"""No Alt-letter is used twice in one window: Alt+B cannot be both Bestand and Bewerken.

Counted per screen a person sees: the menu bar with the page shown (with a row chosen, so
that the person's and the unit's buttons are on screen too), and each dialog.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from oto_app.db import Database
from oto_app.norms import settings as norm_settings
from oto_app.norms.results import NormSettings
from oto_app.services import attendance
from oto_app.services.staff import PersonData
from tests.helpers.activities import unit_exercise
from tests.helpers.hands import Hands
from tests.ui.test_translations import english  # noqa: F401 - the fixture
from ui.dialogs.activity_dialog import ActivityDialog
from ui.dialogs.assignment_dialogs import AssignmentDialog, EndAssignmentDialog
from ui.dialogs.attendance_dialog import AttendanceDialog
from ui.dialogs.course_dialogs import CourseDialog
from ui.dialogs.evaluation_dialogs import ActionDialog, EvaluationDialog
from ui.dialogs.exemption_dialog import ExemptionDialog
from ui.dialogs.norms_dialog import NormsDialog
from ui.dialogs.person_dialog import PersonDialog
from ui.dialogs.unit_dialog import UnitDialog
from ui.main_window import MainWindow
from ui.pdf_preview import PdfPreview

_MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def _letter(text: str) -> str | None:
    found = _MNEMONIC.search(text)
    return found.group(1).lower() if found else None


def _letters(window: QWidget, extra: list[str] = []) -> Counter[str]:  # noqa: B006
    texts = list(extra)
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        labelled = isinstance(widget, QLabel) and widget.buddy() is not None
        if isinstance(widget, QAbstractButton) or labelled:
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabWidget):
            texts.extend(widget.tabText(i) for i in range(widget.count()))
    return Counter(letter for text in texts if (letter := _letter(text)))


def _twice(counts: Counter[str]) -> list[str]:
    return sorted(letter for letter, n in counts.items() if n > 1)


@pytest.mark.usefixtures("english")
def test_every_page_with_the_menu_bar_in_english(qtbot: QtBot, demo_window: MainWindow) -> None:
    assert demo_window.menuBar().actions()[0].text() == "&File"
    test_every_page_with_the_menu_bar(qtbot, demo_window)


@pytest.mark.usefixtures("english")
def test_every_form_in_english(qtbot: QtBot, sqlite_db: Database, tmp_path: Path) -> None:
    test_every_form(qtbot, sqlite_db, tmp_path)


def test_every_page_with_the_menu_bar(qtbot: QtBot, demo_window: MainWindow) -> None:
    window = demo_window
    menus = [action.text() for action in window.menuBar().actions()]
    tables = {
        "staff": window.staff_page.table,
        "units": window.units_page.table,
        "activities": window.activities_page.table,
        "plan": window.plan_page.table,
    }
    clashes = {}
    for name in ("overview", "staff", "units", "activities", "plan", "evaluations", "reports"):
        window.show_page(name)
        if name in tables:
            tables[name].selectRow(0)
        if name == "staff":  # the person's buttons, the exemption ones among them
            qtbot.waitUntil(lambda: window.staff_page.panel.detail is not None)
            assert window.staff_page.panel.remove_exemption_button.isVisibleTo(window)
        twice = _twice(_letters(window, menus))
        if twice:
            clashes[name] = twice
    assert clashes == {}


def test_every_menu(window: MainWindow) -> None:
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        texts = [a.text() for a in menu.actions()]  # type: ignore[union-attr]
        assert _twice(Counter(filter(None, map(_letter, texts)))) == [], menu_action.text()


def _forms(sqlite_db: Database, tmp_path: Path) -> list[QWidget]:
    with sqlite_db.begin() as session:
        exercise = unit_exercise(session, "CRAS", dt.date(2026, 11, 26))
        sheet = attendance.sheet(session, exercise)
    return [
        PdfPreview(tmp_path / "voorbeeld.pdf"),  # (says it cannot show it; the buttons stay)
        AttendanceDialog(sheet, lambda _text: [], lambda _entries, _held: None),
        PersonDialog(lambda _d: None, PersonData("1", "A", "B")),
        UnitDialog(lambda _d: None),
        ActivityDialog([], lambda _d: None, None),
        AssignmentDialog(1, "A", [], [], lambda _d: None),
        EndAssignmentDialog("A", lambda _d: None),
        EvaluationDialog("Oefening", lambda _d: None),
        ActionDialog([], [], lambda _d: None, exercise="Oefening"),
        ExemptionDialog(1, "A", lambda _d: None),
        CourseDialog([], lambda _d: None),
        NormsDialog(2026, NormSettings(), lambda _d: None),
    ]


def test_every_form(qtbot: QtBot, sqlite_db: Database, tmp_path: Path) -> None:
    clashes, without, other_o = {}, {}, {}
    for form in _forms(sqlite_db, tmp_path):
        qtbot.addWidget(form)
        form.show()  # as a person sees it: the buttons get their letters on showing
        twice = _twice(_letters(form))
        if twice:
            clashes[form.windowTitle()] = twice
        bare = _without_letter(form)
        if bare:
            without[form.windowTitle()] = bare
        saves = [
            b.text()
            for b in form.findChildren(QPushButton)
            if b.text().replace("&", "") == "Opslaan" and _letter(b.text()) != "o"
        ]
        if saves:
            other_o[form.windowTitle()] = saves
        form.hide()
    assert clashes == {}
    # every button and every field's label a letter: Opslaan of the Evaluatie had none, nor
    # any of the Normen's eight numbers
    assert without == {}
    assert other_o == {}  # and in Dutch Opslaan is Alt+O in every form


def test_every_label_letter_takes_the_keyboard_to_its_field(
    qtbot: QtBot, sqlite_db: Database, tmp_path: Path
) -> None:
    """Pressed, not only counted: Alt+D, Alt+I and Alt+U of the Evaluatie did nothing, as
    their fields (the objectives, the attachments, a date that may be absent) are made of
    parts that took no focus themselves."""
    hands = Hands(qtbot)
    dead = {}
    for form in _forms(sqlite_db, tmp_path):
        qtbot.addWidget(form)
        form.show()
        form.activateWindow()
        qtbot.waitUntil(lambda form=form: QApplication.activeWindow() is form)  # type: ignore[misc]
        missed = []
        for label in form.findChildren(QLabel):
            letter = _letter(label.text())
            if label.buddy() is None or letter is None or not label.isVisibleTo(form):
                continue
            if not label.buddy().isEnabled():  # greyed (no catalogue yet): nothing to reach
                continue
            hands.shortcut(f"Alt+{letter}")
            field = label.buddy()
            focused = hands.focused()
            if not (focused is field or field.isAncestorOf(focused)):
                missed.append(label.text())
        if missed:
            dead[form.windowTitle()] = missed
        form.hide()
    assert dead == {}


def _without_letter(window: QWidget) -> list[str]:
    """The visible push buttons and field labels with a text but no Alt-letter, and the
    labels whose underlined letter leads nowhere (no field is their buddy)."""
    buttons = [b for b in window.findChildren(QPushButton) if b.isVisibleTo(window)]
    labels = [label for label in window.findChildren(QLabel) if label.isVisibleTo(window)]
    bare = [w.text() for w in [*buttons, *labels] if _letter(w.text()) is None]
    return [
        *(text for text in bare if text.strip() and text in [b.text() for b in buttons]),
        *(label.text() for label in labels if _field_without_letter(label, bare)),
        *(f"{label.text()} (leads nowhere)" for label in labels if _leads_nowhere(label)),
    ]


def _field_without_letter(label: QLabel, bare: list[str]) -> bool:
    """A field no Alt-letter reaches: neither its label nor (a check box) it has one."""
    field = label.buddy()
    if field is None or label.text() not in bare:
        return False
    return not (isinstance(field, QAbstractButton) and _letter(field.text()))


def _leads_nowhere(label: QLabel) -> bool:
    rich = label.textFormat() == Qt.TextFormat.RichText or "<" in label.text()  # & is &amp;
    return not rich and label.buddy() is None and _letter(label.text()) is not None


def test_a_label_and_a_button_with_one_letter_are_caught(qtbot: QtBot) -> None:
    """The count reads field labels and group titles, not only buttons."""
    form = QWidget()
    qtbot.addWidget(form)
    layout = QFormLayout(form)
    layout.addRow("&Bijlagen", QLineEdit())
    layout.addRow(QPushButton("&Bijlage verwijderen"))
    layout.addRow(QGroupBox("&Beoordeling"))
    layout.addRow(QLabel("&Nergens"))
    form.show()
    assert _letters(form) == Counter({"b": 3})
    assert _without_letter(form) == ["&Nergens (leads nowhere)"]


def test_each_norm_is_reached_by_its_letter(
    qtbot: QtBot, window: MainWindow, sqlite_db: Database
) -> None:
    """The Normen's eight numbers had no Alt-letter: only Tab reached them."""
    hands = Hands(qtbot)
    year = dt.date.today().year
    seen: list[str] = []

    def change(dialog: QWidget) -> None:
        for keys, value in (("Alt+H", "3"), ("Alt+E", "21"), ("Alt+L", "2"), ("Alt+V", "4")):
            hands.shortcut(keys)
            seen.append(hands.focused().accessibleName())
            hands.select_all_and_type(value)
        hands.enter()

    hands.shortcut("Ctrl+1")  # Overzicht
    hands.opens(lambda: hands.shortcut("Alt+N"), change)
    assert seen == [
        "N7 Deelplan herzien binnen (jaar)",
        "N4 Evaluatie af binnen (dagen)",
        "N5 Getrainde plaatsvervangers per sleutelfunctie",
        "N1 Activiteiten per persoon per jaar",
    ]
    with sqlite_db.begin() as session:
        saved = norm_settings.for_year(session, year)
    assert (saved.plan_review_years, saved.evaluation_due_days) == (3, 21)
    assert (saved.min_deputy, saved.min_activities_per_person) == (2, 4)
