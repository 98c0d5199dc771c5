"""Sync bundles over USB: signed, encrypted, acknowledged; the ministry's consolidation."""
