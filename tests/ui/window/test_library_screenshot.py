"""`--screenshot PNG FOLDER`: a folder is a valid input; the shot shows the listed library."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from tests.ui.library.test_library_panels import LAW, make_library

pytestmark = pytest.mark.gui


def run_viewer(tmp_path, *args, timeout=50):
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=str(runtime))
    env.pop("BRIEFING_VIEWER_DATA_DIR", None)
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "viewer", "--data-dir", str(tmp_path / "data"), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
    )
    return result, time.monotonic() - started


def test_screenshot_of_a_folder_finishes_and_shows_the_library(tmp_path):
    from PySide6.QtGui import QImage

    folder = make_library(tmp_path / "lib")
    out = tmp_path / "library.png"
    result, seconds = run_viewer(
        tmp_path, str(folder), "--screenshot", str(out), "--size", "1024x700"
    )
    assert result.returncode == 0, result.stderr
    assert seconds < 15  # it used to wait for a document until the 60 s time-out (~1.1 s now)
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1024, 700)


NEWER_LAW = LAW.replace("第一条 为了", "第一条 （2024年修正）为了")


def folder_shot(qtbot, monkeypatch, folder, query) -> dict:
    """`--screenshot PNG --search QUERY FOLDER` in this process: what the results panel says
    and lists when the shot is taken."""
    from PySide6.QtWidgets import QApplication

    from viewer.cli.main import build_parser
    from viewer.ui.common import screenshot
    from viewer.ui.common.hit_list import HIT_ROLE
    from viewer.ui.common.workers import wait_for_all
    from viewer.ui.window.app import open_window, parse_size

    shot: dict = {}

    def save(window, _path) -> int:
        panel = window.library.panel
        shot["message"] = panel.message.text()
        shot["documents"] = [
            panel.results.topLevelItem(i).text(0).split(" — ")[0]
            for i in range(panel.results.topLevelItemCount())
        ]
        first = panel.results.topLevelItem(0)
        hit = first.child(0).data(0, HIT_ROLE) if first and first.childCount() else None
        shot["address"] = getattr(hit, "address", "")  # 第二章 › 第二条: found after the rows
        return 0

    app = QApplication.instance()
    monkeypatch.setattr(screenshot, "save_screenshot", save)
    monkeypatch.setattr(screenshot, "SCREENSHOT_TIMEOUT_MS", 2**31 - 1)  # not in this session
    monkeypatch.setattr(
        type(app), "exit", staticmethod(lambda code=0: shot.setdefault("exit", code))
    )
    args = build_parser().parse_args(
        [str(folder), "--screenshot", "out.png", "--search", query, "--theme", "light"]
    )
    window = open_window(app, args, folder, None, parse_size("1024x700"))
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(lambda: "exit" in shot, timeout=30_000)
    finally:
        window.library.shutdown()
        wait_for_all(30_000)
        window.close()
    assert shot["exit"] == 0
    return shot


def test_a_folder_shot_with_a_query_shows_its_results_not_searching(qtbot, monkeypatch, tmp_path):
    """A folder never indexed (a fresh data dir): the shot waits for its index and the answer."""
    folder = make_library(tmp_path / "lib")
    shot = folder_shot(qtbot, monkeypatch, folder, "电子签名")
    assert shot["message"].startswith("1 document ·")  # not "Searching…", nor "0 of 5 searched"
    assert shot["documents"] == ["中华人民共和国电子商务法"] and shot["address"]


def test_a_folder_shot_waits_for_the_query_to_leave_out_superseded_versions(
    qtbot, monkeypatch, tmp_path
):
    """The versions are known after the listing, and the query asks again without the old one:
    the shot shows that answer (once "Searching…", or the old version listed too)."""
    from viewer.core.library.index import LibraryIndex

    folder = make_library(tmp_path / "lib")
    (folder / "经济法" / "电子商务法(2024-06-01).md").write_text(NEWER_LAW, encoding="utf-8")
    LibraryIndex(folder).update(procs=1)  # indexed before, by another window
    shot = folder_shot(qtbot, monkeypatch, folder, "电子签名")
    assert shot["message"].startswith("1 document ·")  # not "Searching…"
    assert shot["documents"] == ["中华人民共和国电子商务法"]  # one: the 2024 version


def test_a_big_folder_indexed_for_too_long_is_shot_with_the_answer_so_far(
    qtbot, monkeypatch, tmp_path
):
    """The wait for a first index is bounded (a whole corpus takes about a minute): past it the
    shot shows what was searched so far, never "Searching…", and does not time out."""
    from viewer.ui.library import first_results

    monkeypatch.setattr(first_results, "INDEX_WAIT_MS", 0)
    shot = folder_shot(qtbot, monkeypatch, make_library(tmp_path / "lib"), "电子签名")
    assert "Searching…" not in shot["message"] and shot["message"]


def test_a_folder_shot_waits_for_the_exact_count(qtbot, monkeypatch, tmp_path):
    """A first page's count is a lower bound ("20+ documents") until the exact one is worked out
    after the rows: a shot of a folder changed since its index showed "20+" (trial, round 6)."""
    from viewer.core.library.index import LibraryIndex

    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(150):  # enough for a first page to stop counting (45 are counted at once)
        article = "第{k}条 国务院有关部门依照本规定负责第{n}项工作。"
        body = "\n\n".join(article.format(k=k, n=n) for k in range(1, 6))
        (folder / f"规定{n:02d}.md").write_text(f"# 规定{n:02d}\n\n{body}\n", encoding="utf-8")
    LibraryIndex(folder).update(procs=1)
    with (folder / "规定00.md").open("a", encoding="utf-8") as changed:
        changed.write("\n第六条 本规定自公布之日起施行。\n")
    from viewer.core.library.search import LibrarySearch

    counted = LibrarySearch.exact_total

    def slow_exact_total(self, *args, **kwargs):  # a big folder's count takes a while
        time.sleep(0.5)
        return counted(self, *args, **kwargs)

    monkeypatch.setattr(LibrarySearch, "exact_total", slow_exact_total)
    shot = folder_shot(qtbot, monkeypatch, folder, "国务院 工作")
    assert shot["message"].startswith("150 documents ·"), shot["message"]
