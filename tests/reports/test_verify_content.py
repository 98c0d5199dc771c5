"""What a paper certifies: the signed summary in its QR, beside the record's current values,
and the papers not to accept (a revoked station's, a forward- or back-dated print)."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any
from uuid import UUID as parse_uuid

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from baladiya_desktop.core import writes
from baladiya_desktop.core.context import AppContext
from baladiya_desktop.domain.revenue import service as revenue
from baladiya_desktop.domain.revenue.rules import ReceiptInput
from baladiya_desktop.domain.staff import service as staff
from baladiya_desktop.reports import summary
from baladiya_desktop.reports.registry import all_forms, get_form
from baladiya_desktop.reports.verification import (
    OLD_TAG,
    QR_BUDGET,
    TAG,
    b64u,
    parse_qr_text,
    verify,
)
from baladiya_desktop.sync.keys import sync_state
from baladiya_desktop.sync.printouts import revocations
from tests.domain.test_staff import AHMED
from tests.reports.test_forms_settlement import case_id  # noqa: F401  (a fixture)
from tests.support import login

LONG_NAME = replace(
    AHMED,
    first_name="عبد الرحمن",
    father_name="عبد السلام",
    grandfather_name="عبد الكريم",
    family_name="الشريف الورفلي",
)


def _card(admin: AppContext, tmp_path: Path, data: Any = AHMED) -> tuple[uuid.UUID, str]:
    emp_id = staff.register(admin, data)
    return emp_id, get_form("staff-card").build(admin, str(emp_id), tmp_path / "card.pdf").qr


def _content(result: Any) -> dict[str, dict[str, Any]]:
    return {row["key"]: row for row in result.details["content"]}


def _paper(result: Any) -> dict[str, str]:
    return {row["label_ar"]: row["paper_text"] for row in result.details["content"]}


def test_staff_card_shows_name_national_number_grade_and_unit(
    admin: AppContext, tmp_path: Path
) -> None:
    _, qr = _card(admin, tmp_path)
    assert qr.startswith(f"{TAG}|staff-card|*")
    result = verify(login(admin, "guest"), qr)
    assert result.status == "genuine" and result.ok
    paper = _paper(result)
    assert paper["الاسم"] == "أحمد عبد الله محمد الورفلي"
    assert paper["الرقم الوطني"] == "119850123456"
    assert paper["الدرجة"] == "8"
    assert "الوحدة" in paper
    assert all(not row["changed"] for row in result.details["content"])
    assert _content(result)["n"]["label_en"] == "Name"


def test_altered_paper_shows_what_was_printed_and_what_changed(
    admin: AppContext, tmp_path: Path
) -> None:
    """The clerk holds a paper whose grade and name were changed by hand; the record was
    changed too after printing: the QR still says what was printed."""
    emp_id, qr = _card(admin, tmp_path)
    staff.update(admin, emp_id, replace(AHMED, first_name="محمود", grade=9))
    result = verify(admin, qr)
    assert result.status == "changed" and not result.ok
    rows = _content(result)
    assert rows["n"]["paper"] == "أحمد عبد الله محمد الورفلي"
    assert rows["n"]["current"] == "محمود عبد الله محمد الورفلي"
    assert rows["g"]["paper"] == "8" and rows["g"]["current"] == "9"
    assert rows["n"]["changed"] and rows["g"]["changed"] and not rows["i"]["changed"]
    assert result.details["changed_fields"] == ["n", "g"]
    assert "الاسم" in result.message_ar and "الدرجة" in result.message_ar
    assert "Name" in result.message_en and "Grade" in result.message_en


def test_change_outside_the_summary_is_said_plainly(admin: AppContext, tmp_path: Path) -> None:
    emp_id, qr = _card(admin, tmp_path)
    staff.update(admin, emp_id, replace(AHMED, phone="0912345678"))
    result = verify(admin, qr)
    assert result.status == "changed" and result.details["changed_fields"] == []
    assert "ليس مما يحمله رمز الورقة" in result.message_ar


def test_receipt_shows_payer_amount_and_date(ctx: AppContext, tmp_path: Path) -> None:
    cashier = login(ctx, "cashier")
    day = dt.date.today() - dt.timedelta(days=3)
    revenue.issue_book(cashier, "B-9", 1, 50, "سالم", day)
    receipt = revenue.record_receipt(
        cashier, ReceiptInput("B-9", 7, day, "شركة النور للمقاولات", "LIC-ACT", 1_250_500)
    )
    qr = get_form("revenue-receipt").build(cashier, str(receipt), tmp_path / "r.pdf").qr
    result = verify(ctx, qr)
    assert result.status == "genuine"
    paper = _paper(result)
    assert paper["الدافع"] == "شركة النور للمقاولات"
    assert paper["المبلغ"] == "1,250.500 د.ل"
    assert paper["التاريخ"] == day.strftime("%d/%m/%Y")
    assert paper["رقم الإيصال"] == "B-9/7"
    assert _content(result)["a"]["paper"] == "1250500"  # integer dirhams in --json

    revenue.void_receipt(cashier, receipt, "خطأ في المبلغ")
    voided = verify(ctx, qr)
    assert voided.status == "changed" and voided.details["changed_fields"] == ["v"]
    assert _content(voided)["v"]["current"] == "ملغى"


def test_settlement_decision_shows_person_and_grades(
    admin: AppContext,
    case_id: uuid.UUID,  # noqa: F811
    tmp_path: Path,
) -> None:
    qr = get_form("settlement-case").build(admin, str(case_id), tmp_path / "s.pdf").qr
    result = verify(admin, qr)
    assert result.ok
    paper = _paper(result)
    assert paper["الموظف"] == "سالم علي محمد الترهوني"
    assert paper["الدرجة الحالية"] == "8"
    assert paper["الدرجة المقترحة"] == "10"
    assert paper["الرقم الوطني"] == "119800111222"


def test_every_form_declares_a_short_summary() -> None:
    for spec in all_forms():
        assert spec.summary, spec.name
        keys = [fact.key for fact in spec.summary]
        assert len(set(keys)) == len(keys) and all(len(k) <= 3 for k in keys), spec.name


def test_a_long_name_is_shortened_to_keep_the_code_small(
    admin: AppContext, tmp_path: Path
) -> None:
    _, qr = _card(admin, tmp_path, LONG_NAME)
    assert len(qr.encode("utf-8")) <= QR_BUDGET
    result = verify(admin, qr)
    assert result.status == "genuine", result.message_en
    rows = _content(result)
    assert rows["i"]["paper"] == "119850123456" and rows["g"]["paper"] == "8"  # never cut
    name = rows["n"]["paper"]
    assert name.endswith("…") and len(name) > 20  # the unit went first
    assert rows["n"]["current"].startswith(name[:-1])
    assert not any(row["changed"] for row in rows.values())
    staff.update(admin, parse_uuid(result.details["record"]), replace(LONG_NAME, first_name="عمر"))
    assert verify(admin, qr).details["changed_fields"] == ["n"]


def test_fit_and_same() -> None:
    facts = summary.Summary((("n", "محمد " * 30), ("i", "119850123456")), frozenset({"i"}))
    kept = summary.fit(facts, 60)
    assert len(summary.encode(kept).encode("utf-8")) <= 60
    assert kept["i"] == "119850123456" and kept["n"].endswith(summary.ELLIPSIS)
    assert summary.same(kept["n"], "محمد " * 30)
    assert not summary.same(kept["n"], "أحمد " * 30)
    assert summary.fit(facts, 10) == {}  # nothing fits: nothing is carried, nothing false


@pytest.mark.parametrize(
    "text",
    ['{"n":1}', '{"N":"a"}', '{"n": "a"}', '["a"]', '{"abcd":"x"}', "{", '{"b":"1","a":"2"}'],
)
def test_a_summary_not_in_its_one_spelling_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        summary.decode(text)


def test_old_format_paper_still_verifies_without_content(
    admin: AppContext, tmp_path: Path
) -> None:
    """A paper printed before the summary: BLD1, the record id written out, no summary; here
    signed by a sibling station of the office whose key this database knows."""
    emp_id, qr = _card(admin, tmp_path)
    new = parse_qr_text(qr)
    sibling, key = uuid.uuid4(), Ed25519PrivateKey.generate()
    when = str(int(new.printed_at.timestamp()))
    body = f"{OLD_TAG}|staff-card|{emp_id}|{new.municipality}|{b64u(sibling.bytes)}|"
    body += f"{new.digest}|{when}"
    old = f"{body}|{b64u(key.sign(body.encode('utf-8')))}"
    public = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    check = partial(verify, admin, others={sibling: public})
    result = check(old)
    assert result.status == "genuine" and result.ok
    assert result.details["old_format"] is True
    assert "الصيغة القديمة" in result.message_ar and "old format" in result.message_en
    assert all(row["paper"] is None for row in result.details["content"])
    assert _content(result)["n"]["current"] == "أحمد عبد الله محمد الورفلي"

    assert verify(admin, old).status == "not_genuine"  # a key this database does not know

    staff.update(admin, emp_id, replace(AHMED, grade=9))
    changed = check(old)
    assert changed.status == "changed" and changed.details["changed_fields"] == []
    signature = old.rsplit("|", 1)[1]
    assert check(body.replace("staff-card", "staff-list") + "|" + signature).status == (
        "not_genuine"
    )


def test_summary_edited_in_the_code_is_not_genuine(admin: AppContext, tmp_path: Path) -> None:
    _, qr = _card(admin, tmp_path)
    forged = qr.replace('"g":"8"', '"g":"9"')
    assert forged != qr
    assert verify(admin, forged).status == "not_genuine"


def test_revoked_station_s_later_paper_is_flagged(admin: AppContext, tmp_path: Path) -> None:
    _, qr = _card(admin, tmp_path)
    printed = parse_qr_text(qr).printed_at
    me = admin.station.id
    before = printed - dt.timedelta(hours=2)
    after = printed + dt.timedelta(hours=2)

    flagged = verify(admin, qr, revoked={me: (before, True)})
    assert flagged.status == "flagged" and not flagged.ok
    assert [f.code for f in flagged.flags] == ["revoked"]
    assert "لا تُقبل" in flagged.flags[0].message_ar
    assert flagged.details["data_status"] == "genuine"
    assert flagged.details["content"]  # the content is still shown

    assert verify(admin, qr, revoked={me: (after, True)}).ok  # printed while the key was good
    assert [f.code for f in verify(admin, qr, revoked={me: (before, False)}).flags] == [
        "revoked"
    ]
    undated = verify(admin, qr, revoked={me: (after, False)})
    assert [f.code for f in undated.flags] == ["revoked_undated"] and not undated.ok
    assert verify(admin, qr, revoked={uuid.uuid4(): (before, True)}).ok


def test_a_station_reads_revocations_from_its_reference_data(admin: AppContext) -> None:
    gone, unknown_clock = uuid.uuid4(), uuid.uuid4()
    assert revocations(admin) == {}
    with admin.write(None, "test.reference") as tx:
        row = sync_state(tx.session, tx.station)
        row.revoked_stations = json.dumps([str(gone), "not-an-id"])
        row.reference_at = dt.datetime(2025, 5, 1, tzinfo=dt.UTC)
    assert revocations(admin) == {gone: (dt.datetime(2025, 5, 1, tzinfo=dt.UTC), False)}
    assert unknown_clock not in revocations(admin)


def test_paper_dated_in_the_future_is_flagged(
    admin: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ahead = dt.datetime.now(dt.UTC) + dt.timedelta(days=30)
    monkeypatch.setattr(writes, "utcnow", lambda: ahead)
    _, qr = _card(admin, tmp_path)
    monkeypatch.undo()
    result = verify(admin, qr)
    assert result.status == "flagged" and not result.ok
    assert [f.code for f in result.flags] == ["future"]
    assert "لم يأتِ بعد" in result.flags[0].message_ar
    # A clock a few minutes off is not a forgery.
    assert verify(admin, qr, now=ahead - dt.timedelta(minutes=5)).ok


def test_paper_printed_with_the_clock_turned_back_is_flagged(
    admin: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, honest = _card(admin, tmp_path)
    back = dt.datetime.now(dt.UTC) - dt.timedelta(days=20)
    monkeypatch.setattr(writes, "utcnow", lambda: back)
    emp_id = staff.register(admin, replace(AHMED, national_number="119850999999"))
    qr = get_form("staff-card").build(admin, str(emp_id), tmp_path / "back.pdf").qr
    monkeypatch.undo()
    assert verify(admin, honest).ok
    result = verify(admin, qr)
    assert result.status == "flagged"
    assert [f.code for f in result.flags] == ["backdated"]
    assert "أُرجعت ساعة الحاسوب" in result.flags[0].message_ar
