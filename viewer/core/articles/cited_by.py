"""The citation graph of a library: which documents cite which titles, at which articles.

Stored as SQLite next to the library's search index (app_paths().index_root), keyed by the
library folder; each file's row remembers its size and mtime, so an update re-reads only files
that changed, were added or were removed. Built in a process pool when many files need reading.
Answers "who cites this document (or this article of it)" with one indexed query.
"""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

from viewer.core.articles.catalog import title_key
from viewer.core.articles.citation_extract import extract_file, set_known_titles
from viewer.core.base.errors import ViewerError
from viewer.core.base.paths import app_paths
from viewer.core.document.addresses import canonical
from viewer.core.i18n.catalogue import translate
from viewer.core.library.messages import Message
from viewer.core.library.scan import scan_folder
from viewer.core.text.file_names import from_storage_key, storage_key

GRAPH_VERSION = 2
POOL_THRESHOLD = 40  # fewer changed files than this are read in-process
Progress = Callable[[int, int], None]
# The library's update (a child process) and the Cited by panel may bring the graph up to date
# at once; the second waits for the first (minutes for a whole library), then finds it done.
LOCK_WAIT_S = 600
LOCK_POLL_S = 0.5
_SCHEMA = """
CREATE TABLE IF NOT EXISTS files (rel_path TEXT PRIMARY KEY, size INTEGER, mtime_ns INTEGER,
    title TEXT, key TEXT, date TEXT, error TEXT);
CREATE TABLE IF NOT EXISTS cites (citing TEXT, passage_id TEXT, citing_address TEXT,
    cited_key TEXT, cited_address TEXT, text TEXT, sentence TEXT, bracketed INTEGER);
CREATE INDEX IF NOT EXISTS cites_by_key ON cites (cited_key, cited_address);
CREATE INDEX IF NOT EXISTS cites_by_citing ON cites (citing);
"""


def graph_path(root: Path | str) -> Path:
    key = hashlib.sha1(str(Path(root).resolve()).encode("utf-8")).hexdigest()[:16]
    return app_paths().index_root / f"citations-{key}-v{GRAPH_VERSION}.sqlite3"


class GraphUpdateCancelled(ViewerError):
    """The reader moved on before the graph was brought up to date."""


