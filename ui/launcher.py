"""The ``oto-app`` entry point: the command line, or the GUI when no command is given.

It lives in ``ui`` so that the core can stay free of Qt: the core's CLI gets the
GUI as a callable and imports nothing of it; Qt is only loaded to open a window.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from oto_app import cli


def _open_gui(db: str | None) -> int:
    from ui.app import run

    return run(db)


def main(argv: Sequence[str] | None = None) -> int:
    return cli.main(argv, open_gui=_open_gui)


if __name__ == "__main__":
    sys.exit(main())
