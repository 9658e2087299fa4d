"""A focused button shows it: a calm 2 px frame in the app's blue around it.

Fusion (the style on Linux, and what a remote desktop often gets) marks a focused push
button only by a faint lighter edge: at 1366x768 the second trial could not see which
button Tab had reached. The frame is drawn once the keyboard has moved the focus (as Qt
does its own focus rectangles), so a click does not leave one behind; the default
button keeps the style's own darker edge, so *Opslaan* still stands out when another
button has the focus.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QWidget

#: resources/style.qss uses the same blue for a focused field and list box.
FOCUS_BLUE = QColor("#1f4e79")
FRAME = 2


class FocusFrames(QProxyStyle):
    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawControl(element, option, painter, widget)
        focused = QStyle.StateFlag.State_HasFocus | QStyle.StateFlag.State_KeyboardFocusChange
        if element == QStyle.ControlElement.CE_PushButton and (option.state & focused) == focused:
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(FOCUS_BLUE, FRAME))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            inside = QRectF(option.rect).adjusted(1.5, 1.5, -1.5, -1.5)
            painter.drawRoundedRect(inside, 3, 3)
            painter.restore()
