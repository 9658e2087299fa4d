"""Icons from resources/icons (SVG, drawn for this app)."""

from __future__ import annotations

from importlib.resources import files

from PySide6.QtGui import QIcon


def resource_path(*parts: str) -> str:
    return str(files("ui.resources").joinpath(*parts))


def icon(name: str) -> QIcon:
    return QIcon(resource_path("icons", f"{name}.svg"))
