"""Files a test writes or reads: exchange files as users make them, the text of a PDF."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

#: The header of an HR staff file, with a column the import does not use.
HR_HEADER = "personeelsnummer;voornaam;achternaam;onderdeel;rol;Opmerking"


def write(tmp_path: Path, name: str, *lines: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes("\n".join(lines).encode(encoding) + b"\n")
    return path


def text_of(path: Path) -> list[str]:
    """Each page's text with line breaks and runs of spaces folded to one space."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]
