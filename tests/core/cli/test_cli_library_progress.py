"""`search --library`'s progress on stderr while it builds the index (on a generated folder)."""

from __future__ import annotations

import io

from tests.core.library.test_library_first_index import make_folder
from viewer.cli.library import open_library_search
from viewer.core.library import batch as library_batch


def test_a_big_update_says_when_it_writes_each_batch(tmp_path, monkeypatch):
    """Each commit of a big update takes seconds with no count moving: a line says so."""
    monkeypatch.setattr(library_batch, "MIN_BATCH", 10)  # batches of 10: 30 files, 3 commits
    monkeypatch.setattr(library_batch, "MIN_BATCH_BYTES", 1 << 30)  # cut by count only
    root = make_folder(tmp_path / "lib", 30)
    stderr = io.StringIO()
    open_library_search(str(root), stderr=stderr).close()
    lines = stderr.getvalue().splitlines()
    writing = [line for line in lines if line.startswith("Writing the index")]
    assert writing == ["Writing the index of 10 documents…"] * 3
    at = [n for n, line in enumerate(lines) if line.startswith("Writing the index")]
    assert any(line.startswith("indexing") for line in lines[at[0] : at[1]])  # between batches


def test_a_small_update_prints_no_writing_line(tmp_path):
    stderr = io.StringIO()
    open_library_search(str(make_folder(tmp_path / "lib", 5)), stderr=stderr).close()
    assert "Writing" not in stderr.getvalue()
