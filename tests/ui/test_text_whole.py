"""Text a fresh user found cut although there was room (Dutch window, 1366x768): the roles
in the person panel beside an empty *Tot en met*, the last letter of form labels ("Tot en
me|t", "Typ|e"), the key role's "(sleutelfunctie)" in *Rol toewijzen*."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QFormLayout, QLabel, QWidget
from pytestqt.qtbot import QtBot

from tests.helpers.hands import Hands
from tests.helpers.screen import cut_cells, ink_at_right_edge
from ui.dialogs.form import FormDialog, OptionalDateEdit
from ui.main_window import MainWindow


def _open_person(hands: Hands, window: MainWindow, search: str) -> None:
    window.resize(1366, 768)
    hands.shortcut("Ctrl+2")  # Ga naar > Medewerkers
    page = window.staff_page
    hands.click(page.search)
    hands.type(search)
    hands.qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=3000)
    hands.click_row(page.table, 0)
    hands.qtbot.waitUntil(lambda: page.panel.detail is not None)


def _labels(dialog: QWidget) -> list[QLabel]:
    assert isinstance(dialog, FormDialog)
    form = dialog.form
    items = (form.itemAt(row, QFormLayout.ItemRole.LabelRole) for row in range(form.rowCount()))
    return [i.widget() for i in items if i is not None and isinstance(i.widget(), QLabel)]


def _labels_whole(dialog: QWidget) -> None:
    cut = [label.text() for label in _labels(dialog) if label.text() and ink_at_right_edge(label)]
    assert cut == []


def test_the_panel_gives_an_empty_end_column_s_room_to_the_roles(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    window, hands = demo_window, Hands(qtbot)
    _open_person(hands, window, "10120")  # voorzitter beleidsteam, no role ended
    roles = window.staff_page.panel.assignment_view
    assert roles.model().index(0, 1).data() == "voorzitter beleidsteam"
    assert cut_cells(roles) == []
    assert roles.isColumnHidden(4)  # Tot en met: nothing to show
    assert not roles.horizontalScrollBar().isVisible()


def test_the_exemption_form_shows_its_labels_whole(qtbot: QtBot, demo_window: MainWindow) -> None:
    window, hands = demo_window, Hands(qtbot)
    _open_person(hands, window, "10120")

    def look(dialog: QWidget) -> None:
        _labels_whole(dialog)
        [end] = dialog.findChildren(OptionalDateEdit)
        assert end.enabled.text() == "bekend"  # not "Tot en met [ ] tot en met"

    hands.opens(lambda: hands.click(window.staff_page.panel.exemption_button), look)


def test_rol_toewijzen_shows_every_role_whole_for_every_unit(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    window, hands = demo_window, Hands(qtbot)
    _open_person(hands, window, "10120")

    def look(dialog: QWidget) -> None:
        _labels_whole(dialog)
        unit = hands.focused()
        assert isinstance(unit, QComboBox)
        role = dialog.findChildren(QComboBox)[1]
        for _ in range(unit.count()):
            texts = [role.itemText(i) for i in range(role.count())]
            widest = max(role.fontMetrics().horizontalAdvance(t) for t in texts)
            arrow = 24  # the drop-down button beside the text
            assert role.width() >= widest + arrow, (unit.currentText(), texts)
            hands.key(Qt.Key.Key_Down)  # the next unit

    hands.opens(lambda: hands.click(window.staff_page.panel.assign_button), look)


def _whole_or_in_the_tooltip(view: QAbstractItemView, cut: list[tuple[str, str]]) -> None:
    model = view.model()
    shown = {
        str(model.index(r, c).data()): model.index(r, c).data(Qt.ItemDataRole.ToolTipRole)
        for r in range(model.rowCount())
        for c in range(model.columnCount())
    }
    assert all(shown[text] == text for _, text in cut)  # hover shows it whole


def test_at_1366_names_reasons_and_units_are_whole_long_lists_of_titles_in_a_tooltip(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    window, hands = demo_window, Hands(qtbot)
    window.resize(1366, 768)
    hands.shortcut("Ctrl+1")
    overview = window.overview_page
    qtbot.waitUntil(lambda: overview.result is not None, timeout=10_000)
    bar = overview.tabs.tabBar()
    for key, whole in (("N2", {"Onderdeel", "Waarom"}), ("N5", {"Sleutelfunctie", "Waarom"})):
        hands.click(bar, bar.tabRect(overview.tab_of[key]).center())
        view = overview.tabs.currentWidget()
        assert isinstance(view, QAbstractItemView)
        cut = cut_cells(view)
        assert [text for title, text in cut if title in whole] == [], key
        _whole_or_in_the_tooltip(view, cut)

    hands.shortcut("Ctrl+4")  # Activiteiten
    page = window.activities_page
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    cut = cut_cells(page.table)
    assert [text for title, text in cut if title != "Titel"] == []  # the units too
    _whole_or_in_the_tooltip(page.table, cut)
    search = page.search
    assert search.fontMetrics().horizontalAdvance(search.placeholderText()) + 16 <= search.width()
