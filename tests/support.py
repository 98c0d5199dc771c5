"""Helpers the tests import (fixtures live in conftest.py)."""

from __future__ import annotations

from baladiya_desktop.core.context import AppContext
from baladiya_desktop.core.users import authenticate

PASSWORD = "secret12"
MUNICIPALITY = "LY-M001"
TEST_USERS = {"clerk": "staff_officer", "cashier": "revenue_officer", "guest": "viewer"}


def login(ctx: AppContext, username: str = "admin") -> AppContext:
    return ctx.as_user(authenticate(ctx, username, PASSWORD))
