"""``municipalities`` and ``init``: the shipped list and a new station."""

from __future__ import annotations

import argparse
from typing import Any

from baladiya_desktop.cli.cmd_users import recovery_text
from baladiya_desktop.cli.common import Cli
from baladiya_desktop.core.municipalities import shipped_municipalities
from baladiya_desktop.core.users import new_recovery_code
from baladiya_desktop.domain.bootstrap import create_station


def cmd_municipalities(cli: Cli) -> int:
    items = shipped_municipalities()
    data = [{"code": m.code, "name_ar": m.name_ar, "name_en": m.name_en} for m in items]
    cli.emit(data, lambda: "\n".join(f"{m.code}\t{m.name_ar}\t{m.name_en}" for m in items))
    return 0


def cmd_init(cli: Cli) -> int:
    target = cli.target()
    code = new_recovery_code()
    ctx = create_station(
        target,
        municipality=cli.args.municipality,
        station_name=cli.args.station_name,
        admin_username=cli.args.admin,
        admin_password=cli.password("كلمة مرور المدير", "Administrator password"),
        admin_full_name=cli.args.admin_name or "",
        recovery_code=code,
    )
    info = ctx.station
    data: dict[str, Any] = {
        "database": str(target.db_path) if target.db_path else target.url,
        "station_id": info.id,
        "municipality": info.municipality_code,
        "station_name": info.name,
        "admin": cli.args.admin,
        "fingerprint": info.fingerprint,
        "recovery_code": code,
    }
    cli.emit(data, lambda: (
        f"أُنشئت المحطة «{info.name}» للبلدية {info.municipality_code}.\n"
        f"Station created: {info.name} ({info.municipality_code})\n"
        f"Database: {data['database']}\n"
        f"Key fingerprint / بصمة المفتاح: {info.fingerprint}\n{recovery_text(code)}"
    ))
    ctx.engine.dispose()
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("municipalities", help="the shipped list of municipalities")
    p.set_defaults(handler=cmd_municipalities)

    p = sub.add_parser("init", help="a new station database for a municipality")
    p.add_argument("--municipality", required=True, help="code or name from `municipalities`")
    p.add_argument("--station-name", required=True)
    p.add_argument("--admin", required=True, help="user name of the first administrator")
    p.add_argument("--admin-name", help="full name of the first administrator")
    p.set_defaults(handler=cmd_init)
    register_demo(sub)


def cmd_demo(cli: Cli) -> int:
    from baladiya_desktop.domain.demo.build import DemoSize, build_demo

    target = cli.target()
    code = new_recovery_code()
    ctx, summary = build_demo(
        target, municipality=cli.args.municipality, admin_username=cli.args.admin,
        admin_password=cli.password("كلمة مرور المدير", "Administrator password"),
        size=DemoSize(staff=cli.args.staff, receipts=cli.args.receipts, seed=cli.args.seed),
        recovery_code=code,
    )
    data = {"database": str(target.db_path) if target.db_path else target.url,
            "municipality": ctx.station.municipality_code, "units": summary.units,
            "staff": summary.staff, "settlement_cases": summary.cases,
            "receipts": summary.receipts, "recovery_code": code}
    cli.emit(data, f"أُنشئت بلدية تجريبية / demo station: {summary.units} units, "
                   f"{summary.staff} staff, {summary.receipts} receipts\n{data['database']}\n"
                   f"{recovery_text(code)}")
    ctx.engine.dispose()
    return 0


def register_demo(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("demo", help="a new database filled with realistic demo data")
    p.add_argument("--municipality", required=True)
    p.add_argument("--admin", required=True)
    p.add_argument("--staff", type=int, default=120)
    p.add_argument("--receipts", type=int, default=600)
    p.add_argument("--seed", type=int, default=1)
    p.set_defaults(handler=cmd_demo)
