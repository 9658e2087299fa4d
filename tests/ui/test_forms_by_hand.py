"""Every form as hands use it: open it by its shortcut or button, type the fields in Tab
order, press Enter, and the database holds what was typed; Escape on a filled form asks,
and throwing away saves nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from oto_app.db import Database
from oto_app.models import ActivityKind, ExerciseLevel
from oto_app.services import activities, courses, organisation, staff
from oto_app.services.activities import ActivityData
from oto_app.services.staff import PersonData, StaffQuery
from tests.helpers.hands import Hands
from ui.focus_style import FOCUS_BLUE
from ui.main_window import MainWindow
from ui.pages.staff_page import StaffPage


def _people(db: Database) -> list[str]:
    with db.begin() as session:
        return [p.name for p in staff.list_people(session, StaffQuery())]


def _in_new_person_form(hands: Hands, inside: Callable[[QWidget], object]) -> None:
    """Ga naar > Medewerkers (Ctrl+2), Nieuwe medewerker (Ctrl+N), then ``inside``."""
    hands.shortcut("Ctrl+2")
    hands.opens(lambda: hands.shortcut("Ctrl+N"), inside)


def test_new_person_by_keys_alone(qtbot: QtBot, window: MainWindow, sqlite_db: Database) -> None:
    hands = Hands(qtbot)

    def fill(dialog: QWidget) -> None:
        assert dialog.windowTitle() == "Nieuwe medewerker"
        hands.field("4711")  # the cursor starts in Personeelsnummer
        hands.field("Anna")
        hands.field("van")
        hands.type("Vries")
        hands.enter()

    _in_new_person_form(hands, fill)
    assert _people(sqlite_db) == ["Anna van Vries"]


def test_tab_walks_the_fields_then_the_buttons(qtbot: QtBot, window: MainWindow) -> None:
    hands = Hands(qtbot)
    walked: list[str] = []

    def walk(dialog: QWidget) -> None:
        for _ in range(11):
            widget = QApplication.focusWidget()
            name = widget.accessibleName() or widget.text()  # type: ignore[attr-defined]
            walked.append(name.replace("&", ""))  # as read out, without the Alt-letter
            hands.tab()

    _in_new_person_form(hands, walk)
    assert walked == [
        "Personeelsnummer",
        "Voornaam",
        "Tussenvoegsel",
        "Achternaam",
        "E-mail",
        "Telefoon",
        "Afdeling",
        "Actief",
        "Opslaan",
        "Annuleren",
        "Personeelsnummer",
    ]


def test_enter_on_annuleren_saves_and_never_cancels(
    qtbot: QtBot, window: MainWindow, sqlite_db: Database
) -> None:
    hands = Hands(qtbot)

    def fill(dialog: QWidget) -> None:
        hands.field("4711")
        hands.field("Anna")
        hands.field("")
        hands.field("Vries")
        hands.tab_to("Annuleren")
        hands.enter()

    _in_new_person_form(hands, fill)
    assert _people(sqlite_db) == ["Anna Vries"]


def test_a_refusal_shows_in_the_form_and_keeps_the_typing(
    qtbot: QtBot, window: MainWindow, sqlite_db: Database
) -> None:
    hands = Hands(qtbot)

    def fill(dialog: QWidget) -> None:
        hands.field("4711")
        hands.type("Anna")
        hands.enter()  # no surname yet
        assert dialog.isVisible()
        assert dialog.error.isVisible() and "Achternaam" in dialog.error.text()
        assert QApplication.focusWidget().accessibleName() == "Achternaam"
        hands.type("Vries")
        hands.enter()

    _in_new_person_form(hands, fill)
    assert _people(sqlite_db) == ["Anna Vries"]


def test_escape_on_a_filled_form_asks_and_saves_nothing(
    qtbot: QtBot, window: MainWindow, sqlite_db: Database
) -> None:
    hands = Hands(qtbot)
    asked: list[str] = []

    def fill(dialog: QWidget) -> None:
        hands.field("4712")
        hands.type("Bert")

        def back(question: QWidget) -> None:
            asked.append(question.text())  # type: ignore[attr-defined]
            hands.enter()  # the default: back to the form

        hands.opens(hands.escape, back)
        assert dialog.isVisible()  # nothing lost by a reflex Enter
        hands.opens(hands.escape, lambda _question: hands.type("w"))  # Weggooien
        assert not dialog.isVisible()

    _in_new_person_form(hands, fill)
    assert asked == ["Wat u typte is nog niet opgeslagen. Weggooien?"]
    assert _people(sqlite_db) == []


def test_escape_on_an_untouched_form_just_closes(qtbot: QtBot, window: MainWindow) -> None:
    hands = Hands(qtbot)
    closed: list[bool] = []

    def leave(dialog: QWidget) -> None:
        hands.escape()
        closed.append(not dialog.isVisible())

    _in_new_person_form(hands, leave)
    assert closed == [True]


def test_after_a_dialog_the_window_takes_keys_again(qtbot: QtBot, window: MainWindow) -> None:
    """No window manager here hands the keyboard back; the app itself must."""
    shown: list[bool] = []  # the Overzicht's figures first: they arrive after a short test
    window.overview_page.trend_shown.connect(lambda: shown.append(True))
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    hands = Hands(qtbot)
    hands.shortcut("Ctrl+2")
    closed: list[bool] = []

    def escape_once_open() -> None:
        dialog, focused = QApplication.activeModalWidget(), QApplication.focusWidget()
        if closed:
            return
        if dialog is None or focused is None or focused.window() is not dialog:
            QTimer.singleShot(20, escape_once_open)
        else:
            closed.append(True)
            QTest.keyClick(focused, Qt.Key.Key_Escape)

    QTimer.singleShot(0, escape_once_open)
    hands.shortcut("Ctrl+N")  # the button's click comes a moment later: then the form
    try:
        qtbot.waitUntil(lambda: bool(closed) and QApplication.activeModalWidget() is None)
    finally:
        closed.append(True)  # no Escape outlives the test
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    hands.shortcut("Ctrl+4")  # the next shortcut reaches the window
    assert window.pages.currentWidget() is window.activities_page


def _activities(db: Database) -> list[tuple[object, ...]]:
    with db.begin() as session:
        rows = activities.list_activities(session, 2026)
        return [(r.title, r.date, r.level, r.units, r.place) for r in rows]


def test_new_activity_with_a_date_typed_after_shift_tab(
    qtbot: QtBot, window: MainWindow, sqlite_db: Database
) -> None:
    hands = Hands(qtbot)
    hands.shortcut("Ctrl+4")  # Activiteiten
    seen: dict[str, str] = {}

    def fill(dialog: QWidget) -> None:
        hands.field("Oefening CRAS stroomstoring")  # Titel
        hands.tab()  # Soort: oefening (Opleiding uit catalogus is greyed out: skipped)
        hands.choose("multidisciplinair")
        hands.tab_to("Plaats")
        hands.type("Gemeentehuis")
        hands.key(Qt.Key.Key_Backtab)  # back into Datum: the whole date is selected
        hands.type("26112026")
        seen["weekday"] = dialog.date.weekday.text()
        hands.tab_to("Onderdelen")
        hands.tick("CRAS")
        hands.tab_to("Plaats")
        hands.enter()

    hands.opens(lambda: hands.shortcut("Ctrl+N"), fill)
    assert seen["weekday"] == "donderdag"
    assert _activities(sqlite_db) == [
        (
            "Oefening CRAS stroomstoring",
            dt.date(2026, 11, 26),
            ExerciseLevel.MULTI,
            "CRAS",
            "Gemeentehuis",
        )
    ]


@pytest.mark.parametrize("typed", ["26-11-26", "26-11-2026", "261126"])
def test_a_date_is_typed_as_people_write_it(
    qtbot: QtBot, window: MainWindow, sqlite_db: Database, typed: str
) -> None:
    hands = Hands(qtbot)
    hands.shortcut("Ctrl+4")

    def fill(dialog: QWidget) -> None:
        hands.field("Training")
        hands.tab_to("Datum")
        hands.type(typed)
        hands.enter()

    hands.opens(lambda: hands.shortcut("Ctrl+N"), fill)
    assert [row[1] for row in _activities(sqlite_db)] == [dt.date(2026, 11, 26)]


def test_a_date_slip_is_refused_in_the_form_naming_field_and_date(
    qtbot: QtBot, window: MainWindow, sqlite_db: Database
) -> None:
    hands = Hands(qtbot)
    hands.shortcut("Ctrl+4")
    seen: list[str] = []

    def fill(dialog: QWidget) -> None:
        hands.field("Training")
        hands.tab_to("Datum")
        hands.type("01-12-2611")
        hands.enter()
        seen.append(dialog.error.text())
        hands.type("31-02-2026")  # the date is selected again: typing replaces it
        hands.enter()
        seen.append(dialog.error.text())
        hands.type("26-11-2026")
        hands.enter()

    hands.opens(lambda: hands.shortcut("Ctrl+N"), fill)
    assert seen[0].startswith("Datum 01-12-2611 kan niet kloppen: kies een datum van 01-01-2000")
    assert seen[1] == "Datum '31-02-2026' is geen datum; typ bijvoorbeeld 26-11-2026."
    assert [row[1] for row in _activities(sqlite_db)] == [dt.date(2026, 11, 26)]


def test_new_unit_by_its_button(qtbot: QtBot, window: MainWindow, sqlite_db: Database) -> None:
    hands = Hands(qtbot)
    hands.shortcut("Ctrl+3")  # Onderdelen

    def fill(dialog: QWidget) -> None:
        hands.field("ZR")
        hands.field("Zelfredzaamheid")
        hands.tab()  # Soort
        hands.type("in ontwikkeling")
        hands.enter()

    hands.opens(lambda: hands.shortcut("Alt+N"), fill)
    with sqlite_db.begin() as session:
        unit = organisation.find_unit(session, "ZR")
        assert (unit.name, unit.plan_note) == ("Zelfredzaamheid", "in ontwikkeling")


def _anna_chosen(qtbot: QtBot, window: MainWindow, db: Database) -> tuple[Hands, StaffPage, int]:
    """Anna, without roles, chosen on Medewerkers (Ctrl+2, a click on her row)."""
    with db.begin() as session:
        person = staff.create_person(session, PersonData("4711", "Anna", "Vries")).value
    hands = Hands(qtbot)
    hands.shortcut("Ctrl+2")
    page = window.staff_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    hands.click_row(page.table, 0)
    return hands, page, person


def test_a_role_given_and_ended_by_hand(
    qtbot: QtBot, window: MainWindow, sqlite_db: Database
) -> None:
    hands, page, person = _anna_chosen(qtbot, window, sqlite_db)

    def assign(dialog: QWidget) -> None:
        hands.choose("CRAS")  # Onderdeel
        hands.tab()
        hands.choose("procesmedewerker")
        hands.tab_to("Startdatum")
        hands.type("01-02-26")
        hands.enter()

    hands.opens(lambda: hands.shortcut("Alt+T"), assign)

    def end(dialog: QWidget) -> None:
        hands.type("30-06-2026")
        hands.enter()

    hands.click_row(page.panel.assignment_view, 0)
    hands.opens(lambda: hands.click(page.panel.end_button), end)
    with sqlite_db.begin() as session:
        [held] = staff.person_detail(session, person, dt.date(2026, 3, 1)).assignments
    assert (held.unit_code, held.role, held.start_date, held.end_date) == (
        "CRAS",
        "procesmedewerker",
        dt.date(2026, 2, 1),
        dt.date(2026, 6, 30),
    )


def test_rol_toewijzen_starts_with_no_role_and_enter_asks_for_one(
    qtbot: QtBot, window: MainWindow, sqlite_db: Database
) -> None:
    """The unit's first role is often its key role (CRAS: procesverantwoordelijke); a form
    that opened on it made a second key-role holder of whoever got Enter. Now the role
    list starts at "— kies een rol —" and Enter asks for one; nothing is saved."""
    hands, _page, person = _anna_chosen(qtbot, window, sqlite_db)
    seen: list[object] = []

    def assign(dialog: QWidget) -> None:
        hands.choose("CRAS")  # Onderdeel
        hands.tab()
        seen.append(hands.focused().currentText())  # type: ignore[attr-defined]
        hands.enter()  # Opslaan, no role chosen
        seen.append(dialog.isVisible())
        seen.append(dialog.error.text())  # type: ignore[attr-defined]
        seen.append(hands.focused().accessibleName())  # back on the role
        hands.choose("procesmedewerker")
        hands.enter()

    hands.opens(lambda: hands.shortcut("Alt+T"), assign)
    assert seen == ["— kies een rol —", True, "Kies een rol.", "Rol"]
    with sqlite_db.begin() as session:
        [held] = staff.person_detail(session, person, dt.date.today()).assignments
    assert (held.unit_code, held.role) == ("CRAS", "procesmedewerker")


def test_every_activity_is_found_again_by_a_search_over_all_years(
    qtbot: QtBot, window: MainWindow, sqlite_db: Database
) -> None:
    with sqlite_db.begin() as session:
        cras = organisation.find_unit(session, "CRAS").id
        for title, day, place in (
            ("Oefening stroomstoring", dt.date(2021, 3, 4), "Gemeentehuis"),
            ("Training CRAS", dt.date(2024, 5, 6), "Brandweerkazerne"),
            ("Cursus 100% crisis_proof", dt.date(2026, 1, 2), None),
        ):
            activities.create_activity(
                session,
                ActivityData(title, ActivityKind.TRAINING, day, place=place, unit_ids=(cras,)),
            )
    hands = Hands(qtbot)
    hands.shortcut("Ctrl+4")
    page = window.activities_page

    def titles() -> list[str]:
        return [r.title for r in page.model.rows()]

    hands.click(page.search)
    hands.type("stroom")
    qtbot.waitUntil(lambda: titles() == ["Oefening stroomstoring"])  # 2021, not this year
    hands.select_all_and_type("kazerne")  # the place
    qtbot.waitUntil(lambda: titles() == ["Training CRAS"])
    hands.select_all_and_type("cras")  # the unit: all three
    qtbot.waitUntil(lambda: len(titles()) == 3)
    assert titles() == ["Cursus 100% crisis_proof", "Training CRAS", "Oefening stroomstoring"]
    hands.click_header(page.table, 1)  # by Titel
    assert titles() == ["Cursus 100% crisis_proof", "Oefening stroomstoring", "Training CRAS"]
    hands.click(page.search)
    hands.select_all_and_type("100%")  # a per cent sign is a character, not a wildcard
    qtbot.waitUntil(lambda: titles() == ["Cursus 100% crisis_proof"])
    hands.select_all_and_type("niets-zo")
    qtbot.waitUntil(lambda: page.empty.isVisible())
    assert page.empty.text() == "Niets gevonden voor 'niets-zo' in alle jaren."


def test_a_course_by_hand_in_the_catalogue(
    qtbot: QtBot, window: MainWindow, sqlite_db: Database
) -> None:
    hands = Hands(qtbot)
    hands.shortcut("Ctrl+3")  # Onderdelen

    def course(dialog: QWidget) -> None:
        hands.field("Basiscursus crisiscommunicatie")
        hands.select_all_and_type("3")  # Geldig: 3 jaar
        hands.tab()
        hands.tick("procesverantwoordelijke")
        hands.tab_to("Naam")
        hands.enter()

    def catalogue(dialog: QWidget) -> None:
        hands.opens(lambda: hands.shortcut("Alt+N"), course)

    hands.opens(lambda: hands.shortcut("Alt+P"), catalogue)
    with sqlite_db.begin() as session:
        [made] = [c for c in courses.list_courses(session) if "communicatie" in c.name]
    assert (made.name, made.validity_years) == ("Basiscursus crisiscommunicatie", 3)


def test_every_form_opens_in_its_first_field_and_tabs_to_the_buttons_last(
    qtbot: QtBot,
) -> None:
    from ui.dialogs.activity_dialog import ActivityDialog
    from ui.dialogs.assignment_dialogs import AssignmentDialog, EndAssignmentDialog
    from ui.dialogs.evaluation_dialogs import ActionDialog, EvaluationDialog
    from ui.dialogs.person_dialog import PersonDialog
    from ui.dialogs.unit_dialog import UnitDialog

    hands = Hands(qtbot)
    forms = [
        (PersonDialog(lambda _d: None), "Personeelsnummer"),
        (UnitDialog(lambda _d: None), "Code"),
        (ActivityDialog([], lambda _d: None), "Titel"),
        (AssignmentDialog(1, "A", [], [], lambda _d: None), "Onderdeel"),
        (EndAssignmentDialog("A", lambda _d: None), "Laatste dag"),
        (EvaluationDialog("Oefening", lambda _d: None), "Soort evaluatie"),
        (ActionDialog([], [], lambda _d: None, exercise="Oefening"), "Verbeterpunt"),
    ]
    for form, first in forms:
        qtbot.addWidget(form)

        def look(dialog: QWidget, first: str = first) -> None:
            assert _label(QApplication.focusWidget()) == first, dialog.windowTitle()
            hands.tab_to("Opslaan")
            hands.tab()
            assert _label(QApplication.focusWidget()) == "Annuleren"
            hands.tab()
            assert _label(QApplication.focusWidget()) == first, dialog.windowTitle()

        hands.opens(form.open, look)


def _label(widget: QWidget | None) -> str:
    from tests.helpers.hands import _read_as

    return _read_as(widget) if widget is not None else ""


@pytest.mark.parametrize(
    ("page", "keys", "title"),
    [
        ("Ctrl+2", "Alt+N", "Nieuwe medewerker"),
        ("Ctrl+2", "Ctrl+N", "Nieuwe medewerker"),
        ("Ctrl+3", "Alt+N", "Nieuw onderdeel"),
        ("Ctrl+3", "Ctrl+N", "Nieuw onderdeel"),
        ("Ctrl+4", "Alt+N", "Nieuwe activiteit"),
        ("Ctrl+4", "Ctrl+N", "Nieuwe activiteit"),
    ],
)
def test_new_opens_by_its_letter_and_by_ctrl_n_on_every_page(
    qtbot: QtBot, window: MainWindow, page: str, keys: str, title: str
) -> None:
    """Alt+N did nothing on Medewerkers and Activiteiten (Ctrl+N had replaced the button's
    letter) and Ctrl+N nothing on Onderdelen (found by the second GUI trial)."""
    hands = Hands(qtbot)
    hands.shortcut(page)
    seen: list[str] = []
    hands.opens(lambda: hands.shortcut(keys), lambda dialog: seen.append(dialog.windowTitle()))
    assert seen == [title]


def test_the_focused_button_has_a_frame_one_can_see(qtbot: QtBot, window: MainWindow) -> None:
    """Fusion marked a focused button with a faint edge only (the second trial, 1366x768):
    after Tab it has a 2 px frame in the focus blue; the default button, not focused, does
    not, and still looks different from a plain button."""
    hands = Hands(qtbot)
    seen: dict[str, tuple[QColor, QColor]] = {}

    def edges(dialog: QWidget) -> tuple[QColor, QColor]:
        """(Opslaan's, Annuleren's) left edge, one pixel in, halfway down, as drawn."""
        found = []
        for text in ("Opslaan", "Annuleren"):
            button = next(
                b for b in dialog.findChildren(QPushButton) if b.text().replace("&", "") == text
            )
            picture = button.grab().toImage()
            found.append(picture.pixelColor(1, picture.height() // 2))
        return found[0], found[1]

    def walk(dialog: QWidget) -> None:
        seen["start"] = edges(dialog)
        hands.tab_to("Opslaan")
        seen["opslaan"] = edges(dialog)
        hands.tab_to("Annuleren")
        seen["annuleren"] = edges(dialog)
        hands.escape()

    _in_new_person_form(hands, walk)
    default, plain = seen["start"]
    assert FOCUS_BLUE not in (default, plain)
    assert default != plain  # Opslaan is the default button, and looks it
    assert seen["opslaan"] == (FOCUS_BLUE, plain)
    assert seen["annuleren"] == (default, FOCUS_BLUE)
