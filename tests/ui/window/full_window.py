"""A main window with everything a reader meets in it: every feature installed, the briefing
open, a search with results, two bookmarks, and (on request) a library of generated laws.

Shared by the interface-language and accessibility tests, which walk what this window shows.
It also returns the document content it put on screen, so the language checks can tell the
document's own words (which are Chinese in both interfaces) from the interface's.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from tests.ui.conftest import BRIEFING, open_and_wait

QUERY = "互联网"
QUOTES = ("微信红包的模式也可以复制在保险业", "深圳将支持互联网金融企业开展业务创新")
NOTE = "保险与社交"
LAWS = {
    "宪法相关法/中华人民共和国国旗法.md": "中华人民共和国国旗法",
    "经济法/中华人民共和国电子商务法(2018-08-31).md": "中华人民共和国电子商务法",
    "经济法/中华人民共和国电子商务法(2020-01-01).md": "中华人民共和国电子商务法",
}
TIMEOUT = 30_000
SHOTS_ENV = "BRIEFING_VIEWER_SHOTS"  # a folder: the language test saves screenshots there
SHOT_DOCKS = {"search": "searchDock", "bookmarks": "bookmarksDock", "library": "libraryDock"}


@dataclass
class Shown:
    """What the window holds, and every piece of document content it may show."""

    controllers: dict = field(default_factory=dict)
    content: set[str] = field(default_factory=set)


def make_laws(root: Path) -> Path:
    """A few small laws in category folders (one title in two versions)."""
    for relative, title in LAWS.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(
            f"# {title}\n\n## 第一章 总则\n\n第一条 为了规范{title[7:]}相关活动，制定本法。\n\n"
            "第二条 本法自公布之日起施行。\n\n## 第二章 附则\n\n"
            "第三条 依照本法第一条的规定执行。\n",
            encoding="utf-8",
        )
    return root


def document_window(qtbot, window) -> Shown:
    """Install the features, open the briefing, search and bookmark; wait for each."""
    from viewer.ui.common.feature_docks import reserve_feature_docks
    from viewer.ui.window.app import _install_features

    reserve_feature_docks(window)
    search = _install_features(window)
    bookmarks = window.bookmarks
    with qtbot.waitSignal(bookmarks.refreshed, timeout=TIMEOUT):
        document = open_and_wait(qtbot, window, BRIEFING)
    qtbot.waitUntil(lambda: search.ready, timeout=TIMEOUT)
    window.search_actions["find"].trigger()  # Ctrl+F: the search panel comes forward
    with qtbot.waitSignal(search.search_finished, timeout=TIMEOUT):
        search.panel.box.setText(QUERY)
    for quote in QUOTES:
        bookmarks.library.add_quote(document, quote, note=NOTE)
    with qtbot.waitSignal(bookmarks.refreshed, timeout=TIMEOUT):
        bookmarks.refresh()
    shown = Shown({"search": search, "bookmarks": bookmarks})
    shown.content |= {document.title, BRIEFING.name, BRIEFING.stem, QUERY, NOTE, *QUOTES}
    shown.content |= {pane.title for pane in document.panes}
    shown.content |= {str(value) for value in document.metadata.values() if value}
    return shown


def library_window(qtbot, window, folder: Path, shown: Shown) -> Shown:
    """Open `folder` as a library in the same window and wait until it is indexed."""
    from viewer.ui.library.docks import install_library, open_library

    library = install_library(window)
    with qtbot.waitSignal(library.indexing_finished, timeout=TIMEOUT):
        open_library(window, folder)
    shown.controllers["library"] = library
    shown.content |= set(LAWS.values()) | {folder.name, str(folder)}
    for relative in LAWS:
        shown.content |= {Path(relative).stem, Path(relative).name, *Path(relative).parts}
    return shown


def save_screenshots(window, code: str) -> list[Path]:
    """With BRIEFING_VIEWER_SHOTS=<folder>: the window and its main panels, as PNG files named
    after the interface language (window-zh.png, search-zh.png, ...). Nothing otherwise."""
    import os

    from PySide6.QtWidgets import QApplication, QDockWidget

    folder = os.environ.get(SHOTS_ENV)
    if not folder:
        return []
    Path(folder).mkdir(parents=True, exist_ok=True)
    saved = []
    for name, dock_name in SHOT_DOCKS.items():
        dock = window.findChild(QDockWidget, dock_name)
        dock.raise_()
        QApplication.processEvents()  # the raised tab is laid out before the grab
        saved.append(Path(folder) / f"{name}-{code}.png")
        dock.grab().save(str(saved[-1]))
    window.findChild(QDockWidget, SHOT_DOCKS["search"]).raise_()
    QApplication.processEvents()
    saved.append(Path(folder) / f"window-{code}.png")
    window.grab().save(str(saved[-1]))
    return saved


def capture_popup(qtbot, window, key, modifier=None):
    """Press `key` in the window and return the texts of the popup menu it opened (closed)."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    modifier = Qt.KeyboardModifier.NoModifier if modifier is None else modifier
    seen: list[list[str]] = []

    def grab() -> None:
        popup = QApplication.activePopupWidget()
        if popup is not None and not seen:
            seen.append([a.text() for a in popup.actions()])
            popup.close()

    watch = QTimer()
    watch.timeout.connect(grab)  # also runs inside the menu's own event loop if it blocks
    watch.start(10)
    try:
        # through the window system, as a real key press (shortcuts, the Menu key)
        QTest.keyClick(window.windowHandle(), key, modifier)
        qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    finally:
        watch.stop()
    return seen[0]
