"""The text store's integrity check runs when the store changed, not at every relaunch (it
reads the whole file: 0.16 s of each launch on the laws), and still finds damage."""

from __future__ import annotations

import os
import sqlite3

from tests.core.library.test_library import indexed
from tests.core.library.test_library_texts_lazy import library  # noqa: F401 - fixture
from viewer.core.library import integrity as library_integrity


def test_an_unchanged_store_is_not_checked_again_and_damage_is_still_found(
    library,  # noqa: F811
    monkeypatch,
):
    index, _ = indexed(library)
    assert index.problem() is None  # checked once after the build
    opened = []
    connect = sqlite3.connect

    def counting(*args, **kwargs):
        opened.append(args[0])
        return connect(*args, **kwargs)

    monkeypatch.setattr(library_integrity.sqlite3, "connect", counting)
    assert index.problem() is None and index.problem() is None
    assert opened == []  # relaunches: nothing read
    data = bytearray(index.texts.path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the same size, another mtime
    index.texts.path.write_bytes(bytes(data))
    stat = index.texts.path.stat()
    os.utime(index.texts.path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    assert "text store" in index.problem()
    assert len(opened) == 1
