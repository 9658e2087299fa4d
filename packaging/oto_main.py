"""The entry point of the built program (PyInstaller): the same as ``oto-app``.

``freeze_support`` first: the GUI runs long work (imports, the annual report) in a child
process started with ``spawn``, which in a frozen program re-runs this executable; the
call turns such a run into the child instead of a second window.
"""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from ui.launcher import main

    sys.exit(main())
