"""The ``baladiya`` command: every headless operation. Never imports Qt."""
