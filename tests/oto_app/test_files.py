"""The one way files are written: whole or not at all, an old file kept until the new one
is complete, and a sentence instead of an OSError."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from oto_app import files
from oto_app.errors import ValidationError
from tests import faults


def test_a_failure_midway_keeps_the_old_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "lijst.csv"
    target.write_text("oud\n")
    with pytest.raises(ValidationError), files.atomic_write(target) as handle:
        handle.write("nieuw, maar half")
        raise ValidationError("required", label="naam")  # the writer's own refusal passes
    assert target.read_text() == "oud\n"
    assert [p.name for p in tmp_path.iterdir()] == ["lijst.csv"]


def test_a_complete_write_replaces_the_file_with_the_usual_permissions(tmp_path: Path) -> None:
    target = tmp_path / "lijst.csv"
    target.write_text("oud\n")
    files.write_text(target, "nieuw\n")
    assert target.read_text() == "nieuw\n"
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask


def test_a_full_disk_keeps_the_old_file_and_says_where_and_how_much_room() -> None:
    with faults.full_disk() as fault:
        fault.repair()
        target = fault.folder / "agenda.ics"
        target.write_bytes(b"oud")
        fault.fill()
        with fault.active(), pytest.raises(files.WriteError) as refused:
            files.write_bytes(target, b"x" * 100_000)
        assert refused.value.key == "write_full"
        assert f"map {fault.folder}" in refused.value.message
        assert target.read_bytes() == b"oud"
        assert fault.files() == ["agenda.ics"]


def test_a_missing_folder_is_named(tmp_path: Path) -> None:
    with pytest.raises(files.WriteError) as refused:
        files.write_text(tmp_path / "weg" / "r.csv", "x")
    assert refused.value.message == (
        f"r.csv is niet opgeslagen: de map {tmp_path / 'weg'} bestaat niet"
    )


def test_free_space_reads_as_dutch(tmp_path: Path) -> None:
    shown = files.free_space(tmp_path)
    assert shown.split()[-1] in {"B", "KB", "MB", "GB", "TB"}
    assert "." not in shown
