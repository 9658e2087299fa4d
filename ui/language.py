"""The language of the window: Dutch (the source language) or English (resources/
translations/oto_en.ts, compiled by ``make translations``).

Chosen by ``OTO_LANG`` if set, else by the user in Instellingen > Taal (kept in QSettings,
applied at the next start), else by the system's locale. Dates stay dd-mm-jjjj and weeks
start on Monday in both: the locale for formatting is always Dutch.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ElementTree

from PySide6.QtCore import QLibraryInfo, QLocale, QObject, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from oto_app import messages
from ui.icons import resource_path

SETTING = "language"
LANGUAGES = {"nl": "Nederlands", "en": "English"}
#: Each language's menu item, with its Alt letter (the name of a language is not translated).
MENU_ITEMS = {"nl": "&Nederlands", "en": "&English"}
#: What choosing a language means, said in that language too: whoever chose the language they
#: read reads this (not through Qt's translation, which gives the window's language).
AT_NEXT_START = {
    "nl": "OTO is Nederlands vanaf de volgende start.",
    "en": "OTO will be in English from the next start.",
}


def chosen() -> str:
    """'nl' or 'en'."""
    wanted = os.environ.get("OTO_LANG") or QSettings().value(SETTING) or QLocale.system().name()
    return "en" if str(wanted).lower().startswith("en") else "nl"


def choose(language: str) -> None:
    """Remember the user's choice for the next start."""
    QSettings().setValue(SETTING, language)


def overridden() -> str | None:
    """The language ``OTO_LANG`` sets, which goes before the user's choice; None if unset."""
    return os.environ.get("OTO_LANG") or None


class Translator(QTranslator):
    """The translations of the .ts (then the compiled .qm), and a fallback by source text.

    Qt looks a ``self.tr`` string up under the class of the object at run time, so a
    string written in a base class (the Opslaan of every form) is asked for under each
    subclass's name; lupdate files it under the base class. The fallback finds it there.

    ``oto_en`` is the English window; ``oto_nl`` holds the Dutch forms for one and for
    more of the counted strings alone (``tr("%n ...", "", n)``), found the same way.
    """

    def __init__(self, parent: QObject | None = None, name: str = "oto_en") -> None:
        super().__init__(parent)
        ts = resource_path("translations", f"{name}.ts")
        self.by_context: dict[tuple[str, str], str] = {}
        self.counted: dict[tuple[str, str], list[str]] = {}  # tr("%n ...", "", n): the forms
        for context in ElementTree.parse(ts).getroot().iter("context"):
            within = context.findtext("name", "")
            for message in context.iter("message"):
                source = message.findtext("source", "")
                if message.get("numerus") == "yes":
                    forms = [form.text or "" for form in message.iter("numerusform")]
                    self.counted[(within, source)] = forms
                else:
                    self.by_context[(within, source)] = message.findtext("translation", "")
        self.by_source = {source: text for (_name, source), text in self.by_context.items()}
        self.counted_by_source = {source: forms for (_n, source), forms in self.counted.items()}
        self.loaded = self.load(resource_path("translations", f"{name}.qm"))

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        # The .ts first: it is the source of truth (a .qm compiled before the last edit of
        # the .ts, as after a rebase, cannot then show old English). None, not "", for a
        # text that is not ours: an empty string would replace Qt's own texts ("%1 of %2"
        # and the like: "QString::arg: Argument missing") with nothing.
        if n >= 0:
            forms = self.counted.get((context, source)) or self.counted_by_source.get(source)
            if forms and all(forms):
                return forms[0] if n == 1 else forms[-1]  # Qt puts n in for %n afterwards
        found = self.by_context.get((context, source)) or super().translate(
            context, source, disambiguation, n
        )
        return found or self.by_source.get(source) or None


# Texts of Qt's own dialogs that qtbase_nl leaves in English (context, source): Dutch.
QT_GAPS = {
    ("QFileDialog", "&Look in:"): "&Zoeken in:",
    ("QFileDialog", "Look in:"): "Zoeken in:",
    ("QFileDialog", "Files of &type:"): "Bestands&type:",
    ("QFileDialog", "Files of type:"): "Bestandstype:",
}


class QtGaps(QTranslator):
    """The Dutch for the few texts of Qt's dialogs that Qt's own translation lacks."""

    def isEmpty(self) -> bool:
        return False

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return QT_GAPS.get((context, source))  # None: not ours, Qt asks the next translator


def use_locale(language: str) -> None:
    """Numbers as the window's language writes them ("2,00 uur", "2.00 hours"); dates are
    dd-mm-jjjj in both, by OTO's own format."""
    QLocale.setDefault(
        QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
        if language == "en"
        else QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
    )


def install(app: QApplication) -> str:
    """Install the chosen language in ``app`` (and the core's messages); returns it."""
    language = chosen()
    messages.set_language(language)
    use_locale(language)
    if language == "nl":
        qt_dutch = QTranslator(app)
        if qt_dutch.load("qtbase_nl", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt_dutch)
        app.installTranslator(QtGaps(app))
        app.installTranslator(Translator(app, "oto_nl"))  # the counted strings' Dutch forms
    else:
        app.installTranslator(Translator(app))
    return language
