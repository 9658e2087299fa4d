"""What a person sees in a list: which cells show their text cut short ("…")."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QStyle, QTableView, QWidget


def cut_cells(view: QTableView) -> list[tuple[str, str]]:
    """(column title, text) of every cell on screen whose text does not fit its column,
    so Qt draws it elided, and of every column title cut short (text = the title); the
    rows scrolled out of sight are not looked at."""
    QApplication.processEvents()
    model = view.model()
    metrics = view.fontMetrics()
    margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    header = view.horizontalHeader()
    cut = []
    first = max(0, view.rowAt(0))
    last = view.rowAt(view.viewport().height() - 1)
    last = model.rowCount() - 1 if last < 0 else last
    for column in range(model.columnCount()):
        if header.isSectionHidden(column):
            continue
        title = str(model.headerData(column, header.orientation()))
        # Qt's own measure of a title (in a list that sorts, it also counts the arrow
        # for every column, where only the sorted one has it: not looked at there).
        if not view.isSortingEnabled() and header.sectionSizeHint(column) > view.columnWidth(
            column
        ):
            cut.append((title, title))
        for row in range(first, last + 1):
            text = model.index(row, column).data()
            if text and metrics.horizontalAdvance(str(text)) + margin > view.columnWidth(column):
                cut.append((title, str(text)))
    return cut


def runs_off(view: QTableView) -> bool:
    """The columns are wider than the list: a scroll bar, the right ones out of sight."""
    QApplication.processEvents()
    return view.horizontalHeader().length() > view.viewport().width()


def ink_at_right_edge(widget: QWidget) -> bool:
    """Whether the widget's drawn text touches its right edge: a letter cut off there
    (the label's background is the lightest colour it draws)."""
    QApplication.processEvents()
    image = widget.grab().toImage()
    background = image.pixelColor(0, 0).lightness()
    edge = image.width() - 1
    return any(
        image.pixelColor(edge, y).lightness() < background - 60 for y in range(image.height())
    )
