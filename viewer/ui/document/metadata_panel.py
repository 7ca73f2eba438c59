"""The document's metadata: title and the front matter fields a reader cares about.

Shown as a small table in a read-only text view: it wraps long Chinese values (which have no
spaces to break at) to the dock's width and scrolls when the dock is short, where a form of
QLabels clipped the last line.
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from viewer.core.base.paths import shown_path
from viewer.core.document.model import Document
from viewer.core.text.file_names import display_name
from viewer.ui.common import accessible_names

# (front matter key, label) in display order; other keys follow under their own name.
FIELDS = (("source", "Source"), ("date", "Date"), ("place", "Place"), ("language", "Language"))
# keys the web page, Word and PDF converters write (viewer.core.formats)
LABELS = {
    "issuer": "Issuer",
    "doc_number": "Document no.",
    "published": "Published",
    "subject": "Subject",
    "index_no": "Index no.",
    "page_header": "Page header",
}
# how a converted document's "encoding" reads: the format it was converted from
CONVERTED_FROM = {
    "html": "web page (converted)",
    "docx": "Word file (converted)",
    "pdf": "PDF (converted)",
}


MAX_SHOWN_CHARS = 300


class MetadataPanel(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("metadata")
        self.view = QTextBrowser()
        self.view.setOpenLinks(False)  # values are untrusted text, shown escaped, never followed
        self.view.setFrameShape(QTextBrowser.Shape.NoFrame)
        accessible_names.describe(self.view, accessible_names.DOCUMENT_INFO)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.values: dict[str, str] = {}  # label -> shown text (tests read this)
        self.show_document(None)

    def show_document(self, document: Document | None) -> None:
        self.values = {}
        if document is None:
            self.values["Title"] = "No document open"
        else:
            self.values["Title"] = document.title
            meta = dict(document.metadata)
            meta.pop("panes", None)  # a parser instruction, not information about the document
            for key, label in FIELDS:
                self.values[label] = meta.pop(key, "") or "—"
            for key, value in meta.items():
                self.values[LABELS.get(key, key.replace("_", " ").capitalize())] = value
            encoding = document.encoding
            self.values["Encoding"] = CONVERTED_FROM.get(encoding, encoding)
            self.values["File"] = (
                shown_path(display_name(str(document.path))) if document.path else "—"
            )
        rows = "".join(
            f'<tr><td style="padding:3px 10px 3px 0; opacity:0.7">{escape(label)}</td>'
            f'<td style="padding:3px 0">{escape(_clip(value))}</td></tr>'
            for label, value in self.values.items()
        )
        self.view.setHtml(f"<table>{rows}</table>")


def _clip(value: str) -> str:
    """Long values are cut for the panel: Qt lays out a 1 MB table cell for minutes."""
    if len(value) <= MAX_SHOWN_CHARS:
        return value
    return f"{value[:MAX_SHOWN_CHARS]}… ({len(value):,} characters)"
