"""Hybrid logical clock versions for records that travel.

A version is ``(milliseconds since epoch << 16) | counter``: it orders like wall time between
stations with roughly right clocks, and never goes backwards on one station even when its clock
does (a PC whose battery died boots in 2010). Ties between stations break on the station id.
"""

from __future__ import annotations

import time

COUNTER_BITS = 16


def physical_now() -> int:
    return int(time.time() * 1000) << COUNTER_BITS


def next_version(last: int, now: int | None = None) -> int:
    """The version after ``last``: wall time if it is ahead, else ``last + 1``."""
    physical = physical_now() if now is None else now
    return max(physical, last + 1)


def observe(last: int, remote: int) -> int:
    """Advance the clock past a version seen from another station."""
    return max(last, remote)


def version_millis(version: int) -> int:
    return version >> COUNTER_BITS
