"""Wrong usage of the command line: a Dutch line and exit 2, never a traceback."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from oto_app import cli


def _usage_error(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit) as caught:
        cli.main(argv)
    assert caught.value.code == 2
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return captured.err


@pytest.mark.parametrize("year", ["99999", "0", "-5", "10000", "1"])
def test_a_year_out_of_range_is_wrong_usage_in_dutch(
    year: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    last = dt.date.today().year + 10
    for argv in (
        ["compliance", "--year", year],
        ["report", "compliance", "--year", year, "--out", str(tmp_path / "r.pdf")],
        ["export", "participation", "--year", year, "--out", str(tmp_path / "p.csv")],
    ):
        err = _usage_error(["--db", str(tmp_path / "oto.sqlite"), *argv], capsys)
        assert f"ligt niet tussen 1950 en {last}" in err
    assert not (tmp_path / "r.pdf").exists()
    assert not (tmp_path / "p.csv").exists()


def test_a_year_that_is_no_number_is_named(capsys: pytest.CaptureFixture[str]) -> None:
    assert "'abc' is geen jaartal" in _usage_error(["compliance", "--year", "abc"], capsys)


def test_argparse_speaks_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    assert "een van de argumenten --year --years is verplicht" in _usage_error(
        ["compliance"], capsys
    )
    err = _usage_error(["compliance", "--years", "2021-99999"], capsys)
    assert "ligt niet tussen 1950" in err
    err = _usage_error(["compliance", "--year", "2025", "extra"], capsys)
    assert "onbekende argumenten: extra" in err
    assert err.startswith("gebruik: ")
    assert "ongeldige keuze: 'xml'" in _usage_error(
        ["compliance", "--year", "2025", "--format", "xml"], capsys
    )
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    help_text = capsys.readouterr().out
    assert "toon deze hulp en stop" in help_text
    assert "opties" in help_text
    assert "show this help" not in help_text