class CitationGraph:
    def __init__(self, root: Path, db: sqlite3.Connection) -> None:
        self.root, self.db = root, db

    @classmethod
    def open(cls, root: Path | str, path: Path | None = None) -> CitationGraph:
        """`path`: where the graph lives, when the caller computed graph_path() elsewhere
        (the library update's child process)."""
        root = Path(root).resolve()
        if not root.is_dir():
            raise ViewerError(
                translate("Articles", "{folder} is not a folder.").format(folder=root.name or root)
            )
        path = path or graph_path(root)
        path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(path, timeout=30)
        # Readers never wait for a writer (it may hold its transaction for minutes). Another
        # connection open now makes this fail: it set the mode, or the next open will.
        with contextlib.suppress(sqlite3.OperationalError):
            db.execute("PRAGMA journal_mode=WAL")
        db.executescript(_SCHEMA)
        db.execute(f"PRAGMA busy_timeout = {int(LOCK_POLL_S * 1000)}")  # update() polls
        return cls(root, db)

    def close(self) -> None:
        self.db.close()

    def update(self, progress: Progress | None = None, procs: int = 2, cancel=None) -> int:
        """Bring the graph in line with the folder; returns how many files were (re)read.
        `cancel() -> True` stops it: the graph stays as it was (GraphUpdateCancelled). While
        another process writes the graph it waits (cancellable), then looks again."""
        deadline = time.monotonic() + LOCK_WAIT_S
        while True:
            try:
                return self._update(progress, procs, cancel)
            except sqlite3.OperationalError as error:
                if "locked" not in str(error):
                    raise
                self._wait_for_writer(deadline, cancel, error)

    def _wait_for_writer(self, deadline: float, cancel, error: Exception) -> None:
        """Until the other writer's transaction ends, a try per busy timeout; the folder is
        scanned again only then, not at every try."""
        while True:
            if time.monotonic() > deadline:
                raise error
            if cancel is not None and cancel():
                raise GraphUpdateCancelled("the citation graph update was cancelled") from error
            try:
                self.db.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as busy:
                if "locked" not in str(busy):
                    raise
                continue
            self.db.rollback()
            return

    def _update(self, progress: Progress | None, procs: int, cancel) -> int:
        scanned = {e.rel_path: e for e in scan_folder(self.root)}
        known = {
            from_storage_key(row[0]): (row[1], row[2])
            for row in self.db.execute("SELECT rel_path, size, mtime_ns FROM files")
        }
        removed = [p for p in known if p not in scanned]
        todo = [p for p, e in scanned.items() if known.get(p) != (e.size, e.mtime_ns)]
        if not todo and not removed:
            return 0
        with self.db:  # one transaction: a crash leaves the old graph, never half a new one
            for rel in removed + todo:
                self.db.execute("DELETE FROM files WHERE rel_path = ?", (storage_key(rel),))
                self.db.execute("DELETE FROM cites WHERE citing = ?", (storage_key(rel),))
            for done, result in enumerate(self._extract(todo, procs), 1):
                if cancel is not None and cancel():
                    raise GraphUpdateCancelled("the citation graph update was cancelled")
                self._store(result, scanned[result["rel_path"]])
                if progress:
                    progress(done, len(todo))
        return len(todo)

    def _extract(self, todo: list[str], procs: int):
        from viewer.core.articles.catalog import build_catalog

        keys = frozenset(build_catalog(self.root).by_key)
        jobs = [(str(self.root), rel) for rel in todo]
        if len(jobs) < POOL_THRESHOLD or procs <= 1:
            set_known_titles(keys)
            yield from map(extract_file, jobs)
            return
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        # spawn, not fork: this runs on a worker thread of a Qt process
        context = multiprocessing.get_context("spawn")
        pool = ProcessPoolExecutor(
            procs, mp_context=context, initializer=set_known_titles, initargs=(keys,)
        )
        try:
            yield from pool.map(extract_file, jobs, chunksize=8)
        finally:  # on cancel, queued files are dropped rather than waited for
            pool.shutdown(wait=True, cancel_futures=True)

    def _store(self, result: dict, entry) -> None:
        self.db.execute(
            "INSERT INTO files VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                storage_key(result["rel_path"]),
                entry.size,
                entry.mtime_ns,
                storage_key(result["title"]),
                result["key"],
                result["date"],
                result.get("error", ""),
            ),
        )
        self.db.executemany(
            "INSERT INTO cites VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(storage_key(result["rel_path"]), *cite) for cite in result["cites"]],
        )

    def cited_by(
        self, document: str | Path, at: str | None = None, bracketed_only: bool = False
    ) -> list[dict]:
        """Documents citing `document` (a library file, or a title), grouped, most citing first.
        `bracketed_only`: only citations written with 《》 (not 依照公司法第十六条).

        A citation names a law, not its version: it is counted for the version in force on the
        citing document's date (the newest one if that date is unknown), so a superseded
        version is not credited with what cites its successor, whose articles may differ."""
        key, rel_path = self._key_of(document)
        query = (
            "SELECT citing, passage_id, citing_address, cited_address, text, sentence "
            "FROM cites WHERE cited_key = ?"
        )
        params: list = [key]
        if bracketed_only:
            query += " AND bracketed = 1"
        if at:
            wanted = canonical(at) or at
            query += " AND (cited_address = ? OR cited_address LIKE ?)"
            params += [wanted, wanted + "第%"]
        query += " ORDER BY rowid"
        grouped: dict[str, list[dict]] = {}
        for citing, pid, where, address, text, sentence in self.db.execute(query, params):
            grouped.setdefault(from_storage_key(citing), []).append(
                {
                    "passage_id": pid,
                    "address": where,
                    "cited_address": address,
                    "text": text,
                    "sentence": sentence,
                }
            )
        info = self._files(list(grouped))
        cited_date = self._version_dates(key, rel_path)
        if cited_date is not None:
            dates, own = cited_date
            grouped = {
                citing: passages
                for citing, passages in grouped.items()
                if in_force(dates, info.get(citing, ("", ""))[1]) == own
            }
        documents = [
            {
                "path": rel,
                "title": info.get(rel, ("", ""))[0],
                "date": info.get(rel, ("", ""))[1],
                "count": len(passages),
                "passages": passages,
            }
            for rel, passages in grouped.items()
        ]
        documents.sort(key=lambda d: (-d["count"], d["path"]))
        return documents

    def _version_dates(self, key: str, rel_path: str | None) -> tuple[list[str], str] | None:
        """(the dates of the dated versions of `key`, `rel_path`'s own), or None when there is
        nothing to tell apart: a title asked for, an undated file, a law in one version."""
        if not rel_path:
            return None
        rows = self.db.execute("SELECT rel_path, date FROM files WHERE key = ?", (key,))
        dates = {from_storage_key(path): date for path, date in rows}
        own = dates.get(rel_path, "")
        distinct = sorted({date for date in dates.values() if date})
        return (distinct, own) if own and len(distinct) > 1 else None

    def _key_of(self, document: str | Path) -> tuple[str, str | None]:
        """The title key of `document`, and its path in the library (None for a title)."""
        path = Path(document)
        candidates = [path] if path.is_absolute() else [Path.cwd() / path, self.root / path]
        for candidate in candidates:
            try:
                rel = candidate.resolve().relative_to(self.root).as_posix()
            except ValueError:
                continue
            row = self.db.execute(
                "SELECT key FROM files WHERE rel_path = ?", (storage_key(rel),)
            ).fetchone()
            if row:
                return row[0], rel
        if path.suffix.lower() in (".md", ".markdown", ".txt"):
            raise ViewerError(
                translate("Articles", "{name} is not a document of this library.").format(
                    name=path.name
                )
            )
        return title_key(str(document)), None  # a title: 《电子签名法》

    def _files(self, paths: list[str]) -> dict[str, tuple[str, str]]:
        out = {}
        for i in range(0, len(paths), 500):
            chunk = [storage_key(path) for path in paths[i : i + 500]]
            marks = ",".join("?" * len(chunk))
            for rel, title, date in self.db.execute(
                f"SELECT rel_path, title, date FROM files WHERE rel_path IN ({marks})", chunk
            ):
                out[from_storage_key(rel)] = (from_storage_key(title), date)
        return out


