"""``station show|conflicts|resolve``: where this station stands with its siblings."""

from __future__ import annotations

import argparse
from typing import Any

from baladiya_desktop.cli.common import Cli
from baladiya_desktop.sync import status


def cmd_show(cli: Cli) -> int:
    ctx = cli.login()
    view = status.overview(ctx)
    data: dict[str, Any] = {
        "station_id": view.station_id, "municipality": view.municipality, "name": view.name,
        "fingerprint": view.fingerprint, "incarnation": view.incarnation,
        "restored_at": view.restored_at, "awaiting_restore_reply": view.awaiting_restore_reply,
        "relayed_in": view.relayed_in, "open_conflicts": view.open_conflicts,
        "siblings": [{"station_id": s.station_id, "name": s.name, "revoked": s.revoked,
                      "can_receive": s.can_receive, "last_direct": s.last_direct}
                     for s in view.siblings],
        "rejections": [{"table": r.table_name, "id": r.record_id, "reason": r.reason}
                       for r in view.rejections],
    }

    def text() -> str:
        lines = [f"المحطة / station: {view.name} ({view.municipality})",
                 f"station_id: {view.station_id}", f"بصمة المفتاح / fingerprint: "
                 f"{view.fingerprint}"]
        if view.awaiting_restore_reply:
            lines.append("استُرجعت نسخة احتياطية: صدّر حزمة إلى الوزارة لتعيد ما بعدها.\n"
                         "Restored from a backup: export a bundle so the ministry gives back "
                         "what came after it.")
        lines += [f"  {s.name}\t{s.station_id}" + ("\t(ملغاة / revoked)" if s.revoked else "")
                  for s in view.siblings]
        if view.open_conflicts:
            lines.append(f"تعارضات للمراجعة / conflicts to review: {view.open_conflicts}")
        lines += [f"مرفوض / refused: {r.table_name} {r.record_id}: {r.reason}"
                  for r in view.rejections]
        return "\n".join(lines)

    cli.emit(data, text)
    return 0


def cmd_conflicts(cli: Cli) -> int:
    ctx = cli.login()
    rows = status.conflicts(ctx, open_only=not cli.args.all)
    data = [conflict_json(c) for c in rows]
    cli.emit(data, lambda: "\n".join(
        f"{d['id']}\t{d['kind']}\t{d['table']}\t{d['record_id']}\t{d['natural_key']}"
        for d in data) or "لا توجد تعارضات / no conflicts")
    return 0


def conflict_json(entry: Any) -> dict[str, Any]:
    import json

    return {"id": entry.id, "kind": entry.kind, "table": entry.table_name,
            "record_id": entry.record_id, "municipality": entry.municipality_code,
            "natural_key": entry.natural_key, "winner_station": entry.winner_station,
            "loser_station": entry.loser_station, "loser_state": json.loads(entry.loser_state),
            "winner_state": json.loads(entry.winner_state) if entry.winner_state else None,
            "resolved_by": entry.resolved_by, "resolution": entry.resolution}


def cmd_resolve(cli: Cli) -> int:
    ctx = cli.login()
    entry = status.resolve_conflict(ctx, cli.args.id, cli.args.note)
    cli.emit(conflict_json(entry), "سُجّلت مراجعة التعارض.\nConflict marked as reviewed.")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("station", help="this station, its siblings, conflicts to review")
    s = p.add_subparsers(dest="station_command", required=True, metavar="ACTION")
    s.add_parser("show", help="station id, municipality, fingerprint, siblings").set_defaults(
        handler=cmd_show)
    a = s.add_parser("conflicts", help="losing states kept for review at this station")
    a.add_argument("--all", action="store_true", help="include reviewed ones")
    a.set_defaults(handler=cmd_conflicts)
    a = s.add_parser("resolve", help="record what was done about a conflict")
    a.add_argument("id", type=int)
    a.add_argument("--note", required=True, help="kept the winner, merged, renumbered…")
    a.set_defaults(handler=cmd_resolve)
