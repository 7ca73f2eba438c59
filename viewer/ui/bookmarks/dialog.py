"""The small dialog for a bookmark's note, tags and colour (all optional: Enter accepts)."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from viewer.core.bookmarks.model import COLORS, DEFAULT_COLOR
from viewer.ui.bookmarks.color_marks import color_label, swatch
from viewer.ui.bookmarks.model import short_quote
from viewer.ui.common import i18n
from viewer.ui.common.i18n import translate
from viewer.ui.common.plain_text import rich_safe

# Commas (ASCII, full-width, enumeration comma), semicolons and any whitespace separate tags.
_TAG_SEPARATORS = re.compile(r"[,，、;；\s]+")


def parse_tags(text: str) -> tuple[str, ...]:
    """'金融, 保险 社交' -> ('金融', '保险', '社交'); a leading '#' is dropped, repeats once."""
    seen: dict[str, None] = {}
    for tag in _TAG_SEPARATORS.split(text or ""):
        tag = tag.strip().lstrip("#＃")
        if tag:
            seen.setdefault(tag, None)
    return tuple(seen)


class BookmarkDialog(QDialog):
    def __init__(
        self,
        parent=None,
        *,
        quote: str,
        note: str = "",
        tags: tuple[str, ...] = (),
        color: str = DEFAULT_COLOR,
        title: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("bookmarkDialog")
        self._title = title
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        # quotation marks inside the quote become single ones: “学习会：‘小马哥’讲…”
        inner = short_quote(quote, 160).replace("“", "‘").replace("”", "’")
        self.quote_label = QLabel(f"“{inner}”")
        self.quote_label.setWordWrap(True)
        self.quote_label.setTextFormat(Qt.TextFormat.PlainText)
        self.quote_label.setToolTip(rich_safe(quote))
        layout.addWidget(self.quote_label)

        form = QFormLayout()
        self.note_edit = QLineEdit(note)
        self.note_edit.setObjectName("bookmarkNote")
        self.tags_edit = QLineEdit(" ".join(tags))
        self.tags_edit.setObjectName("bookmarkTags")
        self.color_box = QComboBox()
        self.color_box.setObjectName("bookmarkColor")
        for name in COLORS:
            self.color_box.addItem(swatch(name), "", name)  # each colour has its own shape
        self.color_box.setCurrentIndex(max(0, self.color_box.findData(color)))
        self.labels = [QLabel() for _ in range(3)]
        for label, field in zip(
            self.labels, (self.note_edit, self.tags_edit, self.color_box), strict=True
        ):
            label.setBuddy(field)
            form.addRow(label, field)
        layout.addLayout(form)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        layout.addWidget(buttons)
        self.note_edit.setFocus()
        i18n.live(self, self._retranslate)

    def _retranslate(self) -> None:
        self.setWindowTitle(self._title or translate("Bookmarks", "Bookmark"))
        self.quote_label.setAccessibleName(translate("Bookmarks", "Quoted text"))
        for label, text in zip(
            self.labels,
            (
                translate("Bookmarks", "&Note:"),
                translate("Bookmarks", "&Tags:"),
                translate("Bookmarks", "&Colour:"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.note_edit.setPlaceholderText(translate("Bookmarks", "optional"))
        self.tags_edit.setPlaceholderText(
            translate("Bookmarks", "comma or space separated, e.g. 金融, 保险")
        )
        for row, name in enumerate(COLORS):
            self.color_box.setItemText(row, color_label(name))
        for widget, name, description in (
            (
                self.note_edit,
                translate("Bookmarks", "Note"),
                translate("Bookmarks", "A note of your own about the passage"),
            ),
            (
                self.tags_edit,
                translate("Bookmarks", "Tags"),
                translate("Bookmarks", "Words to find the bookmark by, separated by commas"),
            ),
            (
                self.color_box,
                translate("Bookmarks", "Colour"),
                translate("Bookmarks", "Each colour has its own shape and name in the list"),
            ),
        ):
            widget.setAccessibleName(name)
            widget.setAccessibleDescription(description)

    def values(self) -> dict:
        return {
            "note": self.note_edit.text().strip(),
            "tags": parse_tags(self.tags_edit.text()),
            "color": self.color_box.currentData() or DEFAULT_COLOR,
        }
