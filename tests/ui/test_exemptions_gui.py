"""Recording a vrijstelling in the person panel, by keyboard, and seeing it on the Overzicht."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from oto_app.db import Database
from oto_app.models import ExemptionKind
from oto_app.norms.results import PersonStatus
from tests.helpers.hands import Hands
from tests.helpers.people import person_in_a_role
from tests.ui.conftest import on_next_dialog, raise_from
from ui.dialogs.exemption_dialog import ExemptionDialog
from ui.main_window import MainWindow


def test_record_an_exemption_and_see_it_counted_apart(
    qtbot: QtBot, window: MainWindow, sqlite_db: Database
) -> None:
    today = dt.date.today()
    person = person_in_a_role(sqlite_db, since=dt.date(2020, 1, 1))
    page = window.staff_page
    window.show_page("staff")
    page.reload(select_id=person)
    assert page.panel.exemption_button.isEnabled()
    assert not page.panel.remove_exemption_button.isEnabled()

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ExemptionDialog)
        dialog.kind.setFocus()
        qtbot.keyClicks(dialog.kind, "verlof")  # a combo box picks by typing
        qtbot.keyClick(dialog.kind, Qt.Key.Key_Tab)
        qtbot.keyClicks(dialog.reason, "Ouderschapsverlof")
        dialog.start.setDate(QDate(today.year, 1, 1))
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)  # Enter saves

    errors = on_next_dialog(qtbot, fill)
    qtbot.keyClick(page.panel.exemption_button, Qt.Key.Key_Space)
    raise_from(errors)
    [row] = page.panel.exemptions.rows()
    assert (row.kind, row.reason, row.start_date, row.end_date) == (
        ExemptionKind.LEAVE,
        "Ouderschapsverlof",
        dt.date(today.year, 1, 1),
        None,
    )
    assert page.panel.exemptions.index(0, 0).data() == "verlof"

    overview = window.overview_page
    window.show_page("overview")
    with qtbot.waitSignal(overview.refreshed, timeout=10_000):
        overview.refresh()
    assert overview.result is not None
    [exempt] = overview.result.persons
    assert exempt.status == PersonStatus.EXEMPT
    assert "0 van 0 getraind" in overview.cards["N1"].text()
    assert "1 vrijgesteld" in overview.cards["N1"].text()
    assert overview.people.rowCount() == 0  # nog te trainen: not who is exempt

    # Recorded by mistake: remove it, after a question.
    window.show_page("staff")
    page.panel.exemption_view.selectRow(0)
    assert page.panel.remove_exemption_button.isEnabled()
    hands = Hands(qtbot)
    asked: list[str] = []

    def read_and_say_yes(question: QWidget) -> None:
        asked.append(question.windowTitle())  # the button's own words
        assert isinstance(question, QMessageBox)
        assert "Nee" in question.defaultButton().text()  # it deletes: Enter keeps it
        yes = next(b for b in question.findChildren(QPushButton) if "Ja" in b.text())
        hands.click(yes)

    hands.opens(lambda: hands.click(page.panel.remove_exemption_button), read_and_say_yes)
    assert asked == ["Vrijstelling opheffen"]
    assert page.panel.exemptions.rows() == []


def test_a_refused_exemption_keeps_its_explanation_readable(
    qtbot: QtBot, window: MainWindow, sqlite_db: Database
) -> None:
    """Enter with no reason: 'Reden is verplicht.' appears under the form. The dialog grew
    by the sentence's height less what the wrapped explanation above lost, so that
    explanation was cut off at top and bottom; now the dialog grows to what it needs."""
    person = person_in_a_role(sqlite_db, since=dt.date(2020, 1, 1))
    page = window.staff_page
    window.show_page("staff")
    page.reload(select_id=person)
    hands = Hands(qtbot)
    seen: list[object] = []

    def enter_without_reason(dialog: QWidget) -> None:
        hands.enter()
        assert isinstance(dialog, ExemptionDialog)
        qtbot.waitUntil(dialog.error.isVisible)
        seen.append(dialog.error.text())
        explanation = dialog.form.itemAt(0).widget()
        seen.append(explanation.height() >= explanation.heightForWidth(explanation.width()))
        seen.append(dialog.error.height() >= dialog.error.sizeHint().height())

    hands.opens(lambda: hands.click(page.panel.exemption_button), enter_without_reason)
    assert seen == ["Reden is verplicht.", True, True]
    assert page.panel.exemptions.rows() == []
