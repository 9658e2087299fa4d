"""The pictures of docs/handleiding.md, from `make screenshots`, scaled to the width the
guide is read at (in the app's Help window and on a repository page).

    .venv/bin/python scripts/guide_pictures.py out/screenshots docs/images
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage

WIDTH = 820
PICTURES = {
    "overzicht": "overview-1366x768",
    "medewerkers": "staff-1366x768",
    "activiteiten": "activities-1366x768",
    "rapporten": "reports-1366x768",
    "evaluatie": "dialog-evaluation",
}


def main(shots: Path, out: Path) -> int:
    QGuiApplication(["guide"])
    out.mkdir(parents=True, exist_ok=True)
    for name, shot in PICTURES.items():
        image = QImage(str(shots / f"{shot}.png"))
        if image.isNull():
            print(f"{shots / shot}.png is missing: run make screenshots", file=sys.stderr)
            return 1
        scaled = image.scaledToWidth(
            min(WIDTH, image.width()), Qt.TransformationMode.SmoothTransformation
        )
        scaled.save(str(out / f"{name}.png"))
        print(out / f"{name}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
