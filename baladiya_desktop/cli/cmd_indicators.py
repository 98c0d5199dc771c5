"""``indicators list|set|compute|approve|assess|report|compare|import|export|weights``."""

from __future__ import annotations

import argparse
from pathlib import Path

from baladiya_desktop.cli.common import Cli
from baladiya_desktop.domain.indicators import assessment, computed, values
from baladiya_desktop.domain.indicators.compare import compare
from baladiya_desktop.domain.indicators.dashboard import (
    LIGHT_AR,
    format_value,
    period_sheet,
    previous,
    recent_periods,
    series,
)
from baladiya_desktop.domain.indicators.periods import parse_period
from baladiya_desktop.exchange import ImportPolicy, write_rejects_report
from baladiya_desktop.exchange.mappings import indicators as sheets
from baladiya_desktop.reports.forms.indicators_report import period_options
from baladiya_desktop.reports.registry import get_form


def cmd_list(cli: Cli) -> int:
    ctx = cli.login()
    if cli.args.period:
        sheet = period_sheet(ctx, cli.args.period)
        data = {
            "period": sheet.period,
            "sealed": sheet.sealed,
            "indicators": [
                {
                    "code": r.code,
                    "name_ar": r.name_ar,
                    "unit": r.unit,
                    "computed": r.computed,
                    "value": r.value,
                    "note": r.note,
                    "status": r.status,
                }
                for r in sheet.rows
            ],
        }
        cli.emit(
            data,
            lambda: "\n".join(
                [f"{sheet.period}{' (مختومة / sealed)' if sheet.sealed else ''}"]
                + [
                    f"{r.code}\t{r.name_ar}\t{format_value(r.value, r.unit)}\t{r.status or '-'}"
                    for r in sheet.rows
                ]
            ),
        )
        return 0
    found = series(ctx)
    data2 = [
        {
            "code": s.code,
            "name_ar": s.name_ar,
            "name_en": s.name_en,
            "focus_area": s.focus_area,
            "unit": s.unit,
            "direction": s.direction,
            "computed": s.computed,
            "baseline": s.baseline,
            "target": s.target,
            "periods": list(s.periods),
            "values": list(s.values),
            "light": s.light,
            "trend": s.trend,
        }
        for s in found
    ]
    cli.emit(
        data2,
        lambda: "\n".join(
            f"{s.code}\t{s.name_ar}\t{format_value(s.latest, s.unit)}"
            f"\t(المستهدف {format_value(s.target, s.unit)})\t{LIGHT_AR[s.light]}"
            for s in found
        ),
    )
    return 0


def cmd_set(cli: Cli) -> int:
    ctx = cli.login()
    key = values.set_value(ctx, cli.args.code, cli.args.period, cli.args.value, cli.args.note or "")
    cli.emit(
        {
            "id": key,
            "code": cli.args.code.upper(),
            "period": cli.args.period,
            "value": cli.args.value,
        },
        f"سُجّلت القيمة / value recorded: {key}",
    )
    return 0


def cmd_compute(cli: Cli) -> int:
    ctx = cli.login()
    results = computed.refresh(ctx, cli.args.period)
    cli.emit(
        {"period": parse_period(cli.args.period).key, "values": results},
        lambda: (
            "\n".join(
                f"{code}\t{'—' if v is None else f'{v / 1000:g}'}" for code, v in results.items()
            )
            or "لا مؤشرات محسوبة لهذه الفترة"
        ),
    )
    return 0


def cmd_approve(cli: Cli) -> int:
    ctx = cli.login()
    seal = values.approve_period(ctx, cli.args.period)
    cli.emit(
        {"period": parse_period(cli.args.period).key, "seal": seal},
        f"اعتُمدت الفترة وخُتمت / period sealed: {seal}",
    )
    return 0


def cmd_assess(cli: Cli) -> int:
    ctx = cli.login()
    assessment.score(
        ctx, cli.args.period, cli.args.criterion, cli.args.score, cli.args.evidence or ""
    )
    result = assessment.maturity(ctx, cli.args.period)
    cli.emit(
        {
            "criterion": cli.args.criterion,
            "score": cli.args.score,
            "overall": None if result.overall is None else str(result.overall),
            "by_area": {k: None if v is None else str(v) for k, v in result.by_area.items()},
        },
        f"النضج العام / overall maturity: {result.overall or '—'}",
    )
    return 0


def cmd_report(cli: Cli) -> int:
    spec = get_form("indicators-quarterly")
    options = period_options(cli.args.period)
    ctx = cli.login()
    result = spec.build(ctx, None, Path(cli.args.out), options=options)
    cli.emit(
        {
            "path": str(result.path),
            "pages": result.pages,
            "reference": result.reference,
            "qr": result.qr,
            "period": result.key,
        },
        f"{result.path}\nطُبع تقرير الأداء المؤسسي في {result.pages} صفحة، الرقم الإشاري "
        f"{result.reference}",
    )
    return 0


