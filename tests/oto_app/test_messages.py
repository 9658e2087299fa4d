"""The core's catalogue: every message key the code uses exists in Dutch and in English,
and counted messages read right for one and for more."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from oto_app import messages

CORE = Path(__file__).parents[2] / "oto_app"
KEY = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)+$")
#: Calls whose string arguments are message keys: the refusals, the catalogue itself, and
#: the service helpers that refuse with a key they are given.
TAKES_KEYS = {
    "text",
    "OtoError",
    "ValidationError",
    "NotFoundError",
    "ConcurrentEditError",
    "NotAllowedError",
    "DatabaseError",
    "fetch",
    "required",
    "limited",
    "check_version",
    "flush",
    "require_adviser",
    "require_units",
    "require_activity",
    "line",
}


def _keys_used() -> Iterator[tuple[str, str]]:
    for path in sorted(CORE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
            if name not in TAKES_KEYS:
                continue
            for argument in [*node.args, *(k.value for k in node.keywords if k.arg != "field")]:
                text = argument.value if isinstance(argument, ast.Constant) else None
                if isinstance(text, str) and KEY.match(text):
                    yield f"{path.relative_to(CORE)}:{node.lineno}", text


def test_the_code_uses_keys_and_finds_them() -> None:
    used = list(_keys_used())
    assert len(used) > 100  # the scan sees the code's refusals
    missing = [f"{where}: {key}" for where, key in used if not messages.has(key)]
    assert missing == []


@pytest.mark.parametrize("catalogue", ["_CATALOGUE", "_ONE"])
def test_every_message_has_dutch_and_english(catalogue: str) -> None:
    entries: dict[str, tuple[str, str]] = getattr(messages, catalogue)
    assert all(dutch.strip() and english.strip() for dutch, english in entries.values())
    if catalogue == "_ONE":  # a form for one belongs to a message that counts
        for key in entries:
            counter = "{" + messages._COUNTED_BY.get(key, "count") + "}"
            assert counter in messages._CATALOGUE[key][0] and counter in messages._CATALOGUE[key][1]


@pytest.mark.parametrize(
    ("language", "one", "three"),
    [
        ("nl", "1 regel geweigerd", "3 regels geweigerd"),
        ("en", "1 row refused", "3 rows refused"),
    ],
)
def test_a_count_of_one_reads_in_the_singular(language: str, one: str, three: str) -> None:
    before = messages.language()
    messages.set_language(language)
    try:
        assert messages.text("import_refused", count=1).startswith(one)
        assert messages.text("import_refused", count=3).startswith(three)
        assert messages.text("import_refused", count=0).startswith(three.replace("3", "0"))
    finally:
        messages.set_language(before)


# "activiteit(en)", "kolom(men)", "onderdeel/onderdelen", "action(s)", "activity(ies)"
GLUED_PLURAL = re.compile(r"\w\((en|s|n|nen|men|'s|ies|e)\)|\w/\w+en\b")


def test_no_message_glues_a_plural_on_a_word() -> None:
    glued = [
        f"{key}: {text}"
        for key, forms in messages._CATALOGUE.items()
        for text in forms
        if GLUED_PLURAL.search(text)
    ]
    assert glued == []


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_norms_reason_for_one_required_activity_is_singular(language: str) -> None:
    before = messages.language()
    messages.set_language(language)
    try:
        one = messages.text("n1_short", attended=0, required=1, year=2026)
        two = messages.text("n1_short", attended=1, required=2, year=2026)
    finally:
        messages.set_language(before)
    assert (one, two) == {
        "nl": ("0 van 1 activiteit in 2026", "1 van 2 activiteiten in 2026"),
        "en": ("0 of 1 activity in 2026", "1 of 2 activities in 2026"),
    }[language]
