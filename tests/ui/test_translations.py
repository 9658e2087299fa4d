"""Dutch first, English complete: every string of the window is in the translation file
and translated, the file is up to date with the code, and an English window shows no
Dutch (base-class strings included)."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from oto_app import messages
from oto_app.db import Database
from tests.helpers.hands import Hands
from ui import language
from ui.dialogs.person_dialog import PersonDialog
from ui.icons import resource_path
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
TS = Path(resource_path("translations", "oto_en.ts"))


def _messages(path: Path) -> list[ElementTree.Element]:
    return list(ElementTree.parse(path).getroot().iter("message"))


def test_every_string_has_an_english_translation() -> None:
    untranslated = [
        m.findtext("source")
        for m in _messages(TS)
        if not m.findtext("translation") or m.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
    ]
    assert untranslated == [], "translate these in resources/translations/oto_en.ts"


def test_the_translation_file_knows_every_string_in_the_code(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run(
        [str(lupdate), *sources, "-locations", "none", "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    in_code = {m.findtext("source") for m in _messages(fresh)}
    in_file = {m.findtext("source") for m in _messages(TS)}
    assert in_code - in_file == set(), "run `make translations` and translate the new strings"


def test_the_core_catalogue_is_complete_in_both_languages() -> None:
    for key, (dutch, english) in messages._CATALOGUE.items():
        assert dutch.strip() and english.strip(), key


@pytest.fixture
def english(app: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("OTO_LANG", "en")
    translator = language.Translator(app)
    assert translator.loaded
    app.installTranslator(translator)
    messages.set_language("en")
    language.use_locale("en")
    yield
    app.removeTranslator(translator)
    messages.set_language("nl")
    language.use_locale("nl")


def _texts(widget: QWidget) -> Iterator[str]:
    for child in [widget, *widget.findChildren(QWidget)]:
        if isinstance(child, QLabel | QAbstractButton):
            yield child.text()
        if isinstance(child, QLineEdit):
            yield child.placeholderText()
        if isinstance(child, QGroupBox):
            yield child.title()
        if isinstance(child, QTableView) and child.model() is not None:
            model = child.model()
            for column in range(model.columnCount()):
                yield str(model.headerData(column, Qt.Orientation.Horizontal))
    yield widget.windowTitle()


def _dutch_left(texts: Iterator[str]) -> list[str]:
    dutch = {m.findtext("source", ""): m.findtext("translation", "") for m in _messages(TS)}
    return sorted({t for t in texts if t in dutch and dutch[t] != t and t.strip()})


def test_an_english_window_shows_no_dutch(english: None, qtbot: QtBot, sqlite_db: Database) -> None:
    window = MainWindow(sqlite_db)
    qtbot.addWidget(window)
    window.show()
    seen: list[str] = []
    for name in ("overview", "staff", "units", "activities", "plan", "evaluations", "reports"):
        window.show_page(name)
        seen.extend(_texts(window))
    seen.extend(a.text() for a in window.findChildren(type(window.menuBar().actions()[0])))
    assert window.navigation.item(1).text() == "Staff"
    assert _dutch_left(iter(seen)) == []


def test_forms_inherit_their_buttons_in_english(english: None, qtbot: QtBot) -> None:
    """Opslaan/Annuleren are written once in the base class FormDialog."""
    dialog = PersonDialog(lambda _data: None)
    qtbot.addWidget(dialog)
    buttons = sorted(b.text() for b in dialog.findChildren(QAbstractButton))
    assert "Save" in buttons and "Cancel" in buttons
    assert _dutch_left(_texts(dialog)) == []


def _choose_language(hands: Hands, letter: str) -> str:
    """Instellingen > Taal / Language > the language by its letter, by keys; what OTO says."""
    said: list[str] = []

    def choose() -> None:
        hands.menu("Alt+I", "T")
        hands.qtbot.waitUntil(
            lambda: (
                QApplication.activePopupWidget() is not None
                and QApplication.activePopupWidget().title() == "&Taal / Language"
            ),
            timeout=2000,
        )
        QTest.keyClick(QApplication.activePopupWidget(), QKeySequence(letter)[0].key())

    def read(box: QWidget) -> None:
        said.append(box.text())  # type: ignore[attr-defined]
        hands.enter()

    hands.opens(choose, read)
    return said[0]


def test_the_language_is_chosen_in_instellingen(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("OTO_LANG", raising=False)
    hands = Hands(qtbot)
    said = _choose_language(hands, "E")
    assert language.chosen() == "en"  # kept in QSettings, used at the next start
    # said in the window's language and in the one chosen
    assert said == (
        "De taal verandert bij de volgende start van OTO.\n\n"
        "OTO will be in English from the next start."
    )
    assert _choose_language(hands, "N") == "OTO is al in deze taal."
    assert language.chosen() == "nl"
    monkeypatch.setenv("OTO_LANG", "nl")
    # no promise of English that OTO_LANG would break
    assert _choose_language(hands, "E") == (
        "Uw keuze is bewaard voor de volgende start.\n\n"
        "Let op: OTO_LANG=nl is gezet; zolang dat zo is, gaat die taal voor deze keuze."
    )
    language.choose("nl")  # as the other tests expect it


def test_qt_keeps_its_own_texts_in_an_english_window(app: QApplication) -> None:
    """Our translator answers only for our texts: Qt's own ("%1 of %2" and the like) stay
    Qt's, instead of becoming empty (which logged 'QString::arg: Argument missing')."""
    translator = language.Translator(app)
    assert translator.translate("QFileDialog", "Look in:") is None
    assert translator.translate("ReportsPage", "&Openen") == "&Open"


def test_qt_dialogs_are_dutch_in_a_dutch_window(app: QApplication) -> None:
    from PySide6.QtCore import QCoreApplication

    assert QCoreApplication.translate("QFileDialog", "&Look in:") == "&Zoeken in:"
    assert QCoreApplication.translate("QFileDialog", "Files of &type:") == "Bestands&type:"
    assert QCoreApplication.translate("QFileDialog", "File &name:") == "Bestands&naam:"


def _counted(path: Path) -> dict[str, list[str]]:
    return {
        m.findtext("source", ""): [f.text or "" for f in m.iter("numerusform")]
        for m in _messages(path)
        if m.get("numerus") == "yes"
    }


def test_every_counted_string_has_a_form_for_one_and_for_more_in_both_languages() -> None:
    english = _counted(TS)
    dutch = _counted(Path(resource_path("translations", "oto_nl.ts")))
    assert english and set(dutch) == set(english)
    for forms in (*english.values(), *dutch.values()):
        assert len(forms) == 2 and all(form.strip() for form in forms)


@pytest.mark.parametrize(
    ("translator", "one", "three"),
    [
        ("nl", "1 medewerker", "3 medewerkers"),
        ("en", "1 person", "3 people"),
    ],
)
def test_a_count_reads_in_the_singular_or_the_plural(
    app: QApplication, translator: str, one: str, three: str
) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    chosen = QTranslator() if translator == "nl" else language.Translator()
    if translator == "nl":
        assert chosen.load(resource_path("translations", "oto_nl.qm"))
    app.installTranslator(chosen)
    try:
        said = [QCoreApplication.translate("StaffPage", "%n medewerker(s)", "", n) for n in (1, 3)]
    finally:
        app.removeTranslator(chosen)
    assert said == [one, three]