def in_force(dates: list[str], citing_date: str) -> str:
    """Of a law's version dates (sorted), the one a document of `citing_date` cites: the newest
    from before that day (a decision amending a law, dated the day of the new version, cites the
    old one); the newest of all when the date is unknown, the first when every one is later."""
    if not citing_date:
        return dates[-1]
    earlier = [date for date in dates if date < citing_date]
    return earlier[-1] if earlier else dates[0]


def cited_by_documents(
    root: Path | str, document: str | Path, at: str | None = None, progress=None, cancel=None
) -> list[dict]:
    """Update the graph of `root` and list who cites `document`: one call for a worker thread
    (the SQLite connection is made, used and closed on that thread)."""
    graph = CitationGraph.open(root)
    try:
        report = (lambda done, total: progress((done, total))) if progress else None
        graph.update(progress=report, cancel=cancel)
        return graph.cited_by(document, at)
    finally:
        graph.close()


def citations_phase() -> str:
    """The step's name beside the progress bar; the panel adds the "…" and the time."""
    return translate("Articles", "Updating citations")


def citation_follow_up(root: Path | str) -> tuple:
    """What a library update runs after it commits: the citation graph brought up to date
    (see viewer.core.library.update_process.FollowUp). The graph's file is named here, in the
    app's process: the spawned child may not see its --data-dir."""
    phase = Message(citations_phase)  # shown again in the reader's language, after a switch
    return (phase, update_citations, (str(graph_path(root)),))


def update_citations(root: Path, cancel, procs: int | None, graph_file: str) -> None:
    """Bring the citation graph at `graph_file` in line with the folder; cancelling keeps the
    graph as it was."""
    try:
        graph = CitationGraph.open(root, Path(graph_file))
        try:
            graph.update(procs=procs or 2, cancel=cancel.is_set)
        finally:
            graph.close()
    except GraphUpdateCancelled:
        pass
