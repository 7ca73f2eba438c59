"""Help › User Guide: the offline guide (resources/guide/guide_<lang>.md) in a window of its own.

The guide is parsed like any document (viewer.core.document) and shown in a TopicPane, the
reader's safe view: it loads no resource named by the content (images get a placeholder, no
file or network read) and follows no link itself. Here `#anchors` go to the heading or section
they name; an http(s) address is shown below the text to copy, never opened. The table of
contents lists the sections (`##`) and their headings (`###`). The guide follows the interface
language, also while it is open.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import resources

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from viewer.core.document.markdown_model import parse_document
from viewer.core.document.model import Document
from viewer.ui.common import i18n, window_fit
from viewer.ui.common.i18n import translate
from viewer.ui.document.topic_pane import TopicPane

TARGET_ROLE = Qt.ItemDataRole.UserRole  # (pane id, passage id or "")


def guide_markdown(code: str) -> str:
    """The guide's Markdown in language `code` ("zh" or "en")."""
    name = f"guide_{'zh' if code == 'zh' else 'en'}.md"
    return resources.files("viewer.resources").joinpath("guide", name).read_text("utf-8")


def _slug(text: str) -> str:
    from markdown.extensions.toc import slugify_unicode

    return slugify_unicode(text, "-")


def _css(widget: QWidget) -> str:
    dark = widget.palette().window().color().lightness() < 128
    base = resources.files("viewer.resources")
    theme = "markdown-dark.css" if dark else "markdown-light.css"
    return base.joinpath("markdown.css").read_text("utf-8") + base.joinpath(theme).read_text(
        "utf-8"
    )


class GuideWindow(QDialog):
    def __init__(self, parent: QWidget | None = None, source: Callable[[str], str] = None):
        super().__init__(parent)
        self.setObjectName("userGuide")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint)
        window_fit.fit_dialog(self, 980, 720, parent)
        self._source = source or guide_markdown
        self.document: Document | None = None
        self.language = ""
        self.contents = QTreeWidget()
        self.contents.setObjectName("guideContents")
        self.contents.setHeaderHidden(True)
        self.contents.currentItemChanged.connect(self._on_contents)
        self.view = TopicPane()
        self.view.setObjectName("guideText")
        self.view.anchorClicked.connect(self._on_link)
        self.view.external_link_requested.connect(self._show_address)
        self.address = QLabel()
        self.address.setObjectName("guideAddress")
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.address.hide()
        splitter = QSplitter()
        splitter.addWidget(self.contents)
        splitter.addWidget(self.view)
        splitter.setSizes([260, 720])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.address)
        layout.addWidget(buttons)
        i18n.live(self, self._texts)

    def follow_zoom(self, zoom) -> None:
        """Read at the window's zoom (Ctrl+= / Ctrl+-), as documents are."""
        self.view.set_zoom(zoom if isinstance(zoom, int) else 0)

    def _texts(self) -> None:
        self.setWindowTitle(translate("Help", "User Guide"))
        self.contents.setAccessibleName(translate("Help", "Contents"))
        self.contents.setAccessibleDescription(
            translate("Help", "The guide's sections: choose one to read it")
        )
        self.view.setAccessibleName(translate("Help", "User guide text"))
        self.view.setAccessibleDescription(translate("Help", "The section chosen in the contents"))
        self.close_button.setText(translate("Help", "Close"))
        self.close_button.setAccessibleDescription(translate("Help", "Close the guide"))
        self.load(i18n.current())

    def load(self, code: str) -> None:
        """Show the guide in language `code`, at the section that was open (by position)."""
        row = self._section_row()
        self.language = code
        self.document = parse_document(self._source(code))
        self.address.hide()
        self.contents.blockSignals(True)
        self.contents.clear()
        for pane in self.document.panes:
            section = QTreeWidgetItem(self.contents, [pane.title])
            section.setData(0, TARGET_ROLE, (pane.id, ""))
            for heading in pane.headings:
                if heading.level >= 3 and heading.text != pane.title:
                    item = QTreeWidgetItem(section, [heading.text])
                    item.setData(0, TARGET_ROLE, (pane.id, heading.passage_id))
        self.contents.expandAll()
        self.contents.blockSignals(False)
        top = self.contents.topLevelItem(min(row, self.contents.topLevelItemCount() - 1))
        if top is not None:
            self.contents.setCurrentItem(top)

    def _section_row(self) -> int:
        item = self.contents.currentItem()
        while item is not None and item.parent() is not None:
            item = item.parent()
        return self.contents.indexOfTopLevelItem(item) if item is not None else 0

    def _on_contents(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        if item is not None:
            self.go_to(*item.data(0, TARGET_ROLE))

    def go_to(self, pane_id: str, passage_id: str = "") -> None:
        pane = self.document.pane(pane_id) if self.document else None
        if pane is None:
            return
        if self.view.pane is not pane:
            self.view.show_pane(pane, _css(self))
        if passage_id:
            self.view.scroll_to_passage(passage_id)
        else:
            self.view.verticalScrollBar().setValue(0)

    def shown_pane_id(self) -> str:
        return self.view.pane.id if self.view.pane else ""

    def _on_link(self, url: QUrl) -> None:
        """`#name`: the section or heading called so (its slug, as Markdown's toc makes it)."""
        if url.scheme() or url.path() or not url.hasFragment() or self.document is None:
            return
        wanted = url.fragment()
        for pane in self.document.panes:
            if pane.id == wanted:
                self._select(pane.id, "")
                return
            for heading in pane.headings:
                if _slug(heading.text) == wanted:
                    self._select(pane.id, heading.passage_id)
                    return

    def _select(self, pane_id: str, passage_id: str) -> None:
        """Go there through the contents, so its selection follows the text."""
        for item in _items(self.contents):
            if item.data(0, TARGET_ROLE) == (pane_id, passage_id):
                self.contents.setCurrentItem(item)
                return
        self.go_to(pane_id, passage_id)

    def _show_address(self, url: QUrl) -> None:
        self.address.setText(
            translate("Help", "Web address (not opened here): {url}").format(url=url.toString())
        )
        self.address.show()


def _items(tree: QTreeWidget):
    for row in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(row)
        yield top
        for child in range(top.childCount()):
            yield top.child(child)
