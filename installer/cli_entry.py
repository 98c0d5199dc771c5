"""Entry point of the frozen `baladiya` command."""

import sys

from baladiya_desktop.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
