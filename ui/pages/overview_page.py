"""Overzicht: for a year and reference date, are the norms met, and who or what is missing.

The norms are computed off the GUI thread; the page paints at once with the
previous figures (or a note that it is computing) and fills in when they arrive.
Every card drills down to the list behind it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProxyStyle,
    QPushButton,
    QSplitter,
    QStyle,
    QStyleOption,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from oto_app import messages, norms
from oto_app.exchange import reminders
from oto_app.exchange.invitations import Contact
from oto_app.exchange.reminders import Need
from oto_app.models import Validity
from oto_app.norms import figures, trend, validity, vocabulary
from oto_app.norms import settings as norm_settings
from oto_app.norms.results import (
    Compliance,
    EvaluationResult,
    EvaluationState,
    NormSettings,
    OverdueAction,
    PersonResult,
    PlanResult,
    StaffingResult,
    UnitResult,
)
from oto_app.norms.trend import TrendYear
from oto_app.norms.validity import Standing
from oto_app.norms.vocabulary import Verdict, verdict
from oto_app.services import settings
from ui.colours import GREEN, ORANGE, RED
from ui.dialogs.form import from_qdate, year_and_reference
from ui.dialogs.norms_dialog import NormsDialog
from ui.models.rows import Column, RowsTableModel
from ui.models.standings import standings_model
from ui.operations import Operations
from ui.pages.overview_chart import UnitChart
from ui.pages.page import Page
from ui.pages.trend_view import TrendView
from ui.widgets import heading, table_view
from ui.worker import Task, run_task

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

GOOD, WARN, BAD = "good", "warn", "bad"
LIGHT = {GOOD: GREEN, WARN: ORANGE, BAD: RED}
# A card's look for each verdict (the trend's bars take the same verdict's colour).
STATE = {Verdict.MET: GOOD, Verdict.OPEN: WARN, Verdict.NOT_MET: BAD}


class NormCard(QPushButton):
    """A headline figure; clicking it shows the list behind it."""

    def __init__(self, code: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("normCard")
        self.code = code
        self.title = title
        self.setMinimumHeight(74)
        self.show_value("…", "", WARN)

    def show_value(self, value: str, detail: str, state: str) -> None:
        self.setText(f"{self.code}  {self.title}\n{value}\n{detail}")
        self.setAccessibleName(f"{self.code} {self.title}: {value}. {detail}")
        self.setProperty("state", state)
        self.style().unpolish(self)
        self.style().polish(self)


class SnugTabs(QProxyStyle):
    """Tabs with half the style's own space around their title (Fusion gives 24 px a
    tab): the Overzicht's eight tabs, whole and without scroll arrows, leave room for the
    chart on a 1366-pixel screen."""

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        value = super().pixelMetric(metric, option, widget)
        return value // 2 if metric == QStyle.PixelMetric.PM_TabBarTabHSpace else value


class OverviewPage(Page):
    """Signals:
    refreshed(): new figures are on screen.
    trend_shown(): the trend over the years is on screen (after refreshed).
    person_chosen(int): the user asked to open this person (drill-down to Medewerkers).
    """

    refreshed = Signal()
    trend_shown = Signal()
    person_chosen = Signal(int)

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(ops, parent)
        self.result: Compliance | None = None
        self._task: Task | None = None
        self._trend_task: Task | None = None
        self._request = 0
        self.year, self.on = year_and_reference(self)
        self.norms_button = QPushButton(self.tr("&Normen van dit jaar…"))
        self.remind_button = QPushButton(self.tr("Herinnering &opstellen…"))
        self.remind_button.setToolTip(
            self.tr("Een concept-e-mail in Outlook aan wie in deze lijst staat (Bcc)")
        )
        self.merge_button = QPushButton(self.tr("Lijst voor &samenvoegen (Excel)…"))
        self.merge_button.setToolTip(
            self.tr("Deze mensen met hun eerstvolgende activiteit, voor Afdruk samenvoegen in Word")
        )
        self.state = QLabel()
        self.state.setObjectName("hint")
        self.cards = {
            "N1": NormCard("N1", self.tr("Getraind")),
            "N2": NormCard("N2", self.tr("Geoefend")),
            "N3": NormCard("N3", self.tr("Bestuurlijk")),
            "N4": NormCard("N4", self.tr("Evaluaties")),
            "N5": NormCard("N5", self.tr("Sleutelfuncties")),
            "N6": NormCard("N6", self.tr("Verbeterpunten")),
            "N7": NormCard("N7", self.tr("Deelplannen")),
        }
        self._build_tables()
        self.chart = UnitChart()
        self._layout()
        self.on.dateChanged.connect(lambda _date: self.refresh())
        self.norms_button.clicked.connect(self.edit_norms)
        self.remind_button.clicked.connect(self.remind)
        self.merge_button.clicked.connect(self.merge_list)
        self.tabs.currentChanged.connect(lambda _index: self._update_reminders())
        for model in (self.people, self.expiring):
            model.modelReset.connect(self._update_reminders)
        self._update_reminders()
        for code, card in self.cards.items():
            card.clicked.connect(lambda _=False, c=code: self.drill_down(c))
        # activated: a double-click, or Enter on the current row
        self.people_view.activated.connect(self._open_person)
        self.expiring_view.activated.connect(
            lambda index: self.person_chosen.emit(self.expiring.row(index.row()).person_id)
        )

    # --- building -------------------------------------------------------------------------

    def _build_tables(self) -> None:
        tr = self.tr
        self.people = RowsTableModel[PersonResult](
            [
                # Status and Waarom right after the name: whole beside the chart at 1366.
                Column(tr("Naam"), lambda p: p.name, width=18, sort=lambda p: p.sort_name),
                Column(
                    tr("Status"),
                    lambda p: vocabulary.word(p.status),
                    width=12,
                    colour=lambda p: vocabulary.colour(p.status),
                ),
                Column(tr("Waarom"), lambda p: p.reason, width=60),
                Column(tr("Onderdelen"), lambda p: ", ".join(p.units), width=10),
                Column(tr("Personeelsnr."), lambda p: p.staff_number, width=12),
                Column(tr("E-mail"), lambda p: p.email, width=28),
                Column(tr("Telefoon"), lambda p: p.phone, width=14),
            ],
            parent=self,
        )
        self.people_view = table_view(self.people, "peopleTable", sortable=True)
        self.people_view.sortByColumn(3, Qt.SortOrder.AscendingOrder)  # by unit, as asked
        self.units = RowsTableModel[UnitResult](
            [
                Column(
                    " ",
                    lambda u: "●",
                    width=2,
                    colour=lambda u: LIGHT[STATE[verdict(u.exercised, u.year_over)]],
                ),
                Column(tr("Code"), lambda u: u.code, width=6),
                # the whole name before the exercises, which are cut first (their tooltip
                # lists them all): "Centraal Registratiebureau Afhand…" at 1366
                Column(tr("Onderdeel"), lambda u: u.name, width=46),
                Column(tr("Geoefend"), lambda u: u.exercised, width=9),
                Column(tr("Waarom"), lambda u: u.reason, width=30),
                Column(tr("Oefeningen"), self._exercise_titles, width=50, stretch=True),
            ],
            parent=self,
        )
        self.staffing = RowsTableModel[StaffingResult](
            [
                Column(tr("Onderdeel"), lambda s: s.unit, width=8),
                Column(tr("Sleutelfunctie"), lambda s: s.role, width=24),
                Column(tr("Primair"), lambda s: f"{s.primary_trained} / {s.primary}", width=8),
                Column(
                    tr("Plaatsvervanger"), lambda s: f"{s.deputy_trained} / {s.deputy}", width=14
                ),
                Column(tr("Voldaan"), lambda s: s.met, width=8),
                Column(tr("Waarom"), lambda s: s.reason, width=40),
            ],
            parent=self,
        )
        self.evaluations = RowsTableModel[EvaluationResult](
            [
                Column(tr("Datum"), lambda e: e.date, width=11),
                Column(tr("Activiteit"), lambda e: e.title, width=40),
                Column(
                    tr("Evaluatie"),
                    lambda e: vocabulary.word(e.status),
                    width=10,
                    colour=lambda e: vocabulary.colour(e.status),
                ),
                Column(tr("Waarom"), lambda e: e.reason, width=40),
            ],
            parent=self,
        )
        self.overdue = RowsTableModel[OverdueAction](
            [
                Column(tr("Uiterlijk"), lambda a: a.due, width=11),
                Column(tr("Onderdeel"), lambda a: a.unit, width=9),
                Column(tr("Verbeterpunt"), lambda a: a.description, width=50),
                Column(tr("Eigenaar"), lambda a: a.owner, width=20),
            ],
            parent=self,
        )
        self.plans = RowsTableModel[PlanResult](
            [
                Column(tr("Onderdeel"), lambda p: p.unit, width=9),
                Column(tr("Herzien"), lambda p: p.last_review, width=11),
                Column(tr("Actueel"), lambda p: p.current, width=8),
                Column(tr("Waarom"), lambda p: p.reason, width=44),
            ],
            parent=self,
        )
        self.trend = TrendView()
        self.expiring = standings_model(with_person=True, parent=self)
        self.expiring_view = table_view(self.expiring, "expiringTable", sortable=True)
        self.tabs = QTabWidget()
        # Every tab's title whole at 1366 pixels: no scroll arrows hiding the last ones, and
        # tabs no wider than their title needs, so that all eight fit beside the chart.
        self.tabs.tabBar().setStyle(SnugTabs(self.tabs.style().name()))
        self.tabs.setUsesScrollButtons(False)
        self.tabs.setElideMode(Qt.TextElideMode.ElideNone)
        self.tab_of: dict[str, int] = {}
        for codes, title, model, view in (
            (("N1",), vocabulary.to_train_title(), self.people, self.people_view),
            (("N2", "N3"), tr("Onderdelen"), self.units, None),
            (("N5",), tr("Sleutelfuncties"), self.staffing, None),
            (("N4",), tr("Evaluaties"), self.evaluations, None),
            (("N6",), tr("Verbeterpunten"), self.overdue, None),
            (("N7",), tr("Deelplannen"), self.plans, None),
            (("courses",), tr("Opleidingen"), self.expiring, self.expiring_view),
        ):
            index = self.tabs.addTab(view or table_view(model, f"{codes[0]}Table", fit=True), title)
            for code in codes:
                self.tab_of[code] = index
        self.tab_of["trend"] = self.tabs.addTab(self.trend, tr("Trend"))

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Overzicht")))
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Jaar")))
        top.addWidget(self.year)
        top.addWidget(QLabel(self.tr("Peildatum")))
        top.addWidget(self.on)
        top.addWidget(self.norms_button)
        grid = QGridLayout()
        for index, card in enumerate(self.cards.values()):
            grid.addWidget(card, 0, index)
        lower = QSplitter()
        lower.addWidget(self._tabs_with_reminders())
        lower.addWidget(self.chart.with_legend())
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 1)
        lower.setSizes([1000, 300])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.state)
        layout.addLayout(grid)
        layout.addWidget(lower, 1)

    def _tabs_with_reminders(self) -> QWidget:
        """The lists, and below them the reminder buttons (for Nog te trainen and
        Opleidingen)."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.tabs, 1)
        row = QHBoxLayout()
        row.addWidget(self.remind_button)
        row.addWidget(self.merge_button)
        row.addStretch(1)
        column.addLayout(row)
        return box

    # --- computing ------------------------------------------------------------------------

    def reference(self) -> tuple[int, dt.date]:
        year = self.year.value()
        day = from_qdate(self.on.date())
        return year, min(max(day, dt.date(year, 1, 1)), dt.date(year, 12, 31))

    def reload(self) -> None:
        """Compute the norms off the GUI thread; every kind of change can move them.

        In two steps: first the norms about units, evaluations, actions and plans (a few
        queries at any size), shown at once; then everything, with N1 and N5, which look
        at every person (seconds for a large region)."""
        year, on = self.reference()
        self.state.setText(self.tr("Bezig met berekenen…"))
        read = self.ops.read

        def first() -> Compliance:
            return read(lambda s: norms.compute_units_first(s, year, on))

        header = self.people_view.horizontalHeader()
        column, order = header.sortIndicatorSection(), header.sortIndicatorOrder()
        people = self.people

        def compute() -> tuple[Compliance, list[Standing], list[PersonResult]]:
            result, attention = read(
                lambda s: (norms.compute(s, year, on), validity.attention(s, on))
            )
            # Sorted here, off the GUI thread: 89,000 names took half a second there.
            todo = [p for p in result.persons if p.to_train]  # not who is exempt
            return result, attention, people.sorted_rows(todo, column, order)

        def then_everything(partial: Compliance) -> None:
            if request != self._request:
                return
            self._show_units_first(partial)
            self._task = run_task(
                compute, lambda result: self._show(result, request), self._failed, self
            )

        self._request += 1
        request = self._request
        self._task = run_task(first, then_everything, self._failed, self)

    def _show_units_first(self, partial: Compliance) -> None:
        """The cards and lists that do not need the people. N1 and N5 say they are busy
        the first time; after a change they keep their figures until the new ones come."""
        self._fill_cards(partial)
        self.units.set_rows(partial.units)
        self.evaluations.set_rows(partial.evaluations)
        self.overdue.set_rows(partial.actions_overdue)
        self.plans.set_rows(partial.plans)

    def _failed(self, error: BaseException) -> None:
        self.state.setText(self.tr("Berekenen mislukt: %1").replace("%1", str(error)))

    def _show_trend(self, result: Compliance, request: int) -> None:
        """The earlier years, after the year itself is on screen (each is a full
        computation: seconds for a large region)."""
        read, year = self.ops.read, result.year

        def earlier() -> list[TrendYear]:
            def years(session: Session) -> list[TrendYear]:
                first, _last = trend.span(session, year)
                return [*trend.compute_years(session, first, year - 1), trend.of_result(result)]

            return read(years)

        def show(years: list[TrendYear]) -> None:
            if request == self._request:
                self.trend.show_years(years)
                self.trend_shown.emit()

        self._trend_task = run_task(earlier, show, self._failed, self)

    def _show(
        self, computed: tuple[Compliance, list[Standing], list[PersonResult]], request: int
    ) -> None:
        if request != self._request:
            return  # an older request; a newer one is on its way
        result, attention, todo = computed
        self._show_trend(result, request)
        self.result = result
        self.expiring.set_rows(attention)
        self._title_courses(attention)
        self.state.setText(
            self.tr("Stand op %1").replace("%1", result.reference_date.strftime("%d-%m-%Y"))
        )
        self._fill_cards(result)
        self.people.set_rows(todo)
        self.units.set_rows(result.units)
        self.staffing.set_rows(result.staffing)
        self.evaluations.set_rows(result.evaluations)
        self.overdue.set_rows(result.actions_overdue)
        self.plans.set_rows(result.plans)
        self.chart.show_result(result)
        self.refreshed.emit()

    def _title_courses(self, attention: list[Standing]) -> None:
        """The tab's count is the rows it lists: expiring, expired and missing courses
        alike (it said "Verloopt binnenkort (12)" over 18 rows, the 6 missing uncounted);
        its tooltip counts each kind."""
        index = self.tab_of["courses"]
        listed = len(attention)
        self.tabs.setTabText(
            index,
            self.tr("Opleidingen (%1)").replace("%1", str(listed))
            if listed
            else self.tr("Opleidingen"),
        )
        kinds = [
            f"{sum(s.status == kind for s in attention)} {messages.label(kind)}"
            for kind in (Validity.EXPIRING, Validity.EXPIRED, Validity.MISSING)
        ]
        self.tabs.setTabToolTip(
            index,
            self.tr("Opleidingen die binnen %1 dagen verlopen, verlopen zijn of ontbreken: %2")
            .replace("%1", str(validity.EXPIRING_DAYS))
            .replace("%2", ", ".join(kinds)),
        )

    def _fill_cards(self, r: Compliance) -> None:
        tr = self.tr
        over = r.year_over
        if r.partial:
            for busy in ("N1", "N5"):
                if self.result is None:
                    self.cards[busy].show_value("…", tr("bezig met berekenen"), WARN)
        else:
            total, done = r.persons_counted, r.persons_compliant
            pct = f" ({figures.percent(done, total)})" if total else ""
            exempt = (
                tr("; %1 vrijgesteld").replace("%1", str(r.persons_exempt))
                if r.persons_exempt
                else ""
            )
            light = verdict(done == total, over)
            # "117 / 141 (83%) voldaan" beside an amber light read as "norm met": the
            # figure says what it counts, the line below the light in the PDF's word
            self.cards["N1"].show_value(
                tr("%1 van %2 getraind").replace("%1", str(done)).replace("%2", str(total)) + pct,
                vocabulary.verdict_word(light) + exempt,
                STATE[light],
            )
            short = sum(not s.met for s in r.staffing)
            self.cards["N5"].show_value(
                tr("%1 onderbezet").replace("%1", str(short)),
                tr("van %1").replace("%1", str(len(r.staffing))),
                STATE[verdict(short == 0, over)],
            )
        units_done, units_total = r.units_exercised, len(r.units)
        self.cards["N2"].show_value(
            f"{units_done} / {units_total}",
            tr("onderdelen"),
            STATE[verdict(units_done == units_total, over)],
        )
        admin = r.administrative
        admin_detail = (
            tr("%1 gehouden").replace("%1", str(len(admin.exercises)))
            if admin.met
            else tr("%1 gepland").replace("%1", str(len(admin.planned)))
        )
        self.cards["N3"].show_value(
            tr("ja") if admin.met else tr("nee"),
            admin_detail,
            STATE[verdict(admin.met, over)],
        )
        late = r.evaluations_in(EvaluationState.OVERDUE)
        self.cards["N4"].show_value(
            tr("%1 te laat").replace("%1", str(late)),
            ", ".join(  # "4 afgerond, 1 open": the N4 words of the list and the report
                f"{r.evaluations_in(state)} {vocabulary.word(state)}"
                for state in (EvaluationState.DONE, EvaluationState.OPEN)
            ),
            GOOD if late == 0 else BAD,
        )
        overdue = len(r.actions_overdue)
        self.cards["N6"].show_value(
            tr("%1 over datum").replace("%1", str(overdue)), "", GOOD if overdue == 0 else BAD
        )
        stale = sum(not p.current for p in r.plans)
        self.cards["N7"].show_value(
            tr("%1 verouderd").replace("%1", str(stale)),
            tr("van %1").replace("%1", str(len(r.plans))),
            GOOD if stale == 0 else BAD,
        )
        # the norm and its verdict in words, as the Jaaroverzicht's summary table says them
        for line in vocabulary.norm_lines(r):
            if not (r.partial and line.code in ("N1", "N5")):  # those are still counting
                self.cards[line.code].setToolTip(line.explained(over))

    # --- drill-down -----------------------------------------------------------------------

    def _exercise_titles(self, unit: UnitResult) -> str:
        """The activities behind a unit's light: held, then planned, by date and title."""
        result = self.result
        if result is None:
            return ""

        def title(key: str) -> str:
            ref = result.activities.get(key)
            return f"{ref.date:%d-%m} {ref.title}" if ref else key

        held = [title(k) for k in unit.exercises]
        planned = [title(k) + self.tr(" (gepland)") for k in unit.planned]
        return "; ".join(held + planned)

    def drill_down(self, code: str) -> None:
        self.tabs.setCurrentIndex(self.tab_of[code])

    def _open_person(self, index: QModelIndex) -> None:
        self.person_chosen.emit(self.people.row(index.row()).person_id)

    # --- reminders ------------------------------------------------------------------------

    def reminder_needs(self) -> tuple[str, list[Need]] | None:
        """Who the shown list is about: ``training`` (Nog te trainen) or ``courses``
        (Opleidingen: expiring, expired or missing), each with why, without who is exempt
        on the reference date;
        None on the other tabs."""
        shown = self._shown_needs()
        return None if shown is None else (shown[0], list(shown[1]))

    def _shown_needs(self) -> tuple[str, Iterator[Need]] | None:
        """:meth:`reminder_needs`, each made as it is read."""
        index = self.tabs.currentIndex()
        if index == self.tab_of["N1"]:
            return "training", reminders.each_training_need(self.people.rows())
        if index == self.tab_of["courses"]:
            exempt = self.result.exempt_ids if self.result else frozenset()
            return "courses", reminders.each_course_need(self.expiring.rows(), exempt)
        return None

    def _update_reminders(self) -> None:
        """The reminder buttons usable when the shown list has someone to remind: asked of
        the list's first rows, not by writing every reminder (on the GUI thread, after
        each new list: 0.3 s for a region's 89,000 people)."""
        shown = self._shown_needs()
        anyone = shown is not None and next(shown[1], None) is not None
        for button in (self.remind_button, self.merge_button):
            button.setEnabled(anyone)

    def remind(self) -> None:
        from ui.dialogs.reminder_dialog import ReminderDialog

        chosen = self.reminder_needs()
        if not chosen:
            return
        kind, needs = chosen
        year, today = self.year.value(), dt.date.today()
        people = self.ops.read(lambda s: reminders.addressees(s, needs))

        if kind == "training":
            name = self.tr("herinnering-training-%1.eml")
        else:
            name = self.tr("herinnering-opleidingen-%1.eml")

        def write(adviser: Contact, folder: Path) -> Path:
            path = folder / name.replace("%1", f"{today:%Y%m%d}")
            self.ops.read(
                lambda s: reminders.write_reminder(
                    s, path, needs=needs, adviser=adviser, kind=kind, since=today, year=year
                )
            )
            return path

        ReminderDialog(people, write, self.ops.login, self).exec()

    def merge_list(self) -> None:
        chosen = self.reminder_needs()
        if not chosen:
            return
        kind, needs = chosen
        if kind == "training":
            name = self.tr("samenvoegen-nog-te-trainen-%1.xlsx")
        else:
            name = self.tr("samenvoegen-opleidingen-%1.xlsx")
        today = dt.date.today()
        self._merge = self.ops.save_file(
            self,
            self.tr("Lijst voor samenvoegen opslaan"),
            name.replace("%1", str(self.year.value())),
            self.tr("Excel (*.xlsx);;CSV (*.csv)"),
            lambda session, path: reminders.write_merge_list(session, needs, today, path),
        )

    def edit_norms(self) -> None:
        year = self.year.value()
        current: NormSettings = self.ops.read(lambda s: norm_settings.for_year(s, year))

        def save(values: NormSettings) -> None:
            self.ops.write(lambda s: settings.save_norms(s, year, values))

        NormsDialog(year, current, save, self).exec()