def cmd_compare(cli: Cli) -> int:
    ctx = cli.login()
    ended = previous(parse_period(recent_periods("quarterly", 1)[0]))
    periods = cli.args.periods or recent_periods("quarterly", 12, ended)
    result = compare(ctx, cli.args.code, periods, approved_only=cli.args.approved)
    if cli.args.out:
        sheets.export_comparison(cli.args.out, result)
    data = {
        "code": result.code,
        "name_ar": result.name_ar,
        "unit": result.unit,
        "periods": list(result.periods),
        "spread": {
            "count": result.spread.count,
            "min": result.spread.minimum,
            "max": result.spread.maximum,
            "median": result.spread.median,
            "q1": result.spread.q1,
            "q3": result.spread.q3,
        },
        "rows": [
            {
                "municipality": r.municipality,
                "name_ar": r.name_ar,
                "values": list(r.values),
                "rank": r.rank,
                "from_median": r.from_median,
            }
            for r in result.rows
        ],
    }
    cli.emit(
        data,
        lambda: "\n".join(
            [f"{result.name_ar} — {', '.join(result.periods)}"]
            + [
                f"{r.rank or '-'}\t{r.name_ar}\t{format_value(r.values[-1], result.unit)}"
                for r in result.rows
            ]
            + [f"الوسيط / median: {format_value(result.spread.median, result.unit)}"]
        ),
    )
    return 0


def _import_result(cli: Cli, result: object) -> int:
    from baladiya_desktop.exchange import ImportResult

    assert isinstance(result, ImportResult)
    if cli.args.report and result.rejected:
        write_rejects_report(cli.args.report, result)
    cli.emit(
        result.to_json(),
        lambda: (
            result.summary("ar")
            + "\n"
            + "\n".join(f"  صف {e.row}: {e.reason_ar}" for e in result.rejected)
        ),
    )
    return 1 if result.rejected_rows and cli.args.all_or_nothing else 0


def cmd_import(cli: Cli) -> int:
    ctx = cli.login()
    policy = ImportPolicy.ALL_OR_NOTHING if cli.args.all_or_nothing else ImportPolicy.GOOD_ROWS
    return _import_result(
        cli,
        sheets.import_values(
            ctx, cli.args.file, sheet=cli.args.sheet, policy=policy, dry_run=cli.args.dry_run
        ),
    )


def cmd_export(cli: Cli) -> int:
    ctx = cli.login()
    count = sheets.export_values(ctx, cli.args.file, cli.args.period or None)
    cli.emit({"path": cli.args.file, "rows": count}, f"صُدّرت {count} قيمة إلى {cli.args.file}")
    return 0


def cmd_weights(cli: Cli) -> int:
    ctx = cli.login()
    result = sheets.import_weights(ctx, cli.args.file)
    cli.emit(
        result.to_json(),
        lambda: (
            result.summary("ar")
            + "\n"
            + "\n".join(f"  صف {e.row}: {e.reason_ar}" for e in result.rejected)
        ),
    )
    return 1 if result.rejected else 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("indicators", help="institutional development indicators")
    s = p.add_subparsers(dest="indicators_command", required=True, metavar="ACTION")
    a = s.add_parser("list", help="the indicators with their latest values and status")
    a.add_argument("--period", help="the values of one period instead (2026-Q1, 2026-03)")
    a.set_defaults(handler=cmd_list)
    a = s.add_parser("set", help="enter a value for a period")
    a.add_argument("code")
    a.add_argument("--period", required=True)
    a.add_argument("--value", required=True, help="in the indicator's unit: 87.5 for 87.5 %%")
    a.add_argument("--note", help="the evidence (required for some indicators)")
    a.set_defaults(handler=cmd_set)
    a = s.add_parser("compute", help="compute the indicators the app fills from its data")
    a.add_argument("--period", required=True)
    a.set_defaults(handler=cmd_compute)
    a = s.add_parser("approve", help="the agent approves and seals a period")
    a.add_argument("--period", required=True)
    a.set_defaults(handler=cmd_approve)
    a = s.add_parser("assess", help="self-assessment: score a criterion 1–5")
    a.add_argument("criterion")
    a.add_argument("--period", required=True)
    a.add_argument("--score", required=True, type=int)
    a.add_argument("--evidence")
    a.set_defaults(handler=cmd_assess)
    a = s.add_parser("report", help="the quarterly institutional performance report (PDF)")
    a.add_argument("--period", required=True, help="a quarter: 2026-Q1")
    a.add_argument("--out", required=True, metavar="FILE.pdf")
    a.set_defaults(handler=cmd_report)
    a = s.add_parser("compare", help="the ministry: municipalities on one indicator")
    a.add_argument("code", help="an indicator code, or MATURITY")
    a.add_argument("--periods", nargs="+", help="default: the last 12 quarters")
    a.add_argument("--approved", action="store_true", help="approved values only")
    a.add_argument("--out", metavar="FILE.xlsx", help="also write the table to a workbook")
    a.set_defaults(handler=cmd_compare)
    a = s.add_parser("import", help="indicator values from a workbook")
    a.add_argument("file")
    a.add_argument("--sheet")
    a.add_argument("--dry-run", action="store_true")
    a.add_argument("--all-or-nothing", action="store_true")
    a.add_argument("--report", metavar="OUT.xlsx", help="the refused rows with reasons")
    a.set_defaults(handler=cmd_import)
    a = s.add_parser("export", help="indicator values to a workbook")
    a.add_argument("file")
    a.add_argument("--period", action="append", help="only these periods (repeat)")
    a.set_defaults(handler=cmd_export)
    a = s.add_parser("weights", help="the ministry: new criteria weights from a workbook")
    a.add_argument("file")
    a.set_defaults(handler=cmd_weights)
