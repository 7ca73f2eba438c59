"""Importing untrusted bookmark files: every bad shape is one line, exit 2, nothing imported.

The pathological files are generated here (wrong types, huge numbers, binary, UTF-16, deep
nesting, FIFOs), fed to `bookmarks import` in-process, and the store checked to be unchanged.
"""

from __future__ import annotations

import json
import os
import threading

import pytest

from tests.conftest import BRIEFING
from viewer.cli.bookmarks import run_bookmarks
from viewer.core.bookmarks.anchoring import anchor_for_quote
from viewer.core.bookmarks.model import new_bookmark
from viewer.core.bookmarks.store import BookmarkStore
from viewer.core.bookmarks.transfer import to_json
from viewer.core.document.markdown_model import load_document

QUOTE = "中国的网民数量是6.43亿、美国是2.8亿"


@pytest.fixture
def good_payload() -> dict:
    document = load_document(BRIEFING)
    bookmarks = [
        new_bookmark(anchor_for_quote(document, QUOTE), document, note="n", tags=["t"]),
        new_bookmark(anchor_for_quote(document, "互联网+"), document),
    ]
    return json.loads(to_json(bookmarks))


def run_import(path, capsys) -> tuple[int, str, str]:
    code = run_bookmarks(["import", str(path)])
    out, err = capsys.readouterr()
    return code, out, err


def stored() -> int:
    with BookmarkStore() as store:
        return len(store.all())


def second(payload: dict, **anchor) -> dict:
    """The payload with the SECOND bookmark's anchor fields changed (the first one is fine)."""
    payload["bookmarks"][1]["anchor"].update(anchor)
    return payload


# (name, how to spoil a good export, words the one-line error must contain)
BAD_SHAPES = [
    ("anchor-list", lambda p: p["bookmarks"][1].update(anchor=[1, 2]), "bookmarks[1].anchor"),
    ("anchor-str", lambda p: p["bookmarks"][1].update(anchor="x"), "bookmarks[1].anchor"),
    ("start-1e30", lambda p: second(p, start=1e30), "bookmarks[1].anchor.start"),
    ("start-abc", lambda p: second(p, start="abc"), "bookmarks[1].anchor.start"),
    ("start-negative", lambda p: second(p, start=-5), "bookmarks[1].anchor.start"),
    ("version-null", lambda p: p.update(version=None), "version: must be an integer, not null"),
    ("version-abc", lambda p: p.update(version="abc"), "version"),
    ("tags-number", lambda p: p["bookmarks"][0].update(tags=5), "bookmarks[0].tags"),
    ("bad-id", lambda p: p["bookmarks"][1].update(id="not-a-uuid"), "bookmarks[1].id"),
    ("no-quote", lambda p: p["bookmarks"][1].pop("quote") and None, "is missing quote"),
    ("bookmarks-dict", lambda p: p.update(bookmarks={"a": 1}), "bookmarks: must be an array"),
    ("top-level-list", lambda p: ["not", "an", "object"], "the file: must be an object"),
    ("huge-note", lambda p: p["bookmarks"][1].update(note="长" * 200_001), "bookmarks[1].note"),
]


@pytest.mark.parametrize(("name", "spoil", "expected"), BAD_SHAPES, ids=[s[0] for s in BAD_SHAPES])
def test_bad_field_is_named_in_one_line_exit_2_nothing_imported(
    name, spoil, expected, good_payload, tmp_path, capsys
):
    payload = spoil(good_payload) or good_payload  # dict.update returns None
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
    code, out, err = run_import(path, capsys)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("briefing-viewer: error: "), err
    assert expected in err and "Traceback" not in err
    assert len(err) < 300  # never echoes a huge value back
    assert stored() == 0


def raw_file(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


RAW_SHAPES = [
    ("infinity", lambda good: good.replace(b'"start": 0', b'"start": Infinity'), "Infinity"),
    ("nan", lambda good: good.replace(b'"start": 0', b'"start": NaN'), "NaN"),
    ("1e400", lambda good: good.replace(b'"start": 0', b'"start": 1e400'), "anchor.start"),
    ("utf16", lambda good: good.decode("utf-8").encode("utf-16"), "not UTF-8"),
    ("utf16-no-bom", lambda good: good.decode("utf-8").encode("utf-16-le"), "not UTF-8"),
    ("binary", lambda good: os.urandom(4096), "not UTF-8"),
    ("gb18030", lambda good: good.decode("utf-8").encode("gb18030"), "not UTF-8"),
    ("deep-arrays", lambda good: b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    ("deep-in-note", lambda good: _deep_note(good), "nested too deeply"),
    ("truncated", lambda good: good[: len(good) // 2], "not bookmark JSON"),
    ("empty", lambda good: b"", "not bookmark JSON"),
]


def _deep_note(good: bytes) -> bytes:
    return good.replace(b'"note": "n"', b'"note": ' + b"[" * 100_000 + b"]" * 100_000)


@pytest.mark.parametrize(("name", "make", "expected"), RAW_SHAPES, ids=[s[0] for s in RAW_SHAPES])
def test_unreadable_files_are_one_line_exit_2_nothing_imported(
    name, make, expected, good_payload, tmp_path, capsys
):
    good_payload["bookmarks"][1]["anchor"]["start"] = 0
    good = json.dumps(good_payload, ensure_ascii=False, indent=1).encode("utf-8")
    assert b'"start": 0' in good
    code, out, err = run_import(raw_file(tmp_path, name, make(good)), capsys)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and expected in err and "Traceback" not in err, err
    assert stored() == 0


def test_a_huge_file_is_refused_without_reading_it(tmp_path, capsys):
    path = tmp_path / "huge.json"
    with open(path, "wb") as handle:
        handle.truncate(60 * 10**6)  # sparse: no disk used, but 60 MB long
    code, _out, err = run_import(path, capsys)
    assert code == 2 and "60 MB" in err and err.count("\n") == 1
    assert stored() == 0


def test_a_fifo_import_path_is_refused_without_blocking(tmp_path, capsys):
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    result: list = []
    worker = threading.Thread(target=lambda: result.append(run_bookmarks(["import", str(fifo)])))
    worker.start()
    worker.join(timeout=20)
    if worker.is_alive():  # it blocked in open(): unblock it so the test run can end
        with open(fifo, "wb"):
            pass
        worker.join(timeout=20)
        pytest.fail("importing a FIFO blocked")
    assert result == [2] and "not a regular file" in capsys.readouterr().err


def test_a_good_file_still_imports_and_a_newer_version_is_refused(good_payload, tmp_path, capsys):
    good = tmp_path / "good.json"
    good.write_text(json.dumps(good_payload, ensure_ascii=False), encoding="utf-8")
    assert run_import(good, capsys)[1].strip() == "Imported 2 bookmarks (0 already present)."
    good_payload["version"] = 2
    good_payload["bookmarks"][0]["id"] = "6f1c2f1e-0000-4000-8000-000000000001"
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps(good_payload, ensure_ascii=False), encoding="utf-8")
    code, _out, err = run_import(newer, capsys)
    assert code == 2 and "newer Briefing Viewer" in err
    assert stored() == 2
