"""A date field as people type it: ``26-11-2026``, ``26112026`` or ``26-11-26``.

The whole text is selected when the field gets the focus (by Tab, Shift+Tab or a
click), so whatever is typed replaces the date from any position; the weekday shows
beside it, or that the text is no date yet. A calendar opens with the button or
Alt+Down/F4. The rules for what counts as a date live in the core
(:func:`oto_app.dates.parse_typed_date`); whether a date is plausible is the core's
service check, so a form shows that refusal like any other.

Signals: ``dateChanged(QDate)`` when the typed text becomes another valid date.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from oto_app.dates import format_date, parse_typed_date
from oto_app.errors import ValidationError


class _SelectAllLine(QLineEdit):
    """A line that selects everything it holds when it gets the focus."""

    opened = Signal()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        QTimer.singleShot(0, self.selectAll)  # after a click has placed the cursor

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt_down = event.key() == Qt.Key.Key_Down and bool(
            event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if alt_down or event.key() == Qt.Key.Key_F4:
            self.opened.emit()
            return
        super().keyPressEvent(event)


class DateEdit(QWidget):
    dateChanged = Signal(QDate)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field_key: str | None = None
        self.line = _SelectAllLine()
        self.line.setMaxLength(12)
        self.line.setPlaceholderText(self.tr("dd-mm-jjjj"))
        self.line.setToolTip(self.tr("Typ bijvoorbeeld 26-11-2026, 26112026 of 26-11-26"))
        self.line.setMinimumWidth(self.line.fontMetrics().horizontalAdvance("00-00-00000") + 16)
        self.weekday = QLabel()
        self.weekday.setObjectName("weekday")
        names = self.day_names()
        widest = max(self.weekday.fontMetrics().horizontalAdvance(n) for n in names)
        self.weekday.setMinimumWidth(widest + 8)
        self.button = QToolButton()
        self.button.setText("▾")
        self.button.setToolTip(self.tr("Kalender (Alt+Omlaag)"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.show_calendar)
        self.line.opened.connect(self.show_calendar)
        self.line.textChanged.connect(self._typed)
        self.line.editingFinished.connect(self._tidy)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line)
        layout.addWidget(self.button)
        layout.addWidget(self.weekday)
        layout.addStretch(1)
        self.setFocusProxy(self.line)
        self._last = QDate.currentDate()
        self.setDate(self._last)

    def day_names(self) -> list[str]:
        return [
            self.tr("maandag"),
            self.tr("dinsdag"),
            self.tr("woensdag"),
            self.tr("donderdag"),
            self.tr("vrijdag"),
            self.tr("zaterdag"),
            self.tr("zondag"),
        ]

    # --- the value -----------------------------------------------------------------------

    def date(self) -> QDate:
        """The last valid date typed (never invalid; for filters that follow the field)."""
        return QDate(self._last)

    def setDate(self, value: QDate) -> None:
        self.line.setText(value.toString("dd-MM-yyyy"))

    def value(self) -> dt.date:
        """The date as typed now; refused with the field's name when it is no date."""
        parsed = self._parsed()
        if parsed is None:
            raise ValidationError(
                "date_not_typed",
                field=self.field_key,
                label=self.accessibleName() or self.tr("datum"),
                value=self.line.text().strip(),
            )
        return parsed

    def _parsed(self) -> dt.date | None:
        try:
            return parse_typed_date(self.line.text())
        except ValueError:
            return None

    def _typed(self, _text: str) -> None:
        parsed = self._parsed()
        if parsed is None:
            self.weekday.setText(self.tr("geen datum") if self.line.text().strip() else "")
            self.weekday.setProperty("invalid", bool(self.line.text().strip()))
            return
        self.weekday.setProperty("invalid", False)
        self.weekday.setText(self.day_names()[parsed.weekday()])
        day = QDate(parsed.year, parsed.month, parsed.day)
        if day != self._last:
            self._last = day
            self.dateChanged.emit(QDate(day))

    def _tidy(self) -> None:
        parsed = self._parsed()
        if parsed is not None and self.line.text() != format_date(parsed):
            self.line.setText(format_date(parsed))

    # --- the calendar --------------------------------------------------------------------

    def show_calendar(self) -> None:
        calendar = QCalendarWidget(self)
        calendar.setWindowFlags(Qt.WindowType.Popup)
        calendar.setObjectName("datePopup")
        calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        calendar.setGridVisible(True)
        calendar.setSelectedDate(self._last)
        calendar.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        calendar.activated.connect(lambda day: self._picked(calendar, day))
        calendar.clicked.connect(lambda day: self._picked(calendar, day))
        calendar.move(self.line.mapToGlobal(QPoint(0, self.line.height())))
        calendar.show()
        calendar.setFocus()

    def _picked(self, calendar: QCalendarWidget, day: QDate) -> None:
        self.setDate(day)
        calendar.close()
        self.line.setFocus()
