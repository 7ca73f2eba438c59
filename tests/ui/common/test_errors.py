"""Unexpected errors are logged with their traceback; the console twin reports bad paths."""

from __future__ import annotations

import sys

import pytest

from viewer.core.base.paths import app_paths

pytestmark = pytest.mark.gui


def _raise_and_report():
    try:
        raise RuntimeError("kaputt")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())


def test_excepthook_logs_and_shows_copyable_details(qapp, monkeypatch):
    from viewer.ui.common.dialogs import crash

    shown = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    monkeypatch.setattr(crash, "show_crash_dialog", lambda *args: shown.append(args))
    crash.install_excepthook(fatal=False)
    _raise_and_report()
    log = (app_paths().logs / crash.LOG_NAME).read_text(encoding="utf-8")
    assert "RuntimeError: kaputt" in log and "Traceback" in log
    summary, details, log_path = shown[0]
    assert summary == "RuntimeError: kaputt"
    assert "_raise_and_report" in details
    assert log_path == app_paths().logs / crash.LOG_NAME


def test_fatal_errors_exit_instead_of_a_dialog(qapp, monkeypatch, capsys):
    from viewer.ui.common.dialogs import crash

    exits = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(crash, "show_crash_dialog", lambda *a: pytest.fail("no dialog"))
    monkeypatch.setattr(qapp, "exit", exits.append)
    crash.install_excepthook(fatal=True)
    _raise_and_report()
    assert exits == [crash.EXIT_CRASH]
    assert "RuntimeError: kaputt" in capsys.readouterr().err


def _write(path, data: bytes):
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda p: p / "missing.md", "not found"),
        (lambda p: _write(p / "e.md", b""), "empty"),
        (lambda p: _write(p / "b.md", b"\x00\x01\x02" * 100), "binary"),
    ],
)
def test_console_twin_prints_one_line_and_exits_2(tmp_path, capsys, make, expected):
    from viewer.cli.main import main

    code = main([str(make(tmp_path))])
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1
    assert expected in err.lower()
