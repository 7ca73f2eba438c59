"""The document's metadata: title and the front matter fields a reader cares about.

Shown as a small table in a read-only text view: it wraps long Chinese values (which have no
spaces to break at) to the dock's width and scrolls when the dock is short, where a form of
QLabels clipped the last line.
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from viewer.core.base.paths import shown_path
from viewer.core.document.law_version import document_version
from viewer.core.document.model import Document
from viewer.core.text.file_names import display_name
from viewer.ui.common import accessible_names, i18n
from viewer.ui.common.i18n import QT_TRANSLATE_NOOP, translate

# (front matter key, label) in display order; other keys follow under their own name.
FIELDS = (
    ("source", QT_TRANSLATE_NOOP("Metadata", "Source")),
    ("date", QT_TRANSLATE_NOOP("Metadata", "Date")),
    ("place", QT_TRANSLATE_NOOP("Metadata", "Place")),
    ("language", QT_TRANSLATE_NOOP("Metadata", "Language")),
)
# keys the web page, Word and PDF converters write (viewer.core.formats)
LABELS = {
    "issuer": QT_TRANSLATE_NOOP("Metadata", "Issuer"),
    "doc_number": QT_TRANSLATE_NOOP("Metadata", "Document no."),
    "published": QT_TRANSLATE_NOOP("Metadata", "Published"),
    "subject": QT_TRANSLATE_NOOP("Metadata", "Subject"),
    "index_no": QT_TRANSLATE_NOOP("Metadata", "Index no."),
    "page_header": QT_TRANSLATE_NOOP("Metadata", "Page header"),
}
# how a converted document's "encoding" reads: the format it was converted from
CONVERTED_FROM = {
    "html": QT_TRANSLATE_NOOP("Metadata", "web page (converted)"),
    "docx": QT_TRANSLATE_NOOP("Metadata", "Word file (converted)"),
    "pdf": QT_TRANSLATE_NOOP("Metadata", "PDF (converted)"),
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
        self._document: Document | None = None
        i18n.live(self, lambda: self.show_document(self._document))

    def show_document(self, document: Document | None) -> None:
        self._document = document
        self.view.setAccessibleName(translate("Metadata", "Document information"))
        self.view.setAccessibleDescription(
            translate("Metadata", "Title, source, date and file of the open document")
        )
        self.values = _values(document)
        rows = "".join(
            f'<tr><td style="padding:3px 10px 3px 0; opacity:0.7">{escape(label)}</td>'
            f'<td style="padding:3px 0">{escape(_clip(value))}</td></tr>'
            for label, value in self.values.items()
        )
        self.view.setHtml(f"<table>{rows}</table>")


def _values(document: Document | None) -> dict[str, str]:
    """Label -> value, labels in the current language (values are the document's own)."""
    title = translate("Metadata", "Title")
    if document is None:
        return {title: translate("Metadata", "No document open")}
    values = {title: document.title}
    meta = dict(document.metadata)
    meta.pop("panes", None)  # a parser instruction, not information about the document
    meta["date"] = meta.get("date") or _version_date(document)
    for key, label in FIELDS:
        values[translate("Metadata", label)] = meta.pop(key, "") or "—"
    for key, value in meta.items():
        label = LABELS.get(key)
        values[translate("Metadata", label) if label else key.replace("_", " ").capitalize()] = (
            value
        )
    encoding = document.encoding
    converted = CONVERTED_FROM.get(encoding)
    values[translate("Metadata", "Encoding")] = (
        translate("Metadata", converted) if converted else encoding
    )
    path = shown_path(display_name(str(document.path))) if document.path else "—"
    values[translate("Metadata", "File")] = path
    return values


def _version_date(document: Document) -> str:
    """A law's version from its preamble or file name: 2022-06-24 (2022年修正)."""
    name = document.path.name if document.path else ""
    version = document_version(document, name)
    if not version.date:
        return ""
    named = version.label and not version.label.endswith("日")  # not just the date spelled out
    return f"{version.date} ({version.label})" if named else version.date


def _clip(value: str) -> str:
    """Long values are cut for the panel: Qt lays out a 1 MB table cell for minutes."""
    if len(value) <= MAX_SHOWN_CHARS:
        return value
    return translate("Metadata", "{start}… ({count} characters)").format(
        start=value[:MAX_SHOWN_CHARS], count=f"{len(value):,}"
    )
