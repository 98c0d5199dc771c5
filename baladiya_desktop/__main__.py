"""``python -m baladiya_desktop`` starts the desktop app."""

import sys

from baladiya_desktop.ui.app import main

if __name__ == "__main__":
    sys.exit(main())
