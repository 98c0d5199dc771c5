"""The backups page restores through the service: its refusals are shown, and a backup of
another station comes back as a new station only after a clear question."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from baladiya_desktop.core import maintenance
from baladiya_desktop.core.station import load_station
from baladiya_desktop.ui.pages.backups import BackupsPage

OTHER = uuid.UUID("0190aaaa-bbbb-7ccc-8ddd-eeeeffff0003")


class Boxes:
    """The page's message boxes, answered without showing them."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton
                 ) -> None:
        self.shown: list[tuple[str, str, str]] = []
        self.answer = answer

        def record(kind: str, result: Any) -> Any:
            def box(_parent: Any, title: str, text: str, *_args: Any) -> Any:
                self.shown.append((kind, title, text))
                return result
            return staticmethod(box)

        monkeypatch.setattr(QMessageBox, "warning", record("warning", None))
        monkeypatch.setattr(QMessageBox, "information", record("information", None))
        monkeypatch.setattr(QMessageBox, "question", record("question", answer))

    def of(self, kind: str) -> list[tuple[str, str, str]]:
        return [b for b in self.shown if b[0] == kind]


def _page(qtbot: Any, session: Any) -> BackupsPage:
    page = BackupsPage(session)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not session.runner.busy, timeout=10_000)
    return page


def _backup(session: Any, path: Path, sql: str = "", *params: object) -> Path:
    maintenance.run_backup(session.ctx, path)
    if sql:
        con = sqlite3.connect(path)
        con.execute(sql, params)
        con.commit()
        con.close()
    return path


def _station_id(session: Any) -> uuid.UUID:
    with session.ctx.session() as s:
        return load_station(s).id


def test_another_stations_backup_is_refused_with_the_message(qtbot, make_session, monkeypatch,
                                                             tmp_path):
    session = make_session()
    page = _page(qtbot, session)
    other = _backup(session, tmp_path / "other.db", "UPDATE station SET id = ?", OTHER.hex)
    boxes = Boxes(monkeypatch, QMessageBox.StandardButton.No)
    before = _station_id(session)
    page.restore_file(other)
    qtbot.waitUntil(lambda: len(boxes.of("question")) == 1, timeout=20_000)
    qtbot.waitUntil(lambda: not session.runner.busy, timeout=10_000)
    [(_kind, title, text)] = boxes.of("warning")
    assert title == "استعادة نسخة احتياطية"
    assert "لمحطة أخرى" in text and "لم يتغير شيء" in text
    [(_kind, question_title, question)] = boxes.of("question")
    assert question_title == "الاستعادة كمحطة جديدة؟" and "التسجيل" in question
    assert not boxes.of("information")  # answered No: nothing restored
    assert _station_id(session) == before == session.ctx.station.id
    assert page.restore_button.isVisible()


def test_answering_yes_restores_it_as_a_new_station(qtbot, make_session, monkeypatch, tmp_path):
    session = make_session()
    page = _page(qtbot, session)
    other = _backup(session, tmp_path / "other.db", "UPDATE station SET id = ?", OTHER.hex)
    boxes = Boxes(monkeypatch, QMessageBox.StandardButton.Yes)
    before = session.ctx.station.id
    page.restore_file(other)
    qtbot.waitUntil(lambda: len(boxes.of("information")) == 1, timeout=30_000)
    [(_kind, _title, text)] = boxes.of("information")
    assert "كمحطة جديدة" in text and session.ctx.station.fingerprint in text
    new_id = _station_id(session)
    assert new_id == session.ctx.station.id and new_id not in (before, OTHER)
    assert [b[1] for b in boxes.of("question")] == ["الاستعادة كمحطة جديدة؟"]


def test_the_ministrys_backup_is_refused_without_the_new_station_question(
        qtbot, make_session, monkeypatch, tmp_path):
    session = make_session()
    page = _page(qtbot, session)
    ministry = _backup(session, tmp_path / "ministry.db",
                       "UPDATE station SET kind = 'ministry', municipality_code = NULL")
    boxes = Boxes(monkeypatch, QMessageBox.StandardButton.Yes)
    page.restore_file(ministry)
    qtbot.waitUntil(lambda: len(boxes.of("warning")) == 1, timeout=20_000)
    qtbot.waitUntil(lambda: not session.runner.busy, timeout=10_000)
    assert "الوزارة" in boxes.of("warning")[0][2]
    assert not boxes.of("question") and not boxes.of("information")


def test_a_kept_backup_of_this_station_is_restored_after_the_question(qtbot, make_session,
                                                                     monkeypatch):
    session = make_session()
    maintenance.run_backup(session.ctx)
    page = _page(qtbot, session)
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=10_000)
    page.table.setCurrentCell(0, 0)
    assert page.selected() is not None
    boxes = Boxes(monkeypatch, QMessageBox.StandardButton.Yes)
    page.restore_selected()
    qtbot.waitUntil(lambda: len(boxes.of("information")) == 1, timeout=30_000)
    assert boxes.of("information")[0][2] == "تمت استعادة النسخة الاحتياطية."
    with session.ctx.session() as s:
        assert load_station(s).incarnation == 1
