"""Wrong passwords slow an account down and never lock it: anyone at the PC could otherwise
keep the only administrator out. The clock is injected; nothing sleeps."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from baladiya_desktop.core import users
from baladiya_desktop.core.audit import AuditEntry
from baladiya_desktop.core.base import utcnow
from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.errors import AuthenticationError
from baladiya_desktop.core.setup import Target
from baladiya_desktop.domain.bootstrap import open_station
from tests.support import PASSWORD

T0 = dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.UTC)
WRONG = "wrong-password"


def seconds(n: float) -> dt.timedelta:
    return dt.timedelta(seconds=n)


def fail(ctx: AppContext, username: str, now: dt.datetime) -> None:
    with pytest.raises(AuthenticationError) as caught:
        users.authenticate(ctx, username, WRONG, now=now)
    assert not isinstance(caught.value, users.LoginDelayed)
    assert caught.value.message_en == "Wrong user name or password."


def stored(ctx: AppContext, username: str) -> users.User:
    with ctx.session() as session:
        user = session.scalars(select(users.User).where(users.User.username == username)).one()
    return user


def test_delays_grow_and_are_capped() -> None:
    assert [users.delay_after(n) for n in range(1, 12)] == [0, 0, 1, 2, 4, 8, 16, 32, 60, 60, 60]
    assert users.delay_after(10_000) == users.MAX_DELAY_SECONDS == 60


@pytest.mark.parametrize("wrong", [5, 50])
def test_wrong_passwords_never_lock_out_the_only_administrator(ctx: AppContext,
                                                               wrong: int) -> None:
    now = T0
    for n in range(1, wrong + 1):
        fail(ctx, "admin", now)
        now += seconds(users.delay_after(n))  # each try as soon as the service allows it
    # The right password works once the delay has passed, and never later than a minute.
    assert users.authenticate(ctx, "admin", PASSWORD, now=now).username == "admin"
    assert (stored(ctx, "admin").failed_attempts, stored(ctx, "admin").locked_until) == (0, None)


def test_fifty_wrong_passwords_delay_the_administrator_a_minute_at_most(ctx: AppContext) -> None:
    now = T0
    for n in range(1, 51):
        fail(ctx, "admin", now)
        now += seconds(users.delay_after(n))
    fail(ctx, "admin", now)  # the attacker keeps going at the allowed pace
    with pytest.raises(users.LoginDelayed) as caught:
        users.authenticate(ctx, "admin", PASSWORD, now=now + seconds(1))
    assert caught.value.seconds == 59
    later = now + seconds(users.MAX_DELAY_SECONDS)
    assert users.authenticate(ctx, "admin", PASSWORD, now=later).username == "admin"


def test_the_delay_is_enforced_on_the_next_attempt(ctx: AppContext) -> None:
    for _ in range(users.FREE_ATTEMPTS - 1):
        fail(ctx, "clerk", T0)  # no delay yet
    fail(ctx, "clerk", T0)  # third wrong one: one second
    with pytest.raises(users.LoginDelayed) as caught:
        users.authenticate(ctx, "clerk", PASSWORD, now=T0 + seconds(0.5))
    assert caught.value.seconds == 1
    assert "انتظر 1 ثانية" in caught.value.message_ar
    assert "wait 1 seconds" in caught.value.message_en
    fail(ctx, "clerk", T0 + seconds(1))  # fourth: two seconds
    with pytest.raises(users.LoginDelayed) as caught:
        users.authenticate(ctx, "clerk", WRONG, now=T0 + seconds(2.5))
    assert caught.value.seconds == 1  # half a second left, rounded up
    fail(ctx, "clerk", T0 + seconds(3))  # fifth: four seconds
    with pytest.raises(users.LoginDelayed) as caught:
        users.authenticate(ctx, "clerk", PASSWORD, now=T0 + seconds(3))
    assert caught.value.seconds == 4
    assert users.authenticate(ctx, "clerk", PASSWORD, now=T0 + seconds(7)).username == "clerk"


def test_attempts_during_the_delay_are_not_counted_nor_checked(ctx: AppContext) -> None:
    for _ in range(users.FREE_ATTEMPTS):
        fail(ctx, "clerk", T0)
    before = stored(ctx, "clerk")
    for _ in range(20):
        with pytest.raises(users.LoginDelayed):
            users.authenticate(ctx, "clerk", WRONG, now=T0)
    after = stored(ctx, "clerk")
    assert (after.failed_attempts, after.locked_until) == (before.failed_attempts,
                                                           before.locked_until)


def test_failures_and_delays_are_audited(ctx: AppContext) -> None:
    for n in range(1, 6):
        fail(ctx, "clerk", T0 + seconds(100 * n))
    with ctx.session() as session:
        entries = list(session.scalars(select(AuditEntry)))
    actions = [e.action for e in entries]
    assert actions.count("login.failed") == 5
    assert actions.count("login.delayed") == 3
    assert all(e.username == "clerk" for e in entries if e.action.startswith("login."))


def test_the_delay_survives_a_restart(station: Target) -> None:
    now = utcnow()
    ctx = open_station(station)
    for n in range(5):
        fail(ctx, "clerk", now - seconds(1000 - 100 * n))
    fail(ctx, "clerk", now)  # sixth: eight seconds from now
    ctx.engine.dispose()
    reopened = open_station(station)
    try:
        with pytest.raises(users.LoginDelayed) as caught:
            users.authenticate(reopened, "clerk", PASSWORD, now=now + seconds(1))
        assert caught.value.seconds == 7
    finally:
        reopened.engine.dispose()


def test_a_lock_from_the_older_version_holds_a_minute_at_most(ctx: AppContext) -> None:
    with ctx.write_as("admin", "test.old_lock") as tx:
        row = tx.session.scalars(select(users.User).where(users.User.username == "admin")).one()
        row.failed_attempts, row.locked_until = 0, T0 + dt.timedelta(minutes=15)
    with pytest.raises(users.LoginDelayed) as caught:
        users.authenticate(ctx, "admin", PASSWORD, now=T0)
    assert caught.value.seconds == users.MAX_DELAY_SECONDS
    # The rest of the old lock is not enforced beyond the cap.
    assert users.authenticate(ctx, "admin", PASSWORD, now=T0 + seconds(60)).username == "admin"


def test_success_clears_the_count(ctx: AppContext) -> None:
    for _ in range(users.FREE_ATTEMPTS - 1):
        fail(ctx, "clerk", T0)
    users.authenticate(ctx, "clerk", PASSWORD, now=T0)
    fail(ctx, "clerk", T0)  # counting starts again: still no delay
    assert users.authenticate(ctx, "clerk", PASSWORD, now=T0).username == "clerk"


def test_users_list_shows_who_is_waiting(admin: AppContext) -> None:
    now = utcnow()
    for n in range(users.FREE_ATTEMPTS + 3):
        fail(admin, "guest", now + seconds(n * 100))
    rows = {r.username: r for r in users.list_users(admin)}
    assert rows["guest"].locked and not rows["clerk"].locked
