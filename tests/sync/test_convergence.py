"""Three stations of one municipality and the ministry, driven at random (hypothesis stateful
testing): edits of the same records and the same unit codes on several stations, bundles over
both paths (the ministry's replies and stick to stick), lost, duplicated, reordered and delayed,
a restore from an old backup, a stolen PC replaced. When the office finally syncs, every
station and the ministry hold the same records, nothing the ministry ever held is gone, and
every state that lost a clash is in a conflict log.

The size is set by ``BALADIYA_SIM_EXAMPLES`` and ``BALADIYA_SIM_STEPS`` (small in CI, large in
``make bench``). It runs with the ministry on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import itertools
import json
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from sqlalchemy import create_engine, select
from sqlalchemy.engine import make_url

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.database import sqlite_url
from baladiya_desktop.core.errors import UserError
from baladiya_desktop.core.maintenance import restore, run_backup
from baladiya_desktop.core.setup import Target
from baladiya_desktop.domain.bootstrap import open_station
from baladiya_desktop.domain.org import service as org_service
from baladiya_desktop.domain.org.service import UnitInput
from baladiya_desktop.domain.staff import service as staff
from baladiya_desktop.domain.staff.rules import EmployeeInput
from baladiya_desktop.sync import enrollment
from baladiya_desktop.sync.enrollment import write_enrollment
from baladiya_desktop.sync.export import export_data_bundle
from baladiya_desktop.sync.ingest import ingest_file
from baladiya_desktop.sync.models import ConflictEntry
from baladiya_desktop.sync.receipts import write_receipt
from baladiya_desktop.sync.reference_bundle import write_reference_bundle
from baladiya_desktop.sync.station_import import import_file
from baladiya_desktop.sync.tables import travelling_tables
from tests.support import login
from tests.sync.conftest import (
    BACKENDS,
    cli_json,
    copy_db,
    db_args,
    make_station,
    pg_database,
    require_postgres,
)

EXAMPLES = int(os.environ.get("BALADIYA_SIM_EXAMPLES", "3"))
STEPS = int(os.environ.get("BALADIYA_SIM_STEPS", "30"))
MUNICIPALITY = "LY-M010"
NAMES = ["pc0", "pc1", "pc2"]
ALL = [*NAMES, "spare"]  # the spare PC joins when one is stolen
CODES = ["FIN", "HR", "IT", "LAW"]  # few, so stations clash on them
NATIONALS = ["119800412345", "119800101010", "119800303030"]  # men born in 1980


@dataclasses.dataclass
class SimTemplate:
    ministry_url: str
    folder: Path
    pg_template: str | None


@pytest.fixture(scope="session")
def sim_templates(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, SimTemplate]]:
    made: dict[str, SimTemplate] = {}
    managers: list[Any] = []

    def build(backend: str) -> SimTemplate:
        if backend in made:
            return made[backend]
        folder = tmp_path_factory.mktemp(f"sim-{backend}")
        if backend == "sqlite":
            url, template = sqlite_url(folder / "ministry.db"), None
        else:
            manager = pg_database()
            url = manager.__enter__()
            managers.append(manager)
            template = str(make_url(url).database)
        cli_json(*db_args(url), "--json", "ministry", "init", "--name", "الوزارة", "--admin",
                 "boss")
        for name in NAMES:
            make_station(url, folder, name)
        # The spare PC: the ministry's key imported, not enrolled until a PC is stolen.
        cli_json("--db", folder / "spare.db", "--json", "init", "--municipality", MUNICIPALITY,
                 "--station-name", "spare", "--admin", "admin")
        ref = cli_json(*db_args(url), "--user", "boss", "--json", "ministry",
                       "reference-bundle", "--out", folder)
        for name in ALL:  # the list now names every enrolled station
            cli_json("--db", folder / f"{name}.db", "--user", "admin", "--json", "bundle",
                     "import", ref["path"], "--fingerprint", ref["fingerprint"])
        made[backend] = SimTemplate(url, folder, template)
        return made[backend]

    cache: dict[str, SimTemplate] = {}

    class Lazy(dict):  # type: ignore[type-arg]
        def __missing__(self, key: str) -> SimTemplate:
            cache[key] = build(key)
            return cache[key]

    yield Lazy()
    for manager in managers:
        manager.__exit__(None, None, None)


@contextmanager
def station(db: Path) -> Iterator[AppContext]:
    ctx = open_station(Target.resolve(db))
    try:
        yield login(ctx)
    finally:
        ctx.engine.dispose()


def rows_of(url: str) -> dict[tuple[str, str], str]:
    """Every travelling record of the municipality, as comparable text."""
    engine = create_engine(url)
    found: dict[tuple[str, str], str] = {}
    try:
        with engine.connect() as con:
            for name, table in travelling_tables().items():
                query = select(table).where(table.c.municipality_code == MUNICIPALITY)
                for row in con.execute(query).mappings():
                    values = {k: str(v) for k, v in row.items()}
                    found[(name, values["id"])] = json.dumps(values, sort_keys=True)
    finally:
        engine.dispose()
    return found


def conflicts_of(url: str) -> list[tuple[str, str, str]]:
    engine = create_engine(url)
    try:
        with engine.connect() as con:
            return [(r.table_name, str(r.record_id), r.loser_state) for r in con.execute(
                select(ConflictEntry.table_name, ConflictEntry.record_id,
                       ConflictEntry.loser_state))]
    finally:
        engine.dispose()


class Office(RuleBasedStateMachine):
    """One municipality's office: three PCs, a spare, sticks in flight, the ministry."""

    template: SimTemplate
    ministry_url: str
    root: Path

    def __init__(self) -> None:
        super().__init__()
        self.counter = itertools.count()
        self.work = self.root / f"run-{next(_RUNS)}"
        self.work.mkdir()
        self.dbs: dict[str, Path] = {}
        for name in ALL:
            self.dbs[name] = self.work / f"{name}.db"
            copy_db(self.template.folder / f"{name}.db", self.dbs[name])
        self.live = list(NAMES)
        self.to_ministry: list[Path] = []
        self.to_station: list[tuple[str, Path]] = []
        self.backups: dict[str, list[Path]] = {name: [] for name in ALL}
        self.ministry_ever: set[tuple[str, str]] = set()
        self.stolen = False

    # Work at the stations ---------------------------------------------------------------

    @rule(who=st.sampled_from(ALL), code=st.sampled_from(CODES))
    def add_unit(self, who: str, code: str) -> None:
        if who not in self.live:
            return
        # A code taken here already is refused: the clerk would pick another.
        with station(self.dbs[who]) as ctx, contextlib.suppress(UserError):
            org_service.add_unit(ctx, UnitInput(code, f"وحدة {code} {who}", "unit"))

    @rule(who=st.sampled_from(ALL), national=st.sampled_from(NATIONALS),
          grade=st.integers(min_value=3, max_value=12))
    def record_person(self, who: str, national: str, grade: int) -> None:
        if who not in self.live:
            return
        person = EmployeeInput(first_name="خالد", father_name="عمر", family_name="الزوي",
                               sex="M", national_number=national,
                               birth_date=dt.date(1980, 4, 1), grade=grade)
        with station(self.dbs[who]) as ctx:
            existing = staff.employee_id(MUNICIPALITY, person)
            try:
                staff.update(ctx, existing, person)
            except UserError:
                staff.register(ctx, person)

    @rule(who=st.sampled_from(ALL))
    def take_backup(self, who: str) -> None:
        if who not in self.live:
            return
        with station(self.dbs[who]) as ctx:
            self.backups[who].append(run_backup(ctx, self.work / f"{who}-{next(self.counter)}"
                                                             f".backup"))

    @precondition(lambda self: any(self.backups[n] for n in self.live))
    @rule(data=st.data())
    def restore_old_backup(self, data: st.DataObject) -> None:
        who = data.draw(st.sampled_from([n for n in self.live if self.backups[n]]))
        copy = data.draw(st.sampled_from(self.backups[who]))
        with station(self.dbs[who]) as ctx:
            restore(ctx, copy)

    @precondition(lambda self: not self.stolen)
    @rule(who=st.sampled_from(NAMES))
    def pc_stolen(self, who: str) -> None:
        """The PC is gone with whatever it never sent; a spare PC is enrolled in its place."""
        self.stolen = True
        self.live.remove(who)
        self.to_station = [(w, p) for w, p in self.to_station if w != who]
        with self.ministry() as ctx:
            from baladiya_desktop.sync.enrollment import revoke

            revoke(ctx, open_station(Target.resolve(self.dbs[who])).station.id)
        with station(self.dbs["spare"]) as ctx:
            path, fingerprint = write_enrollment(ctx, self.work)
        with self.ministry() as ctx:
            enrollment.enroll(ctx, path.read_bytes(), fingerprint)
            ref, _version, _fp = write_reference_bundle(ctx, self.work)
        for name in [*self.live, "spare"]:
            with station(self.dbs[name]) as ctx:
                import_file(ctx, ref)
        self.live.append("spare")

    # Sticks ----------------------------------------------------------------------------

    @rule(who=st.sampled_from(ALL))
    def export_for_ministry(self, who: str) -> None:
        if who not in self.live:
            return
        folder = self.work / f"out-{next(self.counter)}"
        folder.mkdir()
        with station(self.dbs[who]) as ctx:
            self.to_ministry.append(export_data_bundle(ctx, folder).path)

    @rule(sender=st.sampled_from(ALL), receiver=st.sampled_from(ALL))
    def export_for_sibling(self, sender: str, receiver: str) -> None:
        if sender == receiver or sender not in self.live or receiver not in self.live:
            return
        folder = self.work / f"out-{next(self.counter)}"
        folder.mkdir()
        with station(self.dbs[receiver]) as ctx:
            receiver_id = ctx.station.id
        with station(self.dbs[sender]) as ctx:
            try:
                path = export_data_bundle(ctx, folder, to=receiver_id).path
            except UserError:
                return  # the sibling is not known here yet
        self.to_station.append((receiver, path))

    @precondition(lambda self: bool(self.to_ministry))
    @rule(data=st.data(), keep=st.booleans())
    def deliver_to_ministry(self, data: st.DataObject, keep: bool) -> None:
        """Any bundle in flight, in any order; ``keep`` leaves a copy to arrive again later."""
        index = data.draw(st.integers(min_value=0, max_value=len(self.to_ministry) - 1))
        path = self.to_ministry[index] if keep else self.to_ministry.pop(index)
        folder = self.work / f"reply-{next(self.counter)}"
        folder.mkdir()
        with self.ministry() as ctx:
            try:
                result = ingest_file(ctx, path)
            except UserError:
                return  # a gap or a revoked station: refused, changes nothing
            reply = write_receipt(ctx, result, folder)
        who = next(n for n in ALL if str(self.station_id(n)) ==
                   str(result.station_id))
        if who in self.live:
            self.to_station.append((who, reply))
        self.ministry_ever |= set(rows_of(self.ministry_url))

    @precondition(lambda self: bool(self.to_station))
    @rule(data=st.data(), keep=st.booleans())
    def deliver_to_station(self, data: st.DataObject, keep: bool) -> None:
        index = data.draw(st.integers(min_value=0, max_value=len(self.to_station) - 1))
        who, path = self.to_station[index] if keep else self.to_station.pop(index)
        # A reply overtaken by a restore, or a stranger's bundle, is refused: a lost stick.
        with station(self.dbs[who]) as ctx, contextlib.suppress(UserError):
            import_file(ctx, path)

    @precondition(lambda self: bool(self.to_ministry) or bool(self.to_station))
    @rule(data=st.data())
    def lose_a_stick(self, data: st.DataObject) -> None:
        if self.to_ministry and data.draw(st.booleans()):
            self.to_ministry.pop(data.draw(st.integers(0, len(self.to_ministry) - 1)))
        elif self.to_station:
            self.to_station.pop(data.draw(st.integers(0, len(self.to_station) - 1)))

    # Checks -----------------------------------------------------------------------------

    @invariant()
    def nothing_the_ministry_held_is_gone(self) -> None:
        assert self.ministry_ever <= set(rows_of(self.ministry_url))

    def teardown(self) -> None:
        try:
            self.settle()
            ministry = rows_of(self.ministry_url)
            assert self.ministry_ever <= set(ministry)
            for name in self.live:
                held = rows_of(sqlite_url(self.dbs[name]))
                assert held == ministry, self.difference(name, held, ministry)
            losers = conflicts_of(self.ministry_url)
            for table, record_id, state in losers:
                assert json.loads(state)["id"] == record_id, table
        finally:
            shutil.rmtree(self.work, ignore_errors=True)
            if self.template.pg_template is None:
                Path(make_url(self.ministry_url).database or "").unlink(missing_ok=True)

    def settle(self) -> None:
        """The office syncs for real: each PC sends, takes its reply, twice over."""
        for _round in range(3):
            for name in self.live:
                folder = self.work / f"final-{next(self.counter)}"
                folder.mkdir()
                with station(self.dbs[name]) as ctx:
                    path = export_data_bundle(ctx, folder).path
                with self.ministry() as ctx:
                    try:
                        result = ingest_file(ctx, path)
                    except UserError as exc:  # a gap: the station re-sends from the start
                        assert "Re-export" in exc.message_en, exc.message_en
                        with station(self.dbs[name]) as sctx:
                            path = export_data_bundle(sctx, folder, from_seq=1).path
                        result = ingest_file(ctx, path)
                    reply = write_receipt(ctx, result, folder)
                with station(self.dbs[name]) as ctx:
                    import_file(ctx, reply)

    def difference(self, name: str, held: dict[Any, str], ministry: dict[Any, str]) -> str:
        missing = set(ministry) - set(held)
        extra = set(held) - set(ministry)
        changed = [k for k in set(held) & set(ministry) if held[k] != ministry[k]]
        return f"{name}: missing {sorted(missing)[:3]} extra {sorted(extra)[:3]} " \
               f"changed {[(held[k], ministry[k]) for k in changed[:2]]}"

    def station_id(self, name: str) -> Any:
        with station(self.dbs[name]) as ctx:
            return ctx.station.id

    @contextmanager
    def ministry(self) -> Iterator[AppContext]:
        ctx = open_station(Target.resolve(url=self.ministry_url))
        try:
            yield login(ctx, "boss")
        finally:
            ctx.engine.dispose()


