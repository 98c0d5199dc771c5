"""Job settlement in the GUI: a case from the scan to execution, the chart, the rules."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook
from PySide6.QtCore import Qt

from baladiya_desktop.domain.settlement import queries, rules_admin, salary
from baladiya_desktop.domain.settlement import workflow as wf
from baladiya_desktop.domain.staff import queries as staff_queries
from baladiya_desktop.domain.staff import service as staff_service
from baladiya_desktop.domain.staff.rules import EmployeeInput
from baladiya_desktop.ui.pages import default_registry
from baladiya_desktop.ui.pages.settlement import SettlementPage
from baladiya_desktop.ui.settlement.case_dialog import CaseDialog

TODAY = dt.date.today()
LAGGING = EmployeeInput(
    first_name="سالم",
    father_name="علي",
    grandfather_name="محمد",
    family_name="الترهوني",
    sex="M",
    national_number="119800111222",
    birth_date=dt.date(1980, 2, 2),
    hire_date=dt.date(TODAY.year - 9, 1, 10),
    qualification="bachelor",
    grade=8,
    employee_number="E-7",
)
WAIT = 15_000


def _page(qtbot, session) -> SettlementPage:
    page = SettlementPage(session)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    return page


def _step(qtbot, dialog: CaseDialog, action: str, **fields: str) -> None:
    status = wf.MOVES[action].source
    qtbot.waitUntil(lambda: action in dialog.action_buttons, timeout=WAIT)
    step = dialog.take(wf.MOVES[action])
    if "decision" in fields:
        step.decision_number.setText(fields["decision"])
    with qtbot.waitSignal(step.accepted, timeout=WAIT):
        step.submit()
    qtbot.waitUntil(
        lambda: dialog.detail is not None and dialog.detail.case.status != status, timeout=WAIT
    )


def test_a_case_from_scan_to_execution(qtbot, make_session) -> None:
    session = make_session()
    employee = staff_service.register(session.ctx, LAGGING)
    page = _page(qtbot, session)
    page.tabs.setCurrentWidget(page.scan)
    qtbot.waitUntil(lambda: page.scan.model.rowCount() == 1, timeout=WAIT)
    assert page.scan.model.data(page.scan.model.index(0, 3)) in ("من 8 إلى 10", "8 to 10")
    page.scan.model.setData(
        page.scan.model.index(0, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    dialog = page.scan.open_cases()
    assert dialog is not None
    dialog.case_type.setCurrentIndex(dialog.case_type.findData("grade"))
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT):
        dialog.submit()
    qtbot.waitUntil(
        lambda: page.tabs.currentWidget() is page.cases and page.cases.model.rowCount() == 1,
        timeout=WAIT,
    )
    (row,) = queries.list_cases(session.ctx)
    assert (
        "من الدرجة 8 إلى الدرجة 10"
        in queries.case_detail(session.ctx, row.id).case.requested_effect
    )
    case_dialog = page.cases.open_case(row.id)
    assert isinstance(case_dialog, CaseDialog)
    qtbot.waitUntil(lambda: case_dialog.documents.count() >= 6, timeout=WAIT)
    required = [i for i, d in enumerate(case_dialog.detail.documents) if d.required]
    for n, index in enumerate(required, start=1):  # the list is rebuilt after each tick
        case_dialog.documents.item(index).setCheckState(Qt.CheckState.Checked)
        qtbot.waitUntil(
            lambda n=n: (
                case_dialog.detail is not None
                and sum(d.received for d in case_dialog.detail.documents) == n
            ),
            timeout=WAIT,
        )
    for action in ("complete_documents", "to_committee", "committee_approve", "agent_approve"):
        _step(qtbot, case_dialog, action)
    assert case_dialog.detail.case.status == wf.MINISTRY  # proposed grade 10
    # The ministry rules in its reply; the station is offered no button for it.
    assert not {"ministry_approve", "ministry_refuse"} & set(case_dialog.action_buttons)
    from baladiya_desktop.domain.settlement import service

    service.advance(session.ctx, row.id, "ministry_approve", decision_number="و/55",
                    decision_date=dt.date.today())  # fmt: skip
    case_dialog.reload()
    qtbot.waitUntil(lambda: case_dialog.detail.case.status == wf.APPROVED, timeout=WAIT)
    _step(qtbot, case_dialog, "execute", decision="ق/123")
    assert case_dialog.detail.case.status == wf.EXECUTED
    assert case_dialog.timeline.rowCount() == 6
    assert case_dialog.timeline.item(5, 3).text() == "وكيل البلدية"  # the person, not "admin"
    assert not case_dialog.action_buttons  # nothing left to do
    assert staff_queries.get(session.ctx, employee).grade == 10


def test_the_clerk_is_not_offered_the_agents_step(qtbot, make_session) -> None:
    admin = make_session()
    staff_service.register(admin.ctx, LAGGING)
    from baladiya_desktop.domain.settlement import service
    from baladiya_desktop.domain.settlement.scan import scan

    (case_id,) = service.open_cases(
        admin.ctx,
        [
            service.CaseRequest(
                scan(admin.ctx)[0].employee_id, "grade", "ترقية من الدرجة 8 إلى الدرجة 10"
            )
        ],
    )
    for doc in (
        "request",
        "job_data",
        "appointment",
        "start_of_work",
        "last_decision",
        "service_statement",
    ):
        service.mark_document(admin.ctx, case_id, doc, True)
    for action in ("complete_documents", "to_committee", "committee_approve"):
        service.advance(admin.ctx, case_id, action)
    clerk = make_session("clerk")
    dialog = CaseDialog(clerk, case_id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.detail is not None, timeout=WAIT)
    assert dialog.action_buttons == {}  # agent_approval: only the agent acts
    assert not dialog.attach_button.isEnabled()
    names = {spec.name for spec in default_registry() if make_session("guest").may(spec.permission)}
    assert "settlement" not in names


def test_attach_a_scanned_document(qtbot, make_session, tmp_path: Path) -> None:
    session = make_session()
    staff_service.register(session.ctx, LAGGING)
    from baladiya_desktop.domain.settlement import service
    from baladiya_desktop.domain.settlement.scan import scan

    (case_id,) = service.open_cases(
        session.ctx,
        [
            service.CaseRequest(
                scan(session.ctx)[0].employee_id, "grade", "ترقية من الدرجة 8 إلى الدرجة 10"
            )
        ],
    )
    dialog = CaseDialog(session, case_id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.documents.count() > 0, timeout=WAIT)
    scanned = tmp_path / "appointment.pdf"
    scanned.write_bytes(b"%PDF-1.4 scanned appointment decision")
    dialog.documents.setCurrentRow(0)
    doc_type = dialog.detail.documents[0].doc_type
    dialog.attach_file(doc_type, scanned)
    qtbot.waitUntil(lambda: dialog.detail.documents[0].attachment_id is not None, timeout=WAIT)
    assert dialog.detail.documents[0].received
    assert staff_queries.attachments(session.ctx, case_id)[0].file_name == "appointment.pdf"


def test_chart_runs_right_to_left(qtbot, make_session) -> None:
    session = make_session()
    staff_service.register(session.ctx, LAGGING)
    page = _page(qtbot, session)
    from baladiya_desktop.domain.settlement import service
    from baladiya_desktop.domain.settlement.scan import scan

    service.open_cases(
        session.ctx,
        [
            service.CaseRequest(
                scan(session.ctx)[0].employee_id,
                "grade",
                "ترقية من الدرجة 8 إلى الدرجة 10",
                request_date=TODAY - dt.timedelta(days=70),
            )
        ],
    )
    page.tabs.setCurrentWidget(page.chart)
    qtbot.waitUntil(lambda: bool(page.chart.months), timeout=WAIT)
    axes = page.chart.chart.axes(Qt.Orientation.Vertical)
    assert axes and axes[0].alignment() == Qt.AlignmentFlag.AlignRight
    shown = page.chart.chart.axes(Qt.Orientation.Horizontal)[0].categories()
    assert shown == [f"{m[5:]}/{m[:4]}" for m in reversed(page.chart.months)]


def _grid(path: Path, hole: bool = False) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(["جدول المرتبات"])
    sheet.append(["الدرجة", *range(0, 4)])
    for grade in range(1, 16):
        amounts: list[object] = [500 + grade * 100 + i * 10 for i in range(4)]
        if hole and grade == 7:
            amounts[2] = None
        sheet.append([grade, *amounts])
    book.save(path)
    return path


def test_rules_and_salary_tables(qtbot, make_session, tmp_path: Path) -> None:
    session = make_session()
    page = _page(qtbot, session)
    page.tabs.setCurrentWidget(page.rules)
    rules = page.rules
    qtbot.waitUntil(lambda: "min_years_in_grade" in rules.rule_boxes, timeout=WAIT)
    rules.rule_boxes["min_years_in_grade"].setValue(5)
    rules.entry_boxes["bachelor"].setValue(9)
    rules.save()
    qtbot.waitUntil(lambda: rules.message.isVisible(), timeout=WAIT)
    now = rules_admin.current(session.ctx)
    assert now.value("min_years_in_grade") == 5
    assert next(e.grade for e in now.entry if e.code == "bachelor") == 9
    dialog = rules.import_file(_grid(tmp_path / "holes.xlsx", hole=True))
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.general.isVisible(), timeout=WAIT)
    assert "ناقص" in dialog.general.text() and "الدرجة 7 علاوة 2" in dialog.general.text()
    assert salary.salary_tables(session.ctx) == []
    dialog = rules.import_file(_grid(tmp_path / "full.xlsx"))
    dialog.name.setText("الجدول الموحد")
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT):
        dialog.submit()
    qtbot.waitUntil(lambda: rules.tables.rowCount() == 1, timeout=WAIT)
    assert salary.salary_tables(session.ctx)[0].cells == 15 * 4
    clerk_page = _page(qtbot, make_session("clerk"))
    clerk_page.tabs.setCurrentWidget(clerk_page.rules)
    qtbot.waitUntil(lambda: bool(clerk_page.rules.rule_boxes), timeout=WAIT)
    assert not clerk_page.rules.save_button.isVisibleTo(clerk_page)
    assert not clerk_page.rules.rule_boxes["max_grade"].isEnabled()
