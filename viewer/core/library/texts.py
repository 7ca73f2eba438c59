"""The library's plain-text store: every indexed document's passages, kept beside the index.

The index holds one Whoosh document per file (see library_index for why), so finding the
passages that match, counting them and cutting snippets needs the texts. Re-reading and
re-parsing Markdown at query time costs ~80 ms per law; this store answers from one SQLite file
with zlib-compressed JSON rows (~1/4 of the text size), and `TextCache` keeps the recently used
decoded rows in memory (bounded) so repeated searches touch neither the disk nor the parser.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import zlib
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import compress
from pathlib import Path

from viewer.core.text.file_names import from_storage_key, storage_key
from viewer.core.text.folding import fold

_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS texts (rel_path TEXT PRIMARY KEY, meta BLOB NOT NULL,"
    " text BLOB NOT NULL, folded BLOB)"  # folded is NULL when fold(text) == text
)
SEPARATOR = "\n\x1f\n"  # between passages in the joined text; matches no query unit
# TextCache's memory budget: the 3,476 laws' folded texts come to ~55 MB by `DocText.cost`, so a
# session on them decodes each text once; a bigger library reads some again, in flat memory
CACHE_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class StoredPassage:
    id: str
    pane_id: str
    heading: str
    kind: str
    text: str


class DocText:
    """One document's passages as one joined string (a few big strings cost far less memory
    than 100 small ones), plus its folded twin for exact matching at the same offsets.

    Only `folded` is decoded up front (~0.1 ms); the original text and the passage metadata
    are decoded when a result from this document is shown."""

    def __init__(self, rel_path: str, meta: bytes, text: bytes, folded: bytes | None) -> None:
        self.rel_path = rel_path
        self._meta_blob, self._text_blob = meta, text
        self.folded = zlib.decompress(folded or text).decode("utf-8")
        self._starts: list[int] | None = None
        self._parts: list[str] | None = None
        self._buckets: list[int] | None = None
        self._meta: dict | None = None
        self._text: str | None = None
        self._pane_titles: dict[str, str] | None = None

    @property
    def cost(self) -> int:
        """Bytes it holds once decoded: the folded text (CJK: 2 bytes a character) and the
        still-compressed original and metadata (decoded only for the few documents shown)."""
        return 2 * len(self.folded) + len(self._text_blob) + len(self._meta_blob)

    @property
    def starts(self) -> list[int]:
        """Offset of each passage in the joined text."""
        if self._starts is None:
            starts, at = [0], self.folded.find(SEPARATOR)
            while at >= 0:
                starts.append(at + len(SEPARATOR))
                at = self.folded.find(SEPARATOR, at + 1)
            self._starts = starts
        return self._starts

    @property
    def parts(self) -> list[str]:
        """The folded passages, split once when the document is first counted (kept: counting
        a word in each is then one C-level call per passage)."""
        if self._parts is None:
            self._parts = self.folded.split(SEPARATOR)
        return self._parts

    @property
    def buckets(self) -> list[int]:
        """Each passage's length // 50 (best_passages prefers denser passages)."""
        if self._buckets is None:
            self._buckets = [len(part) // 50 for part in self.parts]
        return self._buckets

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = zlib.decompress(self._text_blob).decode("utf-8")
        return self._text

    @property
    def info(self) -> dict:
        if self._meta is None:
            self._meta = json.loads(zlib.decompress(self._meta_blob))
        return self._meta

    @property
    def title(self) -> str:
        return self.info["title"]

    def pane_title(self, pane_id: str) -> str:
        if self._pane_titles is None:
            self._pane_titles = dict(self.info["panes"])
        return self._pane_titles.get(pane_id, pane_id)

    def passage_at(self, offset: int) -> int:
        return bisect_right(self.starts, offset) - 1

    def span(self, index: int) -> tuple[int, int]:
        start = self.starts[index]
        if index + 1 < len(self.starts):
            return start, self.starts[index + 1] - len(SEPARATOR)
        return start, len(self.folded)

    def passage(self, index: int) -> StoredPassage:
        start, end = self.span(index)
        return StoredPassage(*self.info["meta"][index], self.text[start:end])


class TextStore:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._local = threading.local()  # one connection per thread (sqlite3's rule)

    def _db(self) -> sqlite3.Connection:
        db = getattr(self._local, "db", None)
        if db is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(self.path)
            db.execute(_SCHEMA)
            self._local.db = db
        return db

    def put_many(self, rows: Iterable[tuple[str, tuple]]) -> None:
        """rows: (rel_path, encode_row(...)) pairs."""
        payload = [(storage_key(rel_path), *blobs) for rel_path, blobs in rows]
        with self._db() as db:
            db.executemany("INSERT OR REPLACE INTO texts VALUES (?, ?, ?, ?)", payload)

    def delete_many(self, rel_paths: Iterable[str]) -> None:
        with self._db() as db:
            keys = [(storage_key(p),) for p in rel_paths]
            db.executemany("DELETE FROM texts WHERE rel_path = ?", keys)

    def get(self, rel_path: str) -> DocText | None:
        sql = "SELECT meta, text, folded FROM texts WHERE rel_path = ?"
        row = self._db().execute(sql, (storage_key(rel_path),)).fetchone()
        return DocText(rel_path, *row) if row else None

    def get_many(self, rel_paths: list[str]) -> list[DocText | None]:
        """`get` of each path in one statement per 500 (a bulk check reads thousands)."""
        found: dict[str, DocText] = {}
        sql = "SELECT rel_path, meta, text, folded FROM texts WHERE rel_path IN ({})"
        keys = [storage_key(p) for p in rel_paths]
        for start in range(0, len(keys), 500):
            part = keys[start : start + 500]
            for key, *blobs in self._db().execute(sql.format(",".join("?" * len(part))), part):
                path = from_storage_key(key)
                found[path] = DocText(path, *blobs)
        return [found.get(p) for p in rel_paths]

    def count(self) -> int:
        """How many documents are stored (searchable, by a scan before the index has them)."""
        try:
            return self._db().execute("SELECT COUNT(*) FROM texts").fetchone()[0]
        except sqlite3.Error:
            return 0

    def all(self) -> Iterable[DocText]:
        for key, *blobs in self._db().execute("SELECT rel_path, meta, text, folded FROM texts"):
            yield DocText(from_storage_key(key), *blobs)

    def close(self) -> None:
        db = getattr(self._local, "db", None)
        if db is not None:
            db.close()
            self._local.db = None


def encode_row(title: str, panes: list, passages: list) -> tuple[bytes, bytes, bytes | None]:
    """Runs in the index workers: folding once here saves ~0.5 ms per document at every load.
    `passages`: (id, pane id, heading, kind, text) tuples."""
    meta = {"title": title, "panes": panes, "meta": [p[:4] for p in passages]}
    text = SEPARATOR.join(p[4] for p in passages)
    folded = fold(text)
    return (
        zlib.compress(json.dumps(meta, ensure_ascii=False).encode("utf-8"), 6),
        zlib.compress(text.encode("utf-8"), 6),
        None if folded == text else zlib.compress(folded.encode("utf-8"), 6),
    )


class TextCache:
    """Documents by path, read from the store when first asked for and kept in a bounded
    least-recently-used cache. Loading every text at open cost 0.5 s and ~70 MB on the laws and
    grew with the library; most queries open only the page's 20 documents (the index decides
    the rest), and a query that must look at every candidate's text pays once, then finds them
    here while they fit in `budget` bytes."""

    def __init__(self, store: TextStore, budget: int | None = None) -> None:
        self._store = store
        self._budget = CACHE_BYTES if budget is None else budget
        self._docs: OrderedDict[str, DocText] = OrderedDict()
        self._used = 0
        self._lock = threading.Lock()

    def get(self, rel_path: str) -> DocText | None:
        with self._lock:
            doc = self._docs.get(rel_path)
            if doc is not None:
                self._docs.move_to_end(rel_path)
                return doc
        doc = self._store.get(rel_path)  # outside the lock: other threads' hits need not wait
        if doc is not None:
            self._keep(doc)
        return doc

    def get_many(self, rel_paths: list[str]) -> list[DocText | None]:
        """`get` of each path, the lock taken once for those held (a whole-text test of 1,500
        candidates: 1.5 ms of locking otherwise)."""
        with self._lock:
            docs = list(map(self._docs.get, rel_paths))
            list(map(self._docs.move_to_end, compress(rel_paths, docs)))  # recently used
        for n in [n for n, doc in enumerate(docs) if doc is None]:
            docs[n] = self.get(rel_paths[n])
        return docs

    def peek_many(self, rel_paths: list[str]) -> list[DocText | None]:
        """The documents, without changing what the cache holds: those held as they are, the
        others read from the store and not kept. A check of thousands of candidates (an exact
        total worked out after the first page) would otherwise evict the texts the next
        queries need for theirs."""
        with self._lock:
            docs = list(map(self._docs.get, rel_paths))
        missing = [n for n, doc in enumerate(docs) if doc is None]
        read = self._store.get_many([rel_paths[n] for n in missing])
        for n, doc in zip(missing, read, strict=True):
            docs[n] = doc
        return docs

    def _keep(self, doc: DocText) -> None:
        with self._lock:
            if doc.rel_path in self._docs:
                return
            self._docs[doc.rel_path] = doc
            self._used += doc.cost
            while self._used > self._budget and len(self._docs) > 1:
                _, old = self._docs.popitem(last=False)
                self._used -= old.cost

    @property
    def budget_mb(self) -> int:
        return self._budget // (1024 * 1024)

    @property
    def held(self) -> int:
        """Documents in memory now."""
        return len(self._docs)

    def __contains__(self, rel_path: str) -> bool:
        return rel_path in self._docs

    def invalidate(self) -> None:
        with self._lock:
            self._docs.clear()
            self._used = 0
