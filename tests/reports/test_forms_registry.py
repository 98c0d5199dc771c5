"""The registry: names, titles, requests refused before anything is written."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.errors import NotFound, UserError
from baladiya_desktop.core.permissions import Permission
from baladiya_desktop.core.setup import Target
from baladiya_desktop.reports import registry
from baladiya_desktop.reports.forms.common import paragraph
from baladiya_desktop.reports.registry import Content, FormSpec, Page, all_forms, get_form
from baladiya_desktop.reports.verification import verify


def _content(ctx: AppContext, key: str) -> Content:
    if key != "known":
        raise NotFound(f"لا يوجد سجل {key}.", f"There is no record {key}.")
    return {"id": key}


def _layout(ctx: AppContext, data: Content) -> Page:
    return Page([paragraph(f"السجل {data['id']}")])


RECORD_FORM = FormSpec(
    name="test-record",
    title_ar="نموذج سجل للتجربة",
    title_en="Test record form",
    needs_id=True,
    permission=Permission.REPORTS_PRINT,
    prefix="ت",
    content=_content,
    layout=_layout,
)


@pytest.fixture
def record_form(monkeypatch: pytest.MonkeyPatch) -> FormSpec:
    all_forms()  # the real forms first, so that this one is only added
    monkeypatch.setitem(registry._FORMS, RECORD_FORM.name, RECORD_FORM)
    return RECORD_FORM


def test_forms_are_registered_once_with_titles() -> None:
    forms = all_forms()
    names = [f.name for f in forms]
    assert len(names) == len(set(names))
    assert {"station-card", "users-list", "audit-extract"} <= set(names)
    for form in forms:
        assert form.title_ar and form.title_en and "|" not in form.name


def test_unknown_form_names_the_forms() -> None:
    with pytest.raises(UserError) as caught:
        get_form("nothing")
    assert "station-card" in caught.value.message_en and "users-list" in caught.value.message_ar


def test_a_form_for_one_record(record_form: FormSpec, admin: AppContext, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="--id"):
        record_form.build(admin, None, tmp_path / "x.pdf")
    with pytest.raises(NotFound):
        record_form.build(admin, "missing", tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()
    result = record_form.build(admin, "known", tmp_path / "r.pdf")
    assert result.key == "known" and result.reference.startswith("ت/")
    assert verify(admin, result.qr).status == "genuine"


def test_cli_missing_or_unknown_id(record_form: FormSpec, run_cli: Any, station: Target) -> None:
    assert station.db_path is not None
    out = station.db_path.parent / "r.pdf"
    args = ("--db", station.db_path, "--user", "admin", "report", "test-record", "--out", out)
    missing = run_cli(*args)
    assert missing.code == 1 and "--id" in missing.err
    unknown = run_cli(*args, "--id", "zz")
    assert unknown.code == 1 and "no record zz" in unknown.err and not out.exists()


def test_progress_is_reported_and_a_cancel_prints_nothing(
    admin: AppContext, tmp_path: Path
) -> None:
    from baladiya_desktop.core.errors import Cancelled
    from baladiya_desktop.core.progress import CancelToken
    from baladiya_desktop.core.station import Station

    def audit_seq() -> int:
        with admin.session() as session:
            return session.query(Station).one().audit_seq

    spec, before = get_form("users-list"), audit_seq()
    heard: list[tuple[int, int, str]] = []
    result = spec.build(
        admin, None, tmp_path / "u.pdf", progress=lambda d, t, lb="": heard.append((d, t, lb))
    )
    assert result.pages >= 1 and heard
    assert all(0 <= done <= total for done, total, _ in heard)
    assert any(label == "الصفحة 1" for _, _, label in heard)
    assert audit_seq() == before + 1

    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        spec.build(admin, None, tmp_path / "c.pdf", cancel=token)
    assert not (tmp_path / "c.pdf").exists()
    assert audit_seq() == before + 1  # the cancelled print left no note
