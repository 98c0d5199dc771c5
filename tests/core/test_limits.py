"""Every text field has a maximum length, and the write path refuses more before the database
sees it: SQLite stored a 1,000-character contractor that PostgreSQL refused with a traceback."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import String, Text, func, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

import baladiya_desktop.sync.models  # noqa: F401  (the sync tables are mapped too)
from baladiya_desktop.core.audit import AuditEntry
from baladiya_desktop.core.base import Base, Travelling
from baladiya_desktop.core.changelog import ChangeLogEntry
from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.errors import ValidationError
from baladiya_desktop.core.limits import (
    DEFAULT_TEXT_MAX,
    check_rows,
    check_values,
    field_label,
    limits_of,
    max_length,
)
from baladiya_desktop.domain import schema
from baladiya_desktop.domain.projects import service
from baladiya_desktop.domain.projects.models import Project
from baladiya_desktop.domain.projects.service import ProjectInput
from baladiya_desktop.domain.revenue.models import MonthClose
from baladiya_desktop.domain.settlement.models import SettlementCase
from baladiya_desktop.domain.staff.models import Employee


class SideBase(DeclarativeBase):
    """A table of the tests' own, outside the app's metadata."""


class Note(SideBase, Travelling):
    __tablename__ = "test_limited_note"
    title: Mapped[str] = mapped_column(String(10))
    body: Mapped[str] = mapped_column(Text, default="")
    memo: Mapped[str] = mapped_column(Text, default="", info={"max_length": 20})


@pytest.fixture
def notes(admin: AppContext) -> AppContext:
    SideBase.metadata.create_all(admin.engine)
    return admin


ROAD = ProjectInput(name="صيانة طريق الشط", sector="dev_projects", budget=2_000_000,
                    contractor="شركة البناء الحديث")


def _counts(ctx: AppContext) -> tuple[int, int, int]:
    with ctx.session() as session:
        return (int(session.scalar(select(func.count()).select_from(Project)) or 0),
                int(session.scalar(select(func.count()).select_from(ChangeLogEntry)) or 0),
                int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0))


def test_limits_come_from_the_model() -> None:
    assert limits_of(Note) == {"title": 10, "body": DEFAULT_TEXT_MAX, "memo": 20,
                               "municipality_code": 16, "updated_by": 64}
    assert limits_of(Employee)["job_title"] == 160
    assert limits_of(Employee)["notes"] == DEFAULT_TEXT_MAX
    assert limits_of(SettlementCase)["chronology"] == 500_000
    assert limits_of(MonthClose)["totals"] == 100_000
    assert max_length(Employee.__mapper__.columns["grade"]) is None


def test_no_text_column_anywhere_is_unbounded() -> None:
    assert schema.AREA_MODELS
    for mapper in Base.registry.mappers:
        for column in mapper.columns:
            if isinstance(column.type, String):
                limit = max_length(column)
                assert isinstance(limit, int) and 0 < limit <= 2_000_000, column


def test_the_message_names_the_field_and_the_limit() -> None:
    with pytest.raises(ValidationError) as caught:
        check_values(Employee, {"first_name": "سالم", "job_title": "م" * 1000})
    error = caught.value
    assert error.field == "job_title"
    assert error.message_ar == "الحقل «المسمى الوظيفي» أطول من 160 حرف (1000). اختصره."
    assert error.message_en == 'Field "Job title" is longer than 160 characters (1000). Shorten it.'
    assert field_label("project", "name") == ("اسم المشروع", "Project")
    assert field_label("test_limited_note", "memo") == ("memo", "memo")  # no label: its name


@pytest.mark.parametrize("bad", ["a\x00b", "ok\ud800"])
def test_nul_and_broken_characters_are_refused(bad: str) -> None:
    with pytest.raises(ValidationError, match="invalid character") as caught:
        check_values(Employee, {"birth_place": bad})
    assert caught.value.field == "birth_place"
    assert "مكان الميلاد" in caught.value.message_ar


def test_a_domain_write_with_an_overlong_field_is_refused_and_changes_nothing(
        admin: AppContext) -> None:
    before = _counts(admin)
    with pytest.raises(ValidationError) as caught:
        service.save_project(admin, ProjectInput(**{**ROAD.__dict__, "contractor": "ش" * 1000}))
    assert "«المقاول» أطول من 200 حرف (1000)" in caught.value.message_ar
    assert caught.value.field == "contractor"
    assert _counts(admin) == before
    # An update too: the stored project keeps its contractor.
    project_id = service.save_project(admin, ROAD)
    with pytest.raises(ValidationError, match="Contractor"):
        service.save_project(admin, ProjectInput(**{**ROAD.__dict__, "notes": "n" * 4001,
                                                    "contractor": "ش" * 201}), project_id)
    with admin.session() as session:
        stored = session.get(Project, project_id)
        assert stored is not None and stored.contractor == ROAD.contractor


def test_the_orm_path_checks_every_table_even_those_of_others(notes: AppContext) -> None:
    with pytest.raises(ValidationError, match='"memo" is longer than 20'), \
            notes.write(None, "note.add") as tx:
        tx.session.add(Note(title="t", memo="x" * 21))
    with pytest.raises(ValidationError, match="invalid character"), \
            notes.write(None, "note.add") as tx:
        tx.session.add(Note(title="t\x00"))
    with notes.write(None, "note.add") as tx:
        tx.session.add(Note(title="x" * 10, memo="y" * 20, body="ب" * DEFAULT_TEXT_MAX))
    with notes.session() as session:
        assert session.scalar(select(func.count()).select_from(Note)) == 1


def test_bulk_inserts_are_checked_before_anything_is_written(notes: AppContext) -> None:
    rows = [{"id": uuid.uuid4(), "title": f"n{i}"} for i in range(3000)]
    rows[2500]["body"] = "ب" * (DEFAULT_TEXT_MAX + 1)
    with pytest.raises(ValidationError, match=f"longer than {DEFAULT_TEXT_MAX}"), \
            notes.write(None, "note.import") as tx:
        tx.insert_many(Note, rows)
    rows[2500]["body"] = ""
    rows[10]["title"] = None  # not text: the database's own rules judge it, not the limits
    with pytest.raises(Exception), notes.write(None, "note.import") as tx:  # noqa: B017
        tx.insert_many(Note, rows)
    with notes.session() as session:
        assert session.scalar(select(func.count()).select_from(Note)) == 0
    rows[10]["title"] = "n10"
    with notes.write(None, "note.import") as tx:
        tx.insert_many(Note, rows)
    with notes.session() as session:
        assert session.scalar(select(func.count()).select_from(Note)) == 3000


def test_check_rows_finds_the_bad_value_among_many() -> None:
    table = Note.__table__
    rows = [{"title": "a", "body": None, "memo": ""} for _ in range(1000)]
    check_rows(table, rows)  # type: ignore[arg-type]
    rows[700]["memo"] = "\ud83d"  # half of an emoji
    with pytest.raises(ValidationError) as caught:
        check_rows(table, rows)  # type: ignore[arg-type]
    assert caught.value.field == "memo"
