"""The on-disk Whoosh index of a document's passages: schema, building, opening, recovery.

One Whoosh document per passage. A document's index lives in
app_paths().index_root / "<fingerprint[:16]>-v<ANALYZER_VERSION>", so an unchanged document
reopens its index, an edited one (new fingerprint) or a new analyzer gets a fresh one. An index is
built in a temporary folder and renamed into place with a manifest of its files' hashes, so a
half-built, edited or damaged index is recognised and rebuilt; when the cache folder cannot be
used (read-only, locked by another process) the index is built in memory and `notice` says so.

The schema and add_document/delete_document are shared with the library index (many documents,
doc_id = path). Imports Whoosh: for search code only, never on the startup path.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
import shutil
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from whoosh import fields, index
from whoosh.filedb.filestore import FileStorage, RamStorage

from viewer.core.base.atomic_file import write_text_atomic
from viewer.core.base.paths import app_paths
from viewer.core.document.model import Document
from viewer.core.i18n.catalogue import translate
from viewer.core.search.analysis import bigram_analyzer
from viewer.core.search.analyzer_version import ANALYZER_VERSION
from viewer.core.text.file_names import storage_key

log = logging.getLogger(__name__)
Notice = Callable[[], str]  # a sentence for the user, in the language of the moment
MANIFEST = "viewer-manifest.json"
KEEP_INDEXES = 30  # document indexes kept in the cache; older ones are pruned
_DOC_KEY = re.compile(r"[0-9a-f]{16}-v\d+")  # only these folders are ever pruned


def search_schema() -> fields.Schema:
    analyzer = bigram_analyzer()
    return fields.Schema(
        key=fields.ID(stored=True, unique=True),  # doc_id + "#" + passage_id
        doc_id=fields.ID(stored=True),
        doc_title=fields.TEXT(analyzer=analyzer, stored=True, phrase=True),
        pane_id=fields.ID(stored=True),
        pane_title=fields.ID(stored=True),
        heading=fields.TEXT(analyzer=analyzer, stored=True, phrase=True),
        passage_id=fields.ID(stored=True),
        kind=fields.ID(stored=True),
        order=fields.NUMERIC(stored=True, sortable=True),
        text=fields.TEXT(analyzer=analyzer, stored=True, phrase=True),
    )


def add_document(writer, document: Document, doc_id: str) -> int:
    """Add every passage of `document`; returns the number added. Use writer.update_document
    semantics via delete_document first when replacing a document in a shared index."""
    count = 0
    panes = {p.id: p.title for p in document.panes}
    for passage in document.passages():
        writer.add_document(
            key=f"{doc_id}#{passage.id}",
            doc_id=doc_id,
            doc_title=document.title,
            pane_id=passage.pane_id,
            pane_title=panes.get(passage.pane_id, ""),
            heading=f"{panes.get(passage.pane_id, '')}\n{passage.heading}",
            passage_id=passage.id,
            kind=passage.kind,
            order=passage.order,
            text=passage.text,
        )
        count += 1
    return count


def delete_document(writer, doc_id: str) -> int:
    return writer.delete_by_term("doc_id", doc_id)


def index_key(document: Document) -> str:
    return f"{document.fingerprint[:16]}-v{ANALYZER_VERSION}"


@dataclass
class OpenedIndex:
    index: index.Index
    built: bool  # True when this call (re)built it
    location: Path | None  # None: in memory
    notice: Notice | None = None  # what had to be worked around, for the user


def open_or_build(document: Document, root: Path | None = None, force: bool = False) -> OpenedIndex:
    """Open the document's cached index, building (or rebuilding) it when needed. Never raises
    for cache problems: falls back to an in-memory index with a notice."""
    root = Path(root) if root is not None else app_paths().index_root
    folder = root / index_key(document)
    problem = None
    if not force and folder.exists():
        try:
            return OpenedIndex(_open_verified(folder), False, folder)
        except Exception as error:  # any damage at all: rebuild rather than crash
            problem = _damaged_notice(_describe(error))
            log.warning("index %s unusable: %r", folder, error)
    try:
        if folder.exists() and not _remove_if_unlocked(folder):
            return _in_memory(document, _in_use_notice)
        opened = OpenedIndex(_build_on_disk(document, folder), True, folder, problem)
    except Exception as error:
        log.warning("cannot build index in %s: %r", folder, error)
        return _in_memory(document, _unsaved_notice(_describe(error)))
    _prune(root, keep=KEEP_INDEXES, current=folder)
    return opened


def build_in_memory(document: Document) -> index.Index:
    ix = RamStorage().create_index(search_schema())
    _fill(ix, document)
    return ix


# Notices are worded when shown, so they follow a change of the interface language.
def _damaged_notice(problem: str) -> Notice:
    return lambda: translate(
        "Search", "The search index was damaged and has been rebuilt ({problem})."
    ).format(problem=problem)


def _in_use_notice() -> str:
    return translate(
        "Search", "The search index is in use by another program; searching an in-memory copy."
    )


def _unsaved_notice(problem: str) -> Notice:
    return lambda: translate(
        "Search", "The search index cannot be saved ({problem}); searching an in-memory copy."
    ).format(problem=problem)


def _in_memory(document: Document, notice: Notice) -> OpenedIndex:
    return OpenedIndex(build_in_memory(document), True, None, notice)


def _fill(ix: index.Index, document: Document) -> None:
    writer = ix.writer()
    try:
        # terms must be valid UTF-8: a file name that is not would stop the index being built
        add_document(writer, document, storage_key(str(document.path or "")))
    except BaseException:
        writer.cancel()
        raise
    writer.commit()


def _build_on_disk(document: Document, folder: Path) -> index.Index:
    folder.parent.mkdir(parents=True, exist_ok=True)
    temp = folder.parent / f".{folder.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}"
    temp.mkdir()
    try:
        _fill(index.create_in(str(temp), search_schema()), document)
        write_text_atomic(temp / MANIFEST, json.dumps(_file_hashes(temp), sort_keys=True))
        try:
            os.replace(temp, folder)
        except OSError:  # another process finished first: use its index
            if not (folder / MANIFEST).exists():
                raise
            shutil.rmtree(temp, ignore_errors=True)
    except BaseException:
        shutil.rmtree(temp, ignore_errors=True)
        raise
    return _open_verified(folder)


def _open_verified(folder: Path) -> index.Index:
    manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    if manifest != _file_hashes(folder):
        raise index.IndexError("index files do not match their manifest")
    ix = index.open_dir(str(folder))
    with ix.searcher() as searcher:  # touch the table of contents and stored fields now
        searcher.doc_count()
    return ix


def _file_hashes(folder: Path) -> dict[str, str]:
    hashes = {}
    for path in sorted(folder.iterdir()):
        if path.is_file() and path.name != MANIFEST and not path.name.endswith("_LOCK"):
            hashes[path.name] = hashlib.sha256(path.read_bytes()).hexdigest()
    return hashes


def _remove_if_unlocked(folder: Path) -> bool:
    """Delete a damaged index unless another process holds its write lock."""
    lock = None
    with contextlib.suppress(Exception):
        lock = FileStorage(str(folder)).lock("MAIN_WRITELOCK")
        if not lock.acquire(False):
            return False
    try:
        shutil.rmtree(folder)
    finally:
        if lock is not None:
            with contextlib.suppress(Exception):
                lock.release()
    return True


def _prune(root: Path, keep: int, current: Path) -> None:
    with contextlib.suppress(OSError):
        folders = [p for p in root.iterdir() if _DOC_KEY.fullmatch(p.name) and p != current]
        folders.sort(key=lambda p: p.stat().st_mtime, reverse=True)
        for old in folders[max(0, keep - 1) :]:
            _remove_if_unlocked(old)


def _describe(error: Exception) -> str:
    return f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
