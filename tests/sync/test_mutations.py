"""Property: any mutation of a valid data bundle is refused with a clear message and leaves
the ministry's database exactly as it was."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from baladiya_desktop.core.errors import UserError
from baladiya_desktop.sync.errors import BundleRefused
from baladiya_desktop.sync.ingest import ingest
from tests.sync.conftest import World
from tests.sync.test_trip import add_unit


@st.composite
def mutants(draw: st.DrawFn, data: bytes, other: bytes) -> bytes:
    size = len(data)
    kind = draw(st.sampled_from(["flip", "truncate", "splice", "duplicate", "delete"]))
    if kind == "flip":
        offset = draw(st.integers(0, size - 1))
        bit = draw(st.integers(0, 7))
        return data[:offset] + bytes([data[offset] ^ (1 << bit)]) + data[offset + 1:]
    if kind == "truncate":
        return data[:draw(st.integers(0, size - 1))]
    start = draw(st.integers(0, size - 1))
    end = draw(st.integers(start, min(size, start + 4096)))
    if kind == "duplicate":
        return data[:end] + data[start:end] + data[end:]
    if kind == "delete":
        return data[:start] + data[end:]
    source = draw(st.integers(0, len(other) - 1))
    piece = other[source:source + draw(st.integers(1, 4096))]
    return data[:start] + piece + data[start + len(piece):]


def test_every_mutant_is_refused_and_changes_nothing(sqlite_world: World) -> None:
    world = sqlite_world
    original = Path(world.export()["path"]).read_bytes()
    add_unit(world.station, "OTHER-1")
    other = Path(world.export()["path"]).read_bytes()
    before = world.snap()
    with world.ministry() as ctx:

        @settings(max_examples=60, deadline=None, database=None,
                  suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
        @given(st.data())
        def check(data: st.DataObject) -> None:
            mutant = data.draw(mutants(original, other))
            assume(mutant != original and mutant != other)
            try:
                ingest(ctx, mutant)
            except BundleRefused as exc:
                assert exc.message_ar.startswith("رُفضت الحزمة: ") and len(exc.message_ar) > 20
                assert exc.message_en.startswith("Bundle refused: ") and \
                    len(exc.message_en) > 25
            except UserError as exc:  # pragma: no cover - would be a wrong kind of refusal
                raise AssertionError(f"not a bundle refusal: {exc.message_en}") from exc
            else:
                raise AssertionError("a mutant was accepted")
            assert world.snap() == before

        check()
    assert world.snap() == before
