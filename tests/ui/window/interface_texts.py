"""Every interface string a window shows, with where it is shown, and the checks on them.

`window_texts(window)` walks the menu bar (titles, action texts, tool tips, status tips), every
widget (text, title, placeholder, tool tip, accessible name and description, window title,
tab and header labels, combo items, dock titles) and the status bar. Document content is left
out by where it is shown: the reading views, the cells of item views (topics, outline, search
results, bookmarks, library rows), the Go menu's topic entries and the recent files. Content
that interface strings quote (a title in the window title, a file name in a status message)
is replaced by "…" using the exact strings the test put on screen.
"""

from __future__ import annotations

import re
from collections import defaultdict

from PySide6.QtGui import QAction, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QTextEdit,
    QWidget,
)

# Names that stay as they are in Chinese: formats, key names, the language's own name.
ALLOWED_LATIN = {
    "PDF", "Word", "HTML", "Markdown", "DOCX", "URL", "English", "JSON", "CSV",
    "Ctrl", "Shift", "Alt", "Meta", "Esc", "Del", "Delete", "Ins", "PgUp", "PgDown", "PgDn",
    "Home", "End", "Tab", "Enter", "Return", "Space", "Backspace", "Menu",
    # the query language's own words and its width-folding example, typed as they are
    "OR", "NOT", "AND", "pane", "abc",
}  # fmt: skip
# Places whose Chinese is an example of what the reader types into a Chinese document's search,
# address or tag box (query syntax, 第26条): document content, kept in the English interface.
EXAMPLE_PLACES = re.compile(
    r"#searchBox \[toolTip\]|#searchHelp \[toolTip\]|#articleOutline/QLineEdit \[placeholder\]"
    r"|«Go to Article…» QInputDialog / QLabel|#bookmarkTags \[placeholder\]"
)
ALLOWED_CHINESE = ("中文（简体）",)
_EXTENSION = re.compile(r"\*?\.[A-Za-z0-9]{1,8}\b")
_KEY = re.compile(r"\bF\d{1,2}\b|\b(?:Ctrl|Shift|Alt|Meta)(?:\+\w+)+")
# "(&F)" in a Chinese menu text; "(F)" in the tooltip Qt derives from it
_ACCELERATOR = re.compile(r"[(（]&?[A-Za-z0-9][)）]")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
_CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff5e]")


def plain(text: str) -> str:
    """Rich text as it reads; '&' accelerators (and Chinese-style "(&F)") and the '\t'
    shortcut column left out."""
    if "<" in text and ">" in text:
        doc = QTextDocument()
        doc.setHtml(text)
        text = doc.toPlainText()
    text = _ACCELERATOR.sub("", text)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").split("\t")[0]


def latin_words(text: str) -> list[str]:
    text = _KEY.sub(" ", _EXTENSION.sub(" ", text))
    text = text.replace("GB/T", " ")  # a national standard's designation, so in Chinese too
    return [w for w in _LATIN_WORD.findall(text) if w not in ALLOWED_LATIN]


def chinese_chars(text: str) -> list[str]:
    for name in ALLOWED_CHINESE:
        text = text.replace(name, " ")
    return _CJK.findall(text)


def offenders(texts: list[tuple[str, str]], code: str) -> dict[str, list[str]]:
    """Where -> the texts that are in the wrong language for interface `code`."""
    found: dict[str, list[str]] = defaultdict(list)
    for where, text in texts:
        if code == "en" and EXAMPLE_PLACES.search(where):
            continue
        wrong = latin_words(text) if code == "zh" else chinese_chars(text)
        if wrong and text not in found[where]:
            found[where].append(text)
    return dict(found)


def report(found: dict[str, list[str]], code: str) -> str:
    total = sum(len(texts) for texts in found.values())
    lines = [f"{total} untranslated string(s) in the {code} interface, by place:"]
    for where in sorted(found):
        lines.append(f"  {where}")
        lines += [f"      {text!r}" for text in found[where]]
    return "\n".join(lines)


