"""The parsed-document cache keys on the parser's own source files: each must exist, or the
cache would silently never be used (a moved module once did exactly that)."""

from __future__ import annotations

from pathlib import Path

from viewer.core.document import cache


def test_every_parser_file_the_cache_key_names_exists():
    core = Path(cache.__file__).resolve().parents[1]
    missing = [name for name in cache._PARSER_FILES if not (core / name).is_file()]
    assert missing == []


def test_an_unchanged_document_is_served_from_the_cache(tmp_path):
    doc = tmp_path / "a.md"
    doc.write_text("# 标题\n\n## 一\n\n正文。\n", encoding="utf-8")
    first = cache.load_document_cached(doc, tmp_path / "cache")
    assert cache.cached_document(doc, tmp_path / "cache") is not None
    assert [p.text for p in cache.cached_document(doc, tmp_path / "cache").passages()] == [
        p.text for p in first.passages()
    ]
