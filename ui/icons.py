"""Icons from resources/icons (SVG, drawn for this app)."""

from __future__ import annotations

from importlib.resources import files

from PySide6.QtGui import QIcon


def resource_path(*parts: str) -> str:
    """A file of ui.resources. One part at a time: in the built program (PyInstaller) the
    package is a namespace whose ``joinpath`` takes a single name."""
    path = files("ui.resources")
    for part in parts:
        path = path.joinpath(part)
    return str(path)


def icon(name: str) -> QIcon:
    return QIcon(resource_path("icons", f"{name}.svg"))
