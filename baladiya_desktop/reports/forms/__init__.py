"""Every printed form. Each area declares its forms in a module here; importing this package
registers them all (see ``reports.registry``). Add a line per new module."""

from baladiya_desktop.reports.forms import audit_extract, station_card, users_list

__all__ = ["audit_extract", "station_card", "users_list"]
