"""`briefing-viewer` without a path reopens what the reader had open when they closed it: a
document, or a library folder with the law they were reading in it. What has gone since falls
back to the bundled briefing with a note, never an error dialog (trial D9)."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import BRIEFING, open_and_wait
from tests.ui.library.test_library_panels import make_library
from viewer.cli.main import build_parser
from viewer.core.base.paths import app_paths

pytestmark = pytest.mark.gui


def first_session(qtbot, *paths):
    """A window that opens `paths` in turn (a folder as a library), then is closed."""
    from viewer.ui.library.docks import open_library
    from viewer.ui.window.main_window import MainWindow

    window = MainWindow(theme_mode="light")
    qtbot.addWidget(window)
    window.show()
    for path in paths:
        if path.is_dir():
            with qtbot.waitSignal(window_library(window).indexing_finished, timeout=30_000):
                open_library(window, path)
        else:
            open_and_wait(qtbot, window, path)
    close(window)


def window_library(window):
    from viewer.ui.library.docks import install_library

    return install_library(window)


def close(window) -> None:
    from viewer.ui.common.workers import wait_for_all

    library = getattr(window, "library", None)
    if library is not None:
        library.shutdown()
    wait_for_all(30_000)
    window.close()  # saves the settings, as quitting does


def relaunch(qtbot, monkeypatch, shown) -> dict:
    """Start the app with no path (same data dir); once `shown(window)`, what the reader sees."""
    from viewer.ui.common.dialogs import crash
    from viewer.ui.window import app as app_module
    from viewer.ui.window.main_window import MainWindow

    monkeypatch.setattr(crash, "install_excepthook", lambda fatal=False: None)  # pytest-qt's
    monkeypatch.setattr(app_module, "_quiet_harmless_qt_messages", lambda: None)
    seen: dict = {}

    def event_loop(_app) -> int:
        (window,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)
                     and w.isVisible()]  # fmt: skip
        qtbot.waitUntil(lambda: shown(window), timeout=30_000)
        document = window.current_document
        library = getattr(window, "library", None)
        seen["document"] = document.path if document is not None else None
        seen["library"] = library.root if library is not None else None
        seen["note"] = window.info_bar.label.text() if window.info_bar.isVisible() else ""
        if library is not None:
            qtbot.waitUntil(lambda: not library.indexing, timeout=30_000)
        close(window)
        return 0

    monkeypatch.setattr(QApplication, "exec", event_loop)
    args = build_parser().parse_args(["--theme", "light"])
    assert app_module.run_app(args, console=True) == 0
    return seen


def has_document(window) -> bool:
    return window.current_document is not None and window.chrome_built


def test_a_relaunch_without_a_path_reopens_the_last_document(qtbot, monkeypatch, sample_md):
    first_session(qtbot, sample_md)
    seen = relaunch(qtbot, monkeypatch, has_document)
    assert seen["document"] == sample_md.resolve() and seen["note"] == ""


def test_a_relaunch_reopens_the_last_library_with_the_law_read_in_it(qtbot, monkeypatch, tmp_path):
    folder = make_library(tmp_path / "lib")
    law = folder / "经济法" / "电子商务法(2018-08-31).md"
    first_session(qtbot, folder, law)
    seen = relaunch(qtbot, monkeypatch, has_document)
    assert seen["library"] == folder.resolve() and seen["document"] == law.resolve()


@pytest.mark.parametrize("gone", ["document", "folder", "unreadable"])
def test_what_was_open_last_has_gone_the_briefing_opens_with_a_note(
    qtbot, monkeypatch, tmp_path, captured_dialogs, gone
):
    last = tmp_path / ("laws" if gone == "folder" else "law.md")
    if gone == "unreadable":  # still there, but no longer a document
        last.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    settings_file = app_paths().settings_file  # as the last session left it
    settings_file.parent.mkdir(parents=True, exist_ok=True)
    settings_file.write_text(json.dumps({"last_opened": str(last)}), encoding="utf-8")
    seen = relaunch(qtbot, monkeypatch, has_document)
    assert seen["document"] == BRIEFING.resolve() and seen["library"] is None
    assert str(last) in seen["note"] and "the briefing is shown instead" in seen["note"]
    assert captured_dialogs == []  # no error for a file the reader did not ask for this time


def test_a_document_opened_beside_a_library_is_what_reopens(
    qtbot, monkeypatch, tmp_path, sample_md
):
    """A library open and then a document from elsewhere (Ctrl+O): the document was the reading
    of the moment, and a relaunch reopened the library instead (trial, round 6)."""
    folder = make_library(tmp_path / "lib")
    first_session(qtbot, folder, sample_md)
    seen = relaunch(qtbot, monkeypatch, has_document)
    assert seen["document"] == sample_md.resolve() and seen["note"] == ""


def test_the_last_law_renamed_the_library_reopens_with_a_note(qtbot, monkeypatch, tmp_path):
    """The folder reopened on its placeholder without a word about the law read last."""
    folder = make_library(tmp_path / "lib")
    law = folder / "经济法" / "电子商务法(2018-08-31).md"
    first_session(qtbot, folder, law)
    law.rename(law.with_name("电子商务法.md"))

    def library_with_note(window) -> bool:
        return getattr(window, "library", None) is not None and window.info_bar.isVisible()

    seen = relaunch(qtbot, monkeypatch, library_with_note)
    assert seen["library"] == folder.resolve() and seen["document"] is None
    assert "电子商务法(2018-08-31).md" in seen["note"]
    assert "can no longer be opened" in seen["note"]
