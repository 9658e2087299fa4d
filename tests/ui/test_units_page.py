"""Journeys on the Onderdelen page."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from oto_app import norms
from oto_app.models import UnitKind
from tests.helpers.dialogs import on_next_dialog, raise_from
from tests.helpers.dialogs import save as _save
from tests.helpers.hands import Hands
from ui.dialogs.unit_dialog import UnitDialog
from ui.pages.units_page import UnitsPage


def test_the_default_units_are_listed_with_the_first_chosen(units_page: UnitsPage) -> None:
    page = units_page
    codes = [u.code for u in page.model.rows()]
    assert codes == ["OV", "PLT", "CRIB", "VC", "CRAS", "MZ", "UH", "NZ", "BT", "AC"]
    assert page.panel.title.text() == "Opvangen en Verzorgen (OV)"
    assert "procesverantwoordelijke" in page.panel.summary.text()


def test_add_a_unit_and_retire_it(qtbot: QtBot, units_page: UnitsPage) -> None:
    page = units_page

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, UnitDialog)
        qtbot.keyClicks(dialog.code, "ict")
        qtbot.keyClicks(dialog.name, "ICT-continu")
        dialog.name.insert("ïteit")  # QTest cannot type non-ASCII keys
        dialog.kind.setCurrentIndex(dialog.kind.findData(UnitKind.TEAM))
        _save(dialog)

    errors = on_next_dialog(qtbot, fill)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    raise_from(errors)
    last = page.model.rows()[-1]
    assert (last.code, last.name, last.kind, last.active) == (
        "ICT",
        "ICT-continuïteit",
        UnitKind.TEAM,
        True,
    )
    assert page.model.index(len(page.model.rows()) - 1, 2).data() == "team"

    page.select_unit(last.id)
    assert page.panel.retire_button.text() == "&Opheffen"
    hands = Hands(qtbot)
    asked: list[str] = []

    def read_and_escape(question: QWidget) -> None:
        asked.append(question.findChild(QLabel, "qt_msgbox_label").text())
        hands.escape()  # Escape, or Enter on the default button, keeps the unit

    hands.opens(lambda: hands.click(page.panel.retire_button), read_and_escape)
    assert asked == [
        "ICT-continuïteit (ICT) vandaag opheffen? Vanaf vandaag telt het onderdeel niet meer"
        " mee in de normen; in de jaren ervoor blijft het meetellen. Heropenen kan altijd."
    ]
    assert page.current_unit().active is True
    hands.opens(lambda: hands.click(page.panel.retire_button), lambda _: hands.enter())
    assert page.current_unit().active is True
    hands.opens(
        lambda: hands.click(page.panel.retire_button), lambda _: hands.key_combination("Alt+O")
    )
    assert page.current_unit().active is False
    assert "opgeheven" in page.panel.summary.text()
    # the same button keeps its letter: Alt+O reopens (Alt+H was the Help menu's)
    assert page.panel.retire_button.text() == "Her&openen"
    hands.key_combination("Alt+O")
    qtbot.waitUntil(lambda: page.current_unit().active is True, timeout=2000)
    assert page.panel.retire_button.text() == "&Opheffen"


def test_a_duplicate_code_is_explained_in_the_dialog(qtbot: QtBot, units_page: UnitsPage) -> None:
    seen: list[str] = []

    def fill(dialog: QDialog) -> None:
        qtbot.keyClicks(dialog.code, "CRAS")  # type: ignore[attr-defined]
        qtbot.keyClicks(dialog.name, "Nog een")  # type: ignore[attr-defined]
        _save(dialog)
        seen.append(dialog.error.text())  # type: ignore[attr-defined]

    errors = on_next_dialog(qtbot, fill)
    units_page.new_unit()
    raise_from(errors)
    assert seen == ["Onderdeelcode CRAS bestaat al."]
    assert len(units_page.model.rows()) == 10


def test_a_renamed_unit_keeps_its_old_name_in_the_years_before(
    qtbot: QtBot, units_page: UnitsPage
) -> None:
    """The form says a rename counts from today; last year's figures keep the old name."""
    page = units_page
    [cras] = [u for u in page.model.rows() if u.code == "CRAS"]
    page.select_unit(cras.id)
    seen: list[str] = []

    def rename(dialog: QDialog) -> None:
        assert isinstance(dialog, UnitDialog)
        seen.extend(label.text() for label in dialog.findChildren(QLabel, "hint"))
        dialog.name.setFocus()
        dialog.name.selectAll()
        qtbot.keyClicks(dialog.name, "Schadeafhandeling")
        _save(dialog)

    errors = on_next_dialog(qtbot, rename)
    qtbot.mouseClick(page.panel.edit_button, Qt.MouseButton.LeftButton)
    raise_from(errors)
    assert any("eerdere jaren houden de naam" in text for text in seen)
    assert [u.name for u in page.model.rows() if u.code == "CRAS"] == ["Schadeafhandeling"]
    last_year = dt.date.today().year - 1
    with units_page.ops.database.begin() as session:
        before = norms.compute(session, last_year)
        now = norms.compute(session, dt.date.today().year)
    assert [u.name for u in before.units if u.code == "CRAS"] == [
        "Centraal Registratiebureau Afhandeling Schade"
    ]
    assert [u.name for u in now.units if u.code == "CRAS"] == ["Schadeafhandeling"]
