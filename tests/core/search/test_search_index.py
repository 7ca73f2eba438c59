"""The cached index: reuse, rebuild on change or damage, locks, unusable cache dir."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import BRIEFING
from viewer.core.base.paths import app_paths
from viewer.core.document.markdown_model import load_document, parse_document
from viewer.core.search.engine import DocumentSearch

TEXT = (
    "# 标题\n\n## 金融\n\n微信红包的模式也可以复制在保险业。\n\n## 交通\n\n嘀嘀打车和快的打车。\n"
)


def _opened(document, root=None) -> DocumentSearch:
    search = DocumentSearch(document, index_root=root)
    search.open()
    return search


def test_index_lives_in_the_cache_dir_and_is_reused():
    document = load_document(BRIEFING)
    first = _opened(document)
    assert first.index_built and first.notice is None
    assert first.index_location.parent == app_paths().index_root
    assert document.fingerprint[:16] in first.index_location.name
    second = _opened(load_document(BRIEFING))
    assert not second.index_built and second.index_location == first.index_location
    assert second.search("红包").total == first.search("红包").total > 0


def test_changed_document_gets_a_new_index(tmp_path):
    first = _opened(parse_document(TEXT), tmp_path)
    changed = _opened(parse_document(TEXT + "\n新的段落:红包。\n"), tmp_path)
    assert changed.index_built and changed.index_location != first.index_location
    assert changed.search("红包").total == first.search("红包").total + 1


def test_garbage_in_index_files_is_rebuilt(tmp_path):
    document = parse_document(TEXT)
    folder = _opened(document, tmp_path).index_location
    for path in folder.iterdir():
        if path.suffix in (".seg", ".toc") or path.name.startswith("_MAIN"):
            path.write_bytes(b"\x00garbage" * 50)
    again = _opened(document, tmp_path)
    assert again.index_built and "rebuilt" in again.notice
    assert again.search("红包").total == 1


def test_truncated_files_found_during_search_recover(tmp_path):
    document = parse_document(TEXT)
    search = _opened(document, tmp_path)
    for path in search.index_location.iterdir():
        if path.suffix == ".seg":
            path.write_bytes(b"")
    search._searcher.close()  # simulate a searcher that now reads damaged files
    assert search.search("红包").total == 1


def test_damaged_index_locked_by_another_writer_falls_back_to_memory(tmp_path):
    from whoosh.filedb.filestore import FileStorage

    document = parse_document(TEXT)
    folder = _opened(document, tmp_path).index_location
    (folder / "viewer-manifest.json").write_text("{}", encoding="utf-8")  # damaged
    lock = FileStorage(str(folder)).lock("MAIN_WRITELOCK")
    assert lock.acquire(False)
    try:
        search = _opened(document, tmp_path)
        assert search.index_location is None and "in-memory" in search.notice
        assert search.search("打车").total == 1
    finally:
        lock.release()


def test_unusable_cache_dir_falls_back_to_memory(tmp_path):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x", encoding="utf-8")
    search = _opened(parse_document(TEXT), blocker / "indexes")
    assert search.index_location is None and "in-memory" in search.notice
    results = search.search("红包")
    assert results.total == 1 and results.notice == search.notice


def test_search_opens_the_index_on_first_use(tmp_path):
    search = DocumentSearch(parse_document(TEXT), index_root=tmp_path)
    assert search.search("保险").total == 1 and search.index_built


@pytest.mark.parametrize("module", ["viewer.core.search.engine", "viewer.cli.search"])
def test_importing_search_does_not_import_whoosh(module):
    code = f"import sys, {module}; print('whoosh' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
