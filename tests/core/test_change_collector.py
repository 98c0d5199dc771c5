"""The change sets of a job's writes: collected once committed, merged, rolled back ones not."""

from __future__ import annotations

import datetime as dt
from typing import cast

import pytest
from sqlalchemy import Table, update

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.errors import ValidationError
from baladiya_desktop.core.settings import BACKUP_KEEP, set_setting
from baladiya_desktop.core.writes import ChangeSet, collect_changes, report_changes
from baladiya_desktop.domain.org import service as org
from baladiya_desktop.domain.org.models import OrgUnit
from baladiya_desktop.domain.org.service import UnitInput
from baladiya_desktop.domain.revenue import service as revenue
from baladiya_desktop.domain.revenue.importing import import_receipts
from baladiya_desktop.domain.revenue.rules import ReceiptInput


def test_two_writes_are_collected_with_their_tables_and_new_ids(admin: AppContext) -> None:
    with collect_changes() as found:
        unit = org.add_unit(admin, UnitInput(code="X1", name_ar="إدارة التجربة",
                                             unit_type="department"))
        set_setting(admin, BACKUP_KEEP, 9)
    assert len(found) == 2
    merged = ChangeSet.merged(found)
    assert {"org_unit", "station_setting"} <= merged.tables
    assert str(unit) in merged.created and str(unit) in merged.ids
    assert not merged.tables & {"audit_log", "change_log", "station"}  # bookkeeping
    assert merged.touches({"org_unit"}) and not merged.touches({"receipt"})


def test_a_refused_write_is_not_collected(admin: AppContext) -> None:
    with collect_changes() as found, pytest.raises(ValidationError):
        org.add_unit(admin, UnitInput(code="", name_ar="إدارة", unit_type="department"))
    assert found == []


def test_bulk_rows_are_new_and_nothing_is_collected_outside_a_job(admin: AppContext) -> None:
    day = dt.date.today()
    revenue.issue_book(admin, "B-1", 1, 10, "سالم", day)  # outside any collector: no error
    with collect_changes() as found:
        result = import_receipts(
            admin, [(n, ReceiptInput("B-1", n, day, "دافع", "SRV-DOC", 1000)) for n in (1, 2)])
    merged = ChangeSet.merged(found)
    assert "receipt" in merged.tables
    assert {str(i) for i in result.ids} <= merged.created


def test_notes_and_reported_changes(admin: AppContext) -> None:
    with collect_changes() as found:
        with admin.write(None, "test.note") as tx:
            tx.note("test.note")
        report_changes(ChangeSet(everything=True))
    merged = ChangeSet.merged(found)
    assert merged.notes == {"test.note"} and merged.tables == set()
    assert merged and merged.touched("anything")
    assert not ChangeSet()


def test_a_core_statement_names_its_table(admin: AppContext) -> None:
    """A bundle's rows are written by Core statements, which the flush never sees."""
    unit = org.add_unit(admin, UnitInput(code="X2", name_ar="إدارة", unit_type="department"))
    table = cast(Table, OrgUnit.__table__)
    with collect_changes() as found, admin.write(None, "test.core") as tx:
        tx.session.execute(update(table).where(table.c.id == unit).values(notes="ملاحظة"))
    assert ChangeSet.merged(found).tables == {"org_unit"}
