"""``python -m oto_app COMMAND``: the command line without the GUI."""

import sys

from oto_app.cli import main

sys.exit(main())
