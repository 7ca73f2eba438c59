"""Screenshots of the articles features, made offscreen from a library folder.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/tools/article_screenshots.py LIBRARY OUT_DIR

LIBRARY must hold 电子签名法(2019-04-23).md (the outline and cited-by shots) and
最高人民法院关于适用《民事诉讼法》的解释(2022-04-01).md with the 民事诉讼法 it cites (the hover
card). Writes articles-outline.png, articles-hover.png and articles-cited-by.png.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QPoint, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDockWidget

from viewer.core.base import paths


def wait_until(condition, timeout_ms: int = 120_000) -> None:
    loop, waited = QEventLoop(), 0
    while not condition() and waited < timeout_ms:
        QTimer.singleShot(50, loop.quit)
        loop.exec()
        waited += 50
    if not condition():
        raise TimeoutError("the window did not get there")


def open_document(window, controller, path: Path) -> None:
    window.open_document(path)
    wait_until(lambda: window.current_document is not None and window.current_document.path == path)
    wait_until(lambda: controller.reading is not None)


def raise_dock(window, name: str) -> None:
    window.findChild(QDockWidget, name).raise_()


def hover(window, controller, needle: str) -> None:
    view = window.current_view()
    text = view.document().toPlainText()
    cursor = QTextCursor(view.document())
    cursor.setPosition(text.index(needle) + 3)
    view.setTextCursor(cursor)
    view.ensureCursorVisible()
    point = view.cursorRect(cursor).center() + QPoint(2, 0)
    QTest.mouseMove(view.viewport(), point)
    wait_until(controller.card.isVisible, 5000)


def main(library: Path, out: Path) -> None:
    paths.set_data_dir(tempfile.mkdtemp(prefix="article-shots-"))
    app = QApplication.instance() or QApplication([])
    from viewer.ui.articles.controller import install_articles
    from viewer.ui.library.docks import install_library, open_library
    from viewer.ui.window.main_window import MainWindow

    window = MainWindow(theme_mode="light")
    window.resize(1400, 860)
    window.show()
    library_panel = install_library(window)
    controller = install_articles(window)
    done = []
    library_panel.indexing_finished.connect(lambda *_: done.append(True))
    open_library(window, library)
    wait_until(lambda: done)
    law = library / "电子签名法(2019-04-23).md"
    open_document(window, controller, law)
    raise_dock(window, "articlesDock")
    window.show_pane(window.current_document.panes[1].id)
    window.grab().save(str(out / "articles-outline.png"))
    raise_dock(window, "citedByDock")
    wait_until(lambda: controller.cited_by.tree.topLevelItemCount() > 0)
    controller.cited_by.tree.expandAll()
    window.grab().save(str(out / "articles-cited-by.png"))
    open_document(
        window, controller, library / "最高人民法院关于适用《民事诉讼法》的解释(2022-04-01).md"
    )
    assert controller.go_to("第二百零八条")
    app.processEvents()
    hover(window, controller, "民事诉讼法第一百二十二条")
    window.grab().save(str(out / "articles-hover.png"))
    library_panel.shutdown()


if __name__ == "__main__":
    main(Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve())