class TextWalk:
    """Collects (where, text) pairs; `content` strings are masked, content widgets skipped."""

    def __init__(self, content: set[str], content_widgets: set[int]):
        self.texts: list[tuple[str, str]] = []
        # quoted content shows its own quotation marks as single ones (“…‘小马哥’…”)
        nested = {c.replace("“", "‘").replace("”", "’") for c in content if c}
        pieces = (c for c in content | nested if c and len(c) > 1)
        self._content = sorted(pieces, key=len, reverse=True)
        self._content_widgets = content_widgets

    def add(self, where: str, text: str | None) -> None:
        text = plain(text or "")
        for piece in self._content:
            text = text.replace(piece, "…")
        if text.strip(" …"):
            self.texts.append((where, text))

    # --- menus ------------------------------------------------------------------------------
    def menu(self, menu: QMenu, where: str, skip: set[int]) -> None:
        self.add(f"{where} (title)", menu.title())
        for action in menu.actions():
            if action.isSeparator() or id(action) in skip:
                continue
            if action.menu() is not None:
                self.menu(action.menu(), f"{where} › {plain(action.menu().title())}", skip)
                continue
            self.action(action, f"{where} › {plain(action.text()) or action.objectName()}")

    def action(self, action: QAction, where: str) -> None:
        self.add(f"{where} [text]", action.text())
        if action.toolTip() != plain(action.text()):  # Qt's default tool tip is the text
            self.add(f"{where} [toolTip]", action.toolTip())
        self.add(f"{where} [statusTip]", action.statusTip())
        self.add(f"{where} [whatsThis]", action.whatsThis())

    # --- widgets ----------------------------------------------------------------------------
    def widget_tree(self, root: QWidget, where: str) -> None:
        self.widget(root, where)
        for child in root.findChildren(QWidget):
            if self._shown(child, root):
                self.widget(child, f"{where} / {path_of(child, root)}")

    def _shown(self, widget: QWidget, root: QWidget) -> bool:
        """Not hidden by itself or an ancestor below `root`, docks' tabs aside (raised in turn)."""
        while widget is not None and widget is not root:
            if widget.isHidden() and not isinstance(widget, QDockWidget):
                return False
            if id(widget) in self._content_widgets:
                return False
            widget = widget.parentWidget()
        return True

    def widget(self, widget: QWidget, where: str) -> None:
        self.add(f"{where} [toolTip]", widget.toolTip())
        self.add(f"{where} [accessibleName]", widget.accessibleName())
        self.add(f"{where} [accessibleDescription]", widget.accessibleDescription())
        self.add(f"{where} [statusTip]", widget.statusTip())
        if widget.isWindow():
            self.add(f"{where} [windowTitle]", widget.windowTitle())
        if isinstance(widget, QDockWidget):
            self.add(f"{where} [title]", widget.windowTitle())
        elif isinstance(widget, (QAbstractButton, QLabel)):
            self.add(f"{where} [text]", widget.text())
        elif isinstance(widget, QLineEdit):
            self.add(f"{where} [placeholder]", widget.placeholderText())  # its text is input
        elif isinstance(widget, QGroupBox):
            self.add(f"{where} [title]", widget.title())
        elif isinstance(widget, QComboBox):
            for row in range(widget.count()):
                self.add(f"{where} [item {row}]", widget.itemText(row))
        elif isinstance(widget, QTabBar):
            for tab in range(widget.count()):
                self.add(f"{where} [tab {tab}]", widget.tabText(tab))
                self.add(f"{where} [tab {tab} toolTip]", widget.tabToolTip(tab))
        elif isinstance(widget, QHeaderView) and widget.model() is not None:
            self._header(widget, where)
        elif isinstance(widget, QTextEdit) and not isinstance(widget, QAbstractItemView):
            self.add(f"{where} [text]", widget.toPlainText())
            self.add(f"{where} [placeholder]", widget.placeholderText())

    def _header(self, header: QHeaderView, where: str) -> None:
        from PySide6.QtCore import Qt

        model, orientation = header.model(), header.orientation()
        count = model.columnCount() if orientation == Qt.Orientation.Horizontal else 0
        for section in range(count):
            if not header.isSectionHidden(section):
                self.add(f"{where} [header {section}]", model.headerData(section, orientation))


def path_of(widget: QWidget, root: QWidget) -> str:
    """A readable path: class names with object names, from `root` down to `widget`."""
    parts = []
    while widget is not None and widget is not root:
        name = widget.objectName()
        parts.append(f"{type(widget).__name__}#{name}" if name else type(widget).__name__)
        widget = widget.parentWidget()
    return "/".join(reversed(parts))
