"""Version families read in a child process, so that the window never holds the heads it reads.

Reading every file's head makes far more short-lived objects than the families keep (about
50 MB at the peak for a library four times the laws, against under 1 MB kept). Freed in the
window's own process, most of that space stayed there: Python keeps an arena while any object
in it lives, and the list and the searcher were allocating beside the heads. A child reads
the heads and sends back one packed record per work; the window builds only the families.

When no child can be started (a platform without `spawn`, a sandbox), the families are read
in this process as before; when the child fails or runs past its time limit, there are none
(the list then shows each file on its own row, as before the families are known).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Mapping
from pathlib import Path

from viewer.core.library.packed_entries import PackedEntries
from viewer.core.versions.families import VersionEntry, Work, version_families
from viewer.core.versions.packed_versions import PackedVersions

log = logging.getLogger(__name__)
TIME_LIMIT_S = 180.0  # a library of 100,000 files on a slow disk; the laws take about a second


def families_off_process(
    root: Path | str, known: Mapping | None = None, limit_s: float = TIME_LIMIT_S
) -> list[Work]:
    """The library's version families (as `version_families`), read by a child process.
    `known` (rel_path -> entry: the open library's catalogue) holds their paths and dates, so
    the families keep no second copy of them."""
    try:
        packed = _read_in_child(str(Path(root).resolve()), limit_s)
    except OSError as exc:  # no child process here: read them in this one
        log.info("version families read in process (%s)", exc)
        return unpack(pack(version_families(root)), known or {})
    if packed is None:
        return []
    return unpack(packed, known or {})


def pack(works: list[Work]) -> list[tuple]:
    """Plain tuples, the cheapest thing to send: (title, ((path, date, status), ...))."""
    return [(w.title, tuple((v.path, v.date, v.status) for v in w.versions)) for w in works]


def unpack(packed: list[tuple], known: Mapping) -> list[Work]:
    """Works from the child's records; with an open library's packed catalogue, their versions
    are its rows (packed_versions), else entries of their own."""
    entries = getattr(known, "entries", None)
    if isinstance(entries, PackedEntries):
        statuses: list[str] = []
        works = []
        for title, versions in packed:
            rows = PackedVersions(entries, statuses)
            for path, date, status in versions:
                rows.add(path, date, status)
            works.append(Work(title, rows))
        return works
    return [
        Work(title, [VersionEntry(p, d, sys.intern(s)) for p, d, s in versions])
        for title, versions in packed
    ]


def _read_in_child(root: str, limit_s: float) -> list[tuple] | None:
    """The packed families, or None when the child failed or ran out of time (logged)."""
    import multiprocessing

    context = multiprocessing.get_context("spawn")  # never fork a process running Qt
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(root, send), name="version-families")
    child.start()  # OSError: no process could be started
    send.close()  # ours: the pipe then reports the child's end as EOF
    try:
        if not receive.poll(limit_s):
            log.warning("version families: no answer in %.0f s, left out", limit_s)
            return None
        kind, payload = receive.recv()
    except (EOFError, OSError) as exc:
        log.warning("version families: the child ended without an answer (%s)", exc)
        return None
    finally:
        receive.close()
        _end(child)
    if kind != "done":
        log.warning("version families: %s", payload)
        return None
    return payload


def _end(child) -> None:
    child.join(1.0)
    if child.exitcode is None:
        child.kill()
        child.join(1.0)


def _child(root: str, send) -> None:
    from viewer.core.base.child_lifetime import die_with_parent

    die_with_parent()  # a window killed meanwhile takes its reader with it
    try:
        send.send(("done", pack(version_families(root))))
    except Exception as exc:  # noqa: BLE001 - any failure is reported, never raised in a child
        send.send(("error", f"{type(exc).__name__}: {exc}"))
    finally:
        send.close()
