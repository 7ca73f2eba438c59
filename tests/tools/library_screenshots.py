"""Screenshots of the library with a search, in each language and at two window sizes.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/tools/library_screenshots.py \
        LIBRARY QUERY OUT_DIR [zh|en ...]

The window opens LIBRARY as the app does (`python -m viewer LIBRARY --lang ...`), indexes it,
searches QUERY in the Library search panel and opens the first passage found. Writes
library-<lang>-<width>x<height>.png for 1024x700 and 1366x768.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from viewer.core.base import paths

SIZES = ((1024, 700), (1366, 768))


def wait_until(condition, timeout_ms: int = 120_000) -> None:
    loop, waited = QEventLoop(), 0
    while not condition() and waited < timeout_ms:
        QTimer.singleShot(50, loop.quit)
        loop.exec()
        waited += 50
    if not condition():
        raise TimeoutError("the window did not get there")


def settle(ms: int = 300) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def shoot(app, library: Path, query: str, out: Path, code: str, size) -> None:
    """One window, opened at `size` as the app opens on a screen that size."""
    from viewer.cli.main import build_parser
    from viewer.ui.common import window_fit
    from viewer.ui.common.hit_list import HIT_ROLE
    from viewer.ui.library.result_rows import DOC_ROLE
    from viewer.ui.window.app import open_window

    args = build_parser().parse_args([str(library), "--lang", code, "--theme", "light"])
    window = open_window(app, args, library, None, None)
    window.resize(*size)  # before the first paint, after which the library's panels come
    wait_until(lambda: getattr(window, "library", None) is not None)
    controller = window.library
    wait_until(lambda: controller.index is not None and not controller.indexing)
    # the offscreen screen is 800 pixels wide: share the width as on a screen of `size`
    window_fit.balance_docks(window)
    panel = controller.panel
    panel.box.setText(query)
    panel.box.returnPressed.emit()
    wait_until(lambda: panel.results.topLevelItemCount() > 0)
    first = panel.results.topLevelItem(0)
    controller.show_hit(first.data(0, DOC_ROLE), first.child(0).data(0, HIT_ROLE))
    wait_until(lambda: window.current_document is not None)
    settle()
    window.grab().save(str(out / f"library-{code}-{size[0]}x{size[1]}.png"))
    controller.shutdown()
    window.close()
    window.deleteLater()


def main(library: Path, query: str, out: Path, codes: list[str]) -> None:
    app = QApplication.instance() or QApplication([])
    from viewer.ui.common.fonts import ui_font

    app.setFont(ui_font())
    paths.set_data_dir(tempfile.mkdtemp(prefix="library-shots-"))  # indexed once, then reused
    for code in codes or ["zh", "en"]:
        for size in SIZES:
            shoot(app, library, query, out, code, size)


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3]), sys.argv[4:])
