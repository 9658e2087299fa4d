"""The README and the guides name the buttons and menus as the window shows them, and the
schema version as *Over OTO* shows it (a fresh user found *Vrijstelling verwijderen* in the
README over a button *Vrijstelling opheffen*, and "versie 8" over "versie 10")."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QMenu
from pytestqt.qtbot import QtBot

from oto_app.migrations import REVISIONS
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
DOCS = ("README.md", "docs/handleiding.md")
#: Emphasised in the README, and not the name of a button.
NOT_BUTTONS = {"Jaaroverzicht OTO": "the PDF's title", "Opleidingen (N)": "a tab, N its count"}
EMPHASISED = re.compile(r"(?<![*\w])\*\*?([^*\n]{2,60}?)\*\*?(?![*\w])")


def _plain(text: str) -> str:
    return text.replace("&", "").rstrip(".…").strip()


def _on_screen(window: MainWindow) -> tuple[set[str], dict[str, set[str]]]:
    """The buttons of every page, and each menu with its items, as a person reads them."""
    for page in range(window.pages.count()):
        window.pages.setCurrentIndex(page)
    buttons = {
        _plain(b.text())
        for b in window.findChildren(QAbstractButton)
        if b.text() and "\n" not in b.text()  # not the norm cards
    }
    menus: dict[str, set[str]] = {}
    for menu in window.menuBar().findChildren(QMenu):
        items = {_plain(a.text()) for a in menu.actions() if isinstance(a, QAction) and a.text()}
        menus[_plain(menu.title())] = items
    return buttons, menus


def test_the_docs_name_what_the_window_shows(qtbot: QtBot, demo_window: MainWindow) -> None:
    buttons, menus = _on_screen(demo_window)
    stale = []
    for doc in DOCS:
        for term in EMPHASISED.findall((ROOT / doc).read_text(encoding="utf-8")):
            if " > " in term:  # a menu and its item
                menu, item = (_plain(part) for part in term.split(" > ", 1))
                if menu in menus and item not in menus[menu]:
                    stale.append(f"{doc}: {term}")
                continue
            name = _plain(term)
            first = name.split(" ")[0]
            if name in NOT_BUTTONS or len(first) < 4:  # "Rol ...", "In ...": too common
                continue
            # A name that begins as a button does but is not one: a renamed button.
            alike = [b for b in buttons if b.split(" ")[0] == first and " " in b]
            if " " in name and alike and name not in buttons and name not in menus:
                stale.append(f"{doc}: {term} (on screen: {', '.join(sorted(alike))})")
    assert stale == [], "\n".join(stale)


def test_the_readme_says_the_schema_version_over_oto_shows() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for number in re.findall(r'"versie (\d+)"', readme):
        assert int(number) == len(REVISIONS), "the README names an old schema version"
