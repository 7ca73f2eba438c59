"""A cache of parsed documents, so reopening an unchanged file skips Markdown parsing.

Parsing imports Python-Markdown and renders every block (~80 ms for a small briefing, most of
it one-time import and extension set-up); reading the cached result back is ~1 ms. Entries are
JSON (never pickle: the cache dir must not be able to run code) keyed by the file's path, size
and mtime plus the parser's own source files, so editing either invalidates the entry.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict
from pathlib import Path

from viewer.core.base.atomic_file import write_text_atomic
from viewer.core.base.digests import sha1_hex
from viewer.core.document.model import Document, Pane, Passage
from viewer.core.i18n.language import current as current_language

log = logging.getLogger(__name__)
FORMAT = 2  # 2: a code's book (Document.book)
MAX_CACHED_CHARS = 2_000_000  # big files are parsed in the background anyway; keep the cache small
# JSON of 100,000 small passages takes longer to write and read back than parsing them again.
MAX_CACHED_PASSAGES = 20_000
MAX_ENTRIES = 64
# the parser's source files, relative to viewer/core: a cached parse is reused only while
# none of them changed (tests/core/document/test_document_cache.py checks they all exist)
_PARSER_FILES = (
    "document/markdown_model.py",
    "document/markdown_limits.py",
    "document/block_passages.py",
    "document/model.py",
    "document/books.py",
    "document/html_text.py",
    "document/front_matter.py",
    "document/textio.py",
    "text/folding.py",  # its INVISIBLE characters are dropped from passage texts
)


def load_document_cached(path: Path | str, cache_dir: Path) -> Document:
    """Like markdown_model.load_document, but served from `cache_dir` when the file is unchanged."""
    from viewer.core.document.markdown_model import load_document

    path = Path(path)
    key = cache_key(path)
    entry = cache_dir / f"{key}.json" if key else None
    if entry is not None:
        cached = _read(entry, path)
        if cached is not None:
            return cached
    document = load_document(path)  # raises DocumentError for bad files, as before
    if entry is not None and _worth_caching(document):
        _write(entry, document)
    return document


def _worth_caching(document: Document) -> bool:
    passages = sum(len(pane.passages) for pane in document.panes)
    return passages <= MAX_CACHED_PASSAGES and document.char_count <= MAX_CACHED_CHARS


def cached_document(path: Path | str, cache_dir: Path) -> Document | None:
    """The cached parse of `path` if the file is unchanged since, else None (never raises)."""
    path = Path(path)
    key = cache_key(path)
    return _read(cache_dir / f"{key}.json", path) if key else None


def cache_key(path: Path, language_code: str | None = None) -> str | None:
    """The entry's name for this state of the file and parser, in `language_code` (default:
    the current language); None for what is not a regular file."""
    try:
        stat = path.stat()
        if not path.is_file():
            return None
        parser = [os.stat(name).st_mtime_ns for name in parser_files()]
    except OSError:
        return None
    # The language too: a document's warnings are kept in the language they were made in.
    raw = f"{FORMAT}|{path.resolve()}|{stat.st_size}|{stat.st_mtime_ns}|{parser}"
    raw += f"|{language_code or current_language()}"
    return sha1_hex(raw.encode("utf-8", "surrogatepass"))


def document_from_json(raw: dict, path: Path) -> Document:
    """A Document from its JSON form (`document_to_json`); KeyError/TypeError if malformed."""
    panes = [
        Pane(p["id"], p["title"], [Passage(**passage) for passage in p["passages"]])
        for p in raw["panes"]
    ]
    return Document(
        path=path,
        title=raw["title"],
        metadata=raw["metadata"],
        panes=panes,
        fingerprint=raw["fingerprint"],
        encoding=raw["encoding"],
        warnings=raw["warnings"],
        book=raw.get("book", ""),
    )


def document_to_json(document: Document) -> dict:
    raw = asdict(document)
    raw["path"] = None  # the caller's path is used on reading
    return raw


def parser_files() -> list[Path]:
    core = Path(__file__).resolve().parents[1]
    return [core / name for name in _PARSER_FILES]


def _read(entry: Path, path: Path) -> Document | None:
    try:
        return document_from_json(json.loads(entry.read_text(encoding="utf-8")), path)
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.info("ignoring unreadable cache entry %s: %s", entry.name, exc)
        return None


def _write(entry: Path, document: Document) -> None:
    try:
        write_text_atomic(entry, json.dumps(document_to_json(document), ensure_ascii=False))
        _prune(entry.parent)
    except OSError as exc:  # a read-only or full cache only costs speed
        log.info("could not cache %s: %s", entry.name, exc)


def _prune(cache_dir: Path) -> None:
    entries = sorted(cache_dir.glob("*.json"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in entries[MAX_ENTRIES:]:
        old.unlink(missing_ok=True)
