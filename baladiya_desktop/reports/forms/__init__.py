"""Every printed form. Each area declares its forms in a module here; importing this package
registers them all (see ``reports.registry``). Add a line per new module."""

from baladiya_desktop.reports.forms import (
    audit_extract,
    bundle_slip,
    indicators_report,
    org_chart,
    org_units,
    projects_sheet,
    revenue_books,
    revenue_close,
    revenue_monthly,
    revenue_receipt,
    settlement_batch,
    settlement_case,
    staff_card,
    staff_list,
    station_card,
    users_list,
)

__all__ = [
    "audit_extract",
    "bundle_slip",
    "indicators_report",
    "org_chart",
    "org_units",
    "projects_sheet",
    "revenue_books",
    "revenue_close",
    "revenue_monthly",
    "revenue_receipt",
    "settlement_batch",
    "settlement_case",
    "staff_card",
    "staff_list",
    "station_card",
    "users_list",
]
