"""Headless core: storage, identity, users, audit, shared value types. Never imports Qt."""