_RUNS = itertools.count()


@pytest.mark.parametrize("backend", BACKENDS)
def test_an_office_of_three_stations_converges(backend: str, sim_templates: Any,
                                               tmp_path: Path) -> None:
    if backend == "postgres":
        require_postgres()
    template: SimTemplate = sim_templates[backend]

    class Run(Office):
        pass

    Run.template, Run.root = template, tmp_path

    @contextmanager
    def fresh_ministry() -> Iterator[str]:
        if template.pg_template is None:
            path = tmp_path / f"ministry-{next(_RUNS)}.db"
            copy_db(Path(make_url(template.ministry_url).database or ""), path)
            yield sqlite_url(path)
        else:
            with pg_database(template.pg_template) as url:
                yield url

    original_init = Run.__init__

    def init(self: Run) -> None:
        self._ministry_cm = fresh_ministry()
        type(self).ministry_url = self._ministry_cm.__enter__()
        self.ministry_url = type(self).ministry_url
        original_init(self)

    original_teardown = Run.teardown

    def teardown(self: Run) -> None:
        try:
            original_teardown(self)
        finally:
            self._ministry_cm.__exit__(None, None, None)

    Run.__init__ = init  # type: ignore[method-assign]
    Run.teardown = teardown  # type: ignore[method-assign]
    Run.TestCase.settings = settings(
        max_examples=EXAMPLES, stateful_step_count=STEPS, deadline=None,
        suppress_health_check=list(HealthCheck), derandomize=True,
        # Each step writes databases and bundles: shrinking would take longer than finding.
        phases=[Phase.explicit, Phase.reuse, Phase.generate])
    Run.TestCase().runTest()
